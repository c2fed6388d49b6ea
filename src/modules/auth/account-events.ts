import { registerEnumType } from "type-graphql";
import type { AppRuntime } from "../../core/runtime.js";
import type { EntityManager } from "@mikro-orm/core";
import { afterCommit } from "../../core/db/after-commit.js";

/**
 * Topic of `myAccountChanged`. Publish it (through `publishAccountChanged`) after committing any change to an
 * account that its own clients should react to: profile fields, roles or role grants (their permissions),
 * password, sessions, API tokens, lockout. Payloads carry ids only; the subscription reloads the account.
 */
export const ACCOUNT_CHANGED = "ACCOUNT_CHANGED";

export enum AccountChangeReason {
  ACCOUNT_UPDATED = "ACCOUNT_UPDATED",
  ROLES_CHANGED = "ROLES_CHANGED",
  PASSWORD_CHANGED = "PASSWORD_CHANGED",
  SESSION_REVOKED = "SESSION_REVOKED",
  API_TOKENS_CHANGED = "API_TOKENS_CHANGED",
  LOCKOUT_CLEARED = "LOCKOUT_CLEARED",
}
registerEnumType(AccountChangeReason, {
  name: "AccountChangeReason",
  description: "Why myAccountChanged fired.",
  valuesConfig: {
    ACCOUNT_UPDATED: { description: "Profile or status fields of the account changed." },
    ROLES_CHANGED: {
      description: "The account's roles, or the grants of one of its roles, changed: reload permissions.",
    },
    PASSWORD_CHANGED: { description: "The password changed; other sessions were ended." },
    SESSION_REVOKED: { description: "One or more sessions of the account were ended." },
    API_TOKENS_CHANGED: { description: "An API token of the account was created or revoked." },
    LOCKOUT_CLEARED: { description: "An administrator lifted a brute-force lockout." },
  },
});

export interface AccountChangedEvent {
  accountId: string;
  reason: AccountChangeReason;
  /** ISO timestamp: the pub/sub may cross processes (Redis), so no Date objects. */
  occurredAt: string;
  /** Set when exactly one session was revoked, so a client can tell whether it was its own. */
  sessionId?: string | null;
}

/**
 * Subscribers reload the account, so the event must not overtake the data: pass `extra.em` from inside a
 * transaction and it goes out when that transaction commits (and never if it rolls back).
 */
export async function publishAccountChanged(
  app: AppRuntime,
  accountId: string,
  reason: AccountChangeReason = AccountChangeReason.ACCOUNT_UPDATED,
  extra: { sessionId?: string | null; em?: EntityManager } = {},
): Promise<void> {
  if (extra.em) {
    const { em, ...rest } = extra;
    await afterCommit(em, () => publishAccountChanged(app, accountId, reason, rest));
    return;
  }
  const event: AccountChangedEvent = {
    accountId,
    reason,
    occurredAt: new Date().toISOString(),
    sessionId: extra.sessionId ?? null,
  };
  await app.pubsub.publish(ACCOUNT_CHANGED, event);
}
