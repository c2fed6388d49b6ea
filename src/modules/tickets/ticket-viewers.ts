/**
 * Who is viewing / who is replying (agent collision detection): agents on the same ticket see each other, so
 * two agents do not answer the same customer at once. Viewing = an open ticketViewersChanged subscription
 * (one row per device, refreshed by its instance's heartbeat, kept for the grace period after it ends so a
 * page reload does not flicker); replying = markComposing, lapsing after COMPOSE_TTL_SECONDS unless renewed
 * and cleared by the reply itself. Rows expire: nothing depends on a close being delivered.
 */
import { randomUUID } from "node:crypto";
import { Repeater } from "@graphql-yoga/subscription";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { afterCommit } from "../../core/db/after-commit.js";
import { ForbiddenError } from "../../core/errors/app-errors.js";
import type { AppRuntime } from "../../core/runtime.js";
import { visibleTicket } from "./ticket-access.js";
import { assertMayView, freshViewer, adopt, reload } from "./ticket-live.js";

export const TICKET_VIEWERS_CHANGED = "TICKET_VIEWERS_CHANGED";
/** A draft save every ~30 s keeps "replying" alive (Hold After Compose is measured in minutes, 002 L7786). */
export const COMPOSE_TTL_SECONDS = 90;

export interface TicketViewersChangedEvent {
  ticketId: string;
}

/** One agent on a ticket, over all their devices. */
export interface TicketViewerRow {
  ticketId: string;
  employeeId: string;
  viewing: boolean;
  replying: boolean;
  devices: number;
  since: Date;
}

interface Instance {
  id: string;
  registrations: Set<string>;
  heartbeat?: NodeJS.Timeout;
  timers: Set<NodeJS.Timeout>;
  stopped: boolean;
}
const instances = new WeakMap<AppRuntime, Instance>();

function instanceOf(app: AppRuntime): Instance {
  let instance = instances.get(app);
  if (!instance) {
    instance = { id: randomUUID(), registrations: new Set(), timers: new Set(), stopped: false };
    instances.set(app, instance);
  }
  return instance;
}

const liveSeconds = (app: AppRuntime) => (app.config.presenceHeartbeatMs * 3) / 1000;

function publish(app: AppRuntime, ticketId: string): void {
  app.pubsub.publish(TICKET_VIEWERS_CHANGED, { ticketId } satisfies TicketViewersChangedEvent);
}

/** The current viewers of each ticket, earliest first. */
export async function viewersOf(em: EntityManager, ticketIds: readonly string[]): Promise<TicketViewerRow[]> {
  if (!ticketIds.length) return [];
  const rows = await em.execute<
    Array<{
      ticket_id: string;
      employee_id: string;
      viewing: boolean;
      replying: boolean;
      devices: string;
      since: Date;
    }>
  >(
    `select ticket_id, employee_id, bool_or(kind = 'VIEWING') as viewing, bool_or(kind = 'REPLYING') as replying,
       count(*) filter (where kind = 'VIEWING') as devices, min(created_at) as since
     from ticket_presence where ticket_id = any(?::uuid[]) and expires_at > now()
     group by ticket_id, employee_id order by since, employee_id`,
    [`{${ticketIds.join(",")}}`],
  );
  return rows.map((r) => ({
    ticketId: r.ticket_id,
    employeeId: r.employee_id,
    viewing: r.viewing,
    replying: r.replying,
    devices: Number(r.devices),
    since: new Date(r.since),
  }));
}

async function startViewing(app: AppRuntime, ticketId: string, employeeId: string): Promise<string> {
  const instance = instanceOf(app);
  const id = randomUUID();
  await app.orm.em.getConnection().execute(
    `insert into ticket_presence (id, ticket_id, employee_id, kind, instance_id, expires_at, created_at, updated_at)
     values (?, ?, ?, 'VIEWING', ?, now() + make_interval(secs => ?), now(), now())`,
    [id, ticketId, employeeId, instance.id, liveSeconds(app)],
  );
  instance.registrations.add(id);
  publish(app, ticketId);
  return id;
}

/** The device left: the row lingers for the grace period, then the sweep removes it and tells the others. */
async function stopViewing(app: AppRuntime, registrationId: string): Promise<void> {
  const instance = instanceOf(app);
  instance.registrations.delete(registrationId);
  if (instance.stopped) return;
  const grace = app.config.presenceGraceMs;
  await app.orm.em
    .getConnection()
    .execute(`update ticket_presence set expires_at = now() + make_interval(secs => ?) where id = ?`, [
      grace / 1000,
      registrationId,
    ]);
  const timer = setTimeout(() => {
    instance.timers.delete(timer);
    if (!instance.stopped) void sweepTicketPresence(app).catch((err) => logFailure(app, err));
  }, grace + 50);
  instance.timers.add(timer);
}

/** Removes lapsed rows (any instance's) and announces the tickets whose viewers changed. */
export async function sweepTicketPresence(app: AppRuntime): Promise<void> {
  const gone = await app.orm.em
    .getConnection()
    .execute<Array<{ ticket_id: string }>>(
      `delete from ticket_presence where expires_at <= now() returning ticket_id`,
    );
  for (const ticketId of new Set(gone.map((r) => r.ticket_id))) publish(app, ticketId);
}

/** markComposing: the agent is writing a reply (one REPLYING row per agent and ticket, renewed). */
export async function markReplying(ctx: RequestContext, ticketId: string, employeeId: string): Promise<void> {
  await ctx.em.transactional(async (em) => {
    await em.execute(
      `delete from ticket_presence where ticket_id = ? and employee_id = ? and kind = 'REPLYING'`,
      [ticketId, employeeId],
    );
    await em.execute(
      `insert into ticket_presence (id, ticket_id, employee_id, kind, expires_at, created_at, updated_at)
       values (?, ?, ?, 'REPLYING', now() + make_interval(secs => ?), now(), now())`,
      [randomUUID(), ticketId, employeeId, COMPOSE_TTL_SECONDS],
    );
    await afterCommit(em, () => publish(ctx.app, ticketId));
  });
}

/** The reply went out: the agent is no longer replying (inside the reply's transaction). */
export async function clearReplying(
  app: AppRuntime,
  em: EntityManager,
  ticketId: string,
  employeeId: string,
): Promise<void> {
  const removed = await em.execute<Array<{ id: string }>>(
    `delete from ticket_presence where ticket_id = ? and employee_id = ? and kind = 'REPLYING' returning id`,
    [ticketId, employeeId],
  );
  if (removed.length) await afterCommit(em, () => publish(app, ticketId));
}

export interface TicketViewersUpdate {
  ticketId: string;
  viewers: TicketViewerRow[];
}

/**
 * ticketViewersChanged: registers the caller (employees only) as viewing the ticket on this device for as
 * long as the subscription lives, sends the current viewers at once and after every change. Each change is
 * re-authorized (fresh account, ticket reloaded in scope); a ticket leaving the caller's scope ends it.
 */
export async function ticketViewerStream(
  ctx: RequestContext,
  ticketGlobalId: string,
): Promise<AsyncIterable<TicketViewersUpdate>> {
  assertMayView(ctx);
  if (ctx.actor!.kind !== "EMPLOYEE") throw new ForbiddenError("Ticket viewers are for employees.");
  const ticket = await visibleTicket(ctx, ticketGlobalId);
  const app = ctx.app;
  return new Repeater<TicketViewersUpdate>(async (push, stop) => {
    const source = app.pubsub.subscribe(TICKET_VIEWERS_CHANGED) as AsyncIterable<TicketViewersChangedEvent> &
      AsyncIterator<TicketViewersChangedEvent>;
    const iterator = source[Symbol.asyncIterator]();
    const first = iterator.next(); // subscribes now, before our own registration is announced
    const registration = await startViewing(app, ticket.id, ctx.actor!.accountId);
    const loop = (async () => {
      for (let next = await first; !next.done; next = await iterator.next()) {
        if (next.value.ticketId !== ticket.id) continue;
        const viewer = await freshViewer(ctx, next.value);
        if (!viewer || !(await reload(viewer, ticket.id))) return stop();
        adopt(ctx, viewer);
        await push({ ticketId: ticket.id, viewers: await viewersOf(viewer.em, [ticket.id]) });
      }
    })().catch((err: unknown) => stop(err));
    await stop;
    await iterator.return?.();
    await loop;
    await stopViewing(app, registration).catch((err) => logFailure(app, err));
  });
}

function logFailure(app: AppRuntime, err: unknown) {
  app.logger.error({ err }, "ticket viewers update failed");
}

/** Heartbeat: keep this instance's devices alive, drop what lapsed anywhere. */
export function startTicketPresence(app: AppRuntime): void {
  const instance = instanceOf(app);
  instance.heartbeat = setInterval(() => {
    if (instance.stopped) return;
    const ids = [...instance.registrations];
    const connection = app.orm.em.getConnection();
    void (async () => {
      if (ids.length)
        await connection.execute(
          `update ticket_presence set expires_at = now() + make_interval(secs => ?) where id = any(?::uuid[])`,
          [liveSeconds(app), `{${ids.join(",")}}`],
        );
      await sweepTicketPresence(app);
    })().catch((err) => logFailure(app, err));
  }, app.config.presenceHeartbeatMs);
  instance.heartbeat.unref();
}

/** Shutdown: this instance's devices lapse at once; other instances' sweeps announce it. */
export async function stopTicketPresence(app: AppRuntime): Promise<void> {
  const instance = instanceOf(app);
  instance.stopped = true;
  clearInterval(instance.heartbeat);
  for (const timer of instance.timers) clearTimeout(timer);
  await app.orm.em
    .getConnection()
    .execute(`update ticket_presence set expires_at = now() where instance_id = ?`, [instance.id])
    .catch((err) => logFailure(app, err));
}
