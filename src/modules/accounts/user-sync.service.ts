/**
 * One-way user sync from an external system (WHMCS-style, 002 L2644-2680) and SetUsersProperties
 * (000 L21, 002 L3986). Each item runs in its own transaction, so one bad item never blocks the others,
 * and writes nothing when the user already matches: running the same batch twice reports UNCHANGED.
 * Passwords: plain ones are checked against the requirements and compared with the stored hash before
 * rehashing (argon2 salts differ, so comparing hashes would never say "unchanged"); hashes must be argon2
 * — the only algorithm login verifies — and are stored as given.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { BadInputError } from "../../core/errors/app-errors.js";
import { assertPermission, hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import {
  checkPasswordPolicy,
  hashPassword,
  revokeAccountAccess,
  revokeSessions,
  verifyPassword,
} from "../auth/index.js";
import { PredefinedRole, Role, RoleType, permissionKey } from "../roles/index.js";
import { getSecuritySettings } from "../system/index.js";
import { Account, AccountKind, AuthenticationMethod, usernameKey } from "./account.entity.js";
import { checkDisplayName, checkEmail, checkUsername } from "./account.rules.js";
import { Organization, OrganizationMember, OrganizationMemberType } from "./customer-organization.entity.js";
import { User } from "./user.entity.js";
import { SyncOutcome, type SetUserPropertiesInput, type SyncUserInput } from "./user-sync.types.js";
import { lowerEquals } from "../../core/db/lower-equals.js";

export const MAX_SYNC_BATCH = 500;
const ARGON2_HASH = /^\$argon2(id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;
const USERS = (action: string) => permissionKey("USERS_ORGANIZATIONS", action);
type Path = string[];

/** Creating and changing users both happen here: the caller needs both permissions. */
function assertSyncPermission(ctx: RequestContext) {
  assertPermission(ctx, USERS("CREATE"));
  assertPermission(ctx, USERS("EDIT"));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function snapshot(user: Account): string {
  const { username, email, externalId, displayName, disabled, passwordHash, forcePasswordChange } = user;
  const roles = user.roles.isInitialized()
    ? user.roles
        .getItems()
        .map((r) => r.id)
        .sort()
    : [];
  return JSON.stringify([
    username,
    email,
    externalId,
    displayName,
    disabled,
    passwordHash,
    forcePasswordChange,
    roles,
  ]);
}

async function findTarget(
  em: EntityManager,
  item: SetUserPropertiesInput,
  email: string,
  path: Path,
): Promise<Account | null> {
  const options = { populate: ["passwordHash", "roles"] as const };
  if (item.userId) {
    const account = await em.findOne(Account, { id: fromGlobalId(item.userId, "User", "userId") }, options);
    if (!account)
      throw new UserErrorException([userError("NOT_FOUND", "No such user.", [...path, "userId"])]);
    return account;
  }
  const externalId = item.externalId?.trim() || null;
  if (externalId) {
    const byId = await em.findOne(Account, { externalId }, options);
    if (byId) return byId;
  }
  const byEmail = await em.find(Account, lowerEquals("email", email), options);
  if (byEmail.length > 1) {
    throw new UserErrorException([
      userError("AMBIGUOUS", "Several accounts have this email address; give externalId.", [
        ...path,
        "email",
      ]),
    ]);
  }
  const found = byEmail[0] ?? null;
  if (found?.externalId && externalId && found.externalId !== externalId) {
    throw new UserErrorException([
      userError("CONFLICT", "This email address belongs to a user with another externalId.", [
        ...path,
        "email",
      ]),
    ]);
  }
  return found;
}

async function rolesByName(em: EntityManager, v: Validation, names: string[], path: Path): Promise<Role[]> {
  const all = await em.find(Role, {});
  const chosen = all.filter(
    (r) => r.predefined === PredefinedRole.EVERYONE || r.predefined === PredefinedRole.REGISTERED_USER,
  );
  for (const name of names) {
    const role = all.find((r) => r.name.toLowerCase() === name.trim().toLowerCase());
    if (!role) v.add("NOT_FOUND", `No role named "${name}".`, path);
    else if (role.type !== RoleType.USER)
      v.add("ROLE_TYPE_MISMATCH", `${role.name} is not a user role.`, path);
    else if (!chosen.includes(role)) chosen.push(role);
  }
  return chosen;
}

async function applyPassword(
  em: EntityManager,
  v: Validation,
  user: Account,
  item: SyncUserInput,
  path: Path,
) {
  const password = item.password ?? null;
  const passwordHash = item.passwordHash ?? null;
  const force = item.forcePasswordChange ?? null;
  const wantsPassword = password !== null || passwordHash !== null;
  if (password !== null && passwordHash !== null) {
    v.add("INVALID", "Give password or passwordHash, not both.", [...path, "passwordHash"]);
    return;
  }
  if (
    (wantsPassword || item.forcePasswordChange) &&
    user.authenticationMethod !== AuthenticationMethod.PASSWORD
  ) {
    v.add("NOT_PASSWORD_ACCOUNT", "This user signs in through Active Directory or a provider.", [
      ...path,
      "password",
    ]);
    return;
  }
  if (passwordHash !== null) {
    if (!ARGON2_HASH.test(passwordHash)) {
      v.add("INVALID", "passwordHash must be an argon2 hash in PHC form ($argon2id$v=19$…).", [
        ...path,
        "passwordHash",
      ]);
    } else if (user.passwordHash !== passwordHash) {
      user.passwordHash = passwordHash;
      user.passwordChangedAt = new Date();
    }
  }
  if (password !== null) {
    checkPasswordPolicy(v, password, user.username, await getSecuritySettings(em), [...path, "password"]);
    if (!v.errors.length && !(await verifyPassword(user.passwordHash, password))) {
      user.passwordHash = await hashPassword(password);
      user.passwordChangedAt = new Date();
    }
  }
  if (force !== null) user.forcePasswordChange = force;
}

/** Adds a USERNAME member rule to the named organization (created when missing); true when it wrote. */
async function applyOrganization(
  ctx: RequestContext,
  em: EntityManager,
  user: Account,
  name: string,
  path: Path,
) {
  let organization = await em.findOne(Organization, { name: { $ilike: escapeLike(name.trim()) } });
  const rule = organization
    ? await em.findOne(OrganizationMember, {
        organization,
        type: OrganizationMemberType.USERNAME,
        valueKey: user.usernameKey,
      })
    : null;
  if (rule) return false;
  if (!hasPermission(ctx, USERS("CREATE_ORGANIZATION_MEMBER"))) {
    throw new UserErrorException([
      userError("FORBIDDEN", "Adding organization members needs CREATE_ORGANIZATION_MEMBER.", [
        ...path,
        "organizationName",
      ]),
    ]);
  }
  organization ??= build(Organization, { name: name.trim() });
  em.persist(organization);
  em.persist(
    build(OrganizationMember, {
      organization,
      type: OrganizationMemberType.USERNAME,
      value: user.username,
      valueKey: user.usernameKey,
    }),
  );
  return true;
}

export async function syncOneUser(
  ctx: RequestContext,
  item: SetUserPropertiesInput,
  path: Path,
): Promise<{ outcome: SyncOutcome; user: User }> {
  return ctx.em.fork().transactional(async (em) => {
    const v = new Validation();
    const email = checkEmail(v, item.email, true, [...path, "email"])!;
    v.throwIfAny();
    const found = await findTarget(em, item, email, path);
    if (found && found.kind !== AccountKind.USER) {
      throw new UserErrorException([
        userError("NOT_A_USER", "This is an employee; sync changes end users only.", path),
      ]);
    }
    const create = !found;
    const user = (found as User | null) ?? build(User, {});
    const before = create ? "" : snapshot(user);
    if (create || (item.username ?? null) !== null) {
      user.username = checkUsername(v, item.username ?? email, [...path, "username"]);
      user.usernameKey = usernameKey(user.username);
    }
    if (user.email !== email) user.email = email;
    const externalId = item.externalId?.trim() || null;
    if (externalId) user.externalId = externalId;
    if (create || (item.displayName ?? null) !== null) {
      user.displayName = checkDisplayName(v, item.displayName ?? user.username, [...path, "displayName"]);
    }
    const wasDisabled = user.disabled;
    user.disabled = item.disabled ?? user.disabled;
    await applyPassword(em, v, user, item, path);
    if (item.roleNames) user.roles.set(await rolesByName(em, v, item.roleNames, [...path, "roleNames"]));
    else if (create) user.roles.set(await rolesByName(em, v, [], [...path, "roleNames"]));
    v.throwIfAny();
    const clash = await em.findOne(Account, { usernameKey: user.usernameKey, id: { $ne: user.id } });
    if (clash)
      throw new UserErrorException([
        userError("TAKEN", `The username "${user.username}" is taken.`, [...path, "username"]),
      ]);
    const orgChanged = item.organizationName?.trim()
      ? await applyOrganization(ctx, em, user, item.organizationName, path)
      : false;
    if (!create && before === snapshot(user) && !orgChanged) return { outcome: SyncOutcome.UNCHANGED, user };
    if (create) em.persist(user);
    const passwordChanged = !create && JSON.parse(before)[5] !== user.passwordHash;
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new UserErrorException([userError("TAKEN", "The username or externalId is taken.", path)]);
      }
      throw error;
    }
    if (!create && user.disabled && !wasDisabled) await revokeAccountAccess(ctx.app, em, user.id);
    else if (passwordChanged) await revokeSessions(ctx.app, em, { account: user.id });
    return { outcome: create ? SyncOutcome.CREATED : SyncOutcome.UPDATED, user };
  });
}

export async function syncUsers(ctx: RequestContext, items: SyncUserInput[]) {
  assertSyncPermission(ctx);
  if (items.length > MAX_SYNC_BATCH) {
    throw new BadInputError(`At most ${MAX_SYNC_BATCH} users per call.`, ["input", "users"]);
  }
  const results = [];
  for (const [index, item] of items.entries()) {
    const base = { externalId: item.externalId ?? null, email: item.email };
    try {
      const { outcome, user } = await syncOneUser(ctx, item, ["input", "users", String(index)]);
      results.push({ ...base, outcome, user, userErrors: [] });
    } catch (error) {
      if (!(error instanceof UserErrorException)) throw error;
      results.push({ ...base, outcome: SyncOutcome.FAILED, user: null, userErrors: error.errors });
    }
  }
  ctx.loaders.clearAll();
  return { results };
}

export async function setUserProperties(ctx: RequestContext, input: SetUserPropertiesInput) {
  assertSyncPermission(ctx);
  const result = await syncOneUser(ctx, input, ["input"]);
  ctx.loaders.clearAll();
  return result;
}
