import type { Actor } from "../../core/context/actor.js";
import { UnauthenticatedError } from "../../core/errors/app-errors.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Account } from "../accounts/account.entity.js";
import { effectivePermissions } from "../roles/effective-permissions.js";
import type { Role } from "../roles/role.entity.js";
import { API_TOKEN_PREFIX, ApiToken } from "./api-token.entity.js";
import { sha256, verifyAccessToken } from "./tokens.js";

/** lastUsedAt is written at most this often per token, so a busy script does not write on every call. */
const LAST_USED_GRANULARITY_MS = 60_000;

function actorOf(account: Account, permissions: Set<string>, extra: Partial<Actor>): Actor {
  return {
    accountId: account.id,
    kind: account.kind,
    username: account.username,
    permissions,
    roleKeys: new Set(account.roles.getItems().flatMap((r) => (r.predefined ? [r.predefined] : []))),
    mustChangePassword: account.forcePasswordChange,
    ...extra,
  };
}

async function authenticateApiToken(app: AppRuntime, token: string): Promise<Actor> {
  const em = app.orm.em.fork();
  const apiToken = await em.findOne(
    ApiToken,
    { tokenHash: sha256(token) },
    { populate: ["owner", "owner.roles"] },
  );
  const now = new Date();
  if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt <= now)) {
    throw new UnauthenticatedError("The API token is invalid, expired or revoked.");
  }
  const owner = apiToken.owner;
  if (owner.disabled) throw new UnauthenticatedError("The API token's owner is disabled.");
  if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
  }
  const permissions = tokenPermissions(apiToken, effectivePermissions(owner.roles.getItems()));
  // A script cannot answer "change your password": the token works as scoped regardless.
  return {
    ...actorOf(owner, permissions, {
      apiTokenId: apiToken.id,
      // WebSockets authenticated by an expiring token close when it runs out, as for access tokens.
      expiresAt: apiToken.expiresAt ? Math.floor(apiToken.expiresAt.getTime() / 1000) : undefined,
    }),
    mustChangePassword: false,
  };
}

/** A token's scopes intersected with its owner's permissions now: taking a role away shrinks the token. */
function tokenPermissions(apiToken: ApiToken, ownerPermissions: Set<string>): Set<string> {
  return new Set(apiToken.permissions.filter((p) => ownerPermissions.has(p)));
}

/**
 * The actor's permissions as they are now (roles may have changed since it authenticated); long-lived
 * subscriptions use it to report and re-check permissions on each event.
 */
export async function currentPermissions(app: AppRuntime, actor: Actor): Promise<Set<string>> {
  const em = app.orm.em.fork();
  const account = await em.findOne(Account, { id: actor.accountId }, { populate: ["roles"] });
  if (!account || account.disabled) return new Set();
  const permissions = effectivePermissions(account.roles.getItems());
  if (!actor.apiTokenId) return permissions;
  const apiToken = await em.findOne(ApiToken, { id: actor.apiTokenId });
  return apiToken ? tokenPermissions(apiToken, permissions) : new Set();
}

interface SessionActorRow {
  revoked_at: Date | null;
  expires_at: Date;
  account_id: string;
  kind: Actor["kind"];
  username: string;
  disabled: boolean;
  force_password_change: boolean;
  role_type: Role["type"] | null;
  predefined: Role["predefined"];
  grants: Role["grants"] | null;
}

/**
 * Every request with an access token runs this, so it is one plain statement (session, account, roles)
 * read into the actor directly: hydrating Session, Account and Role entities into a throwaway identity map
 * was a measurable share of a small request's CPU.
 */
const SESSION_ACTOR_SQL = `select s.revoked_at, s.expires_at, a.id as account_id, a.kind, a.username, a.disabled,
         a.force_password_change, r.type as role_type, r.predefined, r.grants
    from auth_session s
    join account a on a.id = s.account_id
    left join account_role ar on ar.account_id = a.id
    left join role r on r.id = ar.role_id
   where s.id = ? and s.account_id = ?`;

/** Bearer credential -> actor. Access tokens must belong to a live session of an enabled account. */
export async function authenticate(app: AppRuntime, credential: string): Promise<Actor> {
  if (credential.startsWith(API_TOKEN_PREFIX)) return authenticateApiToken(app, credential);
  const claims = await verifyAccessToken(app, credential);
  const rows = await app.orm.em
    .getConnection()
    .execute<SessionActorRow[]>(SESSION_ACTOR_SQL, [claims.sessionId, claims.accountId]);
  const session = rows[0];
  if (!session || session.revoked_at || new Date(session.expires_at) <= new Date()) {
    throw new UnauthenticatedError("The session has ended: sign in again.");
  }
  if (session.disabled) throw new UnauthenticatedError("This account is disabled.");
  const roles = rows.flatMap((r) =>
    r.role_type ? [{ type: r.role_type, predefined: r.predefined, grants: r.grants ?? [] }] : [],
  );
  return {
    accountId: session.account_id,
    kind: session.kind,
    username: session.username,
    permissions: effectivePermissions(roles),
    roleKeys: new Set(roles.flatMap((r) => (r.predefined ? [r.predefined] : []))),
    mustChangePassword: session.force_password_change,
    sessionId: claims.sessionId,
    expiresAt: claims.expiresAt,
  };
}
