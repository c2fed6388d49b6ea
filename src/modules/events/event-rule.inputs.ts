import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs } from "../../core/graphql/pagination.js";
import { ConditionOperator, EventCategory } from "./catalog/index.js";
import { EvaluationOutcome, EventRuleScope } from "./event-rule.entity.js";

@InputType({ description: "A condition: the catalog's condition key, an operator and its values." })
export class EventRuleConditionInput {
  @Field({ description: "A condition key of the rule's category (eventCatalog), e.g. IDLE_MINUTES." })
  key!: string;

  @Field(() => ConditionOperator, { description: "One of the condition's operators." })
  operator!: ConditionOperator;

  @Field(() => [String], {
    description:
      "Values as text: numbers, true/false, HH:MM, ISO dates, enum names or global ids of the referenced type.",
  })
  values!: string[];

  @Field(() => String, { nullable: true, description: "For CUSTOM_FIELD: the custom field's name." })
  customField?: string | null;
}

@InputType({ description: "One parameter of an action." })
export class EventActionParameterInput {
  @Field({ description: "The parameter's key (eventCatalog)." })
  key!: string;

  @Field({ description: "Its value (global id for references)." })
  value!: string;
}

@InputType({ description: "An action with its Maximum Frequency (002 L8154-8159)." })
export class EventRuleActionInput {
  @Field(() => ID, {
    nullable: true,
    description: "Keep an existing action's id on update (its throttle state stays); omit for a new action.",
  })
  id?: string | null;

  @Field({ description: "An action key of the rule's category (eventCatalog), e.g. SET_TICKET_PRIORITY." })
  action!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Maximum Frequency in minutes (1-10080): at most one run per window; null = every time.",
  })
  maximumFrequencyMinutes?: number | null;

  @Field(() => [EventActionParameterInput], { nullable: true, description: "The action's parameters." })
  parameters?: EventActionParameterInput[] | null;
}

@InputType({ description: "A new event rule." })
export class CreateEventRuleInput {
  @Field({ description: "Friendly name (1-255 characters)." })
  name!: string;

  @Field({ nullable: true, description: "Enabled (default true)." })
  enabled?: boolean;

  @Field(() => EventRuleScope, {
    description: "SYSTEM (administrators only) or AGENT: a My Event of the caller.",
  })
  scope!: EventRuleScope;

  @Field(() => EventCategory, { description: "The category." })
  category!: EventCategory;

  @Field({ description: "An event type key of the category, e.g. TICKET_CREATED." })
  eventType!: string;

  @Field(() => [EventRuleConditionInput], { nullable: true, description: "Conditions; all must match." })
  conditions?: EventRuleConditionInput[] | null;

  @Field(() => [EventRuleActionInput], { description: "Actions, run in this order." })
  actions!: EventRuleActionInput[];
}

@InputType({ description: "Changes to an event rule; omitted fields keep their value." })
export class UpdateEventRuleInput {
  @Field(() => ID, { description: "The rule." })
  id!: string;

  @Field({ nullable: true, description: "New name." })
  name?: string;

  @Field({ nullable: true, description: "Enabled." })
  enabled?: boolean;

  @Field({ nullable: true, description: "New event type of the same category." })
  eventType?: string;

  @Field(() => [EventRuleConditionInput], { nullable: true, description: "Replaces every condition." })
  conditions?: EventRuleConditionInput[] | null;

  @Field(() => [EventRuleActionInput], { nullable: true, description: "Replaces every action." })
  actions?: EventRuleActionInput[] | null;
}

@InputType({ description: "The rule to delete." })
export class DeleteEventRuleInput {
  @Field(() => ID, { description: "The rule." })
  id!: string;
}

@InputType({ description: "Enables or disables several rules at once." })
export class SetEventRulesEnabledInput {
  @Field(() => [ID], { description: "The rules (1-100)." })
  ids!: string[];

  @Field({ description: "Enabled or not." })
  enabled!: boolean;
}

@InputType({ description: "Settings of the events engine." })
export class UpdateEventSettingsInput {
  @Field(() => Int, {
    nullable: true,
    description: "Stop Idle Events After, in days (1-3650); null = never stop.",
  })
  stopIdleEventsAfterDays?: number | null;
}

@ArgsType()
export class EventRulesArgs extends ConnectionArgs {
  @Field(() => EventRuleScope, {
    nullable: true,
    description: "Administrators: SYSTEM (Global tab) or AGENT (Employees tab); others see their own only.",
  })
  scope?: EventRuleScope | null;

  @Field(() => EventCategory, { nullable: true, description: "Only this category." })
  category?: EventCategory | null;

  @Field(() => ID, { nullable: true, description: "Administrators: only this agent's rules." })
  ownerId?: string | null;
}

@ArgsType()
export class EventRuleEvaluationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only this rule's evaluations." })
  ruleId?: string | null;

  @Field(() => EvaluationOutcome, { nullable: true, description: "Only this outcome." })
  outcome?: EvaluationOutcome | null;

  @Field(() => ID, { nullable: true, description: "Only evaluations about this item (a global id)." })
  subjectId?: string | null;
}
