import type { EntityManager } from "@mikro-orm/postgresql";
import type { DomainEvent } from "../../core/events/domain-events.js";
import { cancelTimer, scheduleTimer } from "../../core/jobs/index.js";
import type { JobContext } from "../../core/jobs/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Ticket, ticketEventData } from "../tickets/index.js";
import { EVENT_TYPES } from "./catalog/index.js";
import { eventsNow } from "./clock.js";
import { idleThreshold } from "./conditions.js";
import { evaluateEvent, recordSkipped } from "./evaluator.js";
import { EventRule } from "./event-rule.entity.js";
import { EVENT_SETTINGS_ID, EventSettings } from "./event-settings.entity.js";

/**
 * Idle and duration events as durable timers (one per item and kind, keyed by the item's id) instead of the
 * documented scan of every ticket (002 L8613-8617): a timer is due when the item reaches the next threshold
 * any enabled rule asks for ("between 15 and 30" → 15). Activity moves the timer; each firing evaluates the
 * rules of its type, then schedules the next threshold. Timers stop after "Stop Idle Events After" days.
 */

export interface TimerSpec {
  kind: string;
  eventType: string;
  conditionKey: string;
  domainEventType: string;
  /** Where the minutes count from. */
  anchor: (ticket: Ticket) => Date;
}

export const TICKET_IDLE: TimerSpec = {
  kind: "events.ticketIdle",
  eventType: "TICKET_IDLE",
  conditionKey: "IDLE_MINUTES",
  domainEventType: "events.ticketIdle",
  anchor: (t) => t.lastActivityAt,
};
export const TICKET_DURATION: TimerSpec = {
  kind: "events.ticketDuration",
  eventType: "TICKET_DURATION",
  conditionKey: "DURATION_MINUTES",
  domainEventType: "events.ticketDuration",
  anchor: (t) => t.createdAt,
};
export const TICKET_TIMERS = [TICKET_IDLE, TICKET_DURATION];

export interface TicketTimerPayload {
  ticketId: string;
  /** The anchor the timer was computed from; a different one on the row means activity happened. */
  anchor?: string;
  threshold?: number;
  /** Recompute from the row (backfill after a rule change). */
  recompute?: boolean;
}

export async function stopIdleAfterMinutes(em: EntityManager): Promise<number | null> {
  const settings = await em.findOne(EventSettings, { id: EVENT_SETTINGS_ID });
  const days = settings ? settings.stopIdleEventsAfterDays : 30;
  return days === null || days === undefined ? null : days * 1440;
}

async function thresholds(em: EntityManager, spec: TimerSpec): Promise<number[]> {
  const rules = await em.find(EventRule, { enabled: true, eventType: spec.eventType });
  const all = rules.flatMap((r) =>
    r.conditions.filter((c) => c.key === spec.conditionKey).map((c) => idleThreshold(c)),
  );
  return [...new Set(all.filter((t): t is number => t !== null && t >= 0))].sort((a, b) => a - b);
}

const minutesSince = (from: Date, now: Date) => (now.getTime() - from.getTime()) / 60_000;

/** (Re)schedules a ticket's timer of this kind for the next threshold after `after` (or after now). */
export async function scheduleTicketTimer(
  app: AppRuntime,
  em: EntityManager,
  spec: TimerSpec,
  ticketId: string,
  after?: number,
): Promise<void> {
  const ticket = await em.findOne(Ticket, { id: ticketId, deletedAt: null, mergedInto: null });
  if (!ticket) {
    await cancelTimer(em, spec.kind, ticketId);
    return;
  }
  const anchor = spec.anchor(ticket);
  const elapsed = minutesSince(anchor, eventsNow(app));
  const stop = spec === TICKET_IDLE ? await stopIdleAfterMinutes(em) : null;
  const next = (await thresholds(em, spec)).find((t) => (after === undefined ? t > elapsed : t > after));
  if (next === undefined || (stop !== null && next > stop)) {
    await cancelTimer(em, spec.kind, ticketId);
    return;
  }
  await scheduleTimer(em, {
    kind: spec.kind,
    key: ticketId,
    runAt: new Date(anchor.getTime() + next * 60_000),
    payload: { ticketId, anchor: anchor.toISOString(), threshold: next } satisfies TicketTimerPayload,
  });
}

/** A ticket timer came due: re-check the ticket, evaluate, schedule the next threshold. */
export async function runTicketTimer(
  app: AppRuntime,
  spec: TimerSpec,
  payload: TicketTimerPayload,
  job: JobContext,
): Promise<void> {
  const em = job.em as EntityManager;
  const now = eventsNow(app);
  const type = EVENT_TYPES.get(spec.eventType)!;
  const ticket = await em.findOne(Ticket, { id: payload.ticketId });
  const event: DomainEvent = {
    id: job.id,
    type: spec.domainEventType,
    subject: { type: "Ticket", id: payload.ticketId },
    actorAccountId: null,
    occurredAt: now.toISOString(),
    data: { ticketId: payload.ticketId },
  };
  const rules = () => em.find(EventRule, { enabled: true, eventType: spec.eventType });
  if (!ticket || ticket.deletedAt || ticket.mergedInto) {
    // Deleted (or merged) between scheduling and firing: nothing to evaluate; say so, and stop.
    const why = !ticket
      ? "ITEM_GONE: the ticket no longer exists"
      : "ITEM_GONE: the ticket is deleted or merged";
    for (const rule of await rules()) await recordSkipped(em, event, type, rule, now, why);
    return;
  }
  const anchor = spec.anchor(ticket);
  if (payload.recompute || payload.anchor !== anchor.toISOString() || payload.threshold === undefined) {
    await scheduleTicketTimer(app, em, spec, ticket.id);
    return;
  }
  const elapsed = Math.floor(minutesSince(anchor, now));
  if (elapsed < payload.threshold) {
    // Due on the database clock but not yet on the engine's: wait for the threshold.
    await scheduleTicketTimer(app, em, spec, ticket.id);
    return;
  }
  const stop = spec === TICKET_IDLE ? await stopIdleAfterMinutes(em) : null;
  if (stop !== null && elapsed > stop) {
    for (const rule of await rules())
      await recordSkipped(em, event, type, rule, now, "STOP_IDLE_EVENTS_AFTER: idle longer than the limit");
    await cancelTimer(em, spec.kind, ticket.id);
    return;
  }
  const minutesFact = spec === TICKET_IDLE ? "idleMinutes" : "durationMinutes";
  event.data = { ...ticketEventData(ticket), [minutesFact]: elapsed };
  await evaluateEvent(app, em, event);
  await scheduleTicketTimer(app, em, spec, ticket.id, payload.threshold);
}

export const TIMER_BACKFILL_JOB = "events.timerBackfill";
const BACKFILL_BATCH = 500;

/**
 * After an idle or duration rule changes, every live ticket gets a "recompute" timer (batched; the last batch
 * schedules the next): tickets created before the rule get idle events too, as the documented scan would.
 */
export async function backfillTicketTimers(
  em: EntityManager,
  payload: { kind: string; afterId?: string },
): Promise<void> {
  const stop = await stopIdleAfterMinutes(em);
  const rows = await em.execute<Array<{ id: string }>>(
    `select id from ticket where deleted_at is null and merged_into_id is null
       and (?::text is null or id > ?::uuid)
       and (?::int is null or ? <> 'events.ticketIdle' or last_activity_at > now() - (?::int * interval '1 minute'))
     order by id limit ${BACKFILL_BATCH}`,
    [payload.afterId ?? null, payload.afterId ?? null, stop, payload.kind, stop],
  );
  for (const row of rows)
    await scheduleTimer(em, {
      kind: payload.kind,
      key: row.id,
      runAt: new Date(),
      payload: { ticketId: row.id, recompute: true } satisfies TicketTimerPayload,
    });
  if (rows.length === BACKFILL_BATCH)
    await scheduleTimer(em, {
      kind: TIMER_BACKFILL_JOB,
      key: `${payload.kind}:${rows.at(-1)!.id}`,
      runAt: new Date(),
      payload: { kind: payload.kind, afterId: rows.at(-1)!.id },
    });
}

/** Called in a rule's write transaction when an idle/duration rule is created, changed or deleted. */
export async function timersChanged(em: EntityManager, eventType: string): Promise<void> {
  const spec = TICKET_TIMERS.find((s) => s.eventType === eventType);
  if (!spec) return;
  await scheduleTimer(em, {
    kind: TIMER_BACKFILL_JOB,
    key: spec.kind,
    runAt: new Date(),
    payload: { kind: spec.kind },
  });
}
