import { TICKET_EVENT_TYPES } from "../tickets/index.js";
import { eventActionHandler } from "./action-registry.js";
import { COUNT_SPECS } from "./count-events.js";
import {
  ACTIONS_BY_KEY,
  CATEGORIES,
  ConditionOperator as Op,
  OPERATORS_BY_TYPE,
  OPERATOR_ARITY,
  UNCATEGORIZED_EVENT_TYPES,
} from "./catalog/index.js";
import type { ActionDefinition, ConditionDefinition, EventTypeDefinition } from "./catalog/index.js";
import type {
  EventActionInfo,
  EventCatalog,
  EventConditionInfo,
  EventOperatorInfo,
  EventTypeInfo,
} from "./catalog.types.js";

/** Domain event types some module emits in this build; modules built later add theirs (declareDomainEventTypes). */
const emitted = new Set<string>([
  ...TICKET_EVENT_TYPES,
  "events.ticketIdle",
  "events.ticketDuration",
  "events.chatIdle",
  ...COUNT_SPECS.map((s) => s.domainEventType),
]);

/** A module announces the domain events it records, so the catalog shows its event types as available. */
export function declareDomainEventTypes(types: readonly string[]): void {
  for (const type of types) emitted.add(type);
}

export const OPERATOR_DESCRIPTIONS: Record<Op, string> = {
  CONTAINS: "Text contains any of the values (case-insensitive substring).",
  NOT_CONTAINS: "Text contains none of the values (an empty text matches).",
  EQUALS: "Equals any of the values (text: case-insensitive).",
  NOT_EQUALS: "Equals none of the values.",
  GREATER_THAN: "Strictly greater than the value.",
  LESS_THAN: "Strictly less than the value.",
  BETWEEN: "From the first value (inclusive) to the second (exclusive): 'between 5 and 15 minutes'.",
  IS: "Boolean: the value is true or false.",
  IS_ANY_OF: "One of the values (references: global ids).",
  IS_NONE_OF: "None of the values (empty matches).",
  IS_EMPTY: "Not set (e.g. no agent assigned).",
  IS_NOT_EMPTY: "Set.",
  BEFORE: "Date before the value (ISO 8601).",
  AFTER: "Date after the value (ISO 8601).",
  WITHIN: "Time of day in [from, to) (HH:MM, installation time zone; may span midnight).",
  NOT_WITHIN: "Time of day outside [from, to).",
};

function typeInfo(type: EventTypeDefinition): EventTypeInfo {
  const sources = type.sources.map((s) => ({
    domainEventType: s.domainEventType,
    whereField: s.where?.field ?? null,
    whereValue: s.where?.value ?? null,
    note: s.note ?? null,
    emitted: emitted.has(s.domainEventType),
  }));
  return {
    key: type.key,
    name: type.name,
    numericId: type.id,
    documentedId: type.documentedId,
    systemOnly: Boolean(type.systemOnly),
    manual: Boolean(type.manual),
    timer: Boolean(type.idle) || type.key === "TICKET_DURATION",
    itemEvent: type.item !== false,
    sources,
    available: sources.some((s) => s.emitted),
    cite: type.cite,
  };
}

function conditionInfo(c: ConditionDefinition): EventConditionInfo {
  return {
    key: c.key,
    label: c.label,
    description: c.description,
    valueType: c.valueType,
    referenceType: c.referenceType ?? null,
    enumValues: c.enumValues ?? null,
    operators: OPERATORS_BY_TYPE[c.valueType],
    cite: c.cite,
  };
}

function actionInfo(a: ActionDefinition): EventActionInfo {
  return {
    key: a.key,
    label: a.label,
    description: a.description,
    oncePerItem: a.oncePerItem,
    itemAction: a.itemAction,
    systemOnly: Boolean(a.systemOnly),
    extension: Boolean(a.extension),
    providedBy: a.providedBy,
    implemented: Boolean(eventActionHandler(a.key)),
    parameters: a.parameters.map((p) => ({
      ...p,
      referenceType: p.referenceType ?? null,
      enumValues: p.enumValues ?? null,
    })),
    cite: a.cite,
  };
}

export function eventCatalog(): EventCatalog {
  const operators: EventOperatorInfo[] = Object.values(Op).map((operator) => ({
    operator,
    description: OPERATOR_DESCRIPTIONS[operator],
    minValues: OPERATOR_ARITY[operator][0],
    maxValues: OPERATOR_ARITY[operator][1],
  }));
  return {
    categories: CATEGORIES.map((c) => ({
      key: c.key,
      label: c.label,
      systemOnly: c.systemOnly,
      eventTypes: c.eventTypes.map(typeInfo),
      conditions: c.conditions.map(conditionInfo),
      actions: c.actions.map((k) => actionInfo(ACTIONS_BY_KEY.get(k)!)),
      cite: c.cite,
    })),
    operators,
    uncategorizedEventTypes: UNCATEGORIZED_EVENT_TYPES.map((t) =>
      typeInfo({ ...t, documentedId: true, sources: [], cite: "002 L2572-2575" }),
    ),
  };
}
