import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import { CustomFieldTemplate } from "./custom-field.entity.js";
import { CustomFieldTemplatePayload, DeleteCustomFieldTemplatePayload } from "./custom-field.payloads.js";
import {
  AddTemplateFieldInput,
  CreateCustomFieldTemplateInput,
  DeleteCustomFieldTemplateInput,
  RemoveTemplateFieldInput,
  ReorderTemplateFieldsInput,
  UpdateCustomFieldTemplateInput,
  UpdateTemplateFieldInput,
} from "./template.inputs.js";
import {
  addTemplateField,
  createTemplate,
  deleteTemplate,
  removeTemplateField,
  reorderTemplateFields,
  updateTemplate,
  updateTemplateField,
} from "./template.service.js";

const ADMIN = Privilege.ADMINISTRATION;
const INPUT = { description: "The mutation's input." };

/** Template administration: system settings, administrators only (002 L6868). */
@Resolver(() => CustomFieldTemplate)
export class CustomFieldTemplateMutations {
  @Mutation(() => CustomFieldTemplatePayload, { description: "Creates a template. Codes: INVALID, TAKEN." })
  @RequirePermission(ADMIN)
  createCustomFieldTemplate(
    @Arg("input", () => CreateCustomFieldTemplateInput, INPUT) input: CreateCustomFieldTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldTemplatePayload> {
    return payload(() => createTemplate(ctx, input));
  }

  @Mutation(() => CustomFieldTemplatePayload, { description: "Renames a template. Codes: INVALID, TAKEN." })
  @RequirePermission(ADMIN)
  updateCustomFieldTemplate(
    @Arg("input", () => UpdateCustomFieldTemplateInput, INPUT) input: UpdateCustomFieldTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldTemplatePayload> {
    return payload(() => updateTemplate(ctx, input));
  }

  @Mutation(() => DeleteCustomFieldTemplatePayload, {
    description:
      "Deletes a template with its fields (not the definitions). Code IN_USE when departments use it.",
  })
  @RequirePermission(ADMIN)
  deleteCustomFieldTemplate(
    @Arg("input", () => DeleteCustomFieldTemplateInput, INPUT) input: DeleteCustomFieldTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteCustomFieldTemplatePayload> {
    return payload(() => deleteTemplate(ctx, input));
  }

  @Mutation(() => CustomFieldTemplatePayload, {
    description: "Adds a Data field at the end of a template. Codes: NOT_DATA_FIELD, TAKEN, INVALID.",
  })
  @RequirePermission(ADMIN)
  addTemplateField(
    @Arg("input", () => AddTemplateFieldInput, INPUT) input: AddTemplateFieldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldTemplatePayload> {
    return payload(() => addTemplateField(ctx, input));
  }

  @Mutation(() => CustomFieldTemplatePayload, { description: "Changes a template field. Code: INVALID." })
  @RequirePermission(ADMIN)
  updateTemplateField(
    @Arg("input", () => UpdateTemplateFieldInput, INPUT) input: UpdateTemplateFieldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldTemplatePayload> {
    return payload(() => updateTemplateField(ctx, input));
  }

  @Mutation(() => CustomFieldTemplatePayload, {
    description: "Takes a field off a template; stored values of items stay.",
  })
  @RequirePermission(ADMIN)
  removeTemplateField(
    @Arg("input", () => RemoveTemplateFieldInput, INPUT) input: RemoveTemplateFieldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldTemplatePayload> {
    return payload(() => removeTemplateField(ctx, input));
  }

  @Mutation(() => CustomFieldTemplatePayload, { description: "Reorders a template's fields. Code: INVALID." })
  @RequirePermission(ADMIN)
  reorderTemplateFields(
    @Arg("input", () => ReorderTemplateFieldsInput, INPUT) input: ReorderTemplateFieldsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldTemplatePayload> {
    return payload(() => reorderTemplateFields(ctx, input));
  }
}
