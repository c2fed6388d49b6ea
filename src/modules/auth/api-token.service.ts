import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Actor } from "../../core/context/actor.js";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { CREDENTIAL_REVOKED } from "../../core/events/topics.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import type { ConnectionArgs, ConnectionShape } from "../../core/graphql/pagination.js";
import { paginate } from "../../core/graphql/pagination.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/account.entity.js";
import { Employee } from "../accounts/employee.entity.js";
import { effectivePermissions } from "../roles/effective-permissions.js";
import { ALL_PERMISSIONS, Privilege } from "../roles/permission-catalog.js";
import { AccountChangeReason, publishAccountChanged } from "./account-events.js";
import { API_TOKEN_PREFIX, API_TOKEN_VISIBLE_CHARS, ApiToken } from "./api-token.entity.js";
import { randomToken, sha256 } from "./tokens.js";

const KNOWN_PERMISSIONS = new Set(ALL_PERMISSIONS);

export interface CreateApiTokenInput {
  name: string;
  permissions: string[];
  expiresAt?: Date | null;
  ownerId?: string | null;
}

function employeeActor(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (actor.kind !== "EMPLOYEE") {
    throw new ForbiddenError("API tokens are for employees' automation scripts; end users cannot have them.");
  }
  return actor;
}

const isAdministrator = (actor: Actor) => actor.permissions.has(Privilege.ADMINISTRATION);

/**
 * What a caller may see and revoke. Administrators: every token. Signed-in employees: their own. A script
 * authenticated by a token (without ADMINISTRATION): that token and the tokens it created, so a leaked narrow
 * token cannot list or revoke the owner's other automation.
 */
function visibleTo(actor: Actor): FilterQuery<ApiToken> {
  if (isAdministrator(actor)) return {};
  if (actor.apiTokenId) {
    return {
      owner: actor.accountId,
      $or: [{ id: actor.apiTokenId }, { createdByToken: actor.apiTokenId }],
    };
  }
  return { owner: actor.accountId };
}

/**
 * Creates a token and returns its secret, the only time it is ever shown. The requested permissions must be
 * known keys, a subset of the owner's current permissions and — when a token creates a token — of the
 * calling token's own permissions; a token-created token also cannot outlive its creator.
 */
export async function createApiToken(
  ctx: RequestContext,
  input: CreateApiTokenInput,
): Promise<{ apiToken: ApiToken; secret: string }> {
  const actor = employeeActor(ctx);
  let ownerId = actor.accountId;
  if (input.ownerId) {
    const requested = fromGlobalId(input.ownerId, "Employee", "ownerId");
    if (requested !== actor.accountId && !isAdministrator(actor)) {
      throw new ForbiddenError(
        "Only administrators may create API tokens for another employee.",
        Privilege.ADMINISTRATION,
      );
    }
    ownerId = requested;
  }
  const v = new Validation();
  const name = input.name.trim();
  v.check(name.length > 0, "REQUIRED", "A name is required.", ["input", "name"]);
  v.check(name.length <= 200, "TOO_LONG", "The name must be at most 200 characters.", ["input", "name"]);
  const permissions = [...new Set(input.permissions.map((p) => p.trim()))].sort();
  v.check(permissions.length > 0, "REQUIRED", "Give the token at least one permission.", [
    "input",
    "permissions",
  ]);
  const unknown = permissions.filter((p) => !KNOWN_PERMISSIONS.has(p));
  if (unknown.length) {
    v.add("UNKNOWN_PERMISSION", `Unknown permission keys: ${unknown.join(", ")}.`, ["input", "permissions"]);
  }
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && expiresAt <= new Date()) {
    v.add("INVALID", "The expiry must be in the future.", ["input", "expiresAt"]);
  }
  let parentExpiry: Date | null = null;
  if (actor.apiTokenId) {
    const parent = await ctx.em.findOneOrFail(ApiToken, { id: actor.apiTokenId });
    parentExpiry = parent.expiresAt ?? null;
    if (parentExpiry && (!expiresAt || expiresAt > parentExpiry)) {
      v.add(
        "EXPIRES_AFTER_CREATOR",
        `A token created by an API token must expire no later than it (${parentExpiry.toISOString()}).`,
        ["input", "expiresAt"],
      );
    }
  }

  const created = await ctx.em.transactional(async (em) => {
    const owner = await em.findOne(Employee, { id: ownerId }, { populate: ["roles"] });
    if (!owner) throw new NotFoundError("Employee", input.ownerId ?? undefined);
    if (owner.disabled) v.add("OWNER_DISABLED", "The owner's account is disabled.", ["input", "ownerId"]);
    const ownerPermissions = effectivePermissions(owner.roles.getItems());
    const known = permissions.filter((p) => KNOWN_PERMISSIONS.has(p));
    const notOwners = known.filter((p) => !ownerPermissions.has(p));
    if (notOwners.length) {
      v.add("NOT_A_SUBSET", `The owner does not currently hold: ${notOwners.join(", ")}.`, [
        "input",
        "permissions",
      ]);
    }
    const notCallers = actor.apiTokenId
      ? known.filter((p) => ownerPermissions.has(p) && !actor.permissions.has(p))
      : [];
    if (notCallers.length) {
      v.add(
        "NOT_A_SUBSET",
        `A token cannot grant more than it holds; the calling token lacks: ${notCallers.join(", ")}.`,
        ["input", "permissions"],
      );
    }
    v.throwIfAny();
    const secret = API_TOKEN_PREFIX + randomToken(32);
    const apiToken = build(ApiToken, {
      name,
      owner,
      createdBy: em.getReference(Account, actor.accountId),
      createdByToken: actor.apiTokenId ? em.getReference(ApiToken, actor.apiTokenId) : null,
      prefix: secret.slice(0, API_TOKEN_VISIBLE_CHARS),
      tokenHash: sha256(secret),
      permissions,
      expiresAt,
    });
    em.persist(apiToken);
    return { apiToken, secret };
  });
  await publishAccountChanged(ctx.app, ownerId, AccountChangeReason.API_TOKENS_CHANGED);
  return created;
}

export interface ApiTokensArgs {
  ownerId?: string | null;
  allOwners?: boolean | null;
  includeInactive?: boolean | null;
}

/** The caller's tokens; administrators may list another employee's or everybody's. */
export async function listApiTokens(
  ctx: RequestContext,
  filter: ApiTokensArgs,
  args: ConnectionArgs,
): Promise<ConnectionShape<ApiToken>> {
  const actor = employeeActor(ctx);
  const where: FilterQuery<ApiToken>[] = [visibleTo(actor)];
  if (filter.allOwners) {
    if (!isAdministrator(actor)) {
      throw new ForbiddenError("Only administrators may list every API token.", Privilege.ADMINISTRATION);
    }
  } else {
    const ownerId = filter.ownerId ? fromGlobalId(filter.ownerId, "Employee", "ownerId") : actor.accountId;
    if (ownerId !== actor.accountId && !isAdministrator(actor)) {
      throw new ForbiddenError(
        "Only administrators may list another employee's API tokens.",
        Privilege.ADMINISTRATION,
      );
    }
    where.push({ owner: ownerId });
  }
  if (!filter.includeInactive) {
    where.push({ revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }] });
  }
  return paginate(ctx.em, ApiToken, { $and: where }, args, { orderBy: { createdAt: "desc", id: "asc" } });
}

/** The tokens created (directly or through others) by `rootId`, itself included. */
async function withDescendants(em: EntityManager, rootId: string): Promise<string[]> {
  const ids = [rootId];
  for (let frontier = [rootId]; frontier.length;) {
    const children = await em.find(
      ApiToken,
      { createdByToken: { $in: frontier }, id: { $nin: ids } },
      { fields: ["id"] },
    );
    frontier = children.map((c) => c.id);
    ids.push(...frontier);
  }
  return ids;
}

/**
 * Revokes a token and every token it created; open WebSockets using any of them close at once. Owners (and
 * administrators) revoke; a token not visible to the caller is reported as absent.
 */
export async function revokeApiToken(
  ctx: RequestContext,
  globalId: string,
): Promise<{ apiToken: ApiToken; revokedCount: number }> {
  const actor = employeeActor(ctx);
  const id = fromGlobalId(globalId, "ApiToken", "id");
  const apiToken = await ctx.em.findOne(ApiToken, { $and: [{ id }, visibleTo(actor)] });
  if (!apiToken) throw new NotFoundError("API token", globalId);
  if (apiToken.revokedAt) {
    throw new UserErrorException([
      userError("ALREADY_REVOKED", "This API token has already been revoked.", ["input", "id"]),
    ]);
  }
  const revoked = await ctx.em.transactional(async (em) => {
    const ids = await withDescendants(em, id);
    const live = await em.find(ApiToken, { id: { $in: ids }, revokedAt: null }, { fields: ["id"] });
    await em.nativeUpdate(ApiToken, { id: { $in: live.map((t) => t.id) } }, { revokedAt: new Date() });
    return live.map((t) => t.id);
  });
  for (const tokenId of revoked)
    await ctx.app.pubsub.publish(CREDENTIAL_REVOKED, { kind: "apiToken", id: tokenId });
  await publishAccountChanged(ctx.app, apiToken.owner.id, AccountChangeReason.API_TOKENS_CHANGED);
  await ctx.em.refresh(apiToken);
  return { apiToken, revokedCount: revoked.length };
}

/** Node fetcher: the same visibility as the apiTokens list. */
export async function fetchApiTokenNode(ctx: RequestContext, id: string): Promise<ApiToken | null> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== "EMPLOYEE") return null;
  return ctx.em.findOne(ApiToken, { $and: [{ id }, visibleTo(actor)] });
}
