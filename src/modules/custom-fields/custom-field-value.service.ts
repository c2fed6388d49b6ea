import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { parseGlobalId } from "../../core/graphql/global-id.js";
import { userError } from "../../core/graphql/user-error.js";
import type { UserError } from "../../core/graphql/user-error.js";
import {
  CustomField,
  CustomFieldTemplateField,
  DepartmentCustomFieldTemplates,
} from "./custom-field.entity.js";
import { appliesToOf, CustomFieldAppliesTo, TemplateFieldVisibility } from "./custom-field.enums.js";
import type { CustomFieldOwnerType, TemplateItemKind } from "./custom-field.enums.js";
import { StoredCustomFieldValue } from "./custom-field-value.entity.js";
import type { CustomFieldValue, CustomFieldValueInput } from "./custom-field-value.types.js";
import { customFieldValuesOf } from "./custom-field.loaders.js";
import { isCompleted, valueProblem } from "./value-rules.js";

/** Who is saving: a user submitting through the portal, an agent saving or sending, an agent closing. */
export type CustomFieldMode = "USER_SUBMIT" | "AGENT_SAVE" | "AGENT_CLOSE";

/**
 * A per-field adjustment of a template, keyed by field name: what the external custom field provider's
 * GetCustomFieldOptions returns (ChangeListOptions / ChangeRequired / ChangeVisible, seed-E §2.4).
 */
export interface CustomFieldOverride {
  name: string;
  listOptions?: string[];
  required?: boolean;
  visible?: boolean;
  displayWithInformationLookup?: boolean;
}

/** Values keyed by field id (raw or global) or name, or the GraphQL input list. */
export type CustomFieldValuesIn = Record<string, string | null | undefined> | CustomFieldValueInput[];

export interface ValidateCustomFieldValuesOptions {
  /** Raw template id; or departmentId + itemKind to use the department's template (none = no fields apply). */
  templateId?: string | null;
  departmentId?: string;
  itemKind?: TemplateItemKind;
  values: CustomFieldValuesIn;
  mode: CustomFieldMode;
  /** Path of the values in the caller's input; errors add the field name. Default ["input", "customFields"]. */
  path?: string[];
  /** Fill fields that were not given with their Default Value (creating an item). */
  applyDefaults?: boolean;
  overrides?: CustomFieldOverride[];
}

/** A checked value ready for setCustomFieldValues; "" clears the field. */
export interface ResolvedCustomFieldValue {
  field: CustomField;
  value: string;
}

export interface CustomFieldValidation {
  userErrors: UserError[];
  values: ResolvedCustomFieldValue[];
}

interface Applicable {
  field: CustomField;
  required: boolean;
  listOptions: readonly string[];
}

/** The template a department uses for a kind of item (raw id), or null. */
export async function templateIdFor(
  em: EntityManager,
  departmentId: string,
  itemKind: TemplateItemKind,
): Promise<string | null> {
  const row = await em.findOne(DepartmentCustomFieldTemplates, { department: departmentId });
  if (!row) return null;
  const ref = { TICKET: row.ticketTemplate, LIVE_CHAT: row.liveChatTemplate, CALL_LOG: row.callLogTemplate }[
    itemKind
  ];
  return ref?.id ?? null;
}

/** Whether a template field is shown to users once the provider's overrides apply. */
export function visibleToUsers(tf: CustomFieldTemplateField, override?: CustomFieldOverride): boolean {
  return override?.visible ?? tf.visibility !== TemplateFieldVisibility.AGENTS;
}

function requiredIn(
  mode: CustomFieldMode,
  tf: CustomFieldTemplateField,
  override?: CustomFieldOverride,
): boolean {
  if (mode === "USER_SUBMIT")
    return visibleToUsers(tf, override) && (override?.required ?? tf.requiredByUsers);
  // Closing is also a save: what a save requires, a close requires too.
  if (mode === "AGENT_CLOSE") return tf.requiredForAgentsToSaveOrSend || tf.requiredForAgentsToClose;
  return tf.requiredForAgentsToSaveOrSend;
}

function entriesOf(values: CustomFieldValuesIn): Array<{ key: string; value: string | null | undefined }> {
  if (Array.isArray(values)) return values.map((v) => ({ key: v.fieldId ?? v.name ?? "", value: v.value }));
  return Object.entries(values).map(([key, value]) => ({ key, value }));
}

function findField(applicable: Applicable[], key: string): Applicable | undefined {
  const id = parseGlobalId(key)?.type === "CustomField" ? parseGlobalId(key)!.id : key;
  const lower = key.trim().toLowerCase();
  return applicable.find((a) => a.field.id === id || a.field.nameKey === lower);
}

/** Checks values against the applicable fields: unknown fields, invalid values, then required ones. */
function check(
  applicable: Applicable[],
  values: CustomFieldValuesIn,
  path: string[],
  applyDefaults: boolean,
): CustomFieldValidation {
  const userErrors: UserError[] = [];
  const given = new Map<string, string>();
  for (const { key, value } of entriesOf(values)) {
    const a = findField(applicable, key);
    if (!a) {
      userErrors.push(
        userError("UNKNOWN_CUSTOM_FIELD", `"${key}" is not a field of this form.`, [...path, key]),
      );
      continue;
    }
    const text = value ?? "";
    const problem = valueProblem({ dataType: a.field.dataType, listOptions: a.listOptions }, text);
    if (problem) userErrors.push(userError("INVALID_CUSTOM_FIELD_VALUE", problem, [...path, a.field.name]));
    given.set(a.field.id, text);
  }
  const resolved: ResolvedCustomFieldValue[] = [];
  for (const a of applicable) {
    let value = given.get(a.field.id);
    if (value === undefined && applyDefaults && a.field.defaultValue) value = a.field.defaultValue;
    if (a.required && !isCompleted(a.field, value)) {
      userErrors.push(
        userError("REQUIRED_CUSTOM_FIELD", `"${a.field.name}" is required.`, [...path, a.field.name]),
      );
    }
    if (value !== undefined) resolved.push({ field: a.field, value });
  }
  return { userErrors, values: userErrors.length ? [] : resolved };
}

/**
 * Validates an item's custom field values against its template (002 L6909-6915): the fields it may carry,
 * each value against its definition, and the required flags of `mode`. Never throws for bad values: the
 * caller folds userErrors into its own validation. Without a template no field applies.
 */
export async function validateCustomFieldValues(
  em: EntityManager,
  options: ValidateCustomFieldValuesOptions,
): Promise<CustomFieldValidation> {
  const path = options.path ?? ["input", "customFields"];
  let templateId = options.templateId ?? null;
  if (!templateId && options.departmentId && options.itemKind)
    templateId = await templateIdFor(em, options.departmentId, options.itemKind);
  const fields = templateId
    ? await em.find(
        CustomFieldTemplateField,
        { template: templateId },
        { populate: ["customField"], orderBy: { order: "asc", id: "asc" } },
      )
    : [];
  const overrides = new Map((options.overrides ?? []).map((o) => [o.name.toLowerCase(), o]));
  const applicable = fields
    .filter(
      (tf) => options.mode !== "USER_SUBMIT" || visibleToUsers(tf, overrides.get(tf.customField.nameKey)),
    )
    .map((tf) => {
      const override = overrides.get(tf.customField.nameKey);
      return {
        field: tf.customField as CustomField,
        required: requiredIn(options.mode, tf, override),
        listOptions: override?.listOptions ?? tf.customField.listOptions,
      };
    });
  return check(applicable, options.values, path, options.applyDefaults ?? false);
}

/** Validates People values (users, employees): every People field applies, none is required. */
export async function validatePeopleValues(
  em: EntityManager,
  values: CustomFieldValuesIn,
  path: string[],
): Promise<CustomFieldValidation> {
  const fields = await em.find(CustomField, { appliesTo: CustomFieldAppliesTo.PEOPLE });
  return check(
    fields.map((field) => ({ field, required: false, listOptions: field.listOptions })),
    values,
    path,
    false,
  );
}

/**
 * Stores validated values of one item and flushes: "" deletes the value, others insert or update. Fields
 * not listed keep their values. Run it in the caller's transaction.
 */
export async function setCustomFieldValues(
  em: EntityManager,
  ownerType: CustomFieldOwnerType,
  ownerId: string,
  values: ResolvedCustomFieldValue[],
): Promise<void> {
  if (!values.length) return;
  const wrong = values.find((v) => v.field.appliesTo !== appliesToOf(ownerType));
  if (wrong) throw new Error(`Custom field "${wrong.field.name}" does not apply to ${ownerType}.`);
  const existing = await em.find(StoredCustomFieldValue, {
    ownerType,
    ownerId,
    field: { $in: values.map((v) => v.field.id) },
  });
  for (const { field, value } of values) {
    const row = existing.find((r) => r.field.id === field.id);
    if (value === "") {
      if (row) em.remove(row);
    } else if (row) {
      row.value = value;
    } else {
      em.persist(build(StoredCustomFieldValue, { ownerType, ownerId, field, value }));
    }
  }
  await em.flush();
}

/** Removes every value of deleted items (owners' modules call it when they delete items). */
export async function deleteCustomFieldValues(
  em: EntityManager,
  ownerType: CustomFieldOwnerType,
  ownerIds: string[],
): Promise<void> {
  if (ownerIds.length)
    await em.nativeDelete(StoredCustomFieldValue, { ownerType, ownerId: { $in: ownerIds } });
}

/** An item's values through the request's DataLoader, for `customFields` field resolvers of other modules. */
export function customFieldsOf(
  ctx: RequestContext,
  ownerType: CustomFieldOwnerType,
  ownerId: string,
): Promise<CustomFieldValue[]> {
  return ctx.loaders.get(customFieldValuesOf(ownerType)).load(ownerId);
}
