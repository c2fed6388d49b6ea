import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { departmentScope, groupIdsOf, inScope } from "../organization/index.js";
import type { DepartmentScope } from "../organization/index.js";
import { PredefinedRole } from "../roles/index.js";

/**
 * The caller's reach, read before a transaction starts: checks inside the transaction must not query
 * through the request's EntityManager (on the embedded database the pool has one connection).
 */
export interface Reach {
  employeeId: string;
  groupIds: ReadonlySet<string>;
  /** Departments the caller manages; administrators all. */
  manages: (departmentId: string) => boolean;
}

export async function reachOf(ctx: RequestContext): Promise<Reach> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (actor.kind !== "EMPLOYEE") throw new ForbiddenError("Only employees handle tickets.");
  const groupIds = await groupIdsOf(ctx);
  const admin = actor.roleKeys.has(PredefinedRole.ADMINISTRATOR);
  const manager = actor.roleKeys.has(PredefinedRole.MANAGER);
  const scope: DepartmentScope = admin || manager ? await departmentScope(ctx) : new Set();
  return {
    employeeId: actor.accountId,
    groupIds,
    // Administrators anywhere; managers in the departments they see (002 L2821, L6272).
    manages: (departmentId) => admin || (manager && inScope(scope, departmentId)),
  };
}

export function assertManages(reach: Reach, departmentId: string): void {
  if (!reach.manages(departmentId)) {
    throw new ForbiddenError("This is for administrators and the managers of the group's department.");
  }
}

/** Group membership is what grants sight of a group's queue (002 L2827, L2993). */
export function assertMember(reach: Reach, groupId: string): void {
  if (!reach.groupIds.has(groupId)) {
    throw new ForbiddenError("Only members of the ticket's group can take it from the queue.");
  }
}
