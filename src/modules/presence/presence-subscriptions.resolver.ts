import { Arg, Ctx, ID, Resolver, Root, Subscription } from "type-graphql";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { perEvent } from "../../core/events/per-event.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Privilege } from "../roles/index.js";
import { dashboardCounts, freshViewer, mayWatch, watchScope } from "./dashboard.js";
import { PRESENCE_CHANGED } from "./presence.events.js";
import type { PresenceChangedEvent } from "./presence.events.js";
import { loadActiveGroups, loadStatus } from "./presence.service.js";
import { ActiveGroups, AgentPresenceChange, DashboardCounts } from "./presence.types.js";

type FilterData = {
  payload: PresenceChangedEvent;
  context: RequestContext;
  args: { employeeId?: string | null };
};

const ACTIVE_GROUP_REASONS = new Set(["ACTIVE_GROUPS", "AUTO_INACTIVE", "LOGIN"]);

function matchesAgent(args: { employeeId?: string | null }, event: PresenceChangedEvent): boolean {
  return !args.employeeId || fromGlobalId(args.employeeId, "Employee", "employeeId") === event.employeeId;
}

/** A fresh EntityManager per event: the subscription's context lives as long as the socket. */
function freshEm(ctx: RequestContext): EntityManager {
  return ctx.app.orm.em.fork() as EntityManager;
}

@Resolver()
export class PresenceSubscriptionResolver {
  @Subscription(() => AgentPresenceChange, {
    topics: PRESENCE_CHANGED,
    filter: async ({ payload, context, args }: FilterData) =>
      matchesAgent(args, payload) && mayWatch(context, payload),
    description:
      "An agent's status changed (online/offline, availability, active groups): your own, or, for managers " +
      "and administrators, agents of their departments. Re-checked against your roles at each event.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async agentPresenceChanged(
    @Root() event: PresenceChangedEvent,
    @Ctx() ctx: RequestContext,
    @Arg("employeeId", () => ID, { nullable: true, description: "Only this agent (Employee global id)." })
    _employeeId?: string | null,
  ): Promise<AgentPresenceChange> {
    return {
      reason: event.reason,
      occurredAt: new Date(event.occurredAt),
      // The same for every subscriber of this event: read once.
      status: await perEvent(event, "presence-status", () => loadStatus(freshEm(ctx), event.employeeId)),
    };
  }

  @Subscription(() => ActiveGroups, {
    topics: PRESENCE_CHANGED,
    filter: async ({ payload, context, args }: FilterData) =>
      ACTIVE_GROUP_REASONS.has(payload.reason) && matchesAgent(args, payload) && mayWatch(context, payload),
    description:
      "An agent's Active Groups changed (by them, a manager, login or Auto-Inactive): yours, or agents you " +
      "manage; rows limited to the departments you may see.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async activeGroupsChanged(
    @Root() event: PresenceChangedEvent,
    @Ctx() ctx: RequestContext,
    @Arg("employeeId", () => ID, { nullable: true, description: "Only this agent (Employee global id)." })
    _employeeId?: string | null,
  ): Promise<ActiveGroups> {
    const viewer = (await freshViewer(ctx, event))!;
    const scope =
      viewer.actor!.accountId === event.employeeId ? "all" : ((await watchScope(viewer)) ?? new Set());
    return loadActiveGroups(freshEm(ctx), event.employeeId, scope);
  }

  @Subscription(() => DashboardCounts, {
    topics: PRESENCE_CHANGED,
    filter: async ({ payload, context }: FilterData) => {
      const viewer = await freshViewer(context, payload);
      const scope = viewer && (await watchScope(viewer));
      return Boolean(scope) && (scope === "all" || payload.departmentIds.some((d) => scope!.has(d)));
    },
    description:
      "Active Agents counts, re-sent whenever an agent of your departments changes status (managers, " +
      "administrators; nothing for others).",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async dashboardCounts(
    @Root() event: PresenceChangedEvent,
    @Ctx() ctx: RequestContext,
  ): Promise<DashboardCounts> {
    const viewer = (await freshViewer(ctx, event))!;
    const scope = (await watchScope(viewer)) ?? new Set<string>();
    // Subscribers watching the same departments get the same counts: count once per event and scope.
    const scopeKey = scope === "all" ? "all" : [...scope].sort().join(",");
    return perEvent(event, `dashboard-counts:${scopeKey}`, () => dashboardCounts(freshEm(ctx), scope));
  }
}
