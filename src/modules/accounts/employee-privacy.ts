import type { MiddlewareFn } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError } from "../../core/errors/app-errors.js";
import { Privilege } from "../roles/permission-catalog.js";

/**
 * Employees see their colleagues (agents pick transfer targets) but not their settings, contact details or
 * sign-in data: those are for administrators and the employee themselves. User accounts are not concerned:
 * reaching one already required USERS_ORGANIZATIONS_VIEW.
 */
export function canSeePrivateFields(ctx: RequestContext, accountId: string): boolean {
  const actor = ctx.actor;
  if (!actor) return false;
  return actor.accountId === accountId || actor.permissions.has(Privilege.ADMINISTRATION);
}

export const PrivateToColleagues: MiddlewareFn<RequestContext> = ({ root, context, info }, next) => {
  const account = root as { kind?: string; id: string };
  if (account.kind === "EMPLOYEE" && !canSeePrivateFields(context, account.id)) {
    throw new ForbiddenError(
      `Employee.${info.fieldName} is visible to administrators and to the employee only.`,
      Privilege.ADMINISTRATION,
    );
  }
  return next();
};
