/**
 * The login provider at login (002 L2086-2141) and single sign-on from another site (GetSignInCookieInfo,
 * 002 L2146-2193). Failure policy: always closed (docs/providers.md) — a provider that is down refuses
 * the login with PROVIDER_UNAVAILABLE, and a local password is never used instead.
 */
import {
  loginIdentity,
  type IExternalLoginProvider,
  type LoginOutputs,
  type ProviderResult,
} from "../../../providers/index.js";
import type { RequestContext } from "../../core/context/context.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Account, AccountKind, AuthenticationMethod, usernameKey } from "../accounts/index.js";
import { signInVerifiedAccount, type LoginExtension, type LoginNameResolver } from "../auth/index.js";
import { ldapConfig } from "./adapters.js";
import { INVALID_CREDENTIALS, PROVIDER_UNAVAILABLE, linkAccount } from "./account-link.js";
import { ProviderKind, ProviderTransport } from "./provider-kind.js";
import { providerRegistry, type ActiveProvider } from "./registry.js";
import { lowerEquals } from "../../core/db/lower-equals.js";

/** Cookie values are opaque tokens; anything longer than a browser keeps in one cookie is not one. */
const MAX_COOKIE_LENGTH = 4096;

/** Which logins go to the provider: unknown usernames and accounts that sign in externally. */
function goesToProvider(account: Account | null, active: ActiveProvider): boolean {
  if (!account) return true;
  if (account.authenticationMethod === AuthenticationMethod.EXTERNAL_PROVIDER) return true;
  return (
    account.authenticationMethod === AuthenticationMethod.ACTIVE_DIRECTORY &&
    active.settings.transport === ProviderTransport.LDAP
  );
}

/** Registered with the auth module at boot. */
export function loginProviderExtension(app: AppRuntime): LoginExtension {
  return async (_ctx, account) => {
    // Password accounts never reach the provider: administrators can still sign in while it is down.
    if (account?.authenticationMethod === AuthenticationMethod.PASSWORD) return null;
    const active = await providerRegistry(app).get(ProviderKind.LOGIN);
    if (!active || !goesToProvider(account, active)) return null;
    return (username, password) => authenticate(_ctx, active, account, username, password);
  };
}

/**
 * The account name a typed login means. A directory login (LDAP transport, Active Directory or
 * search-then-bind) accepts DOMAIN\user, DOMAIN/user and user@domain: all of them are the account `user`,
 * so one person has one account whichever form they type. Other transports use the name as typed.
 */
function accountName(active: ActiveProvider, typed: string): string {
  const ldap = active.settings.ldap;
  if (active.settings.transport !== ProviderTransport.LDAP || !ldap) return typed.trim();
  return loginIdentity(typed.trim(), ldapConfig(ldap, 0).bind)?.username.trim() || typed.trim();
}

/** Registered with the auth module at boot, beside the extension: which account a typed name looks up. */
export function loginProviderNameResolver(app: AppRuntime): LoginNameResolver {
  return async (ctx, typed) => {
    const active = await providerRegistry(app).get(ProviderKind.LOGIN);
    if (!active) return typed;
    const name = accountName(active, typed);
    if (name === typed.trim()) return typed;
    // A local password account signs in by its own name only, never through a directory alias of it.
    const account = await ctx.em.findOne(Account, { usernameKey: usernameKey(name) });
    return account?.authenticationMethod === AuthenticationMethod.PASSWORD ? typed : name;
  };
}

async function call(
  ctx: RequestContext,
  run: () => Promise<ProviderResult<LoginOutputs>>,
): Promise<LoginOutputs> {
  const result = await run();
  await providerRegistry(ctx.app).deliveries.settled();
  if (!result.ok) {
    ctx.log.warn({ reason: result.reason, message: result.Message }, "login provider failed");
    throw PROVIDER_UNAVAILABLE();
  }
  return result.outputs;
}

async function authenticate(
  ctx: RequestContext,
  active: ActiveProvider,
  account: Account | null,
  username: string,
  password: string,
): Promise<Account> {
  // An empty password is refused here: the provider would answer "Required Input Missing" (a call
  // failure), and an LDAP bind with it would be anonymous.
  if (!username.trim() || !password) throw INVALID_CREDENTIALS();
  const provider = active.provider as IExternalLoginProvider;
  const outputs = await call(ctx, () =>
    provider.Authenticate({ LoginUsername: username.trim(), LoginPassword: password }),
  );
  if (outputs.Authentication !== "OK") throw INVALID_CREDENTIALS();
  // The account is named without the domain part; a password account of that name is never linked
  // (linkAccount refuses it), so DOMAIN\admin cannot take over a local "admin".
  return linkAccount(ctx, active.settings, account, accountName(active, username), outputs);
}

/**
 * Single sign-on: the frontend passes the other site's cookie (or token) value; it is sent as
 * LoginUsername to GetSignInCookieInfo, and the provider — which owns that site — must verify it and
 * answer with the person's EmailAddress. Accounts are matched by that email address among provider
 * accounts only: a provider answer never signs in a local password account.
 */
export async function loginWithSignInCookie(ctx: RequestContext, cookieValue: string): Promise<Account> {
  const active = await providerRegistry(ctx.app).get(ProviderKind.LOGIN);
  if (!active?.settings.enableSignInCookies) {
    throw new UserErrorException([
      userError("SSO_DISABLED", "Single sign-on cookies from other sites are not enabled."),
    ]);
  }
  const value = cookieValue.trim();
  if (!value || value.length > MAX_COOKIE_LENGTH) throw INVALID_CREDENTIALS();
  const provider = active.provider as IExternalLoginProvider;
  const outputs = await call(ctx, () => provider.GetSignInCookieInfo({ LoginUsername: value }));
  if (outputs.Authentication !== "OK") throw INVALID_CREDENTIALS();
  const email = outputs.EmailAddress?.trim();
  if (!email) {
    ctx.log.warn("login provider accepted a sign-in cookie but returned no EmailAddress");
    throw PROVIDER_UNAVAILABLE();
  }
  const matches = await ctx.em.find(Account, {
    kind: AccountKind.USER,
    authenticationMethod: { $ne: AuthenticationMethod.PASSWORD },
    ...lowerEquals("email", email),
  });
  if (matches.length > 1) {
    throw new UserErrorException([
      userError("ACCOUNT_CONFLICT", "More than one account has this email address; sign in with a password."),
    ]);
  }
  let existing: Account | null = matches[0] ?? null;
  if (!existing) {
    // WHMCS-style: the email address is the username (002 L2675-2677). It must not name a local account.
    const clash = await ctx.em.findOne(Account, { usernameKey: usernameKey(email) });
    if (clash && clash.authenticationMethod === AuthenticationMethod.PASSWORD) {
      throw new UserErrorException([
        userError("ACCOUNT_CONFLICT", "An account with this username signs in with a password."),
      ]);
    }
    existing = clash;
  }
  const account = await linkAccount(ctx, active.settings, existing, email, outputs);
  return account;
}

export async function signInWithCookie(ctx: RequestContext, cookieValue: string) {
  return signInVerifiedAccount(ctx, await loginWithSignInCookie(ctx, cookieValue));
}
