import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { createRequestContext } from "../../core/context/context.js";
import type { Actor } from "../../core/context/actor.js";
import { ForbiddenError } from "../../core/errors/app-errors.js";
import { perEvent, subscriberKey } from "../../core/events/per-event.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Account } from "../accounts/index.js";
import { AgentGroupMembership, ChatHandling, departmentScope, scopeFilter } from "../organization/index.js";
import type { DepartmentScope } from "../organization/index.js";
import { PredefinedRole } from "../roles/index.js";
import type { PresenceChangedEvent } from "./presence.events.js";
import { loadStatuses } from "./presence.service.js";
import type { ActiveRatio, DashboardCounts, UnitActivityRow } from "./presence.types.js";

/** Active Agents is for managers and administrators (002 L5575). */
export function assertDashboardViewer(ctx: RequestContext): void {
  const roles = ctx.actor?.roleKeys;
  if (!roles?.has(PredefinedRole.MANAGER) && !roles?.has(PredefinedRole.ADMINISTRATOR)) {
    throw new ForbiddenError("Active Agents is for managers and administrators.");
  }
}

const ratio = (): ActiveRatio => ({ active: 0, total: 0 });

/** By Agent, By Group and By Department counts over the departments in `scope` (002 L5583-5633). */
export async function dashboardCounts(em: EntityManager, scope: DepartmentScope): Promise<DashboardCounts> {
  const ids = scopeFilter(scope);
  const memberships = await em.find(AgentGroupMembership, ids ? { group: { department: ids } } : {}, {
    populate: ["group", "group.department"],
    refresh: true,
  });
  const agents = new Map<string, { tickets: ActiveRatio; chats: ActiveRatio }>();
  const groups = new Map<string, UnitActivityRow>();
  const departments = new Map<string, UnitActivityRow>();
  const unit = (map: Map<string, UnitActivityRow>, type: string, id: string, name: string) => {
    let row = map.get(id);
    if (!row)
      map.set(id, (row = { id: toGlobalId(type, id), name, ticketAgents: ratio(), chatAgents: ratio() }));
    return row;
  };
  for (const m of memberships) {
    const agent = agents.get(m.employee.id) ?? { tickets: ratio(), chats: ratio() };
    agents.set(m.employee.id, agent);
    const g = unit(groups, "Group", m.group.id, m.group.name);
    const d = unit(departments, "Department", m.group.department.id, m.group.department.name);
    for (const target of [agent.tickets, g.ticketAgents, d.ticketAgents]) {
      target.total++;
      if (m.ticketsActive) target.active++;
    }
    if (m.chatHandling === ChatHandling.CHAT_DISABLED) continue;
    for (const target of [agent.chats, g.chatAgents, d.chatAgents]) {
      target.total++;
      if (m.chatsActive) target.active++;
    }
  }
  // A department counts an agent once per group here; the ratio is over memberships (inferred, 002 L5628).
  const statuses = await loadStatuses(em, [...agents.keys()]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    byAgent: [...agents]
      .map(([id, r]) => ({ status: statuses.get(id)!, ticketGroups: r.tickets, chatGroups: r.chats }))
      .filter((r) => r.status)
      .sort((a, b) => a.status.displayName.localeCompare(b.status.displayName)),
    byGroup: [...groups.values()].sort(byName),
    byDepartment: [...departments.values()].sort(byName),
  };
}

/**
 * The subscriber as they are now: a subscription's context lives as long as the socket, so roles taken
 * away since (or a disabled account) must stop the events. Null = may see nothing. With the event, the
 * sockets of one account share one reading per event (perEvent).
 */
export async function freshViewer(ctx: RequestContext, event?: object): Promise<RequestContext | null> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== "EMPLOYEE") return null;
  if (event) return perEvent(event, `presence-viewer:${subscriberKey(actor)}`, () => readViewer(ctx, actor));
  return readViewer(ctx, actor);
}

async function readViewer(ctx: RequestContext, actor: Actor): Promise<RequestContext | null> {
  const em = ctx.app.orm.em.fork() as EntityManager;
  const account = await em.findOne(Account, { id: actor.accountId }, { populate: ["roles"] });
  if (!account || account.disabled) return null;
  const roleKeys = new Set(account.roles.getItems().flatMap((r) => (r.predefined ? [r.predefined] : [])));
  const fresh: Actor = { ...actor, roleKeys };
  return createRequestContext(ctx.app, fresh, { transport: "ws", requestId: ctx.requestId });
}

/** The departments a (fresh) viewer may watch other agents in; null = only themself. */
export async function watchScope(viewer: RequestContext): Promise<DepartmentScope | null> {
  const roles = viewer.actor!.roleKeys;
  if (roles.has(PredefinedRole.ADMINISTRATOR)) return "all";
  if (roles.has(PredefinedRole.MANAGER)) return departmentScope(viewer);
  return null;
}

/** Whether the subscriber may see this change: their own, or an agent of a department they watch. */
export async function mayWatch(ctx: RequestContext, event: PresenceChangedEvent): Promise<boolean> {
  const viewer = await freshViewer(ctx, event);
  if (!viewer) return false;
  if (viewer.actor!.accountId === event.employeeId) return true;
  const scope = await watchScope(viewer);
  if (!scope) return false;
  return scope === "all" || event.departmentIds.some((d) => scope.has(d));
}
