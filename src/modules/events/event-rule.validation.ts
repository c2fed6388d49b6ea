import { LOG_FILE_NAME, validWebCallTemplate } from "./web-and-file-actions.js";
import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { parseGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import {
  ACTIONS_BY_KEY,
  ConditionOperator as Op,
  ConditionValueType as V,
  EVENT_TYPES,
  OPERATORS_BY_TYPE,
  OPERATOR_ARITY,
  categoryOf,
} from "./catalog/index.js";
import type { CatalogEventType, ConditionDefinition, EventCategory } from "./catalog/index.js";
import { idleThreshold } from "./conditions.js";
import { EventRuleScope } from "./event-rule.entity.js";
import type { StoredAction, StoredCondition } from "./event-rule.entity.js";
import type { EventRuleActionInput, EventRuleConditionInput } from "./event-rule.inputs.js";

export const MAX_CONDITIONS = 30;
export const MAX_ACTIONS = 20;
export const MAX_VALUES = 50;
export const MAX_VALUE_LENGTH = 500;
export const MAX_FREQUENCY_MINUTES = 10_080;

/** Tables of the reference types that exist today; other types (Survey, Form…) are checked by shape only. */
const REFERENCE_TABLES: Record<string, string> = {
  Department: "department",
  Group: "department_group",
  Employee: "account",
  Brand: "brand",
  Ticket: "ticket",
  CannedReply: "canned_reply",
  NotificationProfile: "notification_profile",
};

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

interface Context {
  em: EntityManager;
  v: Validation;
}

async function reference(ctx: Context, type: string, value: string, field: string[]): Promise<string | null> {
  const parsed = parseGlobalId(value);
  if (!parsed || parsed.type !== type) {
    ctx.v.add("INVALID_REFERENCE", `"${value}" is not the id of a ${type}.`, field);
    return null;
  }
  const table = REFERENCE_TABLES[type];
  if (table) {
    const rows = await ctx.em.execute(`select 1 from "${table}" where id = ?`, [parsed.id]);
    if (!rows.length) {
      ctx.v.add("NOT_FOUND", `No ${type} has the id "${value}".`, field);
      return null;
    }
  }
  return parsed.id;
}

/** Checks one value against a value type; returns the stored form (raw uuid for references). */
async function typedValue(
  ctx: Context,
  def: { valueType: V; referenceType?: string; enumValues?: string[] },
  value: string,
  field: string[],
): Promise<string | null> {
  const bad = (message: string) => {
    ctx.v.add("INVALID_VALUE", message, field);
    return null;
  };
  if (value.length > MAX_VALUE_LENGTH) return bad(`Values are at most ${MAX_VALUE_LENGTH} characters.`);
  switch (def.valueType) {
    case V.NUMBER:
    case V.MINUTES:
      return /^\d{1,9}$/.test(value.trim()) ? value.trim() : bad(`"${value}" is not a whole number ≥ 0.`);
    case V.BOOLEAN: {
      const b = value.trim().toLowerCase();
      return b === "true" || b === "false" ? b : bad(`Type true or false (002 L8233), not "${value}".`);
    }
    case V.ENUM:
    case V.DAYS:
      return def.enumValues?.includes(value)
        ? value
        : bad(`"${value}" is not one of ${def.enumValues?.join(", ")}.`);
    case V.DATE:
      return Number.isNaN(Date.parse(value)) ? bad(`"${value}" is not an ISO 8601 date.`) : value;
    case V.TIME_RANGE:
      return TIME.test(value) ? value : bad(`"${value}" is not a time HH:MM.`);
    case V.REFERENCE:
      return reference(ctx, def.referenceType ?? "Node", value, field);
    default:
      return value.trim() ? value : bad("Values cannot be empty.");
  }
}

/** Checks of particular action parameters beyond their value type (web call URL, log file name). */
function parameterValue(
  ctx: Context,
  action: string,
  key: string,
  value: string,
  field: string[],
): string | null {
  if (action === "CALL_WEB_PAGE" && key === "url" && !validWebCallTemplate(value)) {
    ctx.v.add(
      "INVALID_VALUE",
      `"${value}" is not an http(s) URL (#VARIABLES# may fill its path and query, not its host).`,
      field,
    );
    return null;
  }
  if (action.startsWith("LOG_TO_FILE") && key === "fileName" && !LOG_FILE_NAME.test(value.trim())) {
    ctx.v.add("INVALID_VALUE", `"${value}" is not a plain file name (letters, digits, . _ -).`, field);
    return null;
  }
  return action.startsWith("LOG_TO_FILE") && key === "fileName" ? value.trim() : value;
}

async function condition(
  ctx: Context,
  type: CatalogEventType,
  input: EventRuleConditionInput,
  i: number,
): Promise<StoredCondition | null> {
  const at = (...f: string[]) => ["input", "conditions", String(i), ...f];
  const def: ConditionDefinition | undefined = type.category.conditions.find((c) => c.key === input.key);
  if (!def) {
    ctx.v.add(
      "UNKNOWN_CONDITION",
      `"${input.key}" is not a condition of ${type.category.label} events.`,
      at("key"),
    );
    return null;
  }
  if (!OPERATORS_BY_TYPE[def.valueType].includes(input.operator)) {
    ctx.v.add(
      "INVALID_OPERATOR",
      `${input.operator} does not apply to ${def.label} (${def.valueType}).`,
      at("operator"),
    );
    return null;
  }
  const [min, max] = OPERATOR_ARITY[input.operator];
  if (
    input.values.length < min ||
    (max !== null && input.values.length > max) ||
    input.values.length > MAX_VALUES
  ) {
    ctx.v.add(
      "INVALID_VALUES",
      `${input.operator} takes ${min}${max === min ? "" : `-${max ?? MAX_VALUES}`} values.`,
      at("values"),
    );
    return null;
  }
  let customField: string | null = null;
  if (def.key === "CUSTOM_FIELD") {
    const name = input.customField?.trim() ?? "";
    const rows = name
      ? await ctx.em.execute(`select 1 from custom_field where lower(name) = lower(?)`, [name])
      : [];
    if (!rows.length) {
      ctx.v.add("UNKNOWN_CUSTOM_FIELD", `No custom field is named "${name}".`, at("customField"));
      return null;
    }
    customField = name;
  }
  const values: string[] = [];
  for (const [j, value] of input.values.entries()) {
    const stored = await typedValue(ctx, def, value, at("values", String(j)));
    if (stored !== null) values.push(stored);
  }
  if (values.length !== input.values.length) return null;
  if (input.operator === Op.BETWEEN && def.valueType !== V.DATE && Number(values[0]) >= Number(values[1])) {
    ctx.v.add("INVALID_VALUES", "BETWEEN needs a lower bound below the upper bound.", at("values"));
    return null;
  }
  return { key: def.key, operator: input.operator, values, customField };
}

async function action(
  ctx: Context,
  type: CatalogEventType,
  scope: EventRuleScope,
  input: EventRuleActionInput,
  i: number,
): Promise<StoredAction | null> {
  const at = (...f: string[]) => ["input", "actions", String(i), ...f];
  const def = ACTIONS_BY_KEY.get(input.action);
  if (!def || !type.category.actions.includes(input.action)) {
    ctx.v.add(
      "UNKNOWN_ACTION",
      `"${input.action}" is not an action of ${type.category.label} events.`,
      at("action"),
    );
    return null;
  }
  if (def.systemOnly && scope !== EventRuleScope.SYSTEM) {
    ctx.v.add(
      "SYSTEM_ONLY_ACTION",
      `${def.label} is only available for system-level events (002 L2516).`,
      at("action"),
    );
    return null;
  }
  if (def.itemAction && type.item === false) {
    ctx.v.add(
      "NOT_FOR_THIS_EVENT_TYPE",
      `${def.label} needs an event about one item; ${type.name} is not.`,
      at("action"),
    );
    return null;
  }
  const f = input.maximumFrequencyMinutes ?? null;
  if (f !== null && (f < 1 || f > MAX_FREQUENCY_MINUTES)) {
    ctx.v.add(
      "INVALID_FREQUENCY",
      `Maximum Frequency is 1-${MAX_FREQUENCY_MINUTES} minutes or none.`,
      at("maximumFrequencyMinutes"),
    );
    return null;
  }
  const parameters: Record<string, string> = {};
  let ok = true;
  for (const [j, p] of (input.parameters ?? []).entries()) {
    const pdef = def.parameters.find((d) => d.key === p.key);
    if (!pdef) {
      ctx.v.add(
        "UNKNOWN_PARAMETER",
        `${def.label} has no parameter "${p.key}".`,
        at("parameters", String(j), "key"),
      );
      ok = false;
      continue;
    }
    let stored = await typedValue(ctx, pdef, p.value, at("parameters", String(j), "value"));
    if (stored !== null)
      stored = parameterValue(ctx, def.key, pdef.key, stored, at("parameters", String(j), "value"));
    if (stored === null) ok = false;
    else parameters[p.key] = stored;
  }
  for (const pdef of def.parameters)
    if (pdef.required && !(pdef.key in parameters) && ok) {
      ctx.v.add("REQUIRED", `${def.label} needs ${pdef.label}.`, at("parameters"));
      ok = false;
    }
  return ok
    ? { id: input.id ?? randomUUID(), action: def.key, maximumFrequencyMinutes: f, parameters }
    : null;
}

export interface ValidatedRule {
  type: CatalogEventType;
  conditions: StoredCondition[];
  actions: StoredAction[];
}

/** Checks a rule against the catalog; throws UserErrorException (nothing stored) when anything is wrong. */
export async function validateRule(
  em: EntityManager,
  input: {
    name: string;
    scope: EventRuleScope;
    category: EventCategory;
    eventType: string;
    conditions: EventRuleConditionInput[];
    actions: EventRuleActionInput[];
  },
): Promise<ValidatedRule> {
  const v = new Validation();
  const ctx = { em, v };
  const name = input.name.trim();
  v.check(name.length > 0 && name.length <= 255, "INVALID_NAME", "A name of 1-255 characters is required.", [
    "input",
    "name",
  ]);
  const category = categoryOf(input.category)!;
  const type = EVENT_TYPES.get(input.eventType);
  if (!type || type.category.key !== category.key) {
    v.add(
      "EVENT_TYPE_NOT_IN_CATEGORY",
      `"${input.eventType}" is not an event type of ${category.label} (002 L8143).`,
      ["input", "eventType"],
    );
    v.throwIfAny();
  }
  const t = type!;
  if (input.scope === EventRuleScope.AGENT && (category.systemOnly || t.systemOnly))
    v.add(
      "SYSTEM_ONLY",
      `${t.name} events are available to system administrators only (002 L8171, L8436, L8471).`,
      ["input", "scope"],
    );
  v.check(
    input.conditions.length <= MAX_CONDITIONS,
    "TOO_MANY_CONDITIONS",
    `At most ${MAX_CONDITIONS} conditions.`,
    ["input", "conditions"],
  );
  v.check(input.actions.length <= MAX_ACTIONS, "TOO_MANY_ACTIONS", `At most ${MAX_ACTIONS} actions.`, [
    "input",
    "actions",
  ]);
  v.check(input.actions.length > 0, "ACTION_REQUIRED", "Add at least one action (002 L8154).", [
    "input",
    "actions",
  ]);
  v.check(
    new Set(input.actions.map((a) => a.id).filter(Boolean)).size === input.actions.filter((a) => a.id).length,
    "DUPLICATE_ACTION_ID",
    "Each action id may appear once.",
    ["input", "actions"],
  );
  v.throwIfAny();
  const conditions: StoredCondition[] = [];
  for (const [i, c] of input.conditions.entries()) {
    const stored = await condition(ctx, t, c, i);
    if (stored) conditions.push(stored);
  }
  const actions: StoredAction[] = [];
  for (const [i, a] of input.actions.entries()) {
    const stored = await action(ctx, t, input.scope, a, i);
    if (stored) actions.push(stored);
  }
  const timerKey = t.idle ? "IDLE_MINUTES" : t.key === "TICKET_DURATION" ? "DURATION_MINUTES" : null;
  if (
    timerKey &&
    !v.errors.length &&
    !conditions.some((c) => c.key === timerKey && idleThreshold(c) !== null)
  )
    v.add(
      t.idle ? "IDLE_RANGE_REQUIRED" : "DURATION_RANGE_REQUIRED",
      `${t.name} events need a ${timerKey} condition with a lower bound, e.g. BETWEEN 5 and 15 (002 L8617).`,
      ["input", "conditions"],
    );
  v.throwIfAny();
  return { type: t, conditions, actions };
}
