import { registerEnumType } from "type-graphql";

/** Applies To (002 L6881, L6886-6888): Data fields live on tickets, chats and call logs; People on accounts. */
export enum CustomFieldAppliesTo {
  DATA = "DATA",
  PEOPLE = "PEOPLE",
}
registerEnumType(CustomFieldAppliesTo, {
  name: "CustomFieldAppliesTo",
  description:
    "Applies To (002 L6881, L6886-6888): DATA fields are filled on tickets, live chats and call logs (by agents, " +
    "or by users through a template); PEOPLE fields are kept on user and employee accounts by agents only.",
  valuesConfig: {
    DATA: { description: "Regular custom field: tickets, live chats and call logs." },
    PEOPLE: { description: "Organizational custom field: users and employees, seen by agents only." },
  },
});

/**
 * Data Type (002 L6879, L6890). The seed names "text, drop down list, date, etc."; the rest of this set is a
 * reading (docs/decisions.md "Custom fields").
 */
export enum CustomFieldDataType {
  TEXT = "TEXT",
  MULTI_LINE_TEXT = "MULTI_LINE_TEXT",
  DROP_DOWN_LIST = "DROP_DOWN_LIST",
  CHECKBOX = "CHECKBOX",
  DATE = "DATE",
  NUMBER = "NUMBER",
}
registerEnumType(CustomFieldDataType, {
  name: "CustomFieldDataType",
  description: "Data Type: the format of a custom field's value (002 L6879, L6890). Every value is a string.",
  valuesConfig: {
    TEXT: { description: "Single-line text: no line breaks." },
    MULTI_LINE_TEXT: { description: "Multi-line text." },
    DROP_DOWN_LIST: { description: "One of the field's listOptions, exactly as written there." },
    CHECKBOX: { description: '"true" or "false".' },
    DATE: { description: "A calendar date, YYYY-MM-DD." },
    NUMBER: { description: 'A decimal number such as "42", "-3" or "4.75".' },
  },
});

/** Visibility of a template field (002 L6911): "available to users, agents or both". */
export enum TemplateFieldVisibility {
  USERS = "USERS",
  AGENTS = "AGENTS",
  BOTH = "BOTH",
}
registerEnumType(TemplateFieldVisibility, {
  name: "TemplateFieldVisibility",
  description: "Who the field is available to on a template (002 L6911).",
  valuesConfig: {
    USERS: { description: "Shown to users on the portal forms; agents see the stored value." },
    AGENTS: { description: "Agents only: never shown to, nor settable by, users." },
    BOTH: { description: "Users and agents." },
  },
});

/** The kinds of item whose values are stored (CustomFieldValue.ownerType). */
export enum CustomFieldOwnerType {
  TICKET = "TICKET",
  LIVE_CHAT = "LIVE_CHAT",
  CALL_LOG = "CALL_LOG",
  USER = "USER",
  EMPLOYEE = "EMPLOYEE",
}
registerEnumType(CustomFieldOwnerType, {
  name: "CustomFieldOwnerType",
  description: "The kind of item a custom field value belongs to.",
});

/** Item kinds that take a department's template (Department Tickets, Live Chat, Call Logs tabs). */
export type TemplateItemKind = "TICKET" | "LIVE_CHAT" | "CALL_LOG";

export function appliesToOf(owner: CustomFieldOwnerType): CustomFieldAppliesTo {
  return owner === CustomFieldOwnerType.USER || owner === CustomFieldOwnerType.EMPLOYEE
    ? CustomFieldAppliesTo.PEOPLE
    : CustomFieldAppliesTo.DATA;
}

/** Submission step of the external custom field provider (seed-E §2.4: PRE after department, then REGULAR). */
export enum CustomFieldFormStep {
  PRE = "PRE",
  REGULAR = "REGULAR",
}
registerEnumType(CustomFieldFormStep, {
  name: "CustomFieldFormStep",
  description:
    "Step of a portal submission (002 L2203, L2242): PRE right after the department is chosen (information " +
    "lookup fields), REGULAR on the compose page.",
});
