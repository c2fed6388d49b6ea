import type { EntityManager } from "@mikro-orm/postgresql";
import type { ModuleDefinition } from "../../core/module.js";
import { registerEventAction as register, unregisterEventAction } from "./action-registry.js";
import type { EventActionHandler } from "./action-registry.js";
import { BUILTIN_ACTIONS, CATALOG_ACTION_KEYS, NOTIFY_RETRY_JOB, deliverNotify } from "./builtin-actions.js";
import type { NotifyDelivery } from "./builtin-actions.js";
import { SOURCE_EVENT_TYPES } from "./catalog/index.js";
import { CHAT_IDLE_JOB, chatActivity, runChatIdle } from "./chat-idle.js";
import type { ChatIdlePayload } from "./chat-idle.js";
import { afterCommit } from "../../core/db/after-commit.js";
import { RETRY_ACTION_JOB, evaluateEvent, retryAction } from "./evaluator.js";
import type { RetryActionPayload } from "./evaluator.js";
import { EventRule, EventRuleEvaluation } from "./event-rule.entity.js";
import { EventRuleEvaluationFieldsResolver, EventRuleFieldsResolver } from "./event-rule.fields.js";
import { EventRuleResolver } from "./event-rule.resolver.js";
import { visibleEvaluations, visibleRules } from "./event-rule.service.js";
import { EventSettings } from "./event-settings.entity.js";
import { ensureEventSettings } from "./event-settings.service.js";
import { EventActionThrottle } from "./event-throttle.entity.js";
import { registerEventFacts } from "./facts.js";
import {
  TICKET_TIMERS,
  TIMER_BACKFILL_JOB,
  backfillTicketTimers,
  runTicketTimer,
  scheduleTicketTimer,
} from "./idle-timers.js";
import type { TicketTimerPayload } from "./idle-timers.js";
import { ticketFacts } from "./ticket-facts.js";
import { COUNT_SWEEP_JOB, COUNT_SWEEP_SECONDS, runCountSweep } from "./count-events.js";
import { chatFacts, chatIdleSource } from "./chat-facts.js";
import { declareDomainEventTypes } from "./catalog.service.js";
import { registerChatIdleSource } from "./chat-idle.js";
import { NotificationProfile } from "./notification-profile.entity.js";
import { NotificationProfileResolver } from "./notification-profile.resolver.js";
import { visibleProfiles } from "./notification-profile.service.js";

export type { EventActionContext, EventActionHandler, EventActionResult } from "./action-registry.js";
export { registerEventFacts } from "./facts.js";
export type { FactEnricher } from "./facts.js";
export { declareDomainEventTypes } from "./catalog.service.js";
export { registerChatIdleSource } from "./chat-idle.js";
export type { ChatIdleSource } from "./chat-idle.js";
export { setEventsClock, eventsNow } from "./clock.js";
export { EVENT_REMINDER_TOPIC } from "./reminders.js";
export type { EventReminderPayload } from "./reminders.js";
export { EventRule, EventRuleEvaluation, EventRuleScope } from "./event-rule.entity.js";
export { unregisterEventAction };
export { NotificationProfile } from "./notification-profile.entity.js";
export { notificationTargets } from "./notification-profile.service.js";
export type { NotificationTargets } from "./notification-profile.service.js";
export { publishEventReminder } from "./reminders.js";

/**
 * Lets a module provide an action of the events catalog (the email module: SEND_EMAIL, SEND_EMAIL_ONCE_PER_ITEM,
 * USE_MY_NOTIFICATION_PROFILE…, USE_DEFAULT_NOTIFICATION_PROFILE_FOR_USER…, SEND_REPLY_TO_TICKET,
 * SEND_CANNED_REPLY). Until a key has a handler, rules may use it and the evaluation records NO_HANDLER.
 */
export function registerEventAction(key: string, handler: EventActionHandler): void {
  register(key, handler, CATALOG_ACTION_KEYS);
}

for (const [key, handler] of Object.entries(BUILTIN_ACTIONS)) registerEventAction(key, handler);
registerEventFacts("Ticket", ticketFacts);
registerEventFacts("LiveChat", chatFacts);
registerChatIdleSource(chatIdleSource);
// What the chat module records (src/modules/chat, recordChatEvent), so Live Chat types show as available.
declareDomainEventTypes([
  "chat.started",
  "chat.queued",
  "chat.assigned",
  "chat.messageAdded",
  "chat.transferred",
  "chat.ended",
  "chat.idle",
  "chat.attachedToTicket",
  "chat.detachedFromTicket",
  "chat.deleted",
  "chat.restored",
]);

export const EVENT_RULES_CONSUMER = "events.rules";
export const EVENT_TIMERS_CONSUMER = "events.timers";
const TICKET_ENDS = new Set(["ticket.deleted", "ticket.merged"]);

export const eventsModule: ModuleDefinition = {
  name: "events",
  entities: [EventRule, EventRuleEvaluation, EventActionThrottle, EventSettings, NotificationProfile],
  resolvers: [
    EventRuleResolver,
    EventRuleFieldsResolver,
    EventRuleEvaluationFieldsResolver,
    NotificationProfileResolver,
  ],
  nodes: {
    async EventRule(ctx, id) {
      return ctx.em.findOne(EventRule, { $and: [{ id }, visibleRules(ctx)] });
    },
    async EventRuleEvaluation(ctx, id) {
      return ctx.em.findOne(EventRuleEvaluation, { $and: [{ id }, visibleEvaluations(ctx)] });
    },
    async NotificationProfile(ctx, id) {
      return ctx.em.findOne(NotificationProfile, { $and: [{ id }, visibleProfiles(ctx)] });
    },
  },
  domainEventConsumers: {
    // The rules: every domain event some catalog type listens to (docs/events.md, Evaluation).
    [EVENT_RULES_CONSUMER]: {
      accepts: (type) => SOURCE_EVENT_TYPES.has(type),
      handle: async (app, event, job) => {
        await evaluateEvent(app, job.em as EntityManager, event);
      },
    },
    // Idle and duration timers follow ticket and chat activity.
    [EVENT_TIMERS_CONSUMER]: {
      accepts: (type) => type.startsWith("ticket.") || type.startsWith("chat."),
      handle: async (app, event, job) => {
        const em = job.em as EntityManager;
        if (event.type.startsWith("chat.")) return chatActivity(em, event);
        const ids = [String(event.data.ticketId ?? event.subject.id)];
        if (event.type === "ticket.merged" && Array.isArray(event.data.mergedTicketIds))
          ids.push(...event.data.mergedTicketIds.map(String));
        for (const id of ids)
          for (const spec of TICKET_TIMERS)
            if (
              TICKET_ENDS.has(event.type) ||
              spec.eventType === "TICKET_IDLE" ||
              event.type === "ticket.created"
            )
              await scheduleTicketTimer(app, em, spec, id);
      },
    },
  },
  jobs: {
    ...Object.fromEntries(
      TICKET_TIMERS.map((spec) => [
        spec.kind,
        {
          maxAttempts: 3,
          run: (app, payload: TicketTimerPayload, job) => runTicketTimer(app, spec, payload, job),
        },
      ]),
    ),
    [CHAT_IDLE_JOB]: {
      maxAttempts: 3,
      run: (app, payload: ChatIdlePayload, job) => runChatIdle(app, payload, job),
    },
    [TIMER_BACKFILL_JOB]: {
      maxAttempts: 3,
      run: (_app, payload: { kind: string; afterId?: string }, job) =>
        backfillTicketTimers(job.em as EntityManager, payload),
    },
    // Count… event types (count-events.ts): one sweep per slot across instances, in the job's transaction.
    [COUNT_SWEEP_JOB]: {
      maxAttempts: 1,
      run: async (app, _payload, job) => {
        await runCountSweep(app, job);
      },
    },
    [RETRY_ACTION_JOB]: {
      maxAttempts: 1,
      run: (app, payload: RetryActionPayload, job) => retryAction(app, job.em as EntityManager, payload),
    },
    [NOTIFY_RETRY_JOB]: {
      maxAttempts: 1,
      run: async (app, payload: NotifyDelivery, job) => {
        await afterCommit(job.em as EntityManager, () => deliverNotify(app, payload));
      },
    },
  },
  recurring: [{ kind: COUNT_SWEEP_JOB, everySeconds: COUNT_SWEEP_SECONDS }],
  async onBoot(app) {
    await ensureEventSettings(app.orm.em.fork() as EntityManager);
  },
};
