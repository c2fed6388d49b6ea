import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException } from "../../core/graphql/user-error.js";
import { Employee, User } from "../accounts/index.js";
import { CustomFieldOwnerType } from "./custom-field.enums.js";
import { customFieldsOf, setCustomFieldValues, validatePeopleValues } from "./custom-field-value.service.js";
import type { CustomFieldValueInput } from "./custom-field-value.types.js";

/** People custom fields of a user or employee (002 L6863-6866, L6887-6888; Employee tab 002 L6243). */
async function setAccountValues<T extends User | Employee>(
  ctx: RequestContext,
  Cls: new () => T,
  ownerType: CustomFieldOwnerType,
  globalId: string,
  values: CustomFieldValueInput[],
): Promise<T> {
  const account = await ctx.em.transactional(async (em) => {
    const id = fromGlobalId(
      globalId,
      Cls.name,
      ownerType === CustomFieldOwnerType.USER ? "userId" : "employeeId",
    );
    const account = (await em.findOne(Cls, { id } as never)) as T | null;
    if (!account) throw new NotFoundError(Cls.name, globalId);
    const checked = await validatePeopleValues(em, values, ["input", "values"]);
    if (checked.userErrors.length) throw new UserErrorException(checked.userErrors);
    await setCustomFieldValues(em, ownerType, id, checked.values);
    return account;
  });
  ctx.loaders.clearAll();
  return account;
}

export async function setUserCustomFields(
  ctx: RequestContext,
  input: { userId: string; values: CustomFieldValueInput[] },
) {
  const user = await setAccountValues(ctx, User, CustomFieldOwnerType.USER, input.userId, input.values);
  return { user, customFields: await customFieldsOf(ctx, CustomFieldOwnerType.USER, user.id) };
}

export async function setEmployeeCustomFields(
  ctx: RequestContext,
  input: { employeeId: string; values: CustomFieldValueInput[] },
) {
  const employee = await setAccountValues(
    ctx,
    Employee,
    CustomFieldOwnerType.EMPLOYEE,
    input.employeeId,
    input.values,
  );
  return { employee, customFields: await customFieldsOf(ctx, CustomFieldOwnerType.EMPLOYEE, employee.id) };
}
