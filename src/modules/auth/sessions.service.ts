import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { CREDENTIAL_REVOKED } from "../../core/events/topics.js";
import { afterCommit } from "../../core/db/after-commit.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import type { ConnectionArgs, ConnectionShape } from "../../core/graphql/pagination.js";
import { paginate } from "../../core/graphql/pagination.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Account } from "../accounts/account.entity.js";
import { AccountChangeReason, publishAccountChanged } from "./account-events.js";
import { Session } from "./session.entity.js";

/** Global-id type names of accounts (the GraphQL type is the entity class). */
export const ACCOUNT_TYPES = ["Employee", "User"];

/**
 * Ends live sessions matching `where` (their access tokens fail from the next request on), then tells every
 * instance to close their WebSockets and the accounts' other clients that a session ended. Returns how many.
 * Inside a transaction, the notifications go out when it commits.
 */
export async function revokeSessions(
  app: AppRuntime,
  em: EntityManager,
  where: FilterQuery<Session>,
): Promise<number> {
  const now = new Date();
  const sessions = await em.find(Session, { $and: [where, { revokedAt: null }] } as FilterQuery<Session>);
  if (!sessions.length) return 0;
  // The revokedAt guard makes a concurrent second revocation a no-op instead of a second "revoked" event.
  await em.nativeUpdate(
    Session,
    { id: { $in: sessions.map((s) => s.id) }, revokedAt: null },
    { revokedAt: now },
  );
  const byAccount = new Map<string, string[]>();
  for (const s of sessions) byAccount.set(s.account.id, [...(byAccount.get(s.account.id) ?? []), s.id]);
  // Inside a transaction the news waits for the commit: a rollback must not have closed anyone's socket.
  await afterCommit(em, async () => {
    for (const s of sessions) await app.pubsub.publish(CREDENTIAL_REVOKED, { kind: "session", id: s.id });
    for (const [accountId, ids] of byAccount) {
      await publishAccountChanged(app, accountId, AccountChangeReason.SESSION_REVOKED, {
        sessionId: ids.length === 1 ? ids[0] : null,
      });
    }
  });
  return sessions.length;
}

/**
 * Ends every credential of an account at once (disabled, deleted, compromised): its sessions are revoked, and
 * every instance closes all of its WebSockets, including those opened with its API tokens (which already fail
 * on their next request, since the authenticator refuses a disabled owner).
 */
export async function revokeAccountAccess(
  app: AppRuntime,
  em: EntityManager,
  accountId: string,
): Promise<void> {
  await revokeSessions(app, em, { account: accountId });
  await afterCommit(em, async () => {
    await app.pubsub.publish(CREDENTIAL_REVOKED, { kind: "account", id: accountId });
    await publishAccountChanged(app, accountId, AccountChangeReason.ACCOUNT_UPDATED);
  });
}

/** Session management concerns signed-in people; a script's API token is not a session. */
function requireSessionActor(ctx: RequestContext) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (!actor.sessionId) {
    throw new ForbiddenError("Sessions are managed from a signed-in session, not with an API token.");
  }
  return actor;
}

export async function mySessions(
  ctx: RequestContext,
  args: ConnectionArgs,
): Promise<ConnectionShape<Session>> {
  const actor = requireSessionActor(ctx);
  return paginate(
    ctx.em,
    Session,
    { account: actor.accountId, revokedAt: null, expiresAt: { $gt: new Date() } },
    args,
    { orderBy: { lastActiveAt: "desc", id: "asc" } },
  );
}

/** Ends one of the caller's own sessions (another device, or this one: then it is a logout). */
export async function revokeSession(ctx: RequestContext, globalId: string): Promise<Session> {
  const actor = requireSessionActor(ctx);
  const id = fromGlobalId(globalId, "Session", "id");
  const session = await ctx.em.findOne(Session, { id, account: actor.accountId });
  // Another account's session is reported as absent: its existence is none of the caller's business.
  if (!session) throw new NotFoundError("Session", globalId);
  if (session.revokedAt || session.expiresAt <= new Date()) {
    throw new UserErrorException([
      userError("ALREADY_REVOKED", "This session has already ended.", ["input", "id"]),
    ]);
  }
  await revokeSessions(ctx.app, ctx.em, { id });
  await ctx.em.refresh(session);
  return session;
}

/** Administrators: sign an account out everywhere (its API tokens are not touched). */
export async function revokeAllSessionsOf(
  ctx: RequestContext,
  globalId: string,
): Promise<{ account: Account; revokedCount: number }> {
  const id = fromGlobalId(globalId, ACCOUNT_TYPES, "accountId");
  const account = await ctx.em.findOne(Account, { id });
  if (!account) throw new NotFoundError("Account", globalId);
  const revokedCount = await revokeSessions(ctx.app, ctx.em, { account: id });
  return { account, revokedCount };
}

/** Node fetcher: a session is visible to its own account only. */
export async function fetchSessionNode(ctx: RequestContext, id: string): Promise<Session | null> {
  if (!ctx.actor?.sessionId) return null;
  return ctx.em.findOne(Session, { id, account: ctx.actor.accountId });
}
