import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import { Validation } from "../../core/graphql/user-error.js";
import { CustomField, CustomFieldTemplateField } from "./custom-field.entity.js";
import { CustomFieldDataType } from "./custom-field.enums.js";
import { StoredCustomFieldValue } from "./custom-field-value.entity.js";
import type {
  CreateCustomFieldInput,
  CustomFieldsArgs,
  DeleteCustomFieldInput,
  UpdateCustomFieldInput,
} from "./custom-field.inputs.js";
import { MAX_VALUE_LENGTH, valueProblem } from "./value-rules.js";

const NAME_MAX = 100;

export async function listCustomFields(ctx: RequestContext, args: CustomFieldsArgs) {
  const where = args.appliesTo ? { appliesTo: args.appliesTo } : {};
  return paginate(ctx.em, CustomField, where, args, { orderBy: { nameKey: "asc" } });
}

export async function getCustomField(
  em: EntityManager,
  globalId: string,
  field = "id",
): Promise<CustomField> {
  const found = await em.findOne(CustomField, { id: fromGlobalId(globalId, "CustomField", field) });
  if (!found) throw new NotFoundError("CustomField", globalId);
  return found;
}

/** Names become cf_<name>=<value> variables for providers (seed-E §2.4), so '=' and control characters are out. */
function checkName(v: Validation, raw: string): string {
  const name = raw.trim();
  v.check(name.length > 0 && name.length <= NAME_MAX, "INVALID", `A name has 1-${NAME_MAX} characters.`, [
    "input",
    "name",
  ]);
  // eslint-disable-next-line no-control-regex
  v.check(!/[=\u0000-\u001f]/.test(name), "INVALID", "A name cannot contain '=' or control characters.", [
    "input",
    "name",
  ]);
  return name;
}

async function checkNameFree(em: EntityManager, v: Validation, name: string, exceptId?: string) {
  const clash = await em.findOne(CustomField, { nameKey: name.toLowerCase() }, { fields: ["id"] });
  if (clash && clash.id !== exceptId)
    v.add("TAKEN", `A custom field named "${name}" exists.`, ["input", "name"]);
}

function checkListOptions(v: Validation, dataType: CustomFieldDataType, raw: string[]): string[] {
  const field = ["input", "listOptions"];
  const options = raw.map((o) => o.trim());
  if (dataType !== CustomFieldDataType.DROP_DOWN_LIST) {
    v.check(options.length === 0, "INVALID", "Only drop-down lists have list options.", field);
    return [];
  }
  v.check(options.length > 0, "INVALID", "A drop-down list needs at least one option.", field);
  v.check(
    options.every((o) => o.length > 0 && o.length <= MAX_VALUE_LENGTH),
    "INVALID",
    `Options have 1-${MAX_VALUE_LENGTH} characters.`,
    field,
  );
  v.check(new Set(options).size === options.length, "INVALID", "Options must be distinct.", field);
  return options;
}

function checkDefault(v: Validation, field: CustomField, raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw === "") return null;
  const problem = valueProblem(field, raw);
  if (problem) v.add("INVALID", `Default value: ${problem}`, ["input", "defaultValue"]);
  return raw;
}

export async function createCustomField(ctx: RequestContext, input: CreateCustomFieldInput) {
  const customField = await ctx.em.transactional(async (em) => {
    const v = new Validation();
    const name = checkName(v, input.name);
    await checkNameFree(em, v, name);
    const field = build(CustomField, {
      name,
      nameKey: name.toLowerCase(),
      appliesTo: input.appliesTo,
      dataType: input.dataType,
    });
    field.listOptions = checkListOptions(v, input.dataType, input.listOptions ?? []);
    field.defaultValue = checkDefault(v, field, input.defaultValue);
    v.throwIfAny();
    em.persist(field);
    return field;
  });
  ctx.loaders.clearAll();
  return { customField };
}

/** Whether values or templates depend on the field's kind and type. */
async function inUse(em: EntityManager, field: CustomField): Promise<boolean> {
  const [values, placements] = await Promise.all([
    em.count(StoredCustomFieldValue, { field: field.id }),
    em.count(CustomFieldTemplateField, { customField: field.id }),
  ]);
  return values + placements > 0;
}

export async function updateCustomField(ctx: RequestContext, input: UpdateCustomFieldInput) {
  const customField = await ctx.em.transactional(async (em) => {
    const field = await getCustomField(em, input.id);
    const v = new Validation();
    if (input.name !== undefined && input.name !== null) {
      const name = checkName(v, input.name);
      await checkNameFree(em, v, name, field.id);
      field.name = name;
      field.nameKey = name.toLowerCase();
    }
    const kindChanges =
      (input.appliesTo && input.appliesTo !== field.appliesTo) ||
      (input.dataType && input.dataType !== field.dataType);
    if (kindChanges && (await inUse(em, field))) {
      v.add(
        "FIELD_IN_USE",
        "Applies To and Data Type cannot change once values are stored or the field is on a template.",
        ["input", input.dataType && input.dataType !== field.dataType ? "dataType" : "appliesTo"],
      );
    }
    if (input.appliesTo) field.appliesTo = input.appliesTo;
    if (input.dataType) field.dataType = input.dataType;
    const options = input.listOptions ?? (input.dataType ? [] : field.listOptions);
    // A type change away from drop-down drops the options; one to drop-down needs new ones.
    field.listOptions = checkListOptions(v, field.dataType, options);
    field.defaultValue = checkDefault(
      v,
      field,
      input.defaultValue === undefined ? field.defaultValue : input.defaultValue,
    );
    v.throwIfAny();
    return field;
  });
  ctx.loaders.clearAll();
  return { customField };
}

/**
 * Deletes a definition with its stored values. A field on templates is refused (IN_USE) unless `force`,
 * which takes it off those templates first: dropping a field from customer forms should be a deliberate act.
 */
export async function deleteCustomField(ctx: RequestContext, input: DeleteCustomFieldInput) {
  const deleted = await ctx.em.transactional(async (em) => {
    const field = await getCustomField(em, input.id);
    const placements = await em.find(
      CustomFieldTemplateField,
      { customField: field.id },
      { populate: ["template"] },
    );
    if (placements.length && !input.force) {
      const names = placements.map((p) => `"${p.template.displayName}"`).join(", ");
      new Validation()
        .add("IN_USE", `The field is on the templates ${names}; remove it there or pass force.`, [
          "input",
          "id",
        ])
        .throwIfAny();
    }
    await em.nativeDelete(CustomFieldTemplateField, { customField: field.id });
    await em.nativeDelete(StoredCustomFieldValue, { field: field.id });
    await em.nativeDelete(CustomField, { id: field.id });
    return toGlobalId("CustomField", field.id);
  });
  ctx.loaders.clearAll();
  return { deletedCustomFieldId: deleted };
}
