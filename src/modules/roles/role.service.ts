import { QueryOrder, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { effectivePermissions } from "./effective-permissions.js";
import { Role } from "./role.entity.js";
import type { CreateRoleInput, DeleteRolesInput, RolesArgs, UpdateRoleInput } from "./role.inputs.js";
import { defaultGrantsFor, validateGrants } from "./role.rules.js";

/** ILIKE pattern for "contains", with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function exactPattern(text: string): string {
  return text.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listRoles(ctx: RequestContext, args: RolesArgs): Promise<ConnectionShape<Role>> {
  const where: FilterQuery<Role> = {};
  if (args.type) where.type = args.type;
  if (args.search?.trim()) where.name = { $ilike: containsPattern(args.search) };
  return paginate(ctx.em, Role, where, args, {
    orderBy: { predefined: QueryOrder.ASC_NULLS_LAST, name: QueryOrder.ASC, id: QueryOrder.ASC },
  });
}

export async function getRole(ctx: RequestContext, globalId: string): Promise<Role> {
  const id = fromGlobalId(globalId, "Role");
  const role = await ctx.em.findOne(Role, { id });
  if (!role) throw new NotFoundError("Role", globalId);
  return role;
}

function checkName(v: Validation, name: string, field: string[]): string {
  const trimmed = name.trim();
  v.check(trimmed.length > 0, "REQUIRED", "A role name is required.", field);
  v.check(trimmed.length <= 100, "INVALID", "A role name has at most 100 characters.", field);
  return trimmed;
}

async function assertNameFree(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
  const clash = await ctx.em.findOne(Role, { name: { $ilike: exactPattern(name) } });
  if (clash && clash.id !== exceptId) {
    throw new UserErrorException([userError("TAKEN", `A role named "${name}" exists.`, ["input", "name"])]);
  }
}

/** The unique index is the last word when two requests pick the same name at once. */
async function flushNamed(ctx: RequestContext, name: string): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new UserErrorException([userError("TAKEN", `A role named "${name}" exists.`, ["input", "name"])]);
    }
    throw error;
  }
}

export async function createRole(ctx: RequestContext, input: CreateRoleInput): Promise<{ role: Role }> {
  const v = new Validation();
  const name = checkName(v, input.name, ["input", "name"]);
  const grants = input.grants
    ? validateGrants(v, input.type, input.grants, ["input", "grants"])
    : defaultGrantsFor(input.type);
  v.throwIfAny();
  await assertNameFree(ctx, name);
  const role = build(Role, { name, type: input.type, description: input.description ?? null, grants });
  ctx.em.persist(role);
  await flushNamed(ctx, name);
  ctx.loaders.clearAll();
  return { role };
}

export async function updateRole(ctx: RequestContext, input: UpdateRoleInput): Promise<{ role: Role }> {
  const role = await getRole(ctx, input.id);
  const v = new Validation();
  let name: string | undefined;
  if (input.name !== undefined && input.name !== null && input.name.trim() !== role.name) {
    name = checkName(v, input.name, ["input", "name"]);
    // Other modules and clients know predefined roles by their documented names (002 L6265-6275).
    v.check(!role.predefined, "PREDEFINED", "Predefined roles cannot be renamed.", ["input", "name"]);
  }
  const grants = input.grants ? validateGrants(v, role.type, input.grants, ["input", "grants"]) : undefined;
  v.throwIfAny();
  if (name) {
    await assertNameFree(ctx, name, role.id);
    role.name = name;
  }
  if (input.description !== undefined) role.description = input.description?.trim() || null;
  if (grants) role.grants = grants;
  await flushNamed(ctx, role.name);
  ctx.loaders.clearAll();
  return { role };
}

/** Accounts holding a deleted role lose it (the pivot rows cascade); their next request sees the change. */
export async function deleteRoles(
  ctx: RequestContext,
  input: DeleteRolesInput,
): Promise<{ deletedRoleIds: string[] }> {
  const ids = [...new Set(input.ids.map((id) => fromGlobalId(id, "Role", "ids")))];
  return ctx.em.transactional(async (em) => {
    const roles = await em.find(Role, { id: { $in: ids } });
    const missing = ids.find((id) => !roles.some((r) => r.id === id));
    if (missing) throw new NotFoundError("Role", toGlobalId("Role", missing));
    const predefined = roles.filter((r) => r.predefined);
    if (predefined.length) {
      throw new UserErrorException([
        userError(
          "PREDEFINED",
          `Predefined roles cannot be deleted: ${predefined.map((r) => r.name).join(", ")}.`,
          ["input", "ids"],
        ),
      ]);
    }
    await em.nativeDelete(Role, { id: { $in: ids } });
    ctx.loaders.clearAll();
    return { deletedRoleIds: ids.map((id) => toGlobalId("Role", id)) };
  });
}

/** An account's effective permissions, read straight from the pivot so roles need not import accounts. */
export async function accountEffectivePermissions(ctx: RequestContext, globalId: string): Promise<string[]> {
  const id = fromGlobalId(globalId, ["Employee", "User"], "accountId");
  const connection = ctx.em.getConnection();
  const exists: unknown[] = await connection.execute(`select 1 from account where id = ?`, [id]);
  if (!exists.length) throw new NotFoundError("Account", globalId);
  const links: Array<{ role_id: string }> = await connection.execute(
    `select role_id from account_role where account_id = ?`,
    [id],
  );
  const roles = await ctx.em.find(Role, { id: { $in: links.map((l) => l.role_id) } });
  return [...effectivePermissions(roles)].sort();
}
