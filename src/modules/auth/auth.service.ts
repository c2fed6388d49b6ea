import { LockMode } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { Account, AuthenticationMethod, usernameKey } from "../accounts/account.entity.js";
import { getSecuritySettings } from "../system/installation.service.js";
import type { SecuritySettingsData } from "../system/installation.entity.js";
import { loginExtension, loginNameResolver } from "./login-extension.js";
import { build } from "../../core/db/base.entity.js";
import { AccountChangeReason, publishAccountChanged } from "./account-events.js";
import { checkNewPassword } from "./password-policy.js";
import { clearFailedLogins, reserveLoginAttempt } from "./lockout.js";
import { burnPasswordCheck, checkPasswordPolicy, hashPassword, verifyPassword } from "./password.js";
import { RotatedRefreshToken } from "./rotated-refresh-token.entity.js";
import { Session } from "./session.entity.js";
import { revokeSessions } from "./sessions.service.js";
import { randomToken, sha256, signAccessToken } from "./tokens.js";
import { runAfterLogin } from "./login-hooks.js";

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  account: Account;
}

async function accessTokens(
  ctx: RequestContext,
  session: Session,
  refreshToken: string,
  account: Account,
): Promise<IssuedTokens> {
  const access = await signAccessToken(ctx.app, account.id, session.id);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: new Date(access.expiresAt * 1000),
    refreshToken,
    refreshTokenExpiresAt: session.expiresAt,
    account,
  };
}

async function issueSession(ctx: RequestContext, account: Account): Promise<IssuedTokens> {
  const refreshToken = randomToken();
  const session = build(Session, {
    account,
    refreshTokenHash: sha256(refreshToken),
    expiresAt: new Date(Date.now() + ctx.app.config.refreshTokenTtlSeconds * 1000),
    lastActiveAt: new Date(),
    lastIp: ctx.ip?.slice(0, 64) ?? null,
    userAgent: ctx.userAgent ?? null,
  });
  await ctx.em.persistAndFlush(session);
  await runAfterLogin(ctx, account);
  return accessTokens(ctx, session, refreshToken, account);
}

const INVALID = () => userError("INVALID_CREDENTIALS", "The username or password is incorrect.");
const INVALID_REFRESH = () =>
  userError("INVALID_REFRESH_TOKEN", "The refresh token is invalid, expired or revoked.");

export async function login(ctx: RequestContext, username: string, password: string): Promise<IssuedTokens> {
  const em = ctx.em;
  // The provider still gets the name as typed (it may carry the domain); the account is the one it means.
  const name = (await loginNameResolver(ctx.app)?.(ctx, username)) ?? username;
  const account = await em.findOne(
    Account,
    { usernameKey: usernameKey(name) },
    { populate: ["passwordHash"] },
  );
  const external = await loginExtension(ctx.app)?.(ctx, account);
  if (external) return externalLogin(ctx, account, username, password, external);
  if (!account || account.authenticationMethod !== AuthenticationMethod.PASSWORD) {
    await burnPasswordCheck(password);
    throw new UserErrorException([INVALID()]);
  }
  const security = await getSecuritySettings(em);
  await checkLockout(ctx, account, security);
  if (!(await verifyPassword(account.passwordHash, password))) throw new UserErrorException([INVALID()]);
  await completeLogin(ctx, account);
  if (
    !security.disablePasswordStrengthForExistingPasswords &&
    checkPasswordPolicy(new Validation(), password, account.username, security, []).errors.length
  ) {
    // The requirements were tightened and apply to existing passwords too (002 L7565): this one no longer
    // passes, so the account must choose a new one before doing anything else.
    account.forcePasswordChange = true;
  }
  return issueSession(ctx, account);
}

/** Refused before the password is even checked: a locked account stays locked for the right password too. */
async function checkLockout(ctx: RequestContext, account: Account, security: SecuritySettingsData) {
  if (!security.bruteForceProtectionEnabled) return;
  const attempt = await reserveLoginAttempt(ctx.em, account.id, security);
  if (!attempt.allowed) {
    throw new UserErrorException([
      userError(
        "ACCOUNT_LOCKED",
        `Too many failed sign-ins: try again after ${attempt.lockedUntil.toISOString()}.`,
      ),
    ]);
  }
}

/**
 * A login through the external login provider. The lockout counts provider logins of known accounts too
 * (an unknown username has no row to count on until its first successful login creates it).
 */
async function externalLogin(
  ctx: RequestContext,
  account: Account | null,
  username: string,
  password: string,
  authenticate: (username: string, password: string) => Promise<Account>,
): Promise<IssuedTokens> {
  if (account) await checkLockout(ctx, account, await getSecuritySettings(ctx.em));
  const signedIn = await authenticate(username, password);
  await completeLogin(ctx, signedIn);
  return issueSession(ctx, signedIn);
}

/** After the credentials were accepted: failures forgotten, disabled accounts refused. */
async function completeLogin(ctx: RequestContext, account: Account): Promise<void> {
  const now = new Date();
  await clearFailedLogins(ctx.em, account.id, now);
  if (account.disabled)
    throw new UserErrorException([userError("ACCOUNT_DISABLED", "This account is disabled.")]);
  Object.assign(account, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
}

/**
 * Signs in an account another mechanism vouched for (single sign-on through the login provider's
 * GetSignInCookieInfo): the same checks and session as a password login.
 */
export async function signInVerifiedAccount(ctx: RequestContext, account: Account): Promise<IssuedTokens> {
  await completeLogin(ctx, account);
  return issueSession(ctx, account);
}

type RefreshOutcome = { tokens: IssuedTokens } | { reusedBy: { sessionId: string } } | { invalid: true };

/**
 * Rotates the refresh token: the old one stops working the moment the new one is issued. A refresh token that
 * was already exchanged and is presented again means it was copied — by an attacker or from the victim — so
 * the whole session is revoked and both parties must sign in again (OAuth 2.0 Security BCP, refresh token
 * rotation). Clients must therefore never refresh the same token twice, not even concurrently.
 */
export async function refreshSession(ctx: RequestContext, refreshToken: string): Promise<IssuedTokens> {
  const hash = sha256(refreshToken);
  const outcome: RefreshOutcome = await ctx.em.transactional(async (em) => {
    const session = await em.findOne(
      Session,
      { refreshTokenHash: hash },
      { populate: ["account"], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!session) {
      const rotated = await em.findOne(RotatedRefreshToken, { tokenHash: hash }, { populate: ["session"] });
      if (rotated && !rotated.session.revokedAt) return { reusedBy: { sessionId: rotated.session.id } };
      return { invalid: true };
    }
    if (session.revokedAt || session.expiresAt <= new Date() || session.account.disabled) {
      return { invalid: true };
    }
    const next = randomToken();
    em.persist(build(RotatedRefreshToken, { tokenHash: hash, session }));
    session.refreshTokenHash = sha256(next);
    session.expiresAt = new Date(Date.now() + ctx.app.config.refreshTokenTtlSeconds * 1000);
    session.lastActiveAt = new Date();
    session.lastIp = ctx.ip?.slice(0, 64) ?? session.lastIp;
    session.userAgent = ctx.userAgent ?? session.userAgent;
    await em.flush();
    return { tokens: await accessTokens(ctx, session, next, session.account) };
  });
  if ("tokens" in outcome) return outcome.tokens;
  if ("reusedBy" in outcome) {
    ctx.log.warn({ sessionId: outcome.reusedBy.sessionId }, "refresh token reused: session revoked");
    await revokeSessions(ctx.app, ctx.em, { id: outcome.reusedBy.sessionId });
  }
  throw new UserErrorException([INVALID_REFRESH()]);
}

export async function logout(ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (!actor.sessionId) {
    throw new ForbiddenError("logout ends a session; an API token is ended with revokeApiToken.");
  }
  await revokeSessions(ctx.app, ctx.em, { id: actor.sessionId });
}

/** Clears "force password change"; other sessions of the account end, the caller's stays. */
export async function changeMyPassword(
  ctx: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<Account> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  // A script holding a narrow token must not be able to turn it into the owner's full password login.
  if (!actor.sessionId) throw new ForbiddenError("Passwords are changed from a signed-in session.");
  const em = ctx.em;
  const account = await em.findOneOrFail(Account, { id: actor.accountId }, { populate: ["passwordHash"] });
  const validation = new Validation();
  if (account.authenticationMethod !== AuthenticationMethod.PASSWORD) {
    validation.add("NOT_PASSWORD_ACCOUNT", "This account does not sign in with a password stored here.");
    validation.throwIfAny();
  }
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    validation.add("INVALID_CREDENTIALS", "The current password is incorrect.", ["input", "currentPassword"]);
  }
  if (currentPassword === newPassword) {
    validation.add("PASSWORD_REUSED", "The new password must differ from the current one.", [
      "input",
      "newPassword",
    ]);
  }
  await checkNewPassword(em, validation, newPassword, account.username, ["input", "newPassword"]);
  validation.throwIfAny();
  account.passwordHash = await hashPassword(newPassword);
  account.passwordChangedAt = new Date();
  account.forcePasswordChange = false;
  await em.flush();
  await revokeSessions(ctx.app, em, { account: account.id, id: { $ne: actor.sessionId } });
  await publishAccountChanged(ctx.app, account.id, AccountChangeReason.PASSWORD_CHANGED);
  return account;
}
