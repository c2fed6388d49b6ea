import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import type { SocketInfo } from "../../core/ws/hooks.js";
import { publishPresence } from "./presence.events.js";
import { presenceRow } from "./presence.service.js";

/*
 * Online = at least one live graphql-ws connection (003 L3: "must be logged into SmarterTrack"). Each
 * connection is a row in presence_connection, refreshed by the instance holding it every heartbeat
 * (002 L7927: 10 s), so tabs on different instances add up and a crashed instance's rows go stale. When an
 * agent's last connection closes they stay online for the grace period: a reconnect inside it changes nothing.
 */

interface Instance {
  id: string;
  /** connectionId -> employeeId of the sockets this instance holds. */
  connections: Map<string, string>;
  timers: Set<NodeJS.Timeout>;
  heartbeat?: NodeJS.Timeout;
  stopped: boolean;
}

const instances = new WeakMap<AppRuntime, Instance>();

/** A connection counts while its heartbeat is younger than three intervals. */
function staleMs(app: AppRuntime): number {
  return app.config.presenceHeartbeatMs * 3;
}

function instanceOf(app: AppRuntime): Instance {
  let instance = instances.get(app);
  if (!instance) {
    instance = { id: randomUUID(), connections: new Map(), timers: new Set(), stopped: false };
    instances.set(app, instance);
  }
  return instance;
}

/** Online iff a live connection exists; publishes ONLINE/OFFLINE only on a change. */
export async function settleOnline(app: AppRuntime, employeeId: string): Promise<void> {
  const em = app.orm.em.fork() as EntityManager;
  await em.transactional(async (trx) => {
    const row = await presenceRow(trx, employeeId, true);
    const [live] = await trx.execute<Array<{ n: string }>>(
      `select count(*) as n from presence_connection
       where employee_id = ? and heartbeat_at > now() - make_interval(secs => ?)`,
      [employeeId, staleMs(app) / 1000],
    );
    const online = Number(live!.n) > 0;
    if (row.online === online) return;
    row.online = online;
    row.onlineChangedAt = new Date();
    await trx.flush();
    await publishPresence(app, trx, employeeId, online ? "ONLINE" : "OFFLINE");
  });
}

export async function onSocketOpen(app: AppRuntime, socket: SocketInfo): Promise<void> {
  if (socket.actor?.kind !== "EMPLOYEE") return;
  const instance = instanceOf(app);
  const employeeId = socket.actor.accountId;
  instance.connections.set(socket.connectionId, employeeId);
  await app.orm.em.getConnection().execute(
    `insert into presence_connection (id, employee_id, instance_id, heartbeat_at, created_at, updated_at)
     values (?, ?, ?, now(), now(), now())`,
    [socket.connectionId, employeeId, instance.id],
  );
  await settleOnline(app, employeeId);
}

export async function onSocketClose(app: AppRuntime, socket: SocketInfo): Promise<void> {
  const instance = instanceOf(app);
  const employeeId = instance.connections.get(socket.connectionId);
  if (!employeeId || instance.stopped) return;
  instance.connections.delete(socket.connectionId);
  const connection = app.orm.em.getConnection();
  await connection.execute(`delete from presence_connection where id = ?`, [socket.connectionId]);
  // Remembered in the row so that another instance's sweep can honour the grace if this one dies first.
  await connection.execute(`update agent_presence set last_seen_at = now() where employee_id = ?`, [
    employeeId,
  ]);
  const timer = setTimeout(() => {
    instance.timers.delete(timer);
    if (!instance.stopped) void settleOnline(app, employeeId).catch((err) => logFailure(app, err));
  }, app.config.presenceGraceMs);
  instance.timers.add(timer);
}

function logFailure(app: AppRuntime, err: unknown) {
  app.logger.error({ err }, "presence update failed");
}

/**
 * One heartbeat: refresh this instance's connections, then settle agents whose connections all went stale
 * (an instance crashed) or whose grace timer was lost with its instance.
 */
export async function presenceHeartbeat(app: AppRuntime): Promise<void> {
  const instance = instanceOf(app);
  const connection = app.orm.em.getConnection();
  const ids = [...instance.connections.keys()];
  if (ids.length) {
    await connection.execute(
      `update presence_connection set heartbeat_at = now() where id = any(?::uuid[])`,
      [`{${ids.join(",")}}`],
    );
  }
  const seconds = (staleMs(app) + app.config.presenceGraceMs) / 1000;
  const stale = await connection.execute<Array<{ employee_id: string }>>(
    `delete from presence_connection where heartbeat_at < now() - make_interval(secs => ?) returning employee_id`,
    [seconds],
  );
  const orphaned = await connection.execute<Array<{ employee_id: string }>>(
    `select employee_id from agent_presence p where online
       and not exists (select 1 from presence_connection c where c.employee_id = p.employee_id)
       and (last_seen_at is null or last_seen_at < now() - make_interval(secs => ?))`,
    [app.config.presenceGraceMs / 1000],
  );
  const employees = new Set([...stale, ...orphaned].map((r) => r.employee_id));
  for (const employeeId of employees) await settleOnline(app, employeeId);
}

export function startPresence(app: AppRuntime): void {
  const instance = instanceOf(app);
  instance.heartbeat = setInterval(() => {
    if (!instance.stopped) void presenceHeartbeat(app).catch((err) => logFailure(app, err));
  }, app.config.presenceHeartbeatMs);
  instance.heartbeat.unref();
}

/** Shutdown: this instance's connections stop counting at once; other instances settle their agents. */
export async function stopPresence(app: AppRuntime): Promise<void> {
  const instance = instanceOf(app);
  instance.stopped = true;
  clearInterval(instance.heartbeat);
  for (const timer of instance.timers) clearTimeout(timer);
  instance.timers.clear();
  await app.orm.em
    .getConnection()
    .execute(`delete from presence_connection where instance_id = ?`, [instance.id])
    .catch((err) => logFailure(app, err));
}
