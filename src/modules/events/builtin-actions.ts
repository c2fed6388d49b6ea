import type { EntityManager } from "@mikro-orm/postgresql";
import { afterCommit } from "../../core/db/after-commit.js";
import { scheduleTimer } from "../../core/jobs/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { notifyExternalEvent } from "../providers/index.js";
import {
  TicketMessage,
  TicketPriority,
  TicketStatus,
  automationAddComment,
  automationSetPinned,
  automationSetPriority,
  automationSetStatus,
  automationTransfer,
  raisedPriority,
} from "../tickets/index.js";
import type { EventActionContext, EventActionHandler, EventActionResult } from "./action-registry.js";
import { CATEGORIES } from "./catalog/index.js";
import { recordActionOutcome } from "./evaluation-log.js";
import { ActionOutcome } from "./event-rule.entity.js";
import { publishEventReminder } from "./reminders.js";
import { callWebPage, logToFile } from "./web-and-file-actions.js";
import { addSystemMessage, endChat, transferLiveChat } from "./chat-actions.js";

/** The actions this module provides itself (docs/events.md, Actions). */

function ticketId(ctx: EventActionContext): string {
  if (ctx.event.subject.type !== "Ticket") throw new Error("This action needs a ticket event.");
  return String(ctx.facts.ticketId ?? ctx.event.subject.id);
}

const note = (ctx: EventActionContext) => `Event "${ctx.rule.name}" (${ctx.action.action})`;
const changed = (c: boolean, what: string): EventActionResult =>
  c ? { message: what } : { outcome: "NOT_APPLICABLE", message: `Already so: ${what}` };

const setStatus: EventActionHandler = async (ctx) => {
  const status = ctx.action.parameters.status as TicketStatus;
  const r = await automationSetStatus(ctx.app, ctx.em, ticketId(ctx), status, note(ctx));
  return changed(r.changed, `status ${status}`);
};

const setPriority: EventActionHandler = async (ctx) => {
  const priority = ctx.action.parameters.priority as TicketPriority;
  const r = await automationSetPriority(ctx.app, ctx.em, ticketId(ctx), priority, note(ctx));
  return changed(r.changed, `priority ${priority}`);
};

const transfer: EventActionHandler = async (ctx) => {
  const { groupId, agentId } = ctx.action.parameters;
  const r = await automationTransfer(
    ctx.app,
    ctx.em,
    ticketId(ctx),
    { groupId: groupId!, agentId },
    note(ctx),
  );
  return changed(r.changed, `transferred to group ${groupId}${agentId ? ` / agent ${agentId}` : ""}`);
};

const pin =
  (pinned: boolean): EventActionHandler =>
  async (ctx) => {
    const r = await automationSetPinned(ctx.app, ctx.em, ticketId(ctx), pinned, note(ctx));
    return changed(r.changed, pinned ? "pinned" : "unpinned");
  };

const addComment: EventActionHandler = async (ctx) => {
  const text = ctx.render(ctx.action.parameters.text ?? "");
  await automationAddComment(ctx.app, ctx.em, ticketId(ctx), text, note(ctx));
  return { message: `comment: ${text.slice(0, 200)}` };
};

/** The SLA escalation of 002 L1491: priority up (or to the given one), optionally to another group. */
const escalate: EventActionHandler = async (ctx) => {
  const id = ticketId(ctx);
  const { priority, groupId, agentId, text } = ctx.action.parameters;
  const current = String(ctx.facts.priority ?? TicketPriority.NORMAL) as TicketPriority;
  const target = (priority as TicketPriority | undefined) ?? raisedPriority(current);
  const done: string[] = [];
  if ((await automationSetPriority(ctx.app, ctx.em, id, target, note(ctx))).changed)
    done.push(`priority ${target}`);
  if (groupId && (await automationTransfer(ctx.app, ctx.em, id, { groupId, agentId }, note(ctx))).changed)
    done.push(`transferred to group ${groupId}`);
  if (text) {
    await automationAddComment(ctx.app, ctx.em, id, ctx.render(text), note(ctx));
    done.push("comment added");
  }
  return done.length
    ? { message: done.join("; ") }
    : { outcome: "NOT_APPLICABLE", message: "already escalated" };
};

/** Surveys are not built: the offer is recorded (002 L8665: closed tickets with an incoming message only). */
const offerSurvey: EventActionHandler = async (ctx) => {
  const id = ticketId(ctx);
  const status = String(ctx.facts.status);
  const closed = status === TicketStatus.CLOSED || status === TicketStatus.CLOSED_AND_LOCKED;
  const incoming = await ctx.em.count(TicketMessage, { ticket: id, direction: "INCOMING" } as never);
  if (!closed || incoming === 0)
    return {
      outcome: "NOT_APPLICABLE",
      message: "Surveys are offered only for closed tickets with an incoming message.",
    };
  const survey = ctx.action.parameters.surveyId ?? "default survey";
  return { message: `survey offer recorded (${survey}); delivery waits for the surveys module` };
};

const reminder: EventActionHandler = async (ctx) => {
  const text = ctx.render(ctx.action.parameters.text || `${ctx.eventType.name}: ${ctx.rule.name}`);
  await publishEventReminder(ctx, { ownerId: ctx.rule.ownerId, scope: ctx.rule.scope }, text);
  return { message: text };
};

/** Args_[Key] (002 L2522): the rule's conditions by label, then the event's facts by name. */
export function notifyArgs(ctx: EventActionContext): Record<string, string> {
  const args: Record<string, string> = { EventName: ctx.rule.name };
  for (const [k, v] of Object.entries(ctx.facts)) {
    if (v === undefined || (typeof v === "object" && v !== null && !Array.isArray(v))) continue;
    args[k] = v === null ? "" : Array.isArray(v) ? v.join(",") : String(v);
  }
  return args;
}

export const NOTIFY_RETRY_JOB = "events.notifyProvider";
export const NOTIFY_MAX_ATTEMPTS = 3;

export interface NotifyDelivery {
  evaluationId: string;
  actionId: string;
  eventTypeId: number;
  args: Record<string, string>;
  attempt: number;
}

/**
 * The provider is called after the evaluating transaction commits (the delivery log writes on its own
 * connection, and the embedded database has one). A failure is retried by a durable job, at most
 * NOTIFY_MAX_ATTEMPTS calls in all (each call itself retries 503/timeouts, docs/providers.md).
 */
export async function deliverNotify(app: AppRuntime, d: NotifyDelivery): Promise<void> {
  const outcome = await notifyExternalEvent(app, d.eventTypeId, d.args);
  const em = app.orm.em.fork() as EntityManager;
  await em.transactional(async (tx) => {
    if (!outcome.sent) {
      await recordActionOutcome(
        tx,
        d.evaluationId,
        d.actionId,
        ActionOutcome.NOT_APPLICABLE,
        "events provider disabled",
        d.attempt,
      );
    } else if (outcome.result.ok) {
      await recordActionOutcome(
        tx,
        d.evaluationId,
        d.actionId,
        ActionOutcome.RAN,
        "NotifyEventFired delivered",
        d.attempt,
      );
    } else {
      const last = d.attempt >= NOTIFY_MAX_ATTEMPTS;
      const reason = `NotifyEventFired failed: ${JSON.stringify(outcome.result.reason ?? "unknown")}`;
      await recordActionOutcome(
        tx,
        d.evaluationId,
        d.actionId,
        last ? ActionOutcome.FAILED : ActionOutcome.PENDING_RETRY,
        reason,
        d.attempt,
      );
      if (!last)
        await scheduleTimer(tx, {
          kind: NOTIFY_RETRY_JOB,
          key: `${d.evaluationId}:${d.actionId}`,
          runAt: new Date(Date.now() + 30_000 * d.attempt),
          payload: { ...d, attempt: d.attempt + 1 },
        });
    }
  });
}

const notifyProvider: EventActionHandler = async (ctx) => {
  const delivery: NotifyDelivery = {
    evaluationId: ctx.evaluationId,
    actionId: ctx.action.id,
    eventTypeId: ctx.eventType.id,
    args: notifyArgs(ctx),
    attempt: 1,
  };
  await afterCommit(ctx.em, () => deliverNotify(ctx.app, delivery));
  return { message: `NotifyEventFired(${ctx.eventType.id}) queued after commit` };
};

export const BUILTIN_ACTIONS: Record<string, EventActionHandler> = {
  SET_TICKET_STATUS: setStatus,
  SET_TICKET_PRIORITY: setPriority,
  TRANSFER_TICKET: transfer,
  PIN_TICKET_TO_AGENT: pin(true),
  UNPIN_TICKET_FROM_AGENT: pin(false),
  ADD_TICKET_COMMENT: addComment,
  ESCALATE_TICKET: escalate,
  OFFER_SURVEY: offerSurvey,
  SHOW_REMINDER: reminder,
  NOTIFY_EVENTS_EXTERNAL_PROVIDER: notifyProvider,
  CALL_WEB_PAGE: callWebPage,
  LOG_TO_FILE: logToFile,
  LOG_TO_FILE_ONCE_PER_ITEM: logToFile,
  ADD_SYSTEM_MESSAGE: addSystemMessage,
  END_CHAT: endChat,
  TRANSFER_LIVE_CHAT: transferLiveChat,
};

export const CATALOG_ACTION_KEYS: ReadonlySet<string> = new Set(CATEGORIES.flatMap((c) => c.actions));
