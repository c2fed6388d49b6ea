import type { RequestContext } from "../../core/context/context.js";
import type { NodeFetcher } from "../../core/module.js";
import { Brand } from "./brand.entity.js";
import { Department } from "./department.entity.js";
import { Group } from "./group.entity.js";
import { Holiday } from "./holiday.entity.js";
import { AgentGroupMembership } from "./membership.entity.js";
import { assertDepartmentVisible, assertEmployeeReader } from "./scope.js";

/*
 * node(id) applies the same rules as the direct queries: employees only, and FORBIDDEN (not null) for
 * departments, groups and memberships outside the caller's departments.
 */

async function brand(ctx: RequestContext, id: string) {
  assertEmployeeReader(ctx);
  return ctx.em.findOne(Brand, { id });
}

async function department(ctx: RequestContext, id: string) {
  assertEmployeeReader(ctx);
  const found = await ctx.em.findOne(Department, { id });
  if (found) await assertDepartmentVisible(ctx, found.id);
  return found;
}

async function group(ctx: RequestContext, id: string) {
  assertEmployeeReader(ctx);
  const found = await ctx.em.findOne(Group, { id });
  if (found) await assertDepartmentVisible(ctx, found.department.id);
  return found;
}

async function membership(ctx: RequestContext, id: string) {
  assertEmployeeReader(ctx);
  const found = await ctx.em.findOne(AgentGroupMembership, { id }, { populate: ["group"] });
  if (found) await assertDepartmentVisible(ctx, found.group.department.id);
  return found;
}

/** Brand holidays are as public as brands; department holidays follow the department's scope. */
async function holiday(ctx: RequestContext, id: string) {
  assertEmployeeReader(ctx);
  const found = await ctx.em.findOne(Holiday, { id });
  if (found?.department) await assertDepartmentVisible(ctx, found.department.id);
  return found;
}

export const organizationNodes: Record<string, NodeFetcher> = {
  Brand: brand,
  Department: department,
  Group: group,
  AgentGroupMembership: membership,
  Holiday: holiday,
};
