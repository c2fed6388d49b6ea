import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import type { AppRuntime } from "../../core/runtime.js";
import type { Account } from "../accounts/index.js";
import { handOffTicketsOf } from "../distribution/index.js";
import { publishPresence } from "./presence.events.js";

/** Activity is sampled: at most one write per agent and instance in this window. */
export const ACTIVITY_THROTTLE_MS = 30_000;

const lastWrite = new WeakMap<AppRuntime, Map<string, number>>();

/**
 * Records that the agent did something (any authenticated request or graphql-ws operation). Auto-Inactive
 * (000 L72-77) counts its minutes from the later of this and the membership's last change.
 */
export async function touchActivity(app: AppRuntime, employeeId: string, now = Date.now()): Promise<void> {
  let seen = lastWrite.get(app);
  if (!seen) lastWrite.set(app, (seen = new Map()));
  if (now - (seen.get(employeeId) ?? 0) < ACTIVITY_THROTTLE_MS) return;
  seen.set(employeeId, now);
  await app.orm.em.getConnection().execute(
    `insert into agent_presence (id, employee_id, available, online, last_activity_at, created_at, updated_at)
     values (gen_random_uuid(), ?, true, false, ?::timestamptz, now(), now())
     on conflict (employee_id) do update set last_activity_at = excluded.last_activity_at`,
    [employeeId, new Date(now).toISOString()],
  );
}

/** Forgets the sampling window (tests; and after login, whose activity must be written at once). */
export function resetActivityThrottle(app: AppRuntime, employeeId?: string): void {
  if (employeeId) lastWrite.get(app)?.delete(employeeId);
  else lastWrite.delete(app);
}

interface Expired {
  id: string;
  employee_id: string;
  group_id: string;
  hand_off_on_auto_inactive: boolean;
}

/**
 * Auto-Inactive (000 L72-77): every membership with Auto-Inactive on whose agent has been idle for its
 * minutes goes inactive for tickets and chats; with Hand-off on Auto-Inactive the agent's active tickets of
 * that group go to other agents (handOffTicketsOf). Idle time counts from the later of the agent's last
 * activity and the membership's last change (a manager setting an agent active gives them the full time).
 * Agents never seen by presence are left alone. Run by the recurring job "presence.expireInactiveAgents";
 * pass `em` when already inside a transaction (the job's).
 */
export async function expireInactiveAgents(
  app: AppRuntime,
  now: Date = new Date(),
  em?: EntityManager,
): Promise<number> {
  const run = async (trx: EntityManager) => {
    const rows = await trx.execute<Expired[]>(
      `select m.id, m.employee_id, m.group_id, m.hand_off_on_auto_inactive
       from agent_group_membership m join agent_presence p on p.employee_id = m.employee_id
       where m.auto_inactive_enabled and m.auto_inactive_minutes is not null
         and (m.tickets_active or coalesce(m.chats_active, false))
         and greatest(coalesce(p.last_activity_at, p.created_at), m.updated_at)
             < ?::timestamptz - make_interval(mins => m.auto_inactive_minutes)
       order by m.employee_id, m.id
       for update of m skip locked`,
      [now.toISOString()],
    );
    for (const row of rows) {
      await trx.execute(
        `update agent_group_membership set tickets_active = false,
           chats_active = case when chat_handling = 'CHAT_DISABLED' then null else false end, updated_at = now()
         where id = ?`,
        [row.id],
      );
      if (row.hand_off_on_auto_inactive) await handOffTicketsOf(app, trx, row.employee_id, row.group_id);
    }
    for (const employeeId of new Set(rows.map((r) => r.employee_id))) {
      await publishPresence(app, trx, employeeId, "AUTO_INACTIVE");
    }
    return rows.length;
  };
  if (em) return run(em);
  return (app.orm.em.fork() as EntityManager).transactional(run);
}

/**
 * "Automatically go active upon login" (000 L79): at login the agent becomes active for tickets and (where
 * chat is not disabled) chats in each group with the setting on, and Available ("active/available").
 */
export async function goActiveOnLogin(ctx: RequestContext, account: Account): Promise<void> {
  const app = ctx.app;
  await (app.orm.em.fork() as EntityManager).transactional(async (em) => {
    const changed = await em.execute<Array<{ id: string }>>(
      `update agent_group_membership set tickets_active = true,
         chats_active = case when chat_handling = 'CHAT_DISABLED' then null else true end, updated_at = now()
       where employee_id = ? and go_active_on_login returning id`,
      [account.id],
    );
    if (!changed.length) return;
    await em.execute(
      `insert into agent_presence (id, employee_id, available, online, last_activity_at, created_at, updated_at)
       values (gen_random_uuid(), ?, true, false, now(), now(), now())
       on conflict (employee_id) do update set available = true, last_activity_at = now(), updated_at = now()`,
      [account.id],
    );
    await publishPresence(app, em, account.id, "LOGIN");
  });
  resetActivityThrottle(app, account.id);
}
