import { ConditionOperator as Op, ConditionValueType as V } from "./catalog/index.js";
import type { ConditionDefinition } from "./catalog/index.js";
import type { StoredCondition } from "./event-rule.entity.js";

/** A fact as the evaluator sees it: undefined = the event's domain does not supply it. */
export type FactValue = string | number | boolean | null | undefined | string[] | Record<string, string>;

const lower = (s: string) => s.toLowerCase();

/** The fact a condition reads (a custom field's value out of the customFields map). */
export function conditionActual(condition: StoredCondition, fact: FactValue): FactValue {
  if (condition.key !== "CUSTOM_FIELD") return fact;
  if (fact === undefined || fact === null || typeof fact !== "object" || Array.isArray(fact)) return fact;
  const name = lower(condition.customField ?? "");
  const hit = Object.entries(fact).find(([k]) => lower(k) === name);
  return hit ? hit[1] : null;
}

function asText(actual: FactValue): string | null {
  if (actual === null || actual === undefined) return null;
  if (Array.isArray(actual)) return actual.join(" ");
  if (typeof actual === "object") return null;
  return String(actual);
}

function textual(op: Op, actual: string | null, values: string[]): boolean {
  const a = actual === null ? null : lower(actual);
  const vs = values.map(lower);
  switch (op) {
    case Op.CONTAINS:
      return a !== null && vs.some((v) => a.includes(v));
    case Op.NOT_CONTAINS:
      return a === null || !vs.some((v) => a.includes(v));
    case Op.EQUALS:
      return a !== null && vs.includes(a);
    case Op.NOT_EQUALS:
      return a === null || !vs.includes(a);
    default:
      return false;
  }
}

/** [lower, upper): "between 15 and 30" then "between 30 and 45" never both match (docs/events.md). */
function ordered(op: Op, x: number, values: number[]): boolean {
  switch (op) {
    case Op.EQUALS:
      return values.includes(x);
    case Op.NOT_EQUALS:
      return !values.includes(x);
    case Op.GREATER_THAN:
    case Op.AFTER:
      return x > values[0]!;
    case Op.LESS_THAN:
    case Op.BEFORE:
      return x < values[0]!;
    case Op.BETWEEN:
      return x >= values[0]! && x < values[1]!;
    default:
      return false;
  }
}

function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

/** Whether the condition holds for `actual`. Missing facts (undefined) never match. */
export function evaluateCondition(
  def: ConditionDefinition,
  condition: StoredCondition,
  actual: FactValue,
): boolean {
  if (actual === undefined) return false;
  const { operator: op, values } = condition;
  switch (def.valueType) {
    case V.TEXT:
    case V.EMAIL:
    case V.IP:
    case V.URL:
      return textual(op, asText(actual), values);
    case V.NUMBER:
    case V.MINUTES: {
      if (actual === null || typeof actual === "object") return op === Op.NOT_EQUALS;
      return ordered(op, Number(actual), values.map(Number));
    }
    case V.BOOLEAN:
      return String(Boolean(actual === null ? false : actual)) === lower(values[0] ?? "");
    case V.REFERENCE:
    case V.ENUM:
    case V.DAYS: {
      const a = actual === null ? null : String(actual);
      if (op === Op.IS_EMPTY) return a === null || a === "";
      if (op === Op.IS_NOT_EMPTY) return a !== null && a !== "";
      if (op === Op.IS_ANY_OF) return a !== null && values.includes(a);
      if (op === Op.IS_NONE_OF) return a === null || !values.includes(a);
      return false;
    }
    case V.DATE: {
      if (actual === null || typeof actual === "object") return false;
      return ordered(
        op,
        Date.parse(String(actual)),
        values.map((v) => Date.parse(v)),
      );
    }
    case V.TIME_RANGE: {
      if (typeof actual !== "string") return false;
      const x = minutesOfDay(actual);
      const [from, to] = values.map(minutesOfDay) as [number, number];
      const within = from <= to ? x >= from && x < to : x >= from || x < to; // a window may span midnight
      return op === Op.WITHIN ? within : !within;
    }
  }
}

/** The smallest idle minute value that satisfies an IDLE_MINUTES condition (when the timer should fire). */
export function idleThreshold(condition: StoredCondition): number | null {
  const values = condition.values.map(Number);
  switch (condition.operator) {
    case Op.BETWEEN:
    case Op.EQUALS:
      return Math.min(...values.slice(0, condition.operator === Op.BETWEEN ? 1 : undefined));
    case Op.GREATER_THAN:
      return values[0]! + 1;
    default:
      return null;
  }
}

/** Text shown in evaluation records. */
export function describeActual(actual: FactValue): string | null {
  if (actual === undefined) return "(not available)";
  if (actual === null) return null;
  if (Array.isArray(actual)) return actual.join(", ");
  if (typeof actual === "object") return JSON.stringify(actual);
  return String(actual);
}
