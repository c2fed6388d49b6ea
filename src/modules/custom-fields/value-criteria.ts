import { raw } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { BadInputError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { CustomField } from "./custom-field.entity.js";
import { CustomFieldAppliesTo, CustomFieldDataType } from "./custom-field.enums.js";
import type { CustomFieldOwnerType } from "./custom-field.enums.js";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Custom Fields criteria of an advanced search (tickets 002 L3266-3303, live chats 002 L3559-3561): each
 * given Data field must hold the value (text fields: contains, case-insensitive; others: exactly), by field
 * id or name, whatever template the item's department uses now. BAD_USER_INPUT for an unknown field or an
 * empty value, so a criterion is never silently dropped. One `{ id: { $in: subquery } }` per criterion.
 */
export async function customFieldValueConditions(
  em: EntityManager,
  criteria: ReadonlyArray<{ fieldId?: string | null; name?: string | null; value: string }>,
  options: { ownerType: CustomFieldOwnerType; label: string; path: string[]; max: number },
): Promise<Array<{ id: { $in: ReturnType<typeof raw> } }>> {
  const { path: base, label, max, ownerType } = options;
  if (criteria.length > max) throw new BadInputError(`At most ${max} custom field criteria.`, base);
  const ids = criteria.map((c, i) =>
    c.fieldId ? fromGlobalId(c.fieldId, "CustomField", [...base, String(i), "fieldId"].join(".")) : null,
  );
  const keys = criteria.map((c) => (c.fieldId ? null : (c.name?.trim().toLowerCase() ?? "")));
  const fields = await em.find(CustomField, {
    $or: [
      { id: { $in: ids.filter((x): x is string => !!x) } },
      { nameKey: { $in: keys.filter((k): k is string => !!k) } },
    ],
  });
  return criteria.map((c, i) => {
    const path = [...base, String(i)];
    const field = fields.find((f) => (ids[i] ? f.id === ids[i] : f.nameKey === keys[i]));
    if (!field || field.appliesTo !== CustomFieldAppliesTo.DATA)
      throw new BadInputError(`Unknown ${label} custom field "${c.fieldId ?? c.name ?? ""}".`, [
        ...path,
        c.fieldId ? "fieldId" : "name",
      ]);
    const value = c.value.trim();
    if (!value || value.length > 512)
      throw new BadInputError("A custom field criterion needs a value of 1-512 characters.", [
        ...path,
        "value",
      ]);
    const textual =
      field.dataType === CustomFieldDataType.TEXT || field.dataType === CustomFieldDataType.MULTI_LINE_TEXT;
    const predicate = textual ? `v."value" ilike ?` : `v."value" = ?`;
    return {
      id: {
        $in: raw(
          `(select v."owner_id" from "custom_field_value" v where v."owner_type" = ? and v."field_id" = ? and ${predicate})`,
          [ownerType, field.id, textual ? `%${escapeLike(value)}%` : value],
        ),
      },
    };
  });
}
