/**
 * The shape of the events catalog (seed-E §1): categories, event types with their numeric IDs, conditions
 * and actions. Plain data so the GraphQL catalog, rule validation and evaluation read the same source.
 */

/** How a condition's value is typed (seed-E §1.4); the operators follow from it (docs/events.md). */
export enum ConditionValueType {
  TEXT = "TEXT",
  EMAIL = "EMAIL",
  IP = "IP",
  URL = "URL",
  NUMBER = "NUMBER",
  MINUTES = "MINUTES",
  BOOLEAN = "BOOLEAN",
  REFERENCE = "REFERENCE",
  ENUM = "ENUM",
  DATE = "DATE",
  TIME_RANGE = "TIME_RANGE",
  DAYS = "DAYS",
}

/** Operators; which ones a value type takes is OPERATORS_BY_TYPE (the seed names none: docs/events.md). */
export enum ConditionOperator {
  CONTAINS = "CONTAINS",
  NOT_CONTAINS = "NOT_CONTAINS",
  EQUALS = "EQUALS",
  NOT_EQUALS = "NOT_EQUALS",
  GREATER_THAN = "GREATER_THAN",
  LESS_THAN = "LESS_THAN",
  BETWEEN = "BETWEEN",
  IS = "IS",
  IS_ANY_OF = "IS_ANY_OF",
  IS_NONE_OF = "IS_NONE_OF",
  IS_EMPTY = "IS_EMPTY",
  IS_NOT_EMPTY = "IS_NOT_EMPTY",
  BEFORE = "BEFORE",
  AFTER = "AFTER",
  WITHIN = "WITHIN",
  NOT_WITHIN = "NOT_WITHIN",
}

const TEXTUAL = [
  ConditionOperator.CONTAINS,
  ConditionOperator.NOT_CONTAINS,
  ConditionOperator.EQUALS,
  ConditionOperator.NOT_EQUALS,
];
const NUMERIC = [
  ConditionOperator.EQUALS,
  ConditionOperator.NOT_EQUALS,
  ConditionOperator.GREATER_THAN,
  ConditionOperator.LESS_THAN,
  ConditionOperator.BETWEEN,
];
const CHOICE = [ConditionOperator.IS_ANY_OF, ConditionOperator.IS_NONE_OF];

export const OPERATORS_BY_TYPE: Record<ConditionValueType, ConditionOperator[]> = {
  TEXT: TEXTUAL,
  EMAIL: TEXTUAL,
  IP: TEXTUAL,
  URL: TEXTUAL,
  NUMBER: NUMERIC,
  MINUTES: NUMERIC,
  BOOLEAN: [ConditionOperator.IS],
  REFERENCE: [...CHOICE, ConditionOperator.IS_EMPTY, ConditionOperator.IS_NOT_EMPTY],
  ENUM: CHOICE,
  DATE: [ConditionOperator.BEFORE, ConditionOperator.AFTER, ConditionOperator.BETWEEN],
  TIME_RANGE: [ConditionOperator.WITHIN, ConditionOperator.NOT_WITHIN],
  DAYS: [ConditionOperator.IS_ANY_OF, ConditionOperator.IS_NONE_OF],
};

/** How many values an operator takes: [min, max] (max null = any number ≥ min). */
export const OPERATOR_ARITY: Record<ConditionOperator, [number, number | null]> = {
  CONTAINS: [1, null],
  NOT_CONTAINS: [1, null],
  EQUALS: [1, null],
  NOT_EQUALS: [1, null],
  GREATER_THAN: [1, 1],
  LESS_THAN: [1, 1],
  BETWEEN: [2, 2],
  IS: [1, 1],
  IS_ANY_OF: [1, null],
  IS_NONE_OF: [1, null],
  IS_EMPTY: [0, 0],
  IS_NOT_EMPTY: [0, 0],
  BEFORE: [1, 1],
  AFTER: [1, 1],
  WITHIN: [2, 2],
  NOT_WITHIN: [2, 2],
};

export interface ConditionDefinition {
  key: string;
  label: string;
  description: string;
  valueType: ConditionValueType;
  /** GraphQL type of the referenced items (Department, Group, Employee, Brand, …) for REFERENCE. */
  referenceType?: string;
  /** The allowed values for ENUM. */
  enumValues?: string[];
  /** The fact the evaluator compares: a key of the event's facts (docs/events.md, "Facts"). */
  fact: string;
  cite: string;
}

export enum EventCategory {
  ACTIVE_GROUP = "ACTIVE_GROUP",
  CALL_LOG = "CALL_LOG",
  COMMUNITY = "COMMUNITY",
  KNOWLEDGE_BASE = "KNOWLEDGE_BASE",
  LIVE_CHAT = "LIVE_CHAT",
  POP = "POP",
  SMTP = "SMTP",
  SURVEY = "SURVEY",
  TASK = "TASK",
  TICKET = "TICKET",
  USER = "USER",
  WHOS_ON = "WHOS_ON",
}

/**
 * Where an event type comes from: the domain event type(s) that trigger it, optionally narrowed by a data
 * field (ticket.updated whose `changed` lists "priority"), or an engine timer (idle, duration).
 */
export interface EventSource {
  domainEventType: string;
  /** Only events whose data[field] equals, or (for arrays) contains, `value`. */
  where?: { field: string; value: string };
  /** Human-readable note for frontends. */
  note?: string;
}

export interface EventTypeDefinition {
  key: string;
  name: string;
  /** The numeric EventType (NotifyEventFired): from 002 L2542-2615 when documented, else ours (§1.9). */
  id: number;
  documentedId: boolean;
  sources: EventSource[];
  /** Only system-level (administrator) rules may use it (002 L8171, L8436, L8471, L8716-8725). */
  systemOnly?: boolean;
  manual?: boolean;
  /** Driven by the engine's idle timers (IDLE_MINUTES required). */
  idle?: boolean;
  /** Refers to one item (ticket, chat…): item actions allowed; false for Count… types. */
  item?: boolean;
  cite: string;
}

export interface ActionParameterDefinition {
  key: string;
  label: string;
  valueType: ConditionValueType;
  required: boolean;
  referenceType?: string;
  enumValues?: string[];
  description: string;
}

export interface ActionDefinition {
  key: string;
  label: string;
  description: string;
  /** "(once per item)": throttled per item instead of once per rule (002 L8250, L8670). */
  oncePerItem: boolean;
  /** Changes the item itself: throttled per item, offered only for item event types. */
  itemAction: boolean;
  systemOnly?: boolean;
  parameters: ActionParameterDefinition[];
  /** Which module is expected to provide the handler (docs/events.md). */
  providedBy: string;
  /** Not in the seed: a project extension. */
  extension?: boolean;
  cite: string;
}

export interface CategoryDefinition {
  key: EventCategory;
  label: string;
  /** Only administrators create events of this category (002 L8171, L8436, L8471). */
  systemOnly: boolean;
  eventTypes: EventTypeDefinition[];
  conditions: ConditionDefinition[];
  actions: string[];
  cite: string;
}
