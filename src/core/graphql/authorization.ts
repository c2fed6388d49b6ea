import { applyDecorators } from "./decorators.js";
import { Authorized, Extensions } from "type-graphql";
import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../context/context.js";
import { ForbiddenError, PasswordChangeRequiredError, UnauthenticatedError } from "../errors/app-errors.js";

/** Pseudo-permissions for operations that need no feature permission. */
export const PUBLIC = "PUBLIC";
export const AUTHENTICATED = "AUTHENTICATED";
const PENDING_PASSWORD_OK = "@allow-pending-password-change";

export interface PermissionOptions {
  /** The operation stays usable by an account that must change its password (changeMyPassword, logout, me). */
  allowPendingPasswordChange?: boolean;
}

/**
 * Declares the permission an operation (or field) requires. It is enforced by the auth checker and published
 * in the schema as the field extension `permission`, so a test can prove that every operation declares one.
 * Pass AUTHENTICATED for "any signed-in account"; use Public() for operations anyone may call.
 */
export function RequirePermission(permission: string, options: PermissionOptions = {}) {
  const roles = options.allowPendingPasswordChange ? [permission, PENDING_PASSWORD_OK] : [permission];
  return applyDecorators(Authorized(roles), Extensions({ permission }));
}

/** Declares an operation callable without authentication (login, first-run setup, portal reads). */
export function Public() {
  return Extensions({ permission: PUBLIC });
}

export function assertPermission(ctx: RequestContext, permission: string): void {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (permission !== AUTHENTICATED && !actor.permissions.has(permission)) {
    throw new ForbiddenError(`This requires the ${permission} permission.`, permission);
  }
}

export function hasPermission(ctx: RequestContext, permission: string): boolean {
  return ctx.actor?.permissions.has(permission) ?? false;
}

export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const actor = context.actor;
  if (!actor) throw new UnauthenticatedError();
  if (actor.mustChangePassword && !roles.includes(PENDING_PASSWORD_OK))
    throw new PasswordChangeRequiredError();
  for (const permission of roles) {
    if (permission === PENDING_PASSWORD_OK) continue;
    assertPermission(context, permission);
  }
  return true;
};
