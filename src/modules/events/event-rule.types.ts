import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { ConditionOperator } from "./catalog/index.js";
import { ActionOutcome, EventRule } from "./event-rule.entity.js";
import { EventSettings } from "./event-settings.entity.js";

@ObjectType({ description: "A condition of a rule." })
export class EventRuleCondition {
  @Field({ description: "Condition key." })
  key!: string;

  @Field(() => ConditionOperator, { description: "Operator." })
  operator!: ConditionOperator;

  @Field(() => [String], { description: "Values (references as global ids)." })
  values!: string[];

  @Field(() => String, { nullable: true, description: "For CUSTOM_FIELD: the field's name." })
  customField!: string | null;
}

@ObjectType({ description: "A parameter of a rule's action." })
export class EventActionParameter {
  @Field({ description: "Key." })
  key!: string;

  @Field({ description: "Value (references as global ids)." })
  value!: string;
}

@ObjectType({ description: "An action of a rule." })
export class EventRuleAction {
  @Field({ description: "Stable id of this action within the rule." })
  id!: string;

  @Field({ description: "Action key." })
  action!: string;

  @Field(() => Int, { nullable: true, description: "Maximum Frequency in minutes; null = every time." })
  maximumFrequencyMinutes!: number | null;

  @Field(() => [EventActionParameter], { description: "Parameters." })
  parameters!: EventActionParameter[];
}

@ObjectType({ description: "A condition as the engine evaluated it." })
export class EventConditionTrace {
  @Field({ description: "Condition key." })
  key!: string;

  @Field({ description: "Operator." })
  operator!: string;

  @Field(() => [String], { description: "The rule's values." })
  values!: string[];

  @Field(() => String, { nullable: true, description: "For CUSTOM_FIELD: the field's name." })
  customField!: string | null;

  @Field(() => String, { nullable: true, description: "The fact's value at evaluation time." })
  actual!: string | null;

  @Field({ description: "Whether it matched." })
  matched!: boolean;
}

@ObjectType({ description: "What happened to one action." })
export class EventActionTrace {
  @Field({ description: "The rule action's id." })
  actionId!: string;

  @Field({ description: "Action key." })
  action!: string;

  @Field(() => ActionOutcome, { description: "Outcome." })
  outcome!: ActionOutcome;

  @Field(() => Int, { description: "Attempts made." })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "Details: what it did, or why it failed." })
  message!: string | null;
}

@ObjectType({ description: "A soft limit the documentation recommends (002 L8377, L8615)." })
export class EventRuleWarning {
  @Field({ description: "TOO_MANY_IDLE_EVENTS (over 6) or TOO_MANY_EVENTS (over 24 enabled)." })
  code!: string;

  @Field({ description: "Explanation." })
  message!: string;
}

@ObjectType({ description: "Result of creating or changing a rule." })
export class EventRulePayload {
  @Field(() => EventRule, { nullable: true, description: "The rule; null when userErrors." })
  eventRule?: EventRule | null;

  @Field(() => [EventRuleWarning], { description: "Recommendations that were exceeded (saved anyway)." })
  warnings!: EventRuleWarning[];

  @Field(() => [UserError], { description: "Why nothing was saved." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleting a rule." })
export class DeleteEventRulePayload {
  @Field(() => String, { nullable: true, description: "Global id of the deleted rule." })
  deletedEventRuleId?: string | null;

  @Field(() => [UserError], { description: "Why nothing was deleted." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of enabling or disabling rules." })
export class SetEventRulesEnabledPayload {
  @Field(() => [EventRule], { description: "The changed rules." })
  eventRules!: EventRule[];

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of changing the engine's settings." })
export class EventSettingsPayload {
  @Field(() => EventSettings, { nullable: true, description: "The settings." })
  settings?: EventSettings | null;

  @Field(() => [UserError], { description: "Why nothing was saved." })
  userErrors!: UserError[];
}
