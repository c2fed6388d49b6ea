import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
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
