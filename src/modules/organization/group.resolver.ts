import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Connection, ConnectionArgs } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { Privilege } from "../roles/index.js";
import { Department } from "./department.entity.js";
import { Group, GroupTimeEstimates } from "./group.entity.js";
import {
  AddAgentToGroupInput,
  CreateGroupInput,
  DeleteGroupInput,
  RemoveAgentFromGroupInput,
  UpdateAgentGroupMembershipInput,
  UpdateGroupInput,
} from "./group.inputs.js";
import { createGroup, deleteGroup, getGroup, listGroups, updateGroup } from "./group.service.js";
import { AgentGroupMembership, TicketHandling } from "./membership.entity.js";
import { addAgentToGroup, removeAgentFromGroup, updateAgentGroupMembership } from "./membership.service.js";
import {
  departmentById,
  employeeById,
  groupById,
  membershipsByEmployee,
  membershipsByGroup,
} from "./organization.loaders.js";
import {
  DeleteGroupPayload,
  GroupPayload,
  MembershipPayload,
  RemoveMembershipPayload,
} from "./organization.payloads.js";
import { departmentScope, inScope } from "./scope.js";

const GroupConnection = Connection(Group);
type GroupConnection = InstanceType<typeof GroupConnection>;

const ADMIN = Privilege.ADMINISTRATION;
const DISTRIBUTING = new Set([TicketHandling.PRIMARY_GROUP, TicketHandling.SECONDARY_GROUP]);

@Resolver(() => Group)
export class GroupResolver {
  @Query(() => GroupConnection, { description: "Groups of the departments the caller may see, by name." })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async groups(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("departmentId", () => ID, { nullable: true, description: "Only this department's groups." })
    departmentId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listGroups(ctx, args, departmentId);
  }

  @Query(() => Group, {
    description: "One group; FORBIDDEN outside the caller's departments, NOT_FOUND when missing.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async group(
    @Arg("id", () => ID, { description: "The group's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getGroup(ctx, id);
  }

  @Mutation(() => GroupPayload, { description: "Creates a group in a department (002 L6070)." })
  @RequirePermission(ADMIN)
  async createGroup(
    @Arg("input", () => CreateGroupInput, { description: "See the input type." }) input: CreateGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createGroup(ctx, input));
  }

  @Mutation(() => GroupPayload, { description: "Renames a group or changes its time estimates." })
  @RequirePermission(ADMIN)
  async updateGroup(
    @Arg("input", () => UpdateGroupInput, { description: "See the input type." }) input: UpdateGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateGroup(ctx, input));
  }

  @Mutation(() => DeleteGroupPayload, {
    description:
      "Deletes a group and its memberships; its items move to the front line group. A front line group " +
      "cannot be deleted (FRONT_LINE_GROUP).",
  })
  @RequirePermission(ADMIN)
  async deleteGroup(
    @Arg("input", () => DeleteGroupInput, { description: "See the input type." }) input: DeleteGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteGroup(ctx, input.id));
  }

  @Mutation(() => MembershipPayload, {
    description: "Adds an employee to a group with distribution settings; once per group (TAKEN).",
  })
  @RequirePermission(ADMIN)
  async addAgentToGroup(
    @Arg("input", () => AddAgentToGroupInput, { description: "See the input type." })
    input: AddAgentToGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => addAgentToGroup(ctx, input));
  }

  @Mutation(() => MembershipPayload, { description: "Changes an agent's distribution settings in a group." })
  @RequirePermission(ADMIN)
  async updateAgentGroupMembership(
    @Arg("input", () => UpdateAgentGroupMembershipInput, { description: "See the input type." })
    input: UpdateAgentGroupMembershipInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateAgentGroupMembership(ctx, input));
  }

  @Mutation(() => RemoveMembershipPayload, { description: "Removes an agent from a group." })
  @RequirePermission(ADMIN)
  async removeAgentFromGroup(
    @Arg("input", () => RemoveAgentFromGroupInput, { description: "See the input type." })
    input: RemoveAgentFromGroupInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => removeAgentFromGroup(ctx, input.id));
  }

  @FieldResolver(() => Department, { description: "The department the group belongs to." })
  async department(@Root() group: Group, @Ctx() ctx: RequestContext): Promise<Department> {
    return (await ctx.loaders.get(departmentById).load(group.department.id))!;
  }

  @FieldResolver(() => [AgentGroupMembership], { description: "The group's agents and their settings." })
  async memberships(@Root() group: Group, @Ctx() ctx: RequestContext): Promise<AgentGroupMembership[]> {
    return ctx.loaders.get(membershipsByGroup).load(group.id);
  }

  @FieldResolver(() => Int, { description: "Agents: how many employees belong to the group." })
  async agentCount(@Root() group: Group, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.get(membershipsByGroup).load(group.id)).length;
  }

  @FieldResolver(() => Boolean, {
    description:
      "Round Robin: true when some member's ticket handling is Primary or Secondary, so tickets are " +
      "distributed automatically; false = taken from the queue (002 L6065, L6089).",
  })
  async roundRobin(@Root() group: Group, @Ctx() ctx: RequestContext): Promise<boolean> {
    const members = await ctx.loaders.get(membershipsByGroup).load(group.id);
    return members.some((m) => DISTRIBUTING.has(m.ticketHandling));
  }

  @FieldResolver(() => GroupTimeEstimates, { description: "Time Estimates tab." })
  timeEstimates(@Root() group: Group): Group {
    return group;
  }
}

@Resolver(() => AgentGroupMembership)
export class MembershipResolver {
  @FieldResolver(() => Employee, { description: "The agent; fixed once added." })
  async employee(@Root() m: AgentGroupMembership, @Ctx() ctx: RequestContext): Promise<Employee> {
    return (await ctx.loaders.get(employeeById).load(m.employee.id))!;
  }

  @FieldResolver(() => Group, { description: "The group." })
  async group(@Root() m: AgentGroupMembership, @Ctx() ctx: RequestContext): Promise<Group> {
    return (await ctx.loaders.get(groupById).load(m.group.id))!;
  }
}

@Resolver(() => Employee)
export class EmployeeGroupsResolver {
  @FieldResolver(() => [AgentGroupMembership], {
    description: "The employee's group memberships, limited to the departments the caller may see.",
  })
  async groupMemberships(
    @Root() employee: Employee,
    @Ctx() ctx: RequestContext,
  ): Promise<AgentGroupMembership[]> {
    const [memberships, scope] = await Promise.all([
      ctx.loaders.get(membershipsByEmployee).load(employee.id),
      departmentScope(ctx),
    ]);
    if (scope === "all") return memberships;
    const groups = await ctx.loaders.get(groupById).loadMany(memberships.map((m) => m.group.id));
    return memberships.filter((_, i) => {
      const group = groups[i];
      return group instanceof Group && inScope(scope, group.department.id);
    });
  }
}
