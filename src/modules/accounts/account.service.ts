import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId, parseGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import {
  AccountChangeReason,
  checkPasswordPolicy,
  hashPassword,
  publishAccountChanged,
  revokeAccountAccess,
  revokeSessions,
} from "../auth/index.js";
import { PredefinedRole, Privilege, Role, RoleType, permissionKey } from "../roles/index.js";
import { getSecuritySettings } from "../system/index.js";
import { Account, AccountKind, AuthenticationMethod } from "./account.entity.js";

type Path = string[];

/** Who may administer an account: employees are the administrator's (002 L1137), users the agents' too. */
export function manageAccountPermission(kind: AccountKind): string {
  return kind === AccountKind.EMPLOYEE
    ? Privilege.ADMINISTRATION
    : permissionKey("USERS_ORGANIZATIONS", "EDIT");
}

/**
 * Decodes an Employee or User id and checks the caller's right before touching the database, so a caller
 * without the permission learns nothing about which accounts exist.
 */
export async function loadManagedAccount(ctx: RequestContext, em: EntityManager, globalId: string) {
  const id = fromGlobalId(globalId, ["Employee", "User"], "accountId");
  const kind = parseGlobalId(globalId)!.type === "Employee" ? AccountKind.EMPLOYEE : AccountKind.USER;
  assertPermission(ctx, manageAccountPermission(kind));
  const account = await em.findOne(Account, { id, kind }, { populate: ["roles"] });
  if (!account) throw new NotFoundError(kind === AccountKind.EMPLOYEE ? "Employee" : "User", globalId);
  return account;
}

/**
 * Serialises every change that could leave the installation without an enabled administrator, then refuses
 * it when none would remain.
 */
export async function assertAdministratorRemains(em: EntityManager, losing: string[]): Promise<void> {
  await em.execute(`select id from role where predefined = ? for update`, [PredefinedRole.ADMINISTRATOR]);
  const [row] = await em.execute<Array<{ count: string }>>(
    `select count(distinct a.id) as count
       from account a
       join account_role ar on ar.account_id = a.id
       join role r on r.id = ar.role_id
      where r.predefined = ? and a.kind = ? and not a.disabled and a.id not in (?)`,
    [PredefinedRole.ADMINISTRATOR, AccountKind.EMPLOYEE, losing],
  );
  if (Number(row?.count ?? 0) === 0) {
    throw new UserErrorException([
      userError("LAST_ADMINISTRATOR", "At least one enabled administrator must remain."),
    ]);
  }
}

export function isAdministrator(account: Account): boolean {
  return (
    account.kind === AccountKind.EMPLOYEE &&
    !account.disabled &&
    account.roles.getItems().some((r) => r.predefined === PredefinedRole.ADMINISTRATOR)
  );
}

const LOCKED_ROLES = [PredefinedRole.EVERYONE, PredefinedRole.REGISTERED_USER];

/**
 * Resolves a role set for an account of `kind` (002 L6205-6214, L3943-3945): employee roles only on
 * employees (they open the management interface), user roles on anyone; Manager needs Agent (002 L6272);
 * Everyone and Registered User are always held: added on create, never removed afterwards.
 */
export async function resolveRoles(
  em: EntityManager,
  v: Validation,
  kind: AccountKind,
  roleGlobalIds: string[],
  mode: "create" | "replace",
  path: Path,
): Promise<Role[]> {
  const ids = [...new Set(roleGlobalIds.map((id) => fromGlobalId(id, "Role", path.at(-1))))];
  const roles = await em.find(Role, { $or: [{ id: { $in: ids } }, { predefined: { $in: LOCKED_ROLES } }] });
  // A referenced id that does not exist is the input's fault (userError), as elsewhere in the API.
  for (const id of ids.filter((id) => !roles.some((r) => r.id === id))) {
    v.add("NOT_FOUND", `No role ${toGlobalId("Role", id)}.`, path);
  }
  const chosen = roles.filter((r) => ids.includes(r.id));
  for (const key of LOCKED_ROLES) {
    if (chosen.some((r) => r.predefined === key)) continue;
    const locked = roles.find((r) => r.predefined === key)!;
    if (mode === "create") chosen.push(locked);
    else v.add("ROLE_REQUIRED", `${locked.name} cannot be removed (002 L6207-6208).`, path);
  }
  if (kind === AccountKind.USER) {
    for (const role of chosen.filter((r) => r.type === RoleType.EMPLOYEE)) {
      v.add("ROLE_TYPE_MISMATCH", `${role.name} is an employee role; users hold user roles only.`, path);
    }
  }
  const has = (key: PredefinedRole) => chosen.some((r) => r.predefined === key);
  if (has(PredefinedRole.MANAGER) && !has(PredefinedRole.AGENT)) {
    v.add("MANAGER_REQUIRES_AGENT", "Managers must also have the Agent role (002 L6272).", path);
  }
  return chosen;
}

export async function defaultRoles(em: EntityManager, keys: PredefinedRole[]): Promise<Role[]> {
  return em.find(Role, { predefined: { $in: keys } });
}

export async function setAccountRoles(ctx: RequestContext, accountId: string, roleIds: string[]) {
  return ctx.em.transactional(async (em) => {
    const account = await loadManagedAccount(ctx, em, accountId);
    const v = new Validation();
    const roles = await resolveRoles(em, v, account.kind, roleIds, "replace", ["input", "roleIds"]);
    v.throwIfAny();
    const keepsAdmin = roles.some((r) => r.predefined === PredefinedRole.ADMINISTRATOR);
    if (isAdministrator(account) && !keepsAdmin) await assertAdministratorRemains(em, [account.id]);
    account.roles.set(roles);
    await em.flush();
    await publishAccountChanged(ctx.app, account.id, AccountChangeReason.ROLES_CHANGED, { em });
    ctx.loaders.clearAll();
    return { account };
  });
}

export async function setAccountDisabled(ctx: RequestContext, accountId: string, disabled: boolean) {
  const result = await ctx.em.transactional(async (em) => {
    const account = await loadManagedAccount(ctx, em, accountId);
    if (disabled && account.disabled === false) {
      if (isAdministrator(account)) await assertAdministratorRemains(em, [account.id]);
      if (account.id === ctx.actor?.accountId) {
        throw new UserErrorException([
          userError("CANNOT_DISABLE_SELF", "You cannot disable your own account."),
        ]);
      }
    }
    account.disabled = disabled;
    await em.flush();
    return { account };
  });
  // After commit: sockets and tokens of a disabled account stop at once, not at their expiry.
  if (disabled) await revokeAccountAccess(ctx.app, ctx.em, result.account.id);
  else await publishAccountChanged(ctx.app, result.account.id, AccountChangeReason.ACCOUNT_UPDATED);
  return result;
}

/**
 * An administrator (or, for users, an agent with Edit) sets a password (000 L14-22): only for accounts that
 * keep their password here. The account's sessions end: whoever held the old password is signed out.
 */
export async function setAccountPassword(
  ctx: RequestContext,
  em: EntityManager,
  account: Account,
  password: string,
  forcePasswordChange: boolean | null | undefined,
): Promise<void> {
  const v = new Validation();
  if (account.id === ctx.actor?.accountId) {
    // The self-service path proves the current password and keeps the caller's session.
    v.add("OWN_ACCOUNT", "Change your own password with changeMyPassword.");
    v.throwIfAny();
  }
  if (account.authenticationMethod !== AuthenticationMethod.PASSWORD) {
    v.add("NOT_PASSWORD_ACCOUNT", "This account does not sign in with a password stored here (000 L22).");
    v.throwIfAny();
  }
  checkPasswordPolicy(v, password, account.username, await getSecuritySettings(em), ["input", "password"]);
  v.throwIfAny();
  account.passwordHash = await hashPassword(password);
  account.passwordChangedAt = new Date();
  if (forcePasswordChange !== undefined && forcePasswordChange !== null) {
    account.forcePasswordChange = forcePasswordChange;
  }
  await em.flush();
  await revokeSessions(ctx.app, em, { account: account.id });
}
