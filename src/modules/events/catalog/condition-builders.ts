import { ConditionValueType as V } from "./catalog.model.js";
import type { ConditionDefinition } from "./catalog.model.js";

/** Builders for the condition tables (conditions*.data.ts) and the enumerations they use. */

type Extra = Partial<Pick<ConditionDefinition, "referenceType" | "enumValues">>;
export function c(
  key: string,
  label: string,
  valueType: V,
  fact: string,
  description: string,
  cite: string,
  extra: Extra = {},
): ConditionDefinition {
  return { key, label, valueType, fact, description, cite, ...extra };
}
export const ref = (referenceType: string): Extra => ({ referenceType });
export const oneOf = (...enumValues: string[]): Extra => ({ enumValues });

export const TICKET_STATUSES = ["ACTIVE", "WAITING", "CLOSED", "CLOSED_AND_LOCKED"];
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"];
export const TASK_STATUSES = [
  "UNDER_CONSIDERATION",
  "IN_PROGRESS",
  "ON_HOLD",
  "IN_REVIEW",
  "COMPLETED",
  "REJECTED",
  "APPROVED",
];
export const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** In every category (002 L8184-8187, L8220-8224). */
export const department = (cite: string) =>
  c(
    "DEPARTMENT",
    "Department",
    V.REFERENCE,
    "departmentId",
    "The department that will trigger the event.",
    cite,
    ref("Department"),
  );
export const group = (cite: string) =>
  c("GROUP", "Group", V.REFERENCE, "groupId", "The group that will trigger the event.", cite, ref("Group"));
export const assigned = (cite: string, what: string) =>
  c(
    "AGENT_ASSIGNED",
    "Agent Assigned",
    V.REFERENCE,
    "agentId",
    `The agent assigned to the ${what}.`,
    cite,
    ref("Employee"),
  );
export const acting = (cite: string, what: string) =>
  c(
    "ACTING_AGENT",
    "Acting Agent",
    V.REFERENCE,
    "actingAgentId",
    `The agent that acted on the ${what} (e.g. added a comment).`,
    cite,
    ref("Employee"),
  );
export const brand = (cite: string) =>
  c(
    "BRAND",
    "Brand",
    V.REFERENCE,
    "brandId",
    "The brand of the item (project extension outside User events).",
    cite,
    ref("Brand"),
  );
export const text = (key: string, label: string, fact: string, description: string, cite: string) =>
  c(key, label, V.TEXT, fact, description, cite);
export const email = (key: string, label: string, fact: string, description: string, cite: string) =>
  c(key, label, V.EMAIL, fact, description, cite);
export const bool = (key: string, label: string, fact: string, description: string, cite: string) =>
  c(key, label, V.BOOLEAN, fact, description, cite);
export const num = (key: string, label: string, fact: string, description: string, cite: string) =>
  c(key, label, V.NUMBER, fact, description, cite);
export const minutes = (key: string, label: string, fact: string, description: string, cite: string) =>
  c(key, label, V.MINUTES, fact, description, cite);
export const date = (key: string, label: string, fact: string, description: string, cite: string) =>
  c(key, label, V.DATE, fact, description, cite);
