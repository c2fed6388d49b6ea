import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import type { ConnectionArgs } from "../../core/graphql/pagination.js";
import { paginate } from "../../core/graphql/pagination.js";
import { Validation } from "../../core/graphql/user-error.js";
import {
  CustomField,
  CustomFieldTemplate,
  CustomFieldTemplateField,
  DepartmentCustomFieldTemplates,
} from "./custom-field.entity.js";
import { CustomFieldAppliesTo, TemplateFieldVisibility } from "./custom-field.enums.js";
import type {
  AddTemplateFieldInput,
  CreateCustomFieldTemplateInput,
  DeleteCustomFieldTemplateInput,
  RemoveTemplateFieldInput,
  ReorderTemplateFieldsInput,
  UpdateCustomFieldTemplateInput,
  UpdateTemplateFieldInput,
} from "./template.inputs.js";

const LABEL_MAX = 255;

export function listTemplates(ctx: RequestContext, args: ConnectionArgs) {
  return paginate(ctx.em, CustomFieldTemplate, {}, args, { orderBy: { displayNameKey: "asc" } });
}

export async function getTemplate(em: EntityManager, globalId: string, field = "id") {
  const found = await em.findOne(CustomFieldTemplate, {
    id: fromGlobalId(globalId, "CustomFieldTemplate", field),
  });
  if (!found) throw new NotFoundError("CustomFieldTemplate", globalId);
  return found;
}

async function getTemplateField(em: EntityManager, globalId: string): Promise<CustomFieldTemplateField> {
  const id = fromGlobalId(globalId, "CustomFieldTemplateField", "id");
  const found = await em.findOne(CustomFieldTemplateField, { id }, { populate: ["template", "customField"] });
  if (!found) throw new NotFoundError("CustomFieldTemplateField", globalId);
  return found;
}

function checkLabel(v: Validation, raw: string, field: string[]): string {
  const label = raw.trim();
  v.check(
    label.length > 0 && label.length <= LABEL_MAX,
    "INVALID",
    `Names have 1-${LABEL_MAX} characters.`,
    field,
  );
  return label;
}

async function checkTemplateNameFree(em: EntityManager, v: Validation, name: string, exceptId?: string) {
  const clash = await em.findOne(
    CustomFieldTemplate,
    { displayNameKey: name.toLowerCase() },
    { fields: ["id"] },
  );
  if (clash && clash.id !== exceptId)
    v.add("TAKEN", `A template named "${name}" exists.`, ["input", "displayName"]);
}

export async function createTemplate(ctx: RequestContext, input: CreateCustomFieldTemplateInput) {
  const template = await ctx.em.transactional(async (em) => {
    const v = new Validation();
    const displayName = checkLabel(v, input.displayName, ["input", "displayName"]);
    await checkTemplateNameFree(em, v, displayName);
    v.throwIfAny();
    const template = build(CustomFieldTemplate, { displayName, displayNameKey: displayName.toLowerCase() });
    em.persist(template);
    return template;
  });
  ctx.loaders.clearAll();
  return { template };
}

export async function updateTemplate(ctx: RequestContext, input: UpdateCustomFieldTemplateInput) {
  const template = await ctx.em.transactional(async (em) => {
    const template = await getTemplate(em, input.id);
    const v = new Validation();
    const displayName = checkLabel(v, input.displayName, ["input", "displayName"]);
    await checkTemplateNameFree(em, v, displayName, template.id);
    v.throwIfAny();
    template.displayName = displayName;
    template.displayNameKey = displayName.toLowerCase();
    return template;
  });
  ctx.loaders.clearAll();
  return { template };
}

/** Refused (IN_USE) while departments use it, unless `force`, which leaves those departments without one. */
export async function deleteTemplate(ctx: RequestContext, input: DeleteCustomFieldTemplateInput) {
  const deleted = await ctx.em.transactional(async (em) => {
    const template = await getTemplate(em, input.id);
    const users = await em.find(
      DepartmentCustomFieldTemplates,
      {
        $or: [
          { ticketTemplate: template.id },
          { liveChatTemplate: template.id },
          { callLogTemplate: template.id },
        ],
      },
      { populate: ["department"] },
    );
    if (users.length && !input.force) {
      const names = users.map((u) => `"${u.department.name}"`).join(", ");
      new Validation()
        .add("IN_USE", `The departments ${names} use this template; change them or pass force.`, [
          "input",
          "id",
        ])
        .throwIfAny();
    }
    // Foreign keys set the departments' references to null and delete the template's fields.
    await em.nativeDelete(CustomFieldTemplate, { id: template.id });
    return toGlobalId("CustomFieldTemplate", template.id);
  });
  ctx.loaders.clearAll();
  return { deletedTemplateId: deleted };
}

type Flags = Pick<
  AddTemplateFieldInput,
  "requiredByUsers" | "requiredForAgentsToSaveOrSend" | "requiredForAgentsToClose" | "showInCommunicationView"
>;

function applyFlags(
  v: Validation,
  tf: CustomFieldTemplateField,
  input: Flags & { visibility?: TemplateFieldVisibility | null },
) {
  if (input.visibility) tf.visibility = input.visibility;
  for (const flag of [
    "requiredByUsers",
    "requiredForAgentsToSaveOrSend",
    "requiredForAgentsToClose",
    "showInCommunicationView",
  ] as const) {
    const value = input[flag];
    if (value !== undefined && value !== null) tf[flag] = value;
  }
  // Users cannot complete a field they never see.
  v.check(
    !(tf.requiredByUsers && tf.visibility === TemplateFieldVisibility.AGENTS),
    "INVALID",
    "A field visible to agents only cannot be required by users.",
    ["input", "requiredByUsers"],
  );
}

export async function addTemplateField(ctx: RequestContext, input: AddTemplateFieldInput) {
  const result = await ctx.em.transactional(async (em) => {
    const template = await getTemplate(em, input.templateId, "templateId");
    const id = fromGlobalId(input.customFieldId, "CustomField", "customFieldId");
    const field = await em.findOne(CustomField, { id });
    if (!field) throw new NotFoundError("CustomField", input.customFieldId);
    const v = new Validation();
    const path = ["input", "customFieldId"];
    v.check(
      field.appliesTo === CustomFieldAppliesTo.DATA,
      "NOT_DATA_FIELD",
      "Only Data fields go on templates.",
      path,
    );
    const siblings = await em.find(CustomFieldTemplateField, { template: template.id });
    v.check(
      !siblings.some((s) => s.customField.id === field.id),
      "TAKEN",
      "The field is on the template already.",
      path,
    );
    const order = siblings.reduce((max, s) => Math.max(max, s.order + 1), 0);
    const displayName = checkLabel(v, input.displayName ?? field.name, ["input", "displayName"]);
    const templateField = build(CustomFieldTemplateField, {
      template,
      customField: field,
      displayName,
      order,
    });
    applyFlags(v, templateField, input);
    v.throwIfAny();
    em.persist(templateField);
    template.updatedAt = new Date();
    return { template, templateField };
  });
  ctx.loaders.clearAll();
  return result;
}

export async function updateTemplateField(ctx: RequestContext, input: UpdateTemplateFieldInput) {
  const result = await ctx.em.transactional(async (em) => {
    const templateField = await getTemplateField(em, input.id);
    const v = new Validation();
    if (input.displayName !== undefined && input.displayName !== null)
      templateField.displayName = checkLabel(v, input.displayName, ["input", "displayName"]);
    applyFlags(v, templateField, input);
    v.throwIfAny();
    return { template: templateField.template, templateField };
  });
  ctx.loaders.clearAll();
  return result;
}

export async function removeTemplateField(ctx: RequestContext, input: RemoveTemplateFieldInput) {
  const template = await ctx.em.transactional(async (em) => {
    const templateField = await getTemplateField(em, input.id);
    const template = templateField.template;
    em.remove(templateField);
    template.updatedAt = new Date();
    return template;
  });
  ctx.loaders.clearAll();
  return { template };
}

export async function reorderTemplateFields(ctx: RequestContext, input: ReorderTemplateFieldsInput) {
  const template = await ctx.em.transactional(async (em) => {
    const template = await getTemplate(em, input.templateId, "templateId");
    const wanted = input.templateFieldIds.map((id) =>
      fromGlobalId(id, "CustomFieldTemplateField", "templateFieldIds"),
    );
    const fields = await em.find(CustomFieldTemplateField, { template: template.id });
    const same =
      wanted.length === fields.length &&
      new Set(wanted).size === wanted.length &&
      fields.every((f) => wanted.includes(f.id));
    new Validation()
      .check(same, "INVALID", "List every field of the template exactly once.", ["input", "templateFieldIds"])
      .throwIfAny();
    for (const f of fields) f.order = wanted.indexOf(f.id);
    template.updatedAt = new Date();
    return template;
  });
  ctx.loaders.clearAll();
  return { template };
}
