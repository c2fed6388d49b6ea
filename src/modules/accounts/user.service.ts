import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { Validation } from "../../core/graphql/user-error.js";
import { revokeAccountAccess } from "../auth/index.js";
import { PredefinedRole } from "../roles/index.js";
import { AccountKind } from "./account.entity.js";
import { accountListQuery, paginateQuery } from "./account-list.js";
import { applyText, applyValues } from "./account.rules.js";
import { defaultRoles, resolveRoles, setAccountPassword } from "./account.service.js";
import { applyAccountWrite, prepareAccountWrite } from "./account-write.js";
import { ACCOUNT_IN_ORGANIZATION } from "./organization-matching.js";
import { User } from "./user.entity.js";
import type {
  CreateUserInput,
  DeleteUsersInput,
  SetUserPasswordInput,
  UpdateUserInput,
  UsersArgs,
} from "./user.inputs.js";

/** "Everyone … is given to every user that's added" (002 L3945); a stored account is a registered one. */
const NEW_USER_ROLES = [PredefinedRole.EVERYONE, PredefinedRole.REGISTERED_USER];

export async function listUsers(ctx: RequestContext, args: UsersArgs): Promise<ConnectionShape<User>> {
  const qb = accountListQuery(ctx, User, args);
  if (args.organizationId) {
    qb.andWhere(ACCOUNT_IN_ORGANIZATION, [
      fromGlobalId(args.organizationId, "Organization", "organizationId"),
    ]);
  }
  return paginateQuery(qb, args);
}

export async function getUser(
  ctx: RequestContext,
  globalId: string,
  em: EntityManager = ctx.em,
): Promise<User> {
  const id = fromGlobalId(globalId, "User");
  const user = await em.findOne(User, { id }, { populate: ["passwordHash"] });
  if (!user) throw new NotFoundError("User", globalId);
  return user;
}

export async function createUser(ctx: RequestContext, input: CreateUserInput) {
  const path = ["input"];
  const em = ctx.em.fork();
  const v = new Validation();
  const user = build(User, {});
  const write = await prepareAccountWrite(em, ctx, v, user, input, path, true);
  const roles = input.roleIds
    ? await resolveRoles(em, v, AccountKind.USER, input.roleIds, "create", [...path, "roleIds"])
    : await defaultRoles(em, NEW_USER_ROLES);
  v.throwIfAny();
  user.roles.set(roles);
  await applyAccountWrite(em, ctx, user, write, path, true);
  return { user };
}

export async function updateUser(ctx: RequestContext, input: UpdateUserInput) {
  const path = ["input"];
  const em = ctx.em.fork();
  const user = await getUser(ctx, input.id, em);
  const v = new Validation();
  const write = await prepareAccountWrite(em, ctx, v, user, input, path, false);
  applyValues(user, input, ["banned"]);
  applyText(v, user, input, ["banReason"], path);
  if (!user.banned) user.banReason = null;
  v.throwIfAny();
  await applyAccountWrite(em, ctx, user, write, path, false);
  return { user };
}

export async function setUserPassword(ctx: RequestContext, input: SetUserPasswordInput) {
  const em = ctx.em.fork();
  const user = await getUser(ctx, input.userId, em);
  await setAccountPassword(ctx, em, user, input.password, input.forcePasswordChange);
  return { user };
}

/** Hard delete: "Once a user is deleted, it cannot be recovered" (002 L4078). */
export async function deleteUsers(ctx: RequestContext, input: DeleteUsersInput) {
  const ids = [...new Set(input.ids.map((id) => fromGlobalId(id, "User", "ids")))];
  return ctx.em.transactional(async (em) => {
    const users = await em.find(User, { id: { $in: ids } });
    const missing = ids.find((id) => !users.some((u) => u.id === id));
    if (missing) throw new NotFoundError("User", toGlobalId("User", missing));
    for (const id of ids) await revokeAccountAccess(ctx.app, em, id);
    await em.nativeDelete(User, { id: { $in: ids } });
    ctx.loaders.clearAll();
    return { deletedUserIds: ids.map((id) => toGlobalId("User", id)) };
  });
}
