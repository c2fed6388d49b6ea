import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import {
  BadInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from "../../core/errors/app-errors.js";
import { hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId, parseGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import { Validation } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { Privilege, permissionKey } from "../roles/index.js";
import { ACTIONS_BY_KEY, categoryOf } from "./catalog/index.js";
import { EventRule, EventRuleEvaluation, EventRuleScope } from "./event-rule.entity.js";
import type {
  CreateEventRuleInput,
  EventRuleEvaluationsArgs,
  EventRulesArgs,
  SetEventRulesEnabledInput,
  UpdateEventRuleInput,
} from "./event-rule.inputs.js";
import type { EventRuleWarning } from "./event-rule.types.js";
import { validateRule } from "./event-rule.validation.js";
import { timersChanged } from "./idle-timers.js";

/**
 * Access (002 L8111-8136, L6721-6732; docs/events.md "Access"): system-level rules are the administrators'
 * (ADMINISTRATION), who also see and modify every agent's My Events. An agent creates and edits their own My
 * Events with EVENTS_CREATE_AND_EDIT_MY_EVENTS and deletes them with EVENTS_DELETE.
 */
export const MY_EVENTS = permissionKey("EVENTS", "CREATE_AND_EDIT_MY_EVENTS");
export const DELETE_EVENTS = permissionKey("EVENTS", "DELETE");

export const MAX_IDLE_EVENTS = 6;
export const MAX_EVENTS = 24;

const isAdmin = (ctx: RequestContext) => hasPermission(ctx, Privilege.ADMINISTRATION);

function employeeId(ctx: RequestContext): string {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (actor.kind !== "EMPLOYEE") throw new ForbiddenError("Events belong to employees.");
  return actor.accountId;
}

/** Rules the caller may see: administrators all, others their own My Events (needs the My Events flag). */
export function visibleRules(ctx: RequestContext): FilterQuery<EventRule> {
  const me = employeeId(ctx);
  if (isAdmin(ctx)) return {};
  if (!hasPermission(ctx, MY_EVENTS))
    throw new ForbiddenError(`This requires the ${MY_EVENTS} permission.`, MY_EVENTS);
  return { scope: EventRuleScope.AGENT, owner: me };
}

function assertMayEdit(
  ctx: RequestContext,
  rule: { scope: EventRuleScope; owner?: { id: string } | null },
  forDelete = false,
) {
  const me = employeeId(ctx);
  if (isAdmin(ctx)) return;
  if (rule.scope === EventRuleScope.SYSTEM)
    throw new ForbiddenError(
      "Only administrators can add or change system-level events (002 L8136).",
      Privilege.ADMINISTRATION,
    );
  if (rule.owner?.id !== me) throw new ForbiddenError("This is another agent's event.");
  const needed = forDelete ? DELETE_EVENTS : MY_EVENTS;
  if (!hasPermission(ctx, needed))
    throw new ForbiddenError(`This requires the ${needed} permission.`, needed);
}

async function loadRule(ctx: RequestContext, globalId: string, field = "id"): Promise<EventRule> {
  const id = fromGlobalId(globalId, "EventRule", field);
  const rule = await ctx.em.findOne(EventRule, { id });
  if (!rule) throw new NotFoundError("EventRule", globalId);
  return rule;
}

export async function listEventRules(ctx: RequestContext, args: EventRulesArgs) {
  const where: FilterQuery<EventRule>[] = [visibleRules(ctx)];
  if (args.scope) where.push({ scope: args.scope });
  if (args.category) where.push({ category: args.category });
  if (args.ownerId) where.push({ owner: fromGlobalId(args.ownerId, "Employee", "ownerId") });
  return paginate(ctx.em, EventRule, { $and: where }, args, { orderBy: { name: "asc", id: "asc" } });
}

export async function getEventRule(ctx: RequestContext, globalId: string) {
  const rule = await loadRule(ctx, globalId);
  const visible = await ctx.em.count(EventRule, { $and: [{ id: rule.id }, visibleRules(ctx)] });
  if (!visible) throw new ForbiddenError("This is another agent's event.");
  return rule;
}

async function warnings(em: EntityManager): Promise<EventRuleWarning[]> {
  const out: EventRuleWarning[] = [];
  const idle = await em.count(EventRule, {
    enabled: true,
    eventType: { $in: ["TICKET_IDLE", "LIVE_CHAT_IDLE"] },
  });
  if (idle > MAX_IDLE_EVENTS)
    out.push({
      code: "TOO_MANY_IDLE_EVENTS",
      message: `${idle} idle events are enabled; the documentation recommends no more than ${MAX_IDLE_EVENTS} (002 L8377, L8615).`,
    });
  const all = await em.count(EventRule, { enabled: true });
  if (all > MAX_EVENTS)
    out.push({
      code: "TOO_MANY_EVENTS",
      message: `${all} events are enabled; a properly-running help desk has no more than ${MAX_EVENTS} (002 L8615).`,
    });
  return out;
}

export async function createEventRule(ctx: RequestContext, input: CreateEventRuleInput) {
  const me = employeeId(ctx);
  if (input.scope === EventRuleScope.SYSTEM && !isAdmin(ctx))
    throw new ForbiddenError(
      "Only administrators can add system-level events (002 L8136).",
      Privilege.ADMINISTRATION,
    );
  if (input.scope === EventRuleScope.AGENT && !hasPermission(ctx, MY_EVENTS))
    throw new ForbiddenError(`This requires the ${MY_EVENTS} permission (002 L8127).`, MY_EVENTS);
  const valid = await validateRule(ctx.em, { ...input, conditions: input.conditions ?? [] });
  return ctx.em.transactional(async (em) => {
    const rule = build(EventRule, {
      name: input.name.trim(),
      enabled: input.enabled ?? true,
      scope: input.scope,
      owner: input.scope === EventRuleScope.AGENT ? em.getReference(Employee, me) : null,
      category: input.category,
      eventType: valid.type.key,
      conditions: valid.conditions,
      actions: valid.actions,
    });
    em.persist(rule);
    await em.flush();
    await timersChanged(em, rule.eventType);
    return { eventRule: rule, warnings: await warnings(em) };
  });
}

export async function updateEventRule(ctx: RequestContext, input: UpdateEventRuleInput) {
  const rule = await loadRule(ctx, input.id);
  assertMayEdit(ctx, rule);
  const eventType = input.eventType ?? rule.eventType;
  const valid = await validateRule(ctx.em, {
    name: input.name ?? rule.name,
    scope: rule.scope,
    category: rule.category,
    eventType,
    conditions:
      input.conditions ??
      rule.conditions.map((c) => ({
        ...c,
        values: c.values.map((v) => presentValue(rule.category, c.key, v)),
      })),
    actions:
      input.actions ??
      rule.actions.map((a) => ({
        ...a,
        parameters: Object.entries(a.parameters).map(([key, value]) => ({
          key,
          value: presentParameter(a.action, key, value),
        })),
      })),
  });
  const before = rule.eventType;
  return ctx.em.transactional(async (em) => {
    const r = await em.findOneOrFail(EventRule, { id: rule.id });
    if (input.name !== undefined) r.name = input.name.trim();
    if (input.enabled !== undefined) r.enabled = input.enabled;
    r.eventType = valid.type.key;
    r.conditions = valid.conditions;
    r.actions = valid.actions;
    await em.flush();
    await timersChanged(em, before);
    if (before !== r.eventType) await timersChanged(em, r.eventType);
    return { eventRule: r, warnings: await warnings(em) };
  });
}

export async function deleteEventRule(ctx: RequestContext, globalId: string) {
  const rule = await loadRule(ctx, globalId);
  assertMayEdit(ctx, rule, true);
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(EventRule, { id: rule.id });
    await em.execute(`delete from event_action_throttle where key like ?`, [`${rule.id}:%`]);
    await timersChanged(em, rule.eventType);
  });
  return { deletedEventRuleId: rule.globalId };
}

export async function setEventRulesEnabled(ctx: RequestContext, input: SetEventRulesEnabledInput) {
  new Validation()
    .check(input.ids.length > 0 && input.ids.length <= 100, "INVALID", "Give 1-100 rules.", ["input", "ids"])
    .throwIfAny();
  const rules: EventRule[] = [];
  for (const [i, id] of input.ids.entries()) {
    const rule = await loadRule(ctx, id, `ids.${i}`);
    assertMayEdit(ctx, rule);
    rules.push(rule);
  }
  return ctx.em.transactional(async (em) => {
    const changed = await em.find(EventRule, { id: { $in: rules.map((r) => r.id) } });
    for (const r of changed) r.enabled = input.enabled;
    await em.flush();
    for (const type of new Set(changed.map((r) => r.eventType))) await timersChanged(em, type);
    return { eventRules: changed };
  });
}

/** Administrators: every evaluation; owners: those of their My Events. */
export function visibleEvaluations(ctx: RequestContext): FilterQuery<EventRuleEvaluation> {
  const me = employeeId(ctx);
  if (isAdmin(ctx)) return {};
  if (!hasPermission(ctx, MY_EVENTS))
    throw new ForbiddenError(`This requires the ${MY_EVENTS} permission.`, MY_EVENTS);
  return { ownerId: me, ruleScope: EventRuleScope.AGENT };
}

export async function listEvaluations(ctx: RequestContext, args: EventRuleEvaluationsArgs) {
  const where: FilterQuery<EventRuleEvaluation>[] = [visibleEvaluations(ctx)];
  if (args.ruleId) where.push({ ruleId: fromGlobalId(args.ruleId, "EventRule", "ruleId") });
  if (args.outcome) where.push({ outcome: args.outcome });
  if (args.subjectId) {
    const parsed = parseGlobalId(args.subjectId);
    if (!parsed) throw new BadInputError(`"${args.subjectId}" is not a global id.`, ["subjectId"]);
    where.push({ subjectType: parsed.type, subjectId: parsed.id });
  }
  return paginate(ctx.em, EventRuleEvaluation, { $and: where }, args, {
    orderBy: { createdAt: "desc", id: "desc" },
  });
}

/** References are stored raw and shown as global ids. */
export function presentValue(category: string, key: string, value: string): string {
  const def = categoryOf(category)?.conditions.find((c) => c.key === key);
  return def?.referenceType ? toGlobalId(def.referenceType, value) : value;
}

export function presentParameter(action: string, key: string, value: string): string {
  const p = ACTIONS_BY_KEY.get(action)?.parameters.find((x) => x.key === key);
  return p?.referenceType ? toGlobalId(p.referenceType, value) : value;
}
