import { raw, type FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { BadInputError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import {
  CustomField,
  CustomFieldAppliesTo,
  CustomFieldDataType,
  CustomFieldOwnerType,
} from "../custom-fields/index.js";
import type { CustomFieldValueInput } from "../custom-fields/index.js";
import type { LiveChat } from "./chat.entity.js";

const MAX_CRITERIA = 10;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/**
 * Custom Fields criteria of Live Chat Advanced Search (002 L3559-3561): each given Data field must hold the
 * value (text fields: contains, case-insensitive; others: exactly), by field id or name, whatever template
 * the chat's department uses now. BAD_USER_INPUT for an unknown field or an empty value, so a criterion is
 * never silently dropped.
 */
export async function chatCustomFieldConditions(
  ctx: RequestContext,
  criteria: CustomFieldValueInput[],
): Promise<FilterQuery<LiveChat>[]> {
  const base = ["input", "customFields"];
  if (criteria.length > MAX_CRITERIA)
    throw new BadInputError(`At most ${MAX_CRITERIA} custom field criteria.`, base);
  const ids = criteria.map((c, i) =>
    c.fieldId ? fromGlobalId(c.fieldId, "CustomField", `input.customFields.${i}.fieldId`) : null,
  );
  const keys = criteria.map((c) => (c.fieldId ? null : (c.name?.trim().toLowerCase() ?? "")));
  const fields = await ctx.em.find(CustomField, {
    $or: [
      { id: { $in: ids.filter((x): x is string => !!x) } },
      { nameKey: { $in: keys.filter((k): k is string => !!k) } },
    ],
  });
  return criteria.map((c, i) => {
    const path = [...base, String(i)];
    const field = fields.find((f) => (ids[i] ? f.id === ids[i] : f.nameKey === keys[i]));
    if (!field || field.appliesTo !== CustomFieldAppliesTo.DATA)
      throw new BadInputError(`Unknown live chat custom field "${c.fieldId ?? c.name ?? ""}".`, [
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
          [CustomFieldOwnerType.LIVE_CHAT, field.id, textual ? `%${escapeLike(value)}%` : value],
        ),
      },
    } as FilterQuery<LiveChat>;
  });
}
