import type { FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { assertPermission, hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { departmentScope } from "../organization/index.js";
import { permissionKey } from "../roles/index.js";
import { CannedReply } from "./canned-reply.entity.js";
import { CannedReplyScope, CannedReplyStatus } from "./canned-reply.enums.js";

export type CannedAction =
  "VIEW_INSERT" | "CREATE" | "EDIT" | "DELETE" | "MARK_DRAFT" | "CHANGE_TYPE" | "CHANGE_LANGUAGE";

export function cannedPermission(action: CannedAction): string {
  return permissionKey("CANNED_REPLIES", action);
}

/**
 * Canned replies are an agent tool (002 L4446: the management interface). The feature is not marked
 * employee-only in the role catalog, so a user role could hold it; the service refuses end users anyway.
 */
export function employeeId(ctx: RequestContext): string {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (actor.kind !== "EMPLOYEE") throw new ForbiddenError("Canned replies are for employees.");
  return actor.accountId;
}

export function requireAction(ctx: RequestContext, action: CannedAction): void {
  assertPermission(ctx, cannedPermission(action));
}

/**
 * The replies the caller may see (002 L4448): EVERYONE ones, their own PERSONAL ones, and DEPARTMENT ones of
 * departments in their departmentScope (administrators: all). Drafts only for their author and for holders
 * of EDIT (docs/decisions.md "Presence and canned replies").
 */
export async function visibleReplies(ctx: RequestContext): Promise<FilterQuery<CannedReply>> {
  const me = employeeId(ctx);
  const scope = await departmentScope(ctx);
  const reach: FilterQuery<CannedReply>[] = [
    { scope: CannedReplyScope.EVERYONE },
    { scope: CannedReplyScope.PERSONAL, owner: me },
  ];
  if (scope === "all") reach.push({ scope: CannedReplyScope.DEPARTMENT });
  else if (scope.size) reach.push({ scope: CannedReplyScope.DEPARTMENT, department: { $in: [...scope] } });
  const filter: FilterQuery<CannedReply>[] = [{ $or: reach }];
  if (!hasPermission(ctx, cannedPermission("EDIT"))) {
    filter.push({ $or: [{ status: CannedReplyStatus.PUBLIC }, { createdBy: me }] });
  }
  return { $and: filter };
}

/** A reply by global id: NOT_FOUND when missing, FORBIDDEN when the caller may not see it. */
export async function visibleReply(
  ctx: RequestContext,
  globalId: string,
  field = "id",
): Promise<CannedReply> {
  const id = fromGlobalId(globalId, "CannedReply", field);
  const reply = await ctx.em.findOne(CannedReply, { id });
  if (!reply) throw new NotFoundError("Canned reply", globalId);
  const seen = await ctx.em.count(CannedReply, { $and: [{ id }, await visibleReplies(ctx)] });
  if (!seen) throw new ForbiddenError("This canned reply is not assigned to you or your departments.");
  return reply;
}
