import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Employee } from "../accounts/index.js";
import { ConditionOperator, ConditionValueType, EventCategory } from "./catalog/index.js";

export enum EventRuleScope {
  SYSTEM = "SYSTEM",
  AGENT = "AGENT",
}
registerEnumType(EventRuleScope, {
  name: "EventRuleScope",
  description: "Who an event belongs to (002 L8081-8084).",
  valuesConfig: {
    SYSTEM: { description: "A system-level event: administrators only; applies to the whole installation." },
    AGENT: { description: "An agent's My Event: applies only to the owning agent's items." },
  },
});
registerEnumType(EventCategory, { name: "EventCategory", description: "The feature an event pertains to." });
registerEnumType(ConditionOperator, {
  name: "EventConditionOperator",
  description: "How a condition compares the event's fact with its values (docs/events.md, Operators).",
});
registerEnumType(ConditionValueType, {
  name: "EventConditionValueType",
  description: "The type of a condition's (or action parameter's) value; it decides the operators.",
});

/** Stored condition: values as typed in (references as raw uuids). */
export interface StoredCondition {
  key: string;
  operator: ConditionOperator;
  values: string[];
  /** For CUSTOM_FIELD: the field's name. */
  customField?: string | null;
}

export interface StoredAction {
  /** Stable per action of a rule: dedupe and throttle keys use it. */
  id: string;
  action: string;
  /** Maximum Frequency (002 L8159); null = every time. */
  maximumFrequencyMinutes: number | null;
  parameters: Record<string, string>;
}

/** An event (rule) of the events engine (seed-E §1.1, 002 L8075-8775). */
@ObjectType({
  implements: Node,
  description:
    "An event rule: when an event of its type happens and every condition matches, its actions run.",
})
@Entity({ tableName: "event_rule" })
@Index({ properties: ["eventType", "enabled"] })
export class EventRule extends BaseEntity {
  @Field({ description: "Friendly name (002 L8140)." })
  @Property({ type: "string", length: 255 })
  name!: string;

  @Field({ description: "Only enabled events trigger (002 L8151)." })
  @Property({ type: "boolean", default: true })
  enabled: boolean = true;

  @Field(() => EventRuleScope, { description: "System-level or an agent's My Event." })
  @Enum({ items: () => EventRuleScope, nativeEnumName: "event_rule_scope" })
  scope!: EventRuleScope;

  /** AGENT scope: the agent it belongs to (002 L8105). */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: "cascade" })
  @Index()
  owner?: Rel<Employee> | null;

  @Field(() => EventCategory, { description: "The category (002 L8142)." })
  @Property({ type: "string", length: 32 })
  category!: EventCategory;

  /** Catalog key of the event type, e.g. TICKET_IDLE. */
  @Property({ type: "string", length: 64 })
  eventType!: string;

  @Property({ type: "jsonb" })
  conditions: StoredCondition[] = [];

  @Property({ type: "jsonb" })
  actions: StoredAction[] = [];
}

export enum EvaluationOutcome {
  FIRED = "FIRED",
  PARTIAL_FAILURE = "PARTIAL_FAILURE",
  FAILED = "FAILED",
  SKIPPED = "SKIPPED",
}
registerEnumType(EvaluationOutcome, {
  name: "EventRuleEvaluationOutcome",
  description: "What came of a rule that matched (or of an event the engine had to skip).",
  valuesConfig: {
    FIRED: { description: "Every action ran, was throttled or had nothing to do." },
    PARTIAL_FAILURE: { description: "Some actions failed (see actions); the others ran." },
    FAILED: { description: "Every action that tried to run failed." },
    SKIPPED: { description: "Not run: see reason (loop guard, item gone, Stop Idle Events After…)." },
  },
});

export enum ActionOutcome {
  RAN = "RAN",
  THROTTLED = "THROTTLED",
  NO_HANDLER = "NO_HANDLER",
  FAILED = "FAILED",
  NOT_APPLICABLE = "NOT_APPLICABLE",
  PENDING_RETRY = "PENDING_RETRY",
}
registerEnumType(ActionOutcome, {
  name: "EventActionOutcome",
  description: "What happened to one action of a fired rule.",
  valuesConfig: {
    RAN: { description: "The action ran." },
    THROTTLED: { description: "Skipped: it ran within its Maximum Frequency (002 L8159)." },
    NO_HANDLER: { description: "No module provides this action yet (e.g. email before the email module)." },
    FAILED: { description: "It failed on its last attempt; message says why." },
    NOT_APPLICABLE: { description: "Nothing to do (e.g. the status was already the one to set)." },
    PENDING_RETRY: { description: "It failed; a retry is scheduled (docs/events.md, Faults)." },
  },
});

export interface ConditionTrace {
  key: string;
  operator: string;
  values: string[];
  customField: string | null;
  actual: string | null;
  matched: boolean;
}

export interface ActionTrace {
  actionId: string;
  action: string;
  outcome: ActionOutcome;
  attempts: number;
  message: string | null;
}

/** One rule that matched an event (or an event skipped), with what matched: the engine's explanation. */
@ObjectType({ implements: Node, description: "A record of one event rule firing: what matched, what ran." })
@Entity({ tableName: "event_rule_evaluation" })
@Unique({ name: "event_rule_evaluation_once", properties: ["domainEventId", "ruleId"] })
@Index({ properties: ["ruleId", "createdAt"] })
@Index({ properties: ["createdAt"] })
export class EventRuleEvaluation extends BaseEntity {
  /** Raw id of the rule; kept when the rule is deleted (no foreign key on purpose). */
  @Property({ type: "uuid" })
  ruleId!: string;

  @Field({ description: "The rule's name when it fired." })
  @Property({ type: "string", length: 255 })
  ruleName!: string;

  @Field(() => EventRuleScope, { description: "The rule's scope when it fired." })
  @Enum({ items: () => EventRuleScope, nativeEnumName: "event_rule_scope" })
  ruleScope!: EventRuleScope;

  /** The owner of an AGENT rule: owners see their own evaluations. */
  @Property({ type: "uuid", nullable: true })
  @Index()
  ownerId?: string | null;

  @Field({ description: "Id of the domain event (or idle timer) that was evaluated." })
  @Property({ type: "uuid" })
  domainEventId!: string;

  @Field({ description: "The domain event's type, e.g. ticket.created or events.ticketIdle." })
  @Property({ type: "string", length: 128 })
  domainEventType!: string;

  @Field({ description: "Catalog key of the event type, e.g. TICKET_IDLE." })
  @Property({ type: "string", length: 64 })
  eventType!: string;

  @Field(() => Int, { description: "The numeric EventType (002 L2542-2615)." })
  @Property({ type: "integer" })
  eventTypeId!: number;

  @Field({ description: "GraphQL type of the item, e.g. Ticket." })
  @Property({ type: "string", length: 64 })
  subjectType!: string;

  /** Raw id of the item. */
  @Property({ type: "string", length: 64 })
  subjectId!: string;

  @Field(() => EvaluationOutcome, { description: "Overall outcome." })
  @Enum({ items: () => EvaluationOutcome, nativeEnumName: "event_rule_evaluation_outcome" })
  outcome!: EvaluationOutcome;

  @Field(() => String, { nullable: true, description: "Why it was skipped (LOOP_GUARD, ITEM_GONE, …)." })
  @Property({ type: "text", nullable: true })
  reason?: string | null;

  @Property({ type: "jsonb" })
  conditionTrace: ConditionTrace[] = [];

  @Property({ type: "jsonb" })
  actionTrace: ActionTrace[] = [];

  /** The event as evaluated, so a retried action sees the same facts. */
  @Property({ type: "jsonb" })
  event!: Record<string, unknown>;

  @Field(() => DateTimeScalar, { description: "When the event happened." })
  @Property({ type: "timestamptz" })
  occurredAt!: Date;

  @Field(() => DateTimeScalar, { description: "The engine's clock when it evaluated the rule." })
  @Property({ type: "timestamptz" })
  evaluatedAt!: Date;
}
