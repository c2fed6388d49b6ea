import type { ModuleDefinition } from "../../core/module.js";
import { Role } from "./role.entity.js";
import { seedPredefinedRoles } from "./roles.seed.js";

export { Role, RoleType, PredefinedRole } from "./role.entity.js";
export { effectivePermissions } from "./effective-permissions.js";
export * from "./permission-catalog.js";

export const rolesModule: ModuleDefinition = {
  name: "roles",
  entities: [Role],
  resolvers: [],
  onBoot: seedPredefinedRoles,
};
