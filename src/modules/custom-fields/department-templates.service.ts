import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import { Department } from "../organization/index.js";
import { CustomFieldTemplate, DepartmentCustomFieldTemplates } from "./custom-field.entity.js";
import { departmentTemplatesByDepartment, templateById } from "./custom-field.loaders.js";
import { DepartmentTemplates } from "./custom-field-value.types.js";
import type { SetDepartmentCustomFieldTemplatesInput } from "./template.inputs.js";

const KINDS = [
  ["ticketTemplateId", "ticketTemplate"],
  ["liveChatTemplateId", "liveChatTemplate"],
  ["callLogTemplateId", "callLogTemplate"],
] as const;

/** A department's templates for the Department.customFieldTemplates field, through loaders. */
export async function presentDepartmentTemplates(ctx: RequestContext, departmentId: string) {
  const row = await ctx.loaders.get(departmentTemplatesByDepartment).load(departmentId);
  const load = (id: string | undefined) =>
    id ? ctx.loaders.get(templateById).load(id) : Promise.resolve(null);
  const [ticketTemplate, liveChatTemplate, callLogTemplate] = await Promise.all([
    load(row?.ticketTemplate?.id),
    load(row?.liveChatTemplate?.id),
    load(row?.callLogTemplate?.id),
  ]);
  return Object.assign(new DepartmentTemplates(), { ticketTemplate, liveChatTemplate, callLogTemplate });
}

async function resolveTemplate(em: EntityManager, v: Validation, globalId: string, field: string) {
  const template = await em.findOne(CustomFieldTemplate, {
    id: fromGlobalId(globalId, "CustomFieldTemplate", field),
  });
  if (!template) v.add("NOT_FOUND", "No such template.", ["input", field]);
  return template;
}

/** Administrators set which template each kind of item of a department uses (002 L6019, L6030, L6895). */
export async function setDepartmentTemplates(
  ctx: RequestContext,
  input: SetDepartmentCustomFieldTemplatesInput,
) {
  const departmentId = await ctx.em.transactional(async (em) => {
    const id = fromGlobalId(input.departmentId, "Department", "departmentId");
    const department = await em.findOne(Department, { id });
    if (!department) throw new NotFoundError("Department", input.departmentId);
    const row =
      (await em.findOne(DepartmentCustomFieldTemplates, { department: id })) ??
      build(DepartmentCustomFieldTemplates, { department });
    const v = new Validation();
    for (const [inputKey, prop] of KINDS) {
      const value = input[inputKey];
      if (value === undefined) continue;
      row[prop] = value === null ? null : await resolveTemplate(em, v, value, inputKey);
    }
    v.throwIfAny();
    em.persist(row);
    return id;
  });
  ctx.loaders.clearAll();
  return { templates: await presentDepartmentTemplates(ctx, departmentId) };
}
