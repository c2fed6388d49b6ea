import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { applyStatus, clearFollowUp, recordHistory } from "./ticket-core.js";
import { recordTicketChanges, recordTicketEvent, snapshotTicket } from "./ticket-events.js";
import { Ticket } from "./ticket.entity.js";
import { TicketStatus } from "./ticket.enums.js";

/** Tickets handled per rule and sweep; the next sweep continues, so a backlog drains without a long transaction. */
const BATCH = 200;

type Rule = "AUTO_CLOSE" | "AUTO_LOCK" | "AUTO_DELETE";

/**
 * The department's Tickets tab timing (002 L6021-6023, seed-D §3.5), as SQL over each ticket's department:
 * Waiting tickets close after Auto-Close hours without activity (any action resets it: lastActivityAt);
 * Closed tickets lock after Auto-Lock hours; closed or locked tickets are deleted after Auto-Delete days.
 * A null setting means never.
 */
const CANDIDATES: Record<Rule, string> = {
  AUTO_CLOSE: `select t.id from ticket t join department d on d.id = t.department_id
    where t.status = 'WAITING' and t.deleted_at is null and t.merged_into_id is null
      and d.auto_close_after_hours is not null
      and t.last_activity_at <= ?::timestamptz - d.auto_close_after_hours * interval '1 hour'
    order by t.last_activity_at limit ${BATCH}`,
  AUTO_LOCK: `select t.id from ticket t join department d on d.id = t.department_id
    where t.status = 'CLOSED' and t.deleted_at is null and t.merged_into_id is null
      and d.auto_lock_after_hours is not null
      and coalesce(t.closed_at, t.last_activity_at) <= ?::timestamptz - d.auto_lock_after_hours * interval '1 hour'
    order by t.closed_at limit ${BATCH}`,
  AUTO_DELETE: `select t.id from ticket t join department d on d.id = t.department_id
    where t.status in ('CLOSED', 'CLOSED_AND_LOCKED') and t.deleted_at is null and t.merged_into_id is null
      and d.auto_delete_after_days is not null
      and coalesce(t.closed_at, t.last_activity_at) <= ?::timestamptz - d.auto_delete_after_days * interval '1 day'
    order by t.closed_at limit ${BATCH}`,
};

const STILL_DUE: Record<Rule, (t: Ticket) => boolean> = {
  AUTO_CLOSE: (t) => t.status === TicketStatus.WAITING,
  AUTO_LOCK: (t) => t.status === TicketStatus.CLOSED,
  AUTO_DELETE: (t) => t.status === TicketStatus.CLOSED || t.status === TicketStatus.CLOSED_AND_LOCKED,
};

async function apply(
  app: AppRuntime,
  em: EntityManager,
  ticket: Ticket,
  rule: Rule,
  now: Date,
): Promise<void> {
  const before = snapshotTicket(ticket);
  if (rule === "AUTO_CLOSE") {
    applyStatus(em, ticket, null, TicketStatus.CLOSED);
    recordHistory(
      em,
      ticket,
      null,
      "autoClose",
      null,
      null,
      "Auto-closed after the department's Auto-Close time in Waiting",
    );
  } else if (rule === "AUTO_LOCK") {
    applyStatus(em, ticket, null, TicketStatus.CLOSED_AND_LOCKED);
    recordHistory(em, ticket, null, "autoLock", null, null, "Locked after the department's Auto-Lock time");
  } else {
    // The same soft delete as an agent's, without an agent; purged after the retention period (002 L3264).
    recordHistory(
      em,
      ticket,
      null,
      "deleted",
      null,
      "deleted",
      "Auto-deleted after the department's Auto-Delete time",
    );
    ticket.statusBeforeDelete = ticket.status;
    ticket.status = TicketStatus.CLOSED_AND_LOCKED;
    ticket.countsTowardLimit = false;
    clearFollowUp(ticket);
    ticket.deletedAt = now;
  }
  await em.flush();
  if (rule === "AUTO_DELETE") await recordTicketEvent(app, em, ticket, "ticket.deleted", null);
  else await recordTicketChanges(app, em, ticket, before, null);
}

/**
 * One sweep of the three rules inside `em`'s transaction (the job's), each ticket in a savepoint with its row
 * locked and the rule re-checked, so an agent's concurrent change wins over the sweep. Returns counts per rule.
 */
export async function applyDepartmentTicketTiming(
  app: AppRuntime,
  em: EntityManager,
  now: Date = new Date(),
): Promise<Record<Rule, number>> {
  const counts: Record<Rule, number> = { AUTO_CLOSE: 0, AUTO_LOCK: 0, AUTO_DELETE: 0 };
  for (const rule of Object.keys(CANDIDATES) as Rule[]) {
    // em.execute runs inside the job's transaction; the pool may have a single connection (embedded database).
    const rows = await em.execute<Array<{ id: string }>>(CANDIDATES[rule], [now.toISOString()]);
    for (const { id } of rows) {
      await em.transactional(async (tx) => {
        const ticket = await tx.findOne(Ticket, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!ticket || ticket.deletedAt || !STILL_DUE[rule](ticket)) return;
        await apply(app, tx, ticket, rule, now);
        await tx.flush();
        counts[rule] += 1;
      });
    }
  }
  return counts;
}
