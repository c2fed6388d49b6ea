import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { afterCommit } from "../../core/db/after-commit.js";
import type { EventActionContext } from "./action-registry.js";
import { EventRuleScope } from "./event-rule.entity.js";

/** Reminders in the interface (the SHOW_REMINDER action; "Show reminder in interface", 002 L7199, L5740). */
export const EVENT_REMINDER_TOPIC = "EVENT_REMINDER";

export interface EventReminderPayload {
  ruleId: string;
  ruleName: string;
  ownerId: string | null;
  scope: EventRuleScope;
  eventType: string;
  subjectType: string;
  subjectId: string;
  text: string;
  at: string;
}

@ObjectType({ description: "A reminder an event rule pushed to the interface." })
export class EventReminder {
  @Field({ description: "The rule's name." })
  ruleName!: string;

  @Field(() => EventRuleScope, {
    description: "SYSTEM reminders go to administrators, AGENT ones to the owner.",
  })
  scope!: EventRuleScope;

  @Field({ description: "Catalog key of the event type that fired, e.g. TICKET_IDLE." })
  eventType!: string;

  @Field({ description: "GraphQL type of the item, e.g. Ticket." })
  subjectType!: string;

  @Field(() => String, { description: "Global id of the item." })
  subjectId!: string;

  @Field({ description: "The reminder text (#VARIABLES# replaced)." })
  text!: string;

  @Field(() => DateTimeScalar, { description: "When the rule fired." })
  at!: Date;
}

/**
 * Pushes a reminder after the evaluating transaction commits (never for a rolled-back action): the
 * SHOW_REMINDER action, and notification profiles with "Show reminder in interface". ownerId null with
 * SYSTEM scope reaches administrators.
 */
export async function publishEventReminder(
  ctx: EventActionContext,
  to: { ownerId: string | null; scope: EventRuleScope },
  text: string,
): Promise<EventReminderPayload> {
  const payload: EventReminderPayload = {
    ruleId: ctx.rule.id,
    ruleName: ctx.rule.name,
    ownerId: to.ownerId,
    scope: to.scope,
    eventType: ctx.eventType.key,
    subjectType: ctx.event.subject.type,
    subjectId: ctx.event.subject.id,
    text,
    at: ctx.now.toISOString(),
  };
  await afterCommit(ctx.em, () => ctx.app.pubsub.publish(EVENT_REMINDER_TOPIC, payload));
  return payload;
}
