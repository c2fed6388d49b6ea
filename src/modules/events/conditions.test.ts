import { describe, expect, it } from "vitest";
import { ConditionOperator as Op, ConditionValueType as V } from "./catalog/index.js";
import type { ConditionDefinition } from "./catalog/index.js";
import { conditionActual, evaluateCondition, idleThreshold } from "./conditions.js";
import type { FactValue } from "./conditions.js";
import { renderVariables } from "./action-registry.js";

const def = (valueType: V): ConditionDefinition => ({
  key: "K",
  label: "K",
  description: "",
  valueType,
  fact: "k",
  cite: "",
});
const check = (valueType: V, operator: Op, values: string[], actual: FactValue) =>
  evaluateCondition(def(valueType), { key: "K", operator, values }, actual);

describe("condition operators (docs/events.md)", () => {
  it("BETWEEN is [lower, upper): consecutive SLA ranges never both match", () => {
    expect(check(V.MINUTES, Op.BETWEEN, ["15", "30"], 15)).toBe(true);
    expect(check(V.MINUTES, Op.BETWEEN, ["15", "30"], 29)).toBe(true);
    expect(check(V.MINUTES, Op.BETWEEN, ["15", "30"], 30)).toBe(false);
    expect(check(V.MINUTES, Op.BETWEEN, ["30", "45"], 30)).toBe(true);
    expect(check(V.NUMBER, Op.GREATER_THAN, ["3"], 3)).toBe(false);
    expect(check(V.NUMBER, Op.LESS_THAN, ["3"], 2)).toBe(true);
  });

  it("text: any word, case-insensitive; empty text matches only the negations", () => {
    expect(check(V.TEXT, Op.CONTAINS, ["outage", "EMERGENCY"], "Emergency: down")).toBe(true);
    expect(check(V.TEXT, Op.NOT_CONTAINS, ["spam"], "hello")).toBe(true);
    expect(check(V.TEXT, Op.NOT_CONTAINS, ["spam"], null)).toBe(true);
    expect(check(V.TEXT, Op.CONTAINS, ["x"], null)).toBe(false);
    expect(check(V.EMAIL, Op.EQUALS, ["A@Example.com"], "a@example.com")).toBe(true);
  });

  it("references and enums: any/none of, empty", () => {
    expect(check(V.REFERENCE, Op.IS_EMPTY, [], null)).toBe(true);
    expect(check(V.REFERENCE, Op.IS_NOT_EMPTY, [], "x")).toBe(true);
    expect(check(V.REFERENCE, Op.IS_NONE_OF, ["a"], null)).toBe(true);
    expect(check(V.ENUM, Op.IS_ANY_OF, ["HIGH", "URGENT"], "URGENT")).toBe(true);
    expect(check(V.ENUM, Op.IS_ANY_OF, ["HIGH"], null)).toBe(false);
  });

  it("booleans, dates, time of day across midnight, days", () => {
    expect(check(V.BOOLEAN, Op.IS, ["true"], true)).toBe(true);
    expect(check(V.BOOLEAN, Op.IS, ["false"], false)).toBe(true);
    expect(check(V.BOOLEAN, Op.IS, ["false"], true)).toBe(false);
    expect(check(V.DATE, Op.BEFORE, ["2026-12-02T00:00:00Z"], "2026-12-01T10:00:00Z")).toBe(true);
    expect(check(V.TIME_RANGE, Op.WITHIN, ["22:00", "06:00"], "23:30")).toBe(true);
    expect(check(V.TIME_RANGE, Op.WITHIN, ["22:00", "06:00"], "05:59")).toBe(true);
    expect(check(V.TIME_RANGE, Op.WITHIN, ["22:00", "06:00"], "12:00")).toBe(false);
    expect(check(V.TIME_RANGE, Op.NOT_WITHIN, ["09:00", "17:00"], "17:00")).toBe(true);
    expect(check(V.DAYS, Op.IS_ANY_OF, ["SATURDAY", "SUNDAY"], "SUNDAY")).toBe(true);
  });

  it("a fact the domain does not supply never matches, not even a negation", () => {
    for (const [type, op] of [
      [V.TEXT, Op.NOT_CONTAINS],
      [V.REFERENCE, Op.IS_EMPTY],
      [V.NUMBER, Op.NOT_EQUALS],
    ] as const)
      expect(check(type, op, op === Op.IS_EMPTY ? [] : ["1"], undefined)).toBe(false);
  });

  it("custom fields by name, case-insensitive; idle thresholds; #variables#", () => {
    const actual = conditionActual(
      { key: "CUSTOM_FIELD", operator: Op.EQUALS, values: [], customField: "plan" },
      {
        Plan: "Gold",
      },
    );
    expect(actual).toBe("Gold");
    expect(idleThreshold({ key: "IDLE_MINUTES", operator: Op.BETWEEN, values: ["15", "30"] })).toBe(15);
    expect(idleThreshold({ key: "IDLE_MINUTES", operator: Op.GREATER_THAN, values: ["44"] })).toBe(45);
    expect(idleThreshold({ key: "IDLE_MINUTES", operator: Op.LESS_THAN, values: ["5"] })).toBeNull();
    expect(
      renderVariables("Ticket #Number# idle #idleMinutes# min #unknown#", { number: "ABC", idleMinutes: 15 }),
    ).toBe("Ticket ABC idle 15 min #unknown#");
  });
});
