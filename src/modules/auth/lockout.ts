import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/account.entity.js";
import type { SecuritySettingsData } from "../system/installation.entity.js";
import { AccountChangeReason, publishAccountChanged } from "./account-events.js";
import { ACCOUNT_TYPES } from "./sessions.service.js";

/**
 * Brute-force protection (002 L7540-7546): after `maxFailedLoginAttempts` failures the account is locked for
 * `lockoutMinutes`.
 *
 * Every attempt reserves its slot *before* the password is checked, in one UPDATE: the counter goes up and the
 * attempt that reaches the limit sets the lock at once. Parallel guesses therefore queue on the row lock and at
 * most `max` of them ever reach the password check; the rest are refused as locked. A correct password gives
 * the slot back (counter reset, lock lifted). A lock that has run out resets the counter on the next attempt.
 * Because the lock is set at reservation, a crash between reservation and verification cannot leave an
 * account stuck: the lock still expires.
 */
export async function reserveLoginAttempt(
  em: EntityManager,
  accountId: string,
  settings: SecuritySettingsData,
): Promise<{ allowed: true } | { allowed: false; lockedUntil: Date }> {
  const rows: Array<{ failed_login_count: number }> = await em.getConnection().execute(
    `update account set
       failed_login_count = case when locked_until is not null then 1 else failed_login_count + 1 end,
       locked_until = case
         when (case when locked_until is not null then 1 else failed_login_count + 1 end) >= ?
         then now() + (? * interval '1 minute')
         else null end
     where id = ? and (locked_until is null or locked_until <= now())
     returning failed_login_count`,
    [settings.maxFailedLoginAttempts, settings.lockoutMinutes, accountId],
  );
  if (rows.length) return { allowed: true };
  const [row] = await em
    .getConnection()
    .execute<Array<{ locked_until: Date }>>(`select locked_until from account where id = ?`, [accountId]);
  return { allowed: false, lockedUntil: new Date(row?.locked_until ?? Date.now()) };
}

/** A successful sign-in: the failures before it no longer count. */
export async function clearFailedLogins(em: EntityManager, accountId: string, at: Date): Promise<void> {
  await em.nativeUpdate(
    Account,
    { id: accountId },
    { failedLoginCount: 0, lockedUntil: null, lastLoginAt: at },
  );
}

/** Administrators lift a lockout before it runs out (002 L7542-7544). */
export async function bypassLoginLockout(ctx: RequestContext, globalId: string): Promise<Account> {
  const id = fromGlobalId(globalId, ACCOUNT_TYPES, "accountId");
  const account = await ctx.em.findOne(Account, { id });
  if (!account) throw new NotFoundError("Account", globalId);
  const cleared = await ctx.em.nativeUpdate(
    Account,
    { id, lockedUntil: { $gt: new Date() } },
    { failedLoginCount: 0, lockedUntil: null },
  );
  if (!cleared) {
    throw new UserErrorException([
      userError("NOT_LOCKED", "This account is not locked out.", ["input", "accountId"]),
    ]);
  }
  await ctx.em.refresh(account);
  await publishAccountChanged(ctx.app, id, AccountChangeReason.LOCKOUT_CLEARED);
  return account;
}
