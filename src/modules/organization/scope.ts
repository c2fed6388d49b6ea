import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { PredefinedRole, Privilege } from "../roles/index.js";
import { Department } from "./department.entity.js";

/** Departments whose work the caller may see: every one, or the listed ids. */
export type DepartmentScope = "all" | ReadonlySet<string>;

interface Reach {
  groupIds: ReadonlySet<string>;
  departmentIds: DepartmentScope;
}

// Computed once per request: every list and field resolver of the request asks.
const reachOf = new WeakMap<RequestContext, Promise<Reach>>();

function isAdministrator(ctx: RequestContext): boolean {
  return ctx.actor?.roleKeys.has(PredefinedRole.ADMINISTRATOR) ?? false;
}

async function computeReach(ctx: RequestContext): Promise<Reach> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== "EMPLOYEE") return { groupIds: new Set(), departmentIds: new Set() };
  // Plain rows, not entities: every employee request that lists or checks anything runs this once.
  const memberships: Array<{ group_id: string; department_id: string }> = await ctx.em.execute(
    `select m.group_id, g.department_id
       from agent_group_membership m join department_group g on g.id = m.group_id
      where m.employee_id = ?`,
    [actor.accountId],
  );
  const groupIds = new Set(memberships.map((m) => m.group_id));
  if (isAdministrator(ctx)) return { groupIds, departmentIds: "all" };
  const departmentIds = new Set(memberships.map((m) => m.department_id));
  if (actor.roleKeys.has(PredefinedRole.MANAGER)) {
    const open = await ctx.em.find(Department, { allowManagersOutsideToView: true }, { fields: ["id"] });
    for (const d of open) departmentIds.add(d.id);
  }
  return { groupIds, departmentIds };
}

function reach(ctx: RequestContext): Promise<Reach> {
  let cached = reachOf.get(ctx);
  if (!cached) {
    cached = computeReach(ctx);
    reachOf.set(ctx, cached);
  }
  return cached;
}

/** After a write that changes memberships or department flags, later reads of the request recompute. */
export function forgetScope(ctx: RequestContext): void {
  reachOf.delete(ctx);
}

/**
 * The departments the caller may see (spec seed-D §2.6): administrators all (002 L6273); other employees the
 * departments where they belong to at least one group (002 L1284, L6268-6272); managers also every
 * department that allows managers from outside (002 L6013). End users: none.
 */
export async function departmentScope(ctx: RequestContext): Promise<DepartmentScope> {
  return (await reach(ctx)).departmentIds;
}

/** The groups the caller is a member of (tickets and chats of an agent are limited to these, 002 L6268). */
export async function groupIdsOf(ctx: RequestContext): Promise<ReadonlySet<string>> {
  return (await reach(ctx)).groupIds;
}

/**
 * Departments that let every agent find their items read-only through advanced search (002 L6012); the
 * tickets module adds them to departmentScope for searches only.
 */
export async function advancedSearchDepartmentIds(ctx: RequestContext): Promise<ReadonlySet<string>> {
  const rows = await ctx.em.find(
    Department,
    { allowAllAgentsToFindItemsInAdvancedSearch: true },
    { fields: ["id"] },
  );
  return new Set(rows.map((d) => d.id));
}

export function inScope(scope: DepartmentScope, departmentId: string): boolean {
  return scope === "all" || scope.has(departmentId);
}

/** A filter on department ids for a list query; undefined = no restriction. */
export function scopeFilter(scope: DepartmentScope): { $in: string[] } | undefined {
  return scope === "all" ? undefined : { $in: [...scope] };
}

/** Organization reads are for the management interface: end users are refused. */
export function assertEmployeeReader(ctx: RequestContext): void {
  if (!ctx.actor) throw new UnauthenticatedError();
  if (!ctx.actor.permissions.has(Privilege.MANAGEMENT_INTERFACE)) {
    throw new ForbiddenError(
      `This requires the ${Privilege.MANAGEMENT_INTERFACE} permission.`,
      Privilege.MANAGEMENT_INTERFACE,
    );
  }
}

/** Direct reads outside the caller's departments are refused, not silently empty. */
export async function assertDepartmentVisible(ctx: RequestContext, departmentId: string): Promise<void> {
  assertEmployeeReader(ctx);
  if (!inScope(await departmentScope(ctx), departmentId)) {
    throw new ForbiddenError("This department is outside the departments you belong to.");
  }
}
