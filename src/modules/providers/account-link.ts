/**
 * Creating or linking the account a login provider vouched for (002 L2115-2116: the outputs are used "to
 * create and link an account"). The provider is the source of truth for the email address and display
 * name it returns, and for the People custom field values it sends as cf_* (002 L2112-2113, L2138):
 * each replaces the user's value of the People field of that name (case-insensitive); names that are no
 * People field, and values the field refuses (an option not in its list), are ignored and logged, never
 * fatal to the login. An empty value clears the field.
 */
import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { LoginOutputs } from "../../../providers/index.js";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import type { EntityManager } from "@mikro-orm/postgresql";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import {
  Account,
  AuthenticationMethod,
  User,
  checkDisplayName,
  checkEmail,
  usernameKey,
} from "../accounts/index.js";
import { PredefinedRole, Role } from "../roles/index.js";
import { applyProviderPeopleValues } from "./people-values.js";
import type { ExternalProvider } from "./external-provider.entity.js";

export const INVALID_CREDENTIALS = () =>
  new UserErrorException([userError("INVALID_CREDENTIALS", "The username or password is incorrect.")]);
export const PROVIDER_UNAVAILABLE = () =>
  new UserErrorException([
    userError("PROVIDER_UNAVAILABLE", "Signing in is not possible right now. Please try again later."),
  ]);

/** Applies the provider's EmailAddress / DisplayName to an account; invalid values are ignored, not fatal. */
function applyOutputs(account: Account, settings: ExternalProvider, outputs: LoginOutputs): void {
  const v = new Validation();
  const email = checkEmail(v, outputs.EmailAddress, false, []);
  if (email && !v.errors.length) {
    if (email.toLowerCase() !== account.email?.toLowerCase()) account.emailVerified = false;
    account.email = email;
  }
  const nameCheck = new Validation();
  const displayName = checkDisplayName(nameCheck, outputs.DisplayName ?? "", []);
  if (!nameCheck.errors.length) account.displayName = displayName;
  if (settings.markEmailVerified && account.email) account.emailVerified = true;
}

/** The roles of a user the provider created: Everyone plus the Default Role for Users (002 L8008). */
async function newUserRoles(em: EntityManager, settings: ExternalProvider): Promise<Role[]> {
  const everyone = await em.findOneOrFail(Role, { predefined: PredefinedRole.EVERYONE });
  const chosen =
    (settings.defaultUserRole && (await em.findOne(Role, { id: settings.defaultUserRole.id }))) ||
    (await em.findOneOrFail(Role, { predefined: PredefinedRole.REGISTERED_USER }));
  return chosen.id === everyone.id ? [everyone] : [everyone, chosen];
}

/**
 * The account to sign in: `existing` updated from the outputs, or a new end user named `username`.
 * Two first logins racing for the same username both end on the one row the unique index lets through.
 */
export async function linkAccount(
  ctx: RequestContext,
  settings: ExternalProvider,
  existing: Account | null,
  username: string,
  outputs: LoginOutputs,
): Promise<Account> {
  if (existing) {
    applyOutputs(existing, settings, outputs);
    await ctx.em.flush();
    await applyCustomFields(ctx, existing, outputs.CustomFields);
    return existing;
  }
  const user = build(User, {
    username: username.trim(),
    usernameKey: usernameKey(username),
    displayName: username.trim(),
    authenticationMethod: AuthenticationMethod.EXTERNAL_PROVIDER,
    passwordHash: null,
  });
  applyOutputs(user, settings, outputs);
  const em = ctx.em.fork();
  user.roles.set(await newUserRoles(em, settings));
  try {
    await em.persistAndFlush(user);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  const account = await ctx.em.findOneOrFail(Account, { usernameKey: usernameKey(username) });
  // The row that won a race must itself be a provider account: never sign in a local one on this basis.
  if (account.authenticationMethod === AuthenticationMethod.PASSWORD) throw INVALID_CREDENTIALS();
  await applyCustomFields(ctx, account, outputs.CustomFields);
  return account;
}

/** cf_* outputs onto the user's People values (people-values.ts). */
async function applyCustomFields(
  ctx: RequestContext,
  account: Account,
  given: Readonly<Record<string, string>>,
): Promise<void> {
  if (!Object.keys(given).length) return;
  await ctx.em.transactional((em) => applyProviderPeopleValues(em, account, given, ctx.log));
  ctx.loaders.clearAll();
}
