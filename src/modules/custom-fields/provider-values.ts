import type { EntityManager } from "@mikro-orm/postgresql";
import type { ResolvedCustomFieldValue } from "./custom-field-value.service.js";
import { CustomField } from "./custom-field.entity.js";
import { CustomFieldAppliesTo } from "./custom-field.enums.js";
import { MAX_VALUE_LENGTH } from "./value-rules.js";

/**
 * Applies a provider's cf_<Field Name> outputs (StartTicket, StartChat: 002 L2341) over checked values: names
 * match data fields case-insensitively, unknown names are ignored, values are cut to the field limit.
 */
export async function applyProviderFieldValues(
  em: EntityManager,
  given: ResolvedCustomFieldValue[],
  outputs: Readonly<Record<string, string>>,
): Promise<ResolvedCustomFieldValue[]> {
  const names = Object.keys(outputs);
  if (!names.length) return given;
  const fields = await em.find(CustomField, {
    nameKey: { $in: names.map((n) => n.toLowerCase()) },
    appliesTo: CustomFieldAppliesTo.DATA,
  });
  const byKey = new Map(fields.map((f) => [f.nameKey, f]));
  const result = new Map(given.map((v) => [v.field.id, v]));
  for (const [name, value] of Object.entries(outputs)) {
    const field = byKey.get(name.toLowerCase());
    if (field) result.set(field.id, { field, value: value.slice(0, MAX_VALUE_LENGTH) });
  }
  return [...result.values()];
}
