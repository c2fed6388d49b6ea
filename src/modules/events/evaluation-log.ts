import type { EntityManager } from "@mikro-orm/postgresql";
import { build } from "../../core/db/base.entity.js";
import { ActionOutcome, EvaluationOutcome, EventRuleEvaluation } from "./event-rule.entity.js";
import type { ActionTrace } from "./event-rule.entity.js";

/**
 * The evaluation record: written once per (domain event, rule) — the unique key is the engine's dedupe, so a
 * re-delivered event finds its record and runs nothing twice; action outcomes are updated in place.
 */

/** Inserts the record unless this event was already evaluated for this rule; null = already done. */
export async function claimEvaluation(
  em: EntityManager,
  data: Omit<EventRuleEvaluation, "id" | "createdAt" | "updatedAt" | "globalId">,
): Promise<EventRuleEvaluation | null> {
  const rows = await em.execute<Array<{ id: string }>>(
    `select id from event_rule_evaluation where domain_event_id = ? and rule_id = ?`,
    [data.domainEventId, data.ruleId],
  );
  if (rows.length) return null;
  const record = build(EventRuleEvaluation, data);
  em.persist(record);
  await em.flush();
  return record;
}

export function overallOutcome(actions: ActionTrace[]): EvaluationOutcome {
  const tried = actions.filter(
    (a) => a.outcome !== ActionOutcome.THROTTLED && a.outcome !== ActionOutcome.NO_HANDLER,
  );
  const failed = tried.filter(
    (a) => a.outcome === ActionOutcome.FAILED || a.outcome === ActionOutcome.PENDING_RETRY,
  );
  if (failed.length === 0) return EvaluationOutcome.FIRED;
  return failed.length === tried.length ? EvaluationOutcome.FAILED : EvaluationOutcome.PARTIAL_FAILURE;
}

/** Updates one action's outcome (deliveries and retries after the evaluation committed), under a row lock. */
export async function recordActionOutcome(
  em: EntityManager,
  evaluationId: string,
  actionId: string,
  outcome: ActionOutcome,
  message: string | null,
  attempts: number,
): Promise<void> {
  const record = await em.findOne(
    EventRuleEvaluation,
    { id: evaluationId },
    { lockMode: 4 /* PESSIMISTIC_WRITE */ },
  );
  if (!record) return;
  record.actionTrace = record.actionTrace.map((a) =>
    a.actionId === actionId ? { ...a, outcome, message, attempts } : a,
  );
  record.outcome = overallOutcome(record.actionTrace);
  await em.flush();
}
