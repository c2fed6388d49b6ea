import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Connection } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { permissionKey } from "../roles/index.js";
import { organizationMembersLoader } from "./account.loaders.js";
import { Organization, OrganizationMember } from "./customer-organization.entity.js";
import {
  AddOrganizationMemberInput,
  CreateOrganizationInput,
  DeleteOrganizationsInput,
  OrganizationUsersArgs,
  OrganizationsArgs,
  RemoveOrganizationMemberInput,
  UpdateOrganizationInput,
  UpdateOrganizationMemberInput,
} from "./organization.inputs.js";
import {
  AddOrganizationMemberPayload,
  CreateOrganizationPayload,
  DeleteOrganizationsPayload,
  RemoveOrganizationMemberPayload,
  UpdateOrganizationMemberPayload,
  UpdateOrganizationPayload,
} from "./organization.payloads.js";
import {
  addOrganizationMember,
  createOrganization,
  deleteOrganizations,
  getOrganization,
  listOrganizations,
  removeOrganizationMember,
  updateOrganization,
  updateOrganizationMember,
} from "./organization.service.js";
import { User } from "./user.entity.js";
import { UserConnection } from "./user.resolver.js";
import { listUsers } from "./user.service.js";

const OrganizationConnection = Connection(Organization);
const ORGS = (action: string) => permissionKey("USERS_ORGANIZATIONS", action);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: "Customer organizations, by name (002 L3954-3960)." })
  @RequirePermission(ORGS("VIEW"))
  organizations(
    @Args(() => OrganizationsArgs) args: OrganizationsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Organization>> {
    return listOrganizations(ctx, args);
  }

  @Query(() => Organization, { description: "One customer organization." })
  @RequirePermission(ORGS("VIEW"))
  organization(
    @Arg("id", () => ID, { description: "Global id of the organization." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Organization> {
    return getOrganization(ctx, id);
  }

  @FieldResolver(() => [OrganizationMember], { description: "The member rules (002 L4103-4119)." })
  @RequirePermission(ORGS("VIEW"))
  members(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<OrganizationMember[]> {
    return ctx.loaders.get(organizationMembersLoader).load(organization.id);
  }

  @FieldResolver(() => UserConnection, {
    description: "The users matching any member rule, computed when asked (never stored).",
  })
  @RequirePermission(ORGS("VIEW"))
  users(
    @Root() organization: Organization,
    @Args(() => OrganizationUsersArgs) args: OrganizationUsersArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<User>> {
    return listUsers(ctx, { ...args, organizationId: toGlobalId("Organization", organization.id) });
  }

  @Mutation(() => CreateOrganizationPayload, {
    description: "Creates an organization, optionally with member rules.",
  })
  @RequirePermission(ORGS("CREATE"))
  createOrganization(
    @Arg("input", () => CreateOrganizationInput, { description: "The mutation's input." })
    input: CreateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateOrganizationPayload> {
    return payload(() => createOrganization(ctx, input));
  }

  @Mutation(() => UpdateOrganizationPayload, { description: "Changes an organization's details." })
  @RequirePermission(ORGS("EDIT"))
  updateOrganization(
    @Arg("input", () => UpdateOrganizationInput, { description: "The mutation's input." })
    input: UpdateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateOrganizationPayload> {
    return payload(() => updateOrganization(ctx, input));
  }

  @Mutation(() => AddOrganizationMemberPayload, {
    description:
      "Adds a member rule; a repeated rule gives DUPLICATE, portal ticket access on a phone NOT_ALLOWED.",
  })
  @RequirePermission(ORGS("CREATE_ORGANIZATION_MEMBER"))
  addOrganizationMember(
    @Arg("input", () => AddOrganizationMemberInput, { description: "The mutation's input." })
    input: AddOrganizationMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AddOrganizationMemberPayload> {
    return payload(() => addOrganizationMember(ctx, input));
  }

  @Mutation(() => UpdateOrganizationMemberPayload, { description: "Changes a member rule." })
  @RequirePermission(ORGS("EDIT_ORGANIZATION_MEMBER"))
  updateOrganizationMember(
    @Arg("input", () => UpdateOrganizationMemberInput, { description: "The mutation's input." })
    input: UpdateOrganizationMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateOrganizationMemberPayload> {
    return payload(() => updateOrganizationMember(ctx, input));
  }

  @Mutation(() => RemoveOrganizationMemberPayload, { description: "Removes a member rule." })
  @RequirePermission(ORGS("DELETE_ORGANIZATION_MEMBER"))
  removeOrganizationMember(
    @Arg("input", () => RemoveOrganizationMemberInput, { description: "The mutation's input." })
    input: RemoveOrganizationMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RemoveOrganizationMemberPayload> {
    return payload(() => removeOrganizationMember(ctx, input));
  }

  @Mutation(() => DeleteOrganizationsPayload, {
    description: "Deletes organizations permanently (002 L4194-4202).",
  })
  @RequirePermission(ORGS("DELETE_ORGANIZATION"))
  deleteOrganizations(
    @Arg("input", () => DeleteOrganizationsInput, { description: "The mutation's input." })
    input: DeleteOrganizationsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteOrganizationsPayload> {
    return payload(() => deleteOrganizations(ctx, input));
  }
}
