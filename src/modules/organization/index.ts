import type { ModuleDefinition } from "../../core/module.js";
import { Brand } from "./brand.entity.js";
import { BrandPermissionsResolver, BrandResolver } from "./brand.resolver.js";
import { Department } from "./department.entity.js";
import { DepartmentResolver, DepartmentTicketSettingsResolver } from "./department.resolver.js";
import { Group } from "./group.entity.js";
import { EmployeeGroupsResolver, GroupResolver, MembershipResolver } from "./group.resolver.js";
import { Holiday } from "./holiday.entity.js";
import { AgentGroupMembership } from "./membership.entity.js";
import { organizationNodes } from "./nodes.js";

export { Brand } from "./brand.entity.js";
export { Department } from "./department.entity.js";
export { Group } from "./group.entity.js";
export { Holiday } from "./holiday.entity.js";
export { AgentGroupMembership, ChatHandling, TicketHandling } from "./membership.entity.js";
export { registerDepartmentItems } from "./department-items.js";
export type { DepartmentItemKind, ItemDestination } from "./department-items.js";
export {
  advancedSearchDepartmentIds,
  assertDepartmentVisible,
  departmentScope,
  forgetScope,
  groupIdsOf,
  inScope,
  scopeFilter,
} from "./scope.js";
export type { DepartmentScope } from "./scope.js";
export { brandById, departmentById, groupById } from "./organization.loaders.js";

export const organizationModule: ModuleDefinition = {
  name: "organization",
  entities: [Brand, Department, Group, AgentGroupMembership, Holiday],
  resolvers: [
    BrandResolver,
    BrandPermissionsResolver,
    DepartmentResolver,
    DepartmentTicketSettingsResolver,
    GroupResolver,
    MembershipResolver,
    EmployeeGroupsResolver,
  ],
  nodes: organizationNodes,
};
