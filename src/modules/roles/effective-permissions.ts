import { expandGrant, Privilege } from "./permission-catalog.js";
import { PredefinedRole, RoleType } from "./role.entity.js";
import type { Role } from "./role.entity.js";

/**
 * The union over an account's roles (002 L6265): a restrictive role never removes what another grants.
 * Employee roles open the management interface; the Administrator role opens system settings.
 */
export function effectivePermissions(
  roles: Iterable<Pick<Role, "grants" | "type" | "predefined">>,
): Set<string> {
  const permissions = new Set<string>();
  for (const role of roles) {
    for (const grant of role.grants) for (const key of expandGrant(grant)) permissions.add(key);
    if (role.type === RoleType.EMPLOYEE) permissions.add(Privilege.MANAGEMENT_INTERFACE);
    if (role.predefined === PredefinedRole.ADMINISTRATOR) permissions.add(Privilege.ADMINISTRATION);
  }
  return permissions;
}
