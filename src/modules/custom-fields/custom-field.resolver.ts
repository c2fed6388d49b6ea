import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Connection, ConnectionArgs } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import { CustomField, CustomFieldTemplate, CustomFieldTemplateField } from "./custom-field.entity.js";
import {
  CustomFieldsArgs,
  CreateCustomFieldInput,
  DeleteCustomFieldInput,
  UpdateCustomFieldInput,
} from "./custom-field.inputs.js";
import { templateById, templateFieldsByTemplate } from "./custom-field.loaders.js";
import { CustomFieldPayload, DeleteCustomFieldPayload } from "./custom-field.payloads.js";
import {
  createCustomField,
  deleteCustomField,
  getCustomField,
  listCustomFields,
  updateCustomField,
} from "./custom-field.service.js";
import { getTemplate, listTemplates } from "./template.service.js";

const CustomFieldConnection = Connection(CustomField);
const CustomFieldTemplateConnection = Connection(CustomFieldTemplate);
const ADMIN = Privilege.ADMINISTRATION;
const EMPLOYEE = Privilege.MANAGEMENT_INTERFACE;
const INPUT = { description: "The mutation's input." };

@Resolver(() => CustomField)
export class CustomFieldResolver {
  @Query(() => CustomFieldConnection, { description: "Custom field definitions by name (002 L6874-6881)." })
  @RequirePermission(EMPLOYEE)
  customFields(@Args(() => CustomFieldsArgs) args: CustomFieldsArgs, @Ctx() ctx: RequestContext) {
    return listCustomFields(ctx, args);
  }

  @Query(() => CustomField, { description: "One custom field definition; NOT_FOUND when missing." })
  @RequirePermission(EMPLOYEE)
  customField(
    @Arg("id", () => ID, { description: "The custom field's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getCustomField(ctx.em, id);
  }

  @Mutation(() => CustomFieldPayload, {
    description: "Creates a custom field definition. Codes: INVALID, TAKEN (name).",
  })
  @RequirePermission(ADMIN)
  createCustomField(
    @Arg("input", () => CreateCustomFieldInput, INPUT) input: CreateCustomFieldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldPayload> {
    return payload(() => createCustomField(ctx, input));
  }

  @Mutation(() => CustomFieldPayload, {
    description: "Changes a definition. Codes: INVALID, TAKEN, FIELD_IN_USE (appliesTo/dataType locked).",
  })
  @RequirePermission(ADMIN)
  updateCustomField(
    @Arg("input", () => UpdateCustomFieldInput, INPUT) input: UpdateCustomFieldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomFieldPayload> {
    return payload(() => updateCustomField(ctx, input));
  }

  @Mutation(() => DeleteCustomFieldPayload, {
    description: "Deletes a definition and its stored values. Code IN_USE when on a template and not forced.",
  })
  @RequirePermission(ADMIN)
  deleteCustomField(
    @Arg("input", () => DeleteCustomFieldInput, INPUT) input: DeleteCustomFieldInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteCustomFieldPayload> {
    return payload(() => deleteCustomField(ctx, input));
  }
}

@Resolver(() => CustomFieldTemplate)
export class CustomFieldTemplateResolver {
  @Query(() => CustomFieldTemplateConnection, {
    description: "Custom field templates by display name (002 L6893-6897); agents read them for compose.",
  })
  @RequirePermission(EMPLOYEE)
  customFieldTemplates(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return listTemplates(ctx, args);
  }

  @Query(() => CustomFieldTemplate, { description: "One template; NOT_FOUND when missing." })
  @RequirePermission(EMPLOYEE)
  customFieldTemplate(
    @Arg("id", () => ID, { description: "The template's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getTemplate(ctx.em, id);
  }

  @FieldResolver(() => [CustomFieldTemplateField], {
    description: "Field Definitions tab: the fields in order.",
  })
  fields(@Root() template: CustomFieldTemplate, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(templateFieldsByTemplate).load(template.id);
  }
}

@Resolver(() => CustomFieldTemplateField)
export class CustomFieldTemplateFieldResolver {
  @FieldResolver(() => CustomField, { description: "Custom Field: the definition placed on the template." })
  customField(@Root() tf: CustomFieldTemplateField) {
    // Loaded with the template field (templateFieldsByTemplate joins it; mutations populate it).
    return tf.customField;
  }

  @FieldResolver(() => CustomFieldTemplate, { description: "The template this field is on." })
  async template(@Root() tf: CustomFieldTemplateField, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(templateById).load(tf.template.id);
  }
}
