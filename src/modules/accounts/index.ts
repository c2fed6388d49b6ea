import type { ModuleDefinition } from "../../core/module.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { Privilege, permissionKey } from "../roles/index.js";
import { Account } from "./account.entity.js";
import { AccountResolver } from "./account.resolver.js";
import { Organization, OrganizationMember } from "./customer-organization.entity.js";
import { Employee } from "./employee.entity.js";
import { EmployeeResolver } from "./employee.resolver.js";
import { OrganizationResolver } from "./organization.resolver.js";
import { User } from "./user.entity.js";
import { UserResolver } from "./user.resolver.js";
import { UserSyncResolver } from "./user-sync.resolver.js";

export { Account, AccountKind, AuthenticationMethod, usernameKey } from "./account.entity.js";
export { Employee } from "./employee.entity.js";
export { User } from "./user.entity.js";
export { Organization, OrganizationMember, OrganizationMemberType } from "./customer-organization.entity.js";
export { accountRolesLoader, userOrganizationsLoader } from "./account.loaders.js";
export { MEMBER_MATCHES_ACCOUNT } from "./organization-matching.js";
export { checkDisplayName, checkEmail, checkUsername } from "./account.rules.js";
export { registerUserAccount } from "./user-registration.js";
export type { RegistrationChanges, RegistrationDecider, RegistrationInput } from "./user-registration.js";

const VIEW_USERS = permissionKey("USERS_ORGANIZATIONS", "VIEW");

export const accountsModule: ModuleDefinition = {
  name: "accounts",
  entities: [Account, Employee, User, Organization, OrganizationMember],
  resolvers: [AccountResolver, EmployeeResolver, UserResolver, OrganizationResolver, UserSyncResolver],
  nodes: {
    // The same checks as the queries; one's own account is always visible.
    async Employee(ctx, id) {
      if (ctx.actor?.accountId !== id) assertPermission(ctx, Privilege.MANAGEMENT_INTERFACE);
      return ctx.em.findOne(Employee, { id });
    },
    async User(ctx, id) {
      if (ctx.actor?.accountId !== id) assertPermission(ctx, VIEW_USERS);
      return ctx.em.findOne(User, { id });
    },
    async Organization(ctx, id) {
      assertPermission(ctx, VIEW_USERS);
      return ctx.em.findOne(Organization, { id });
    },
    async OrganizationMember(ctx, id) {
      assertPermission(ctx, VIEW_USERS);
      return ctx.em.findOne(OrganizationMember, { id });
    },
  },
};
