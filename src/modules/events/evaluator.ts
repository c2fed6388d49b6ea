import type { EntityManager } from "@mikro-orm/postgresql";
import { withDomainEventCause } from "../../core/events/domain-events.js";
import type { DomainEvent } from "../../core/events/domain-events.js";
import { scheduleTimer } from "../../core/jobs/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { eventActionHandler, renderVariables } from "./action-registry.js";
import type { EventActionContext } from "./action-registry.js";
import { ACTIONS_BY_KEY, EVENT_TYPES, eventTypesForDomainEvent } from "./catalog/index.js";
import type { CatalogEventType } from "./catalog/index.js";
import { eventsNow } from "./clock.js";
import { conditionActual, describeActual, evaluateCondition } from "./conditions.js";
import type { FactValue } from "./conditions.js";
import { claimEvaluation, overallOutcome } from "./evaluation-log.js";
import {
  ActionOutcome,
  EvaluationOutcome,
  EventRule,
  EventRuleEvaluation,
  EventRuleScope,
} from "./event-rule.entity.js";
import type { ActionTrace, ConditionTrace, StoredAction } from "./event-rule.entity.js";
import { buildFacts } from "./facts.js";
import type { Facts } from "./facts.js";

/** A rule's actions may cause events that trigger further rules, up to this many rules deep. */
export const MAX_RULE_CHAIN = 4;
export const RETRY_ACTION_JOB = "events.retryAction";
/** Attempts of a failing action in all (the first run plus retries), docs/events.md "Faults". */
export const ACTION_MAX_ATTEMPTS = 3;
export const ACTION_RETRY_SECONDS = [30, 120];

export interface RetryActionPayload {
  evaluationId: string;
  actionId: string;
  attempt: number;
}

function conditionDefinition(type: CatalogEventType, key: string) {
  return type.category.conditions.find((c) => c.key === key);
}

/** Evaluates every condition (AND); the trace says which matched with which value. */
export async function traceConditions(type: CatalogEventType, rule: EventRule, facts: Facts) {
  const trace: ConditionTrace[] = [];
  for (const condition of rule.conditions) {
    const def = conditionDefinition(type, condition.key);
    const actual = def ? conditionActual(condition, await facts.get(def.fact)) : undefined;
    const matched = def ? evaluateCondition(def, condition, actual) : false;
    trace.push({
      key: condition.key,
      operator: condition.operator,
      values: condition.values,
      customField: condition.customField ?? null,
      actual: describeActual(actual),
      matched,
    });
  }
  return { matched: trace.every((c) => c.matched), trace };
}

/** "My Events apply only to the agent configuring the event" (002 L5710): items assigned to them or their groups. */
async function ownerApplies(em: EntityManager, rule: EventRule, facts: Facts): Promise<boolean> {
  if (rule.scope === EventRuleScope.SYSTEM || !rule.owner) return true;
  const agentId = await facts.get("agentId");
  const groupId = await facts.get("groupId");
  if (agentId === undefined && groupId === undefined) return true; // not an agent's item (a new user, …)
  if (agentId === rule.owner.id) return true;
  if (typeof groupId !== "string") return false;
  const rows = await em.execute(
    `select 1 from agent_group_membership where employee_id = ? and group_id = ?`,
    [rule.owner.id, groupId],
  );
  return rows.length > 0;
}

/** Maximum Frequency (002 L8159): one upsert that wins only when the window has passed. */
async function throttleAllows(
  em: EntityManager,
  key: string,
  now: Date,
  minutes: number | null,
): Promise<boolean> {
  if (!minutes) return true;
  const rows = await em.execute(
    `insert into event_action_throttle (key, last_run_at) values (?, ?::timestamptz)
     on conflict (key) do update set last_run_at = excluded.last_run_at
       where event_action_throttle.last_run_at <= ?::timestamptz
     returning key`,
    [key, now.toISOString(), new Date(now.getTime() - minutes * 60_000).toISOString()],
  );
  return rows.length > 0;
}

export interface ActionRun {
  app: AppRuntime;
  em: EntityManager;
  event: DomainEvent;
  type: CatalogEventType;
  rule: EventRule;
  action: StoredAction;
  facts: Record<string, FactValue>;
  now: Date;
  evaluationId: string;
  attempt: number;
}

/** Runs one action in a savepoint: a failure undoes only that action. */
export async function runAction(run: ActionRun): Promise<ActionTrace> {
  const { app, em, event, type, rule, action, facts, now, evaluationId, attempt } = run;
  const trace = (outcome: ActionOutcome, message: string | null): ActionTrace => ({
    actionId: action.id,
    action: action.action,
    outcome,
    attempts: attempt,
    message,
  });
  const handler = eventActionHandler(action.action);
  if (!handler) return trace(ActionOutcome.NO_HANDLER, "No module provides this action yet.");
  const def = ACTIONS_BY_KEY.get(action.action);
  const perItem = def?.oncePerItem || def?.itemAction;
  const throttleKey = `${rule.id}:${action.id}${perItem ? `:${event.subject.id}` : ""}`;
  const chain = [...(event.cause?.kind === "eventRule" ? event.cause.chain : []), rule.id];
  try {
    return await em.transactional(async (sp) => {
      if (!(await throttleAllows(sp, throttleKey, now, action.maximumFrequencyMinutes)))
        return trace(
          ActionOutcome.THROTTLED,
          `Ran within the last ${action.maximumFrequencyMinutes} minutes.`,
        );
      const ctx: EventActionContext = {
        app,
        em: sp as EntityManager,
        event,
        eventType: type,
        rule: { id: rule.id, name: rule.name, scope: rule.scope, ownerId: rule.owner?.id ?? null },
        action,
        facts,
        now,
        evaluationId,
        render: (text) => renderVariables(text, facts),
      };
      const result = await withDomainEventCause({ kind: "eventRule", chain }, () => handler(ctx));
      const outcome = result?.outcome === "NOT_APPLICABLE" ? ActionOutcome.NOT_APPLICABLE : ActionOutcome.RAN;
      return trace(outcome, result?.message ?? null);
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    app.logger.warn({ ruleId: rule.id, action: action.action, attempt, err: message }, "event action failed");
    const retry = attempt < ACTION_MAX_ATTEMPTS;
    if (retry)
      await scheduleTimer(em, {
        kind: RETRY_ACTION_JOB,
        key: `${evaluationId}:${action.id}`,
        runAt: new Date(Date.now() + (ACTION_RETRY_SECONDS[attempt - 1] ?? 300) * 1000),
        payload: { evaluationId, actionId: action.id, attempt: attempt + 1 } satisfies RetryActionPayload,
      });
    return trace(retry ? ActionOutcome.PENDING_RETRY : ActionOutcome.FAILED, message);
  }
}

function skipReason(event: DomainEvent, rule: EventRule): string | null {
  if (event.cause?.kind !== "eventRule") return null;
  if (event.cause.chain.includes(rule.id)) return "LOOP_GUARD: caused by this rule's own action";
  if (event.cause.chain.length >= MAX_RULE_CHAIN) return `CHAIN_TOO_LONG: ${MAX_RULE_CHAIN} rules deep`;
  return null;
}

export function evaluationBase(event: DomainEvent, type: CatalogEventType, rule: EventRule, now: Date) {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    ruleScope: rule.scope,
    ownerId: rule.owner?.id ?? null,
    domainEventId: event.id,
    domainEventType: event.type,
    eventType: type.key,
    eventTypeId: type.id,
    subjectType: event.subject.type,
    subjectId: event.subject.id,
    event: event as unknown as Record<string, unknown>,
    occurredAt: new Date(event.occurredAt),
    evaluatedAt: now,
  };
}

/** Records that an event could not be evaluated for a rule (item gone, idle limit…). */
export async function recordSkipped(
  em: EntityManager,
  event: DomainEvent,
  type: CatalogEventType,
  rule: EventRule,
  now: Date,
  reason: string,
  trace: ConditionTrace[] = [],
): Promise<void> {
  await claimEvaluation(em, {
    ...evaluationBase(event, type, rule, now),
    outcome: EvaluationOutcome.SKIPPED,
    reason,
    conditionTrace: trace,
    actionTrace: [],
  });
}

/**
 * The engine: the event types this domain event is, their enabled rules, conditions, then actions. Runs in
 * the consumer's job transaction; the evaluation record's unique key makes a re-delivery a no-op.
 */
export async function evaluateEvent(app: AppRuntime, em: EntityManager, event: DomainEvent): Promise<number> {
  const types = eventTypesForDomainEvent(event.type, event.data);
  if (!types.length) return 0;
  const rules = await em.find(
    EventRule,
    { enabled: true, eventType: { $in: types.map((t) => t.key) } },
    { orderBy: { createdAt: "asc" } },
  );
  if (!rules.length) return 0;
  const records = await evaluateRules(app, em, event, rules);
  return records.filter(Boolean).length;
}

/**
 * Evaluates `rules` against one event: owner scope, conditions, loop guard, then the actions. Returns the
 * evaluation record of each rule that fired (null where it did not match or was skipped).
 */
export async function evaluateRules(
  app: AppRuntime,
  em: EntityManager,
  event: DomainEvent,
  rules: EventRule[],
  options: { ignoreOwnerScope?: boolean } = {},
): Promise<Array<EventRuleEvaluation | null>> {
  const now = eventsNow(app);
  const facts = await buildFacts({ app, em, event, now });
  const out: Array<EventRuleEvaluation | null> = [];
  for (const rule of rules) {
    out.push(null);
    const type = EVENT_TYPES.get(rule.eventType)!;
    if (!options.ignoreOwnerScope && !(await ownerApplies(em, rule, facts))) continue;
    const { matched, trace } = await traceConditions(type, rule, facts);
    if (!matched) continue;
    const skip = skipReason(event, rule);
    if (skip) {
      await recordSkipped(em, event, type, rule, now, skip, trace);
      continue;
    }
    const record = await claimEvaluation(em, {
      ...evaluationBase(event, type, rule, now),
      outcome: EvaluationOutcome.FIRED,
      reason: null,
      conditionTrace: trace,
      actionTrace: [],
    });
    if (!record) continue; // already evaluated: at-least-once delivery, nothing runs twice
    const snapshot = await facts.snapshot();
    const actions: ActionTrace[] = [];
    for (const action of rule.actions)
      actions.push(
        await runAction({
          app,
          em,
          event,
          type,
          rule,
          action,
          facts: snapshot,
          now,
          evaluationId: record.id,
          attempt: 1,
        }),
      );
    record.actionTrace = actions;
    record.outcome = overallOutcome(actions);
    await em.flush();
    out[out.length - 1] = record;
  }
  return out;
}

/** A failed action's retry (docs/events.md, Faults): same event, facts as they are now. */
export async function retryAction(
  app: AppRuntime,
  em: EntityManager,
  payload: RetryActionPayload,
): Promise<void> {
  const record = await em.findOne(EventRuleEvaluation, { id: payload.evaluationId }, { lockMode: 4 });
  const entry = record?.actionTrace.find((a) => a.actionId === payload.actionId);
  if (!record || !entry || entry.outcome !== ActionOutcome.PENDING_RETRY) return;
  const rule = await em.findOne(EventRule, { id: record.ruleId });
  const action = rule?.actions.find((a) => a.id === payload.actionId);
  let next: ActionTrace;
  if (!rule || !action) {
    next = {
      ...entry,
      outcome: ActionOutcome.FAILED,
      message: "The rule or action was deleted before the retry.",
    };
  } else {
    const event = record.event as unknown as DomainEvent;
    const type = EVENT_TYPES.get(rule.eventType)!;
    const now = eventsNow(app);
    const facts = await (await buildFacts({ app, em, event, now })).snapshot();
    next = await runAction({
      app,
      em,
      event,
      type,
      rule,
      action,
      facts,
      now,
      evaluationId: record.id,
      attempt: payload.attempt,
    });
  }
  record.actionTrace = record.actionTrace.map((a) => (a.actionId === payload.actionId ? next : a));
  record.outcome = overallOutcome(record.actionTrace);
  await em.flush();
}
