import type { ModuleDefinition } from "../../core/module.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { Privilege } from "../roles/index.js";
import {
  CustomField,
  CustomFieldTemplate,
  CustomFieldTemplateField,
  DepartmentCustomFieldTemplates,
} from "./custom-field.entity.js";
import {
  CustomFieldResolver,
  CustomFieldTemplateFieldResolver,
  CustomFieldTemplateResolver,
} from "./custom-field.resolver.js";
import { StoredCustomFieldValue } from "./custom-field-value.entity.js";
import {
  DepartmentCustomFieldTemplatesResolver,
  EmployeeCustomFieldsResolver,
  TicketSubmissionFormResolver,
  UserCustomFieldsResolver,
} from "./people.resolver.js";
import { CustomFieldTemplateMutations } from "./template.resolver.js";

export { CustomField, CustomFieldTemplate, CustomFieldTemplateField } from "./custom-field.entity.js";
export {
  CustomFieldAppliesTo,
  CustomFieldDataType,
  CustomFieldOwnerType,
  TemplateFieldVisibility,
} from "./custom-field.enums.js";
export type { TemplateItemKind } from "./custom-field.enums.js";
export { CustomFieldValue, CustomFieldValueInput } from "./custom-field-value.types.js";
export {
  customFieldsOf,
  deleteCustomFieldValues,
  setCustomFieldValues,
  templateIdFor,
  validateCustomFieldValues,
  validatePeopleValues,
} from "./custom-field-value.service.js";
export type {
  CustomFieldMode,
  CustomFieldOverride,
  CustomFieldValidation,
  CustomFieldValuesIn,
  ResolvedCustomFieldValue,
  ValidateCustomFieldValuesOptions,
} from "./custom-field-value.service.js";
export { customFieldValuesOf } from "./custom-field.loaders.js";
export { setFormOptionsSource } from "./submission-form.service.js";
export type { FormOptions, FormOptionsRequest, FormOptionsSource } from "./submission-form.service.js";
export { MAX_VALUE_LENGTH } from "./value-rules.js";

const reader = Privilege.MANAGEMENT_INTERFACE;

export const customFieldsModule: ModuleDefinition = {
  name: "custom-fields",
  entities: [
    CustomField,
    CustomFieldTemplate,
    CustomFieldTemplateField,
    DepartmentCustomFieldTemplates,
    StoredCustomFieldValue,
  ],
  resolvers: [
    CustomFieldResolver,
    CustomFieldTemplateResolver,
    CustomFieldTemplateMutations,
    CustomFieldTemplateFieldResolver,
    UserCustomFieldsResolver,
    EmployeeCustomFieldsResolver,
    DepartmentCustomFieldTemplatesResolver,
    TicketSubmissionFormResolver,
  ],
  nodes: {
    // The same checks as the queries: definitions and templates are readable by employees.
    async CustomField(ctx, id) {
      assertPermission(ctx, reader);
      return ctx.em.findOne(CustomField, { id });
    },
    async CustomFieldTemplate(ctx, id) {
      assertPermission(ctx, reader);
      return ctx.em.findOne(CustomFieldTemplate, { id });
    },
    async CustomFieldTemplateField(ctx, id) {
      assertPermission(ctx, reader);
      return ctx.em.findOne(CustomFieldTemplateField, { id }, { populate: ["customField"] });
    },
  },
};
export { applyProviderFieldValues } from "./provider-values.js";
export { customFieldValueConditions } from "./value-criteria.js";
