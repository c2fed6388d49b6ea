import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Employee } from "../accounts/index.js";
import { EVENT_TYPES } from "./catalog/index.js";
import { EventRule, EventRuleEvaluation } from "./event-rule.entity.js";
import { ownerById, ruleById } from "./event-rule.loaders.js";
import { presentParameter, presentValue } from "./event-rule.service.js";
import {
  EventActionTrace,
  EventConditionTrace,
  EventRuleAction,
  EventRuleCondition,
} from "./event-rule.types.js";

@Resolver(() => EventRule)
export class EventRuleFieldsResolver {
  @FieldResolver(() => String, { description: "Catalog key of the event type, e.g. TICKET_IDLE." })
  eventType(@Root() rule: EventRule): string {
    return rule.eventType;
  }

  @FieldResolver(() => Int, { description: "The event type's numeric EventType (002 L2542-2615)." })
  eventTypeId(@Root() rule: EventRule): number {
    return EVENT_TYPES.get(rule.eventType)?.id ?? 0;
  }

  @FieldResolver(() => String, { description: "The event type's documented name." })
  eventTypeName(@Root() rule: EventRule): string {
    return EVENT_TYPES.get(rule.eventType)?.name ?? rule.eventType;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: "The agent of an AGENT rule (Owner column, 002 L8105).",
  })
  owner(@Root() rule: EventRule, @Ctx() ctx: RequestContext) {
    return rule.owner ? ctx.loaders.get(ownerById).load(rule.owner.id) : null;
  }

  @FieldResolver(() => [EventRuleCondition], { description: "Conditions; all must match." })
  conditions(@Root() rule: EventRule): EventRuleCondition[] {
    return rule.conditions.map((c) => ({
      key: c.key,
      operator: c.operator,
      values: c.values.map((v) => presentValue(rule.category, c.key, v)),
      customField: c.customField ?? null,
    }));
  }

  @FieldResolver(() => [EventRuleAction], { description: "Actions, in order." })
  actions(@Root() rule: EventRule): EventRuleAction[] {
    return rule.actions.map((a) => ({
      id: a.id,
      action: a.action,
      maximumFrequencyMinutes: a.maximumFrequencyMinutes,
      parameters: Object.entries(a.parameters).map(([key, value]) => ({
        key,
        value: presentParameter(a.action, key, value),
      })),
    }));
  }
}

@Resolver(() => EventRuleEvaluation)
export class EventRuleEvaluationFieldsResolver {
  @FieldResolver(() => EventRule, { nullable: true, description: "The rule; null once deleted." })
  rule(@Root() e: EventRuleEvaluation, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(ruleById).load(e.ruleId);
  }

  @FieldResolver(() => String, { description: "Global id of the item the event was about." })
  subjectId(@Root() e: EventRuleEvaluation): string {
    return toGlobalId(e.subjectType, e.subjectId);
  }

  @FieldResolver(() => [EventConditionTrace], { description: "Each condition with the value it saw." })
  conditions(@Root() e: EventRuleEvaluation): EventConditionTrace[] {
    return e.conditionTrace;
  }

  @FieldResolver(() => [EventActionTrace], { description: "Each action and what came of it." })
  actions(@Root() e: EventRuleEvaluation): EventActionTrace[] {
    return e.actionTrace;
  }
}
