import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, RequirePermission } from "../../core/graphql/authorization.js";
import { Connection } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, expandGrant } from "./permission-catalog.js";
import { FeatureGrantObject, PermissionCatalog } from "./permission.types.js";
import { Role } from "./role.entity.js";
import { CreateRoleInput, DeleteRolesInput, RolesArgs, UpdateRoleInput } from "./role.inputs.js";
import { roleUsersCountLoader } from "./role.loaders.js";
import { CreateRolePayload, DeleteRolesPayload, UpdateRolePayload } from "./role.payloads.js";
import { buildCatalog, completeGrants } from "./role.rules.js";
import {
  accountEffectivePermissions,
  createRole,
  deleteRoles,
  getRole,
  listRoles,
  updateRole,
} from "./role.service.js";

const RoleConnection = Connection(Role);
const CATALOG = buildCatalog();

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => RoleConnection, { description: "Roles, predefined first (002 L6281-6285)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  roles(@Args(() => RolesArgs) args: RolesArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Role>> {
    return listRoles(ctx, args);
  }

  @Query(() => Role, { description: "One role." })
  @RequirePermission(Privilege.ADMINISTRATION)
  role(
    @Arg("id", () => ID, { description: "Global id of the role." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getRole(ctx, id);
  }

  @Query(() => PermissionCatalog, {
    description: "Features, levels and actions, for rendering a role editor and reading permission keys.",
  })
  @RequirePermission(AUTHENTICATED)
  permissionCatalog(): PermissionCatalog {
    return CATALOG;
  }

  @Query(() => [String], {
    description: "The permission keys an account holds: the union over its roles (002 L6265).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  effectivePermissions(
    @Arg("accountId", () => ID, { description: "Global id of an employee or user." }) accountId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string[]> {
    return accountEffectivePermissions(ctx, accountId);
  }

  @Mutation(() => CreateRolePayload, { description: "Creates a custom role." })
  @RequirePermission(Privilege.ADMINISTRATION)
  createRole(
    @Arg("input", () => CreateRoleInput, { description: "The mutation's input." }) input: CreateRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateRolePayload> {
    return payload(() => createRole(ctx, input));
  }

  @Mutation(() => UpdateRolePayload, {
    description:
      "Renames a role or replaces its grants; holders get the new permissions on their next request.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  updateRole(
    @Arg("input", () => UpdateRoleInput, { description: "The mutation's input." }) input: UpdateRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateRolePayload> {
    return payload(() => updateRole(ctx, input));
  }

  @Mutation(() => DeleteRolesPayload, {
    description: "Deletes custom roles permanently (002 L6291); predefined ones are refused with PREDEFINED.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  deleteRoles(
    @Arg("input", () => DeleteRolesInput, { description: "The mutation's input." }) input: DeleteRolesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteRolesPayload> {
    return payload(() => deleteRoles(ctx, input));
  }

  @FieldResolver(() => [FeatureGrantObject], {
    description: "Every feature this role type can hold with its level (NONE when not granted).",
  })
  grants(@Root() role: Role): FeatureGrantObject[] {
    return completeGrants(role.type, role.grants);
  }

  @FieldResolver(() => [String], { description: "The permission keys the grants expand to." })
  permissions(@Root() role: Role): string[] {
    return role.grants.flatMap(expandGrant);
  }

  @FieldResolver(() => Int, { description: "How many accounts hold this role (002 L6284)." })
  usersCount(@Root() role: Role, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.get(roleUsersCountLoader).load(role.id);
  }
}
