import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { revokeAccountAccess } from "../auth/index.js";
import { PredefinedRole } from "../roles/index.js";
import { AccountKind } from "./account.entity.js";
import type { AccountListArgs } from "./account.inputs.js";
import { accountListQuery, paginateQuery } from "./account-list.js";
import { applyText, applyValues } from "./account.rules.js";
import {
  assertAdministratorRemains,
  defaultRoles,
  isAdministrator,
  resolveRoles,
  setAccountPassword,
} from "./account.service.js";
import { applyAccountWrite, prepareAccountWrite } from "./account-write.js";
import { Employee } from "./employee.entity.js";
import type {
  CreateEmployeeInput,
  DeleteEmployeesInput,
  EmployeeSettingsFields,
  SetEmployeePasswordInput,
  UpdateEmployeeInput,
} from "./employee.inputs.js";

type Path = string[];

/** Default roles of a new employee (002 L6205-6210). */
const NEW_EMPLOYEE_ROLES = [
  PredefinedRole.EVERYONE,
  PredefinedRole.REGISTERED_USER,
  PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL,
  PredefinedRole.AGENT,
];

const MAX_REPLY_FROM_ADDRESSES = 50;

/** Tickets and Live Chat tabs (002 L6245-6261). */
function applyEmployeeSettings(v: Validation, employee: Employee, input: EmployeeSettingsFields, path: Path) {
  applyText(v, employee, input, ["displayNameForChat", "copyToAddress"], path);
  applyValues(employee, input, [
    "copyToEnabled",
    "popUpNewChatsAutomatically",
    "playChatSounds",
    "playSoundWhenChatQueued",
    "blockChatWhileComposingCallLogs",
  ]);
  if (input.hourlyCost !== undefined && input.hourlyCost !== null) {
    const ok = Number.isFinite(input.hourlyCost) && input.hourlyCost >= 0 && input.hourlyCost < 1e8;
    if (ok) employee.hourlyCost = Math.round(input.hourlyCost * 100) / 100;
    else v.add("INVALID", "The hourly cost must be between 0 and 99,999,999.99.", [...path, "hourlyCost"]);
  }
  if (input.maxTickets !== undefined) {
    const ok = input.maxTickets === null || (input.maxTickets >= 0 && input.maxTickets <= 10_000);
    if (ok) employee.maxTickets = input.maxTickets;
    else v.add("INVALID", "Max Tickets must be between 0 and 10000.", [...path, "maxTickets"]);
  }
  if (input.maxActiveLiveChats !== undefined && input.maxActiveLiveChats !== null) {
    const ok = input.maxActiveLiveChats >= 0 && input.maxActiveLiveChats <= 100;
    if (ok) employee.maxActiveLiveChats = input.maxActiveLiveChats;
    else
      v.add("INVALID", "Max Active Live Chats must be between 0 and 100.", [...path, "maxActiveLiveChats"]);
  }
  if (input.otherReplyFromAddresses !== undefined && input.otherReplyFromAddresses !== null) {
    const field = [...path, "otherReplyFromAddresses"];
    const addresses = [...new Set(input.otherReplyFromAddresses.map((a) => a.trim()).filter(Boolean))];
    const bad = addresses.filter((a) => !isValidEmail(a));
    if (bad.length) v.add("INVALID", `Not valid email addresses: ${bad.join(", ")}.`, field);
    else if (addresses.length > MAX_REPLY_FROM_ADDRESSES)
      v.add("INVALID", `At most ${MAX_REPLY_FROM_ADDRESSES} addresses.`, field);
    else employee.otherReplyFromAddresses = addresses;
  }
}

export async function listEmployees(
  ctx: RequestContext,
  args: AccountListArgs,
): Promise<ConnectionShape<Employee>> {
  return paginateQuery(accountListQuery(ctx, Employee, args), args);
}

export async function getEmployee(ctx: RequestContext, globalId: string, em: EntityManager = ctx.em) {
  const id = fromGlobalId(globalId, "Employee");
  const employee = await em.findOne(Employee, { id }, { populate: ["passwordHash", "roles"] });
  if (!employee) throw new NotFoundError("Employee", globalId);
  return employee;
}

export async function createEmployee(ctx: RequestContext, input: CreateEmployeeInput) {
  const path = ["input"];
  const em = ctx.em.fork();
  const v = new Validation();
  // Created by an administrator with a business address: it counts as verified (002 L6207).
  const employee = build(Employee, { emailVerified: true });
  const write = await prepareAccountWrite(em, ctx, v, employee, input, path, true);
  applyEmployeeSettings(v, employee, input, path);
  const roles = input.roleIds
    ? await resolveRoles(em, v, AccountKind.EMPLOYEE, input.roleIds, "create", [...path, "roleIds"])
    : await defaultRoles(em, NEW_EMPLOYEE_ROLES);
  v.throwIfAny();
  employee.roles.set(roles);
  await applyAccountWrite(em, ctx, employee, write, path, true);
  return { employee };
}

/** Changes are made on a fork: when validation fails, nothing of them can leak into a later flush. */
export async function updateEmployee(ctx: RequestContext, input: UpdateEmployeeInput) {
  const path = ["input"];
  const em = ctx.em.fork();
  const employee = await getEmployee(ctx, input.id, em);
  const v = new Validation();
  const write = await prepareAccountWrite(em, ctx, v, employee, input, path, false);
  applyEmployeeSettings(v, employee, input, path);
  v.throwIfAny();
  await applyAccountWrite(em, ctx, employee, write, path, false);
  return { employee };
}

export async function setEmployeePassword(ctx: RequestContext, input: SetEmployeePasswordInput) {
  const em = ctx.em.fork();
  const employee = await getEmployee(ctx, input.employeeId, em);
  await setAccountPassword(ctx, em, employee, input.password, input.forcePasswordChange);
  return { employee };
}

/**
 * Deletes permanently (000 L7). Refused when no enabled administrator would remain (LAST_ADMINISTRATOR) and
 * for the caller's own account. Sessions, API tokens and role links go with the account.
 */
export async function deleteEmployees(ctx: RequestContext, input: DeleteEmployeesInput) {
  const ids = [...new Set(input.ids.map((id) => fromGlobalId(id, "Employee", "ids")))];
  return ctx.em.transactional(async (em) => {
    const employees = await em.find(Employee, { id: { $in: ids } }, { populate: ["roles"] });
    const missing = ids.find((id) => !employees.some((e) => e.id === id));
    if (missing) throw new NotFoundError("Employee", toGlobalId("Employee", missing));
    if (employees.some(isAdministrator)) await assertAdministratorRemains(em, ids);
    if (ctx.actor && ids.includes(ctx.actor.accountId)) {
      throw new UserErrorException([userError("CANNOT_DELETE_SELF", "You cannot delete your own account.")]);
    }
    for (const id of ids) await revokeAccountAccess(ctx.app, em, id);
    await em.nativeDelete(Employee, { id: { $in: ids } });
    ctx.loaders.clearAll();
    return { deletedEmployeeIds: ids.map((id) => toGlobalId("Employee", id)) };
  });
}
