import DataLoader from "dataloader";
import { defineLoader } from "../../core/context/loaders.js";
import type { LoaderDefinition } from "../../core/context/loaders.js";
import {
  CustomField,
  CustomFieldTemplate,
  CustomFieldTemplateField,
  DepartmentCustomFieldTemplates,
} from "./custom-field.entity.js";
import { CustomFieldOwnerType } from "./custom-field.enums.js";
import { StoredCustomFieldValue } from "./custom-field-value.entity.js";
import { presentValue } from "./custom-field-value.types.js";
import type { CustomFieldValue } from "./custom-field-value.types.js";

/** Template id -> the template (or null): one query per batch. */
export const templateById = defineLoader(
  "customFields.templateById",
  (ctx) =>
    new DataLoader<string, CustomFieldTemplate | null>(async (ids) => {
      const rows = await ctx.em.find(CustomFieldTemplate, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
);

/** Template id -> its fields in order, definitions joined: one query per batch. */
export const templateFieldsByTemplate = defineLoader(
  "customFields.templateFields",
  (ctx) =>
    new DataLoader<string, CustomFieldTemplateField[]>(async (ids) => {
      const rows = await ctx.em.find(
        CustomFieldTemplateField,
        { template: { $in: [...ids] } },
        { populate: ["customField"], orderBy: { order: "asc", id: "asc" } },
      );
      return ids.map((id) => rows.filter((r) => r.template.id === id));
    }),
);

/** Department id -> its template settings row (null when never set): one query per batch. */
export const departmentTemplatesByDepartment = defineLoader(
  "customFields.departmentTemplates",
  (ctx) =>
    new DataLoader<string, DepartmentCustomFieldTemplates | null>(async (ids) => {
      const rows = await ctx.em.find(DepartmentCustomFieldTemplates, { department: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.department.id === id) ?? null);
    }),
);

const valueLoaders = new Map<CustomFieldOwnerType, LoaderDefinition<string, CustomFieldValue[]>>();

/**
 * Owner id -> its custom field values, by field name: one query per batch whatever the page size. One
 * definition per owner type (a DataLoader is keyed by definition), created on first use.
 */
export function customFieldValuesOf(
  ownerType: CustomFieldOwnerType,
): LoaderDefinition<string, CustomFieldValue[]> {
  let definition = valueLoaders.get(ownerType);
  if (!definition) {
    definition = defineLoader(
      `customFields.values.${ownerType}`,
      (ctx) =>
        new DataLoader<string, CustomFieldValue[]>(async (ownerIds) => {
          const rows = await ctx.em.find(
            StoredCustomFieldValue,
            { ownerType, ownerId: { $in: [...ownerIds] } },
            { populate: ["field"], orderBy: { field: { nameKey: "asc" } } },
          );
          return ownerIds.map((id) =>
            rows.filter((r) => r.ownerId === id).map((r) => presentValue(r.field as CustomField, r.value)),
          );
        }),
    );
    valueLoaders.set(ownerType, definition);
  }
  return definition;
}
