import { FlushMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { Validation } from "../../core/graphql/user-error.js";
import { checkPasswordPolicy, hashPassword, revokeSessions } from "../auth/index.js";
import { getSecuritySettings } from "../system/index.js";
import { Account, AccountKind, AuthenticationMethod, usernameKey } from "./account.entity.js";
import type { AccountProfileFields } from "./account.inputs.js";
import {
  applyProfile,
  checkCredentials,
  checkDisplayName,
  checkEmail,
  checkUsername,
} from "./account.rules.js";
import type { CredentialInput } from "./account.rules.js";
import { UniqueConstraintViolationException } from "@mikro-orm/core";

type Path = string[];

export interface AccountWriteInput extends AccountProfileFields, CredentialInput {
  username?: string | null;
  displayName?: string | null;
  email?: string | null;
}

export interface PreparedWrite {
  password: string | null;
  usernameChanged: boolean;
}

/**
 * Applies the Details fields both kinds share (000 L10-28; 002 L3979-3991) to `account` and collects what is
 * wrong in `v`. Call on an entity of a fork that is discarded when validation fails.
 */
export async function prepareAccountWrite(
  em: EntityManager,
  ctx: RequestContext,
  v: Validation,
  account: Account,
  input: AccountWriteInput,
  path: Path,
  create: boolean,
): Promise<PreparedWrite> {
  const isEmployee = account.kind === AccountKind.EMPLOYEE;
  let usernameChanged = false;
  if (create || (input.username !== undefined && input.username !== null)) {
    const username = checkUsername(v, input.username ?? "", [...path, "username"]);
    usernameChanged =
      create || usernameKey(username) !== account.usernameKey || username !== account.username;
    account.username = username;
    account.usernameKey = usernameKey(username);
  }
  if (create || (input.displayName !== undefined && input.displayName !== null)) {
    const fallback = isEmployee ? "" : account.username;
    account.displayName = checkDisplayName(v, input.displayName?.trim() || fallback, [
      ...path,
      "displayName",
    ]);
  }
  if (create || input.email !== undefined) {
    account.email = checkEmail(v, input.email, isEmployee, [...path, "email"]);
  }
  const before = account.authenticationMethod;
  const hasPassword = !create && !!account.passwordHash;
  const { method, domain } = checkCredentials(
    v,
    input,
    { method: before, hasPassword, domain: account.authenticationDomain ?? null },
    path,
  );
  account.authenticationMethod = method;
  account.authenticationDomain = domain;
  if (method !== AuthenticationMethod.PASSWORD) {
    // A password kept for an account that no longer uses it would only be a dormant credential.
    account.passwordHash = null;
    account.forcePasswordChange = false;
  } else if (input.forcePasswordChange !== undefined && input.forcePasswordChange !== null) {
    account.forcePasswordChange = input.forcePasswordChange;
  }
  const password = input.password ?? null;
  if (password !== null && method === AuthenticationMethod.PASSWORD) {
    if (!create && account.id === ctx.actor?.accountId) {
      v.add("OWN_ACCOUNT", "Change your own password with changeMyPassword.", [...path, "password"]);
    }
    checkPasswordPolicy(v, password, account.username, await getSecuritySettings(em), [...path, "password"]);
  }
  applyProfile(v, account, input, path);
  return { password, usernameChanged };
}

/** Username and external id are unique across employees and users (one login form, 002 L65-69). */
async function assertUniqueIdentity(em: EntityManager, account: Account, checkUsername: boolean, path: Path) {
  const errors = [];
  // COMMIT: a lookup must not flush the pending change it is about to judge.
  const options = { flushMode: FlushMode.COMMIT } as const;
  if (checkUsername) {
    const clash = await em.findOne(Account, { usernameKey: account.usernameKey }, options);
    if (clash && clash !== account) {
      errors.push(userError("TAKEN", `The username "${account.username}" is taken.`, [...path, "username"]));
    }
  }
  if (account.externalId) {
    const clash = await em.findOne(Account, { externalId: account.externalId }, options);
    if (clash && clash !== account) {
      errors.push(userError("TAKEN", "Another account has this external id.", [...path, "externalId"]));
    }
  }
  if (errors.length) throw new UserErrorException(errors);
}

/** Checks uniqueness, hashes the new password, flushes; a password change signs the account out elsewhere. */
export async function applyAccountWrite(
  em: EntityManager,
  ctx: RequestContext,
  account: Account,
  write: PreparedWrite,
  path: Path,
  create: boolean,
): Promise<void> {
  await assertUniqueIdentity(em, account, write.usernameChanged, path);
  if (write.password !== null && account.authenticationMethod === AuthenticationMethod.PASSWORD) {
    account.passwordHash = await hashPassword(write.password);
    account.passwordChangedAt = new Date();
  }
  if (create) em.persist(account);
  try {
    await em.flush();
  } catch (error) {
    // Two concurrent writes may both pass the lookup; the unique index decides.
    if (error instanceof UniqueConstraintViolationException) {
      const field = String(error.message).includes("external_id") ? "externalId" : "username";
      throw new UserErrorException([userError("TAKEN", `The ${field} is taken.`, [...path, field])]);
    }
    throw error;
  }
  if (!create && write.password !== null) await revokeSessions(ctx.app, em, { account: account.id });
  ctx.loaders.clearAll();
}
