import type { ModuleDefinition } from "../../core/module.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { Privilege } from "./permission-catalog.js";
import { Role } from "./role.entity.js";
import { RoleResolver } from "./role.resolver.js";
import { seedPredefinedRoles } from "./roles.seed.js";

export { Role, RoleType, PredefinedRole } from "./role.entity.js";
export { effectivePermissions } from "./effective-permissions.js";
export { containsPattern } from "./role.service.js";
export * from "./permission-catalog.js";

export const rolesModule: ModuleDefinition = {
  name: "roles",
  entities: [Role],
  resolvers: [RoleResolver],
  nodes: {
    async Role(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return ctx.em.findOne(Role, { id });
    },
  },
  onBoot: seedPredefinedRoles,
};
