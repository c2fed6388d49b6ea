import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission, hasPermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Connection } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import { eventCatalog } from "./catalog.service.js";
import { EventCatalog } from "./catalog.types.js";
import { EventRule, EventRuleEvaluation, EventRuleScope } from "./event-rule.entity.js";
import {
  CreateEventRuleInput,
  DeleteEventRuleInput,
  EventRuleEvaluationsArgs,
  EventRulesArgs,
  SetEventRulesEnabledInput,
  UpdateEventRuleInput,
  UpdateEventSettingsInput,
} from "./event-rule.inputs.js";
import {
  createEventRule,
  deleteEventRule,
  getEventRule,
  listEvaluations,
  listEventRules,
  setEventRulesEnabled,
  updateEventRule,
} from "./event-rule.service.js";
import {
  DeleteEventRulePayload,
  EventRulePayload,
  EventSettingsPayload,
  SetEventRulesEnabledPayload,
} from "./event-rule.types.js";
import { EventSettings } from "./event-settings.entity.js";
import { getEventSettings, updateEventSettings } from "./event-settings.service.js";
import { EVENT_REMINDER_TOPIC, EventReminder } from "./reminders.js";
import { TriggerManualEventInput, TriggerManualEventPayload, triggerManualEvent } from "./manual-events.js";
import type { EventReminderPayload } from "./reminders.js";

const EventRuleConnection = Connection(EventRule);
const EventRuleEvaluationConnection = Connection(EventRuleEvaluation);
const INPUT = { description: "The mutation's input." };
const ACCESS =
  "System-level rules: administrators (ADMINISTRATION). My Events: the owner with EVENTS_CREATE_AND_EDIT_MY_EVENTS " +
  "(create, edit) or EVENTS_DELETE (delete); administrators may change every agent's events. FORBIDDEN otherwise.";
const CODES =
  "Codes: INVALID_NAME, EVENT_TYPE_NOT_IN_CATEGORY, SYSTEM_ONLY, UNKNOWN_CONDITION, INVALID_OPERATOR, INVALID_VALUES, " +
  "INVALID_VALUE, INVALID_REFERENCE, NOT_FOUND, UNKNOWN_CUSTOM_FIELD, UNKNOWN_ACTION, SYSTEM_ONLY_ACTION, " +
  "NOT_FOR_THIS_EVENT_TYPE, UNKNOWN_PARAMETER, REQUIRED, INVALID_FREQUENCY, ACTION_REQUIRED, TOO_MANY_CONDITIONS, " +
  "TOO_MANY_ACTIONS, DUPLICATE_ACTION_ID, IDLE_RANGE_REQUIRED, DURATION_RANGE_REQUIRED.";

/** A payload with userErrors has no warnings. */
function withWarnings<T extends { warnings?: unknown[] }>(r: T) {
  return { ...r, warnings: (r as Partial<T>).warnings ?? [] };
}

type ReminderFilter = { payload: EventReminderPayload; context: RequestContext };

@Resolver()
export class EventRuleResolver {
  @Query(() => EventCatalog, {
    description:
      "The events catalog (seed-E §1): every category, event type with its numeric ID and source, condition with " +
      "operators, and action with parameters and whether a handler exists — what rule editors are built from.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  eventCatalog(): EventCatalog {
    return eventCatalog();
  }

  @Query(() => EventRuleConnection, {
    description:
      "Event rules by name: administrators see every rule (filter SYSTEM = Global tab, AGENT = Employees tab, " +
      "002 L7164-7180); agents their own My Events (needs EVENTS_CREATE_AND_EDIT_MY_EVENTS).",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  eventRules(@Args(() => EventRulesArgs) args: EventRulesArgs, @Ctx() ctx: RequestContext) {
    return listEventRules(ctx, args);
  }

  @Query(() => EventRule, { description: "One rule; NOT_FOUND, or FORBIDDEN for another agent's rule." })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  eventRule(@Arg("id", () => ID, { description: "The rule." }) id: string, @Ctx() ctx: RequestContext) {
    return getEventRule(ctx, id);
  }

  @Query(() => EventRuleEvaluationConnection, {
    description:
      "What the engine did, newest first: each rule that fired (or was skipped) with the conditions' values and " +
      "each action's outcome. Administrators see all; agents the evaluations of their own My Events.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  eventRuleEvaluations(
    @Args(() => EventRuleEvaluationsArgs) args: EventRuleEvaluationsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return listEvaluations(ctx, args);
  }

  @Query(() => EventSettings, { description: "Settings of the events engine (administrators)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  eventSettings(@Ctx() ctx: RequestContext) {
    return getEventSettings(ctx.em);
  }

  @Mutation(() => EventRulePayload, {
    description: `Creates an event rule, validated against the catalog (nothing stored on userErrors). ${ACCESS} ${CODES}`,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  createEventRule(
    @Arg("input", () => CreateEventRuleInput, INPUT) input: CreateEventRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createEventRule(ctx, input)).then(withWarnings);
  }

  @Mutation(() => EventRulePayload, {
    description: `Changes an event rule (same validation). ${ACCESS} ${CODES}`,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  updateEventRule(
    @Arg("input", () => UpdateEventRuleInput, INPUT) input: UpdateEventRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateEventRule(ctx, input)).then(withWarnings);
  }

  @Mutation(() => DeleteEventRulePayload, {
    description: `Deletes an event rule; its evaluations stay. ${ACCESS}`,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  deleteEventRule(
    @Arg("input", () => DeleteEventRuleInput, INPUT) input: DeleteEventRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteEventRule(ctx, input.id));
  }

  @Mutation(() => SetEventRulesEnabledPayload, {
    description: `Enables or disables rules (the list's multi-select, 002 L8151). All or nothing. ${ACCESS}`,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  setEventRulesEnabled(
    @Arg("input", () => SetEventRulesEnabledInput, INPUT) input: SetEventRulesEnabledInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setEventRulesEnabled(ctx, input)).then((r) => ({
      ...r,
      eventRules: (r as Partial<typeof r>).eventRules ?? [],
    }));
  }

  @Mutation(() => EventSettingsPayload, {
    description: "Changes the events engine's settings (Stop Idle Events After). Codes: INVALID.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  updateEventSettings(
    @Arg("input", () => UpdateEventSettingsInput, INPUT) input: UpdateEventSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateEventSettings(ctx, input));
  }

  @Mutation(() => TriggerManualEventPayload, {
    description:
      "Runs a manual event on an item (002 L8163-8167): conditions are checked against the item now, the actions " +
      "run only if they match. System-level manual events need EVENTS_TRIGGER_SYSTEM_MANUAL_EVENTS (002 L6732); " +
      "agents run their own. NOT_FOUND when the caller cannot see the item. Codes: NOT_MANUAL, DISABLED, " +
      "UNSUPPORTED_ITEM, WRONG_ITEM.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  triggerManualEvent(
    @Arg("input", () => TriggerManualEventInput, INPUT) input: TriggerManualEventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => triggerManualEvent(ctx, input)).then((r) => ({
      ...r,
      matched: (r as Partial<typeof r>).matched ?? false,
    }));
  }

  @Subscription(() => EventReminder, {
    topics: EVENT_REMINDER_TOPIC,
    filter: ({ payload: p, context }: ReminderFilter) =>
      p.scope === EventRuleScope.SYSTEM
        ? hasPermission(context, Privilege.ADMINISTRATION)
        : p.ownerId === context.actor?.accountId,
    description:
      "Reminders in the interface (the SHOW_REMINDER action): your My Events' reminders; administrators also " +
      "receive those of system-level rules.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  eventReminders(@Root() p: EventReminderPayload): EventReminder {
    return {
      ruleName: p.ruleName,
      scope: p.scope,
      eventType: p.eventType,
      subjectType: p.subjectType,
      subjectId: toGlobalId(p.subjectType, p.subjectId),
      text: p.text,
      at: new Date(p.at),
    };
  }
}
