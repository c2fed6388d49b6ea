import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { UnauthenticatedError } from "../../core/errors/app-errors.js";
import { CREDENTIAL_REVOKED } from "../../core/events/topics.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Account, usernameKey } from "../accounts/account.entity.js";
import { AuthenticationMethod } from "../accounts/account.entity.js";
import { getSecuritySettings } from "../system/installation.service.js";
import { Session } from "./session.entity.js";
import { build } from "../../core/db/base.entity.js";
import { burnPasswordCheck, checkPasswordPolicy, hashPassword, verifyPassword } from "./password.js";
import { randomToken, sha256, signAccessToken } from "./tokens.js";

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  account: Account;
}

async function issueSession(ctx: RequestContext, account: Account): Promise<IssuedTokens> {
  const refreshToken = randomToken();
  const session = build(Session, {
    account,
    refreshTokenHash: sha256(refreshToken),
    expiresAt: new Date(Date.now() + ctx.app.config.refreshTokenTtlSeconds * 1000),
    ip: ctx.ip ?? null,
  });
  await ctx.em.persistAndFlush(session);
  const access = await signAccessToken(ctx.app, account.id, session.id);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: new Date(access.expiresAt * 1000),
    refreshToken,
    refreshTokenExpiresAt: session.expiresAt,
    account,
  };
}

const INVALID = () => userError("INVALID_CREDENTIALS", "The username or password is incorrect.");

/**
 * Counts a failure atomically, so parallel guesses cannot slip past the limit; the lockout starts at the
 * Nth failure and the counter resets (002 L7542: 10 failures -> 5 minutes by default).
 */
async function recordFailure(
  em: EntityManager,
  accountId: string,
  max: number,
  minutes: number,
): Promise<void> {
  await em.getConnection().execute(
    `update account set
       failed_login_count = case when failed_login_count + 1 >= ? then 0 else failed_login_count + 1 end,
       locked_until = case when failed_login_count + 1 >= ? then now() + (? * interval '1 minute') else locked_until end
     where id = ?`,
    [max, max, minutes, accountId],
  );
}

export async function login(ctx: RequestContext, username: string, password: string): Promise<IssuedTokens> {
  const em = ctx.em;
  const account = await em.findOne(
    Account,
    { usernameKey: usernameKey(username) },
    { populate: ["passwordHash"] },
  );
  if (!account || account.authenticationMethod !== AuthenticationMethod.PASSWORD) {
    await burnPasswordCheck(password);
    throw new UserErrorException([INVALID()]);
  }
  const security = await getSecuritySettings(em);
  if (security.bruteForceProtectionEnabled && account.lockedUntil && account.lockedUntil > new Date()) {
    throw new UserErrorException([
      userError(
        "ACCOUNT_LOCKED",
        `Too many failed sign-ins: try again after ${account.lockedUntil.toISOString()}.`,
      ),
    ]);
  }
  const ok = await verifyPassword(account.passwordHash, password);
  if (!ok) {
    if (security.bruteForceProtectionEnabled) {
      await recordFailure(em, account.id, security.maxFailedLoginAttempts, security.lockoutMinutes);
    }
    throw new UserErrorException([INVALID()]);
  }
  if (account.disabled)
    throw new UserErrorException([userError("ACCOUNT_DISABLED", "This account is disabled.")]);
  account.failedLoginCount = 0;
  account.lockedUntil = null;
  account.lastLoginAt = new Date();
  return issueSession(ctx, account);
}

/** Rotates the refresh token: the old one stops working the moment the new one is issued. */
export async function refreshSession(ctx: RequestContext, refreshToken: string): Promise<IssuedTokens> {
  return ctx.em.transactional(async (em) => {
    const session = await em.findOne(
      Session,
      { refreshTokenHash: sha256(refreshToken) },
      { populate: ["account"], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!session || session.revokedAt || session.expiresAt <= new Date() || session.account.disabled) {
      throw new UserErrorException([
        userError("INVALID_REFRESH_TOKEN", "The refresh token is invalid, expired or revoked."),
      ]);
    }
    const next = randomToken();
    session.refreshTokenHash = sha256(next);
    session.expiresAt = new Date(Date.now() + ctx.app.config.refreshTokenTtlSeconds * 1000);
    await em.flush();
    const access = await signAccessToken(ctx.app, session.account.id, session.id);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: new Date(access.expiresAt * 1000),
      refreshToken: next,
      refreshTokenExpiresAt: session.expiresAt,
      account: session.account,
    };
  });
}

export async function revokeSessions(
  app: AppRuntime,
  em: EntityManager,
  where: { id?: string; account?: string },
): Promise<void> {
  const sessions = await em.find(Session, { ...where, revokedAt: null });
  if (!sessions.length) return;
  const now = new Date();
  await em.nativeUpdate(Session, { id: { $in: sessions.map((s) => s.id) } }, { revokedAt: now });
  for (const s of sessions) await app.pubsub.publish(CREDENTIAL_REVOKED, { kind: "session", id: s.id });
}

export async function logout(ctx: RequestContext): Promise<void> {
  const sessionId = ctx.actor?.sessionId;
  if (!sessionId)
    throw new UnauthenticatedError("logout ends a session; API tokens are revoked with revokeApiToken.");
  await revokeSessions(ctx.app, ctx.em, { id: sessionId });
}

/** Clears "force password change"; other sessions of the account end, the caller's stays. */
export async function changeMyPassword(
  ctx: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<Account> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
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
  checkPasswordPolicy(validation, newPassword, account.username, await getSecuritySettings(em), [
    "input",
    "newPassword",
  ]);
  validation.throwIfAny();
  account.passwordHash = await hashPassword(newPassword);
  account.passwordChangedAt = new Date();
  account.forcePasswordChange = false;
  await em.flush();
  const others = await em.find(Session, { account: account.id, revokedAt: null });
  for (const s of others) if (s.id !== actor.sessionId) await revokeSessions(ctx.app, em, { id: s.id });
  return account;
}
