import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { departmentScope } from "../organization/index.js";
import { Privilege } from "../roles/index.js";
import { assertDashboardViewer, dashboardCounts } from "./dashboard.js";
import {
  MANAGE_AGENT_STATUS,
  agentStatusScope,
  employeeIdOf,
  loadActiveGroups,
  setActiveGroups,
  setMyAvailability,
} from "./presence.service.js";
import {
  ActiveGroups,
  DashboardCounts,
  SetActiveGroupsPayload,
  SetAgentActiveGroupsInput,
  SetMyActiveGroupsInput,
  SetMyAvailabilityInput,
  SetMyAvailabilityPayload,
} from "./presence.types.js";

function myId(ctx: RequestContext): string {
  return ctx.actor!.accountId;
}

@Resolver()
export class PresenceResolver {
  @Query(() => ActiveGroups, {
    description:
      "Your Active Groups window (003 L9-17): availability and, per group, tickets/chats active or N/A.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async myActiveGroups(@Ctx() ctx: RequestContext): Promise<ActiveGroups> {
    const scope = await agentStatusScope(ctx, myId(ctx), false);
    return loadActiveGroups(ctx.em, myId(ctx), scope);
  }

  @Query(() => ActiveGroups, {
    description:
      "An agent's Active Groups (002 L2754-2762): administrators, and managers for the agent's groups in " +
      "their departments; FORBIDDEN otherwise.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async agentActiveGroups(
    @Arg("employeeId", () => ID, { description: "The agent (Employee global id)." }) employeeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ActiveGroups> {
    const id = employeeIdOf(employeeId);
    return loadActiveGroups(ctx.em, id, await agentStatusScope(ctx, id, false));
  }

  @Query(() => DashboardCounts, {
    description:
      "Active Agents by agent, group and department over your departments (managers, administrators).",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async activeAgentsDashboard(@Ctx() ctx: RequestContext): Promise<DashboardCounts> {
    assertDashboardViewer(ctx);
    return dashboardCounts(ctx.em, await departmentScope(ctx));
  }

  @Mutation(() => SetMyAvailabilityPayload, {
    description: "Available / Unavailable (002 L2764-2768); affects new round-robin live chats only.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async setMyAvailability(
    @Arg("input", () => SetMyAvailabilityInput, { description: "The new availability." })
    input: SetMyAvailabilityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setMyAvailability(ctx, input.availability));
  }

  @Mutation(() => SetActiveGroupsPayload, {
    description:
      "Go active or inactive in your groups (003 L11-17). Needs Manage Agent Status (002 L6717-6719); " +
      "live chats where chat is disabled are N/A and refused.",
  })
  @RequirePermission(MANAGE_AGENT_STATUS)
  async setMyActiveGroups(
    @Arg("input", () => SetMyActiveGroupsInput, { description: "The changes." })
    input: SetMyActiveGroupsInput,
    @Ctx() ctx: RequestContext,
  ) {
    const scope = await agentStatusScope(ctx, myId(ctx), true);
    return payload(() => setActiveGroups(ctx, myId(ctx), input, scope));
  }

  @Mutation(() => SetActiveGroupsPayload, {
    description:
      "Set an agent's Active Groups (002 L2754-2762, L5581): administrators, and managers for the agent's " +
      "groups in their departments; needs Manage Agent Status.",
  })
  @RequirePermission(MANAGE_AGENT_STATUS)
  async setAgentActiveGroups(
    @Arg("input", () => SetAgentActiveGroupsInput, { description: "The agent and the changes." })
    input: SetAgentActiveGroupsInput,
    @Ctx() ctx: RequestContext,
  ) {
    const id = employeeIdOf(input.employeeId);
    const scope = await agentStatusScope(ctx, id, true);
    return payload(() => setActiveGroups(ctx, id, input, scope));
  }
}
