import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { AgentGroupMembership, ChatHandling, departmentScope, inScope } from "../organization/index.js";
import type { DepartmentScope } from "../organization/index.js";
import { PredefinedRole, permissionKey } from "../roles/index.js";
import { AgentPresence } from "./presence.entity.js";
import { publishPresence } from "./presence.events.js";
import type { PresenceChangeReason } from "./presence.events.js";
import { Availability } from "./presence.types.js";
import type { ActiveGroupRow, ActiveGroups, AgentStatus, SetMyActiveGroupsInput } from "./presence.types.js";

export const MANAGE_AGENT_STATUS = permissionKey("DISTRIBUTION", "MANAGE_AGENT_STATUS");

/** The employee's presence row, created (Available, offline) on first need. */
export async function presenceRow(
  em: EntityManager,
  employeeId: string,
  lock = false,
): Promise<AgentPresence> {
  await em.execute(
    `insert into agent_presence (id, employee_id, available, online, created_at, updated_at)
     values (gen_random_uuid(), ?, true, false, now(), now()) on conflict (employee_id) do nothing`,
    [employeeId],
  );
  return em.findOneOrFail(
    AgentPresence,
    { employee: employeeId },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : { refresh: true },
  );
}

/** Statuses of several agents in two statements (dashboards list many). */
export async function loadStatuses(
  em: EntityManager,
  employeeIds: string[],
): Promise<Map<string, AgentStatus>> {
  if (!employeeIds.length) return new Map();
  const [employees, rows, actives] = await Promise.all([
    em.find(Employee, { id: { $in: employeeIds } }, { fields: ["displayName"] }),
    em.find(AgentPresence, { employee: { $in: employeeIds } }, { refresh: true }),
    em.execute<Array<{ employee_id: string }>>(
      `select distinct employee_id from agent_group_membership
       where employee_id = any(?::uuid[]) and (tickets_active or coalesce(chats_active, false))`,
      [`{${employeeIds.join(",")}}`],
    ),
  ]);
  const byEmployee = new Map(rows.map((r) => [r.employee.id, r]));
  const active = new Set(actives.map((a) => a.employee_id));
  return new Map(
    employees.map((e) => {
      const p = byEmployee.get(e.id);
      const status: AgentStatus = {
        employeeId: toGlobalId("Employee", e.id),
        displayName: e.displayName,
        availability: p && !p.available ? Availability.UNAVAILABLE : Availability.AVAILABLE,
        online: p?.online ?? false,
        onlineChangedAt: p?.onlineChangedAt ?? null,
        lastActivityAt: p?.lastActivityAt ?? null,
        active: active.has(e.id),
      };
      return [e.id, status];
    }),
  );
}

export async function loadStatus(em: EntityManager, employeeId: string): Promise<AgentStatus> {
  const status = (await loadStatuses(em, [employeeId])).get(employeeId);
  if (!status) throw new NotFoundError("Employee");
  return status;
}

/** The Active Groups rows of an agent, limited to the departments in `scope`. */
export async function loadActiveGroups(
  em: EntityManager,
  employeeId: string,
  scope: DepartmentScope,
): Promise<ActiveGroups> {
  const memberships = await em.find(
    AgentGroupMembership,
    { employee: employeeId },
    { populate: ["group", "group.department"], refresh: true },
  );
  const groups: ActiveGroupRow[] = memberships
    .filter((m) => inScope(scope, m.group.department.id))
    .map((m) => ({
      groupId: toGlobalId("Group", m.group.id),
      groupName: m.group.name,
      departmentId: toGlobalId("Department", m.group.department.id),
      departmentName: m.group.department.name,
      ticketsActive: m.ticketsActive,
      chatsActive: m.chatHandling === ChatHandling.CHAT_DISABLED ? null : Boolean(m.chatsActive),
      callsActive: null,
    }))
    .sort(
      (a, b) => a.departmentName.localeCompare(b.departmentName) || a.groupName.localeCompare(b.groupName),
    );
  return { status: await loadStatus(em, employeeId), groups };
}

function employeeActor(ctx: RequestContext) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  if (actor.kind !== "EMPLOYEE") throw new ForbiddenError("Only employees have an agent status.");
  return actor;
}

/**
 * The departments in which the caller may see (and, with `forWrite`, set) the agent's status: their own
 * everywhere; others' for administrators everywhere and for managers in their departments (002 L2754-2762,
 * L5575). Setting needs Manage Agent Status (002 L6717-6719), for oneself too.
 */
export async function agentStatusScope(
  ctx: RequestContext,
  employeeId: string,
  forWrite: boolean,
): Promise<DepartmentScope> {
  const actor = employeeActor(ctx);
  if (forWrite && !actor.permissions.has(MANAGE_AGENT_STATUS)) {
    throw new ForbiddenError(`This requires the ${MANAGE_AGENT_STATUS} permission.`, MANAGE_AGENT_STATUS);
  }
  if (actor.accountId === employeeId) return "all";
  const admin = actor.roleKeys.has(PredefinedRole.ADMINISTRATOR);
  if (!admin && !actor.roleKeys.has(PredefinedRole.MANAGER)) {
    throw new ForbiddenError("Only managers and administrators see other agents' status.");
  }
  const employee = await ctx.em.findOne(Employee, { id: employeeId }, { fields: ["id"] });
  if (!employee) throw new NotFoundError("Employee");
  if (admin) return "all";
  const scope = await departmentScope(ctx);
  const memberships = await ctx.em.find(
    AgentGroupMembership,
    { employee: employeeId },
    { populate: ["group"] },
  );
  if (!memberships.some((m) => inScope(scope, m.group.department.id))) {
    throw new ForbiddenError("This agent works outside the departments you manage.");
  }
  return scope;
}

export function employeeIdOf(globalId: string): string {
  return fromGlobalId(globalId, "Employee", "employeeId");
}

/** Applies "all" switches then per-group changes, in one transaction; refusals change nothing. */
export async function setActiveGroups(
  ctx: RequestContext,
  employeeId: string,
  input: SetMyActiveGroupsInput,
  scope: DepartmentScope,
  reason: PresenceChangeReason = "ACTIVE_GROUPS",
): Promise<{ activeGroups: ActiveGroups }> {
  await ctx.em.transactional(async (em) => {
    // Row locks first (plain select: FOR UPDATE and the populate joins do not mix), then the entities.
    await em.execute(`select id from agent_group_membership where employee_id = ? for update`, [employeeId]);
    const memberships = (
      await em.find(AgentGroupMembership, { employee: employeeId }, { populate: ["group"], refresh: true })
    ).filter((m) => inScope(scope, m.group.department.id));
    const v = new Validation();
    for (const m of memberships) {
      if (input.allTickets !== undefined && input.allTickets !== null) m.ticketsActive = input.allTickets;
      if (
        input.allChats !== undefined &&
        input.allChats !== null &&
        m.chatHandling !== ChatHandling.CHAT_DISABLED
      )
        m.chatsActive = input.allChats;
    }
    input.changes.forEach((change, i) => {
      const path = ["input", "changes", String(i)];
      const groupId = fromGlobalId(change.groupId, "Group", "groupId");
      const m = memberships.find((x) => x.group.id === groupId);
      if (!m)
        return void v.add("NOT_MEMBER", "The agent is not a member of this group.", [...path, "groupId"]);
      if (change.tickets !== undefined && change.tickets !== null) m.ticketsActive = change.tickets;
      if (change.chats !== undefined && change.chats !== null) {
        if (m.chatHandling === ChatHandling.CHAT_DISABLED) {
          v.add("NOT_APPLICABLE", "Live chat is disabled for the agent in this group (N/A).", [
            ...path,
            "chats",
          ]);
        } else m.chatsActive = change.chats;
      }
    });
    v.throwIfAny();
    await em.flush();
    await publishPresence(ctx.app, em, employeeId, reason);
  });
  return { activeGroups: await loadActiveGroups(ctx.app.orm.em.fork() as EntityManager, employeeId, scope) };
}

export async function setMyAvailability(ctx: RequestContext, availability: Availability) {
  const actor = employeeActor(ctx);
  await ctx.em.transactional(async (em) => {
    const row = await presenceRow(em, actor.accountId, true);
    const available = availability === Availability.AVAILABLE;
    if (row.available === available) return;
    row.available = available;
    await em.flush();
    await publishPresence(ctx.app, em, actor.accountId, "AVAILABILITY");
  });
  return { status: await loadStatus(ctx.app.orm.em.fork() as EntityManager, actor.accountId) };
}
