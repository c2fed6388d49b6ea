import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import type { ConnectionArgs } from "../../core/graphql/pagination.js";
import { Validation } from "../../core/graphql/user-error.js";
import { checkMinimum, checkName, refuse } from "./checks.js";
import { departmentItemKinds } from "./department-items.js";
import { Department } from "./department.entity.js";
import { departmentForUpdate } from "./department.service.js";
import { Group, TIME_ESTIMATE_FIELDS } from "./group.entity.js";
import type { CreateGroupInput, GroupTimeEstimatesInput, UpdateGroupInput } from "./group.inputs.js";
import {
  assertDepartmentVisible,
  assertEmployeeReader,
  departmentScope,
  forgetScope,
  scopeFilter,
} from "./scope.js";

export async function listGroups(
  ctx: RequestContext,
  args: ConnectionArgs,
  departmentGlobalId?: string | null,
) {
  assertEmployeeReader(ctx);
  const departments: Record<string, unknown> = {};
  const ids = scopeFilter(await departmentScope(ctx));
  if (ids) departments.$in = ids.$in;
  if (departmentGlobalId) departments.$eq = fromGlobalId(departmentGlobalId, "Department", "departmentId");
  const where = Object.keys(departments).length ? { department: departments } : {};
  return paginate(ctx.em, Group, where, args, { orderBy: { name: "asc", id: "asc" } });
}

export async function getGroup(ctx: RequestContext, globalId: string): Promise<Group> {
  assertEmployeeReader(ctx);
  const group = await ctx.em.findOne(Group, { id: fromGlobalId(globalId, "Group") });
  if (!group) throw new NotFoundError("Group", globalId);
  await assertDepartmentVisible(ctx, group.department.id);
  return group;
}

/** The group and its department row, locked: name checks and front line rules see a stable department. */
async function groupForUpdate(em: EntityManager, globalId: string): Promise<Group> {
  const id = fromGlobalId(globalId, "Group");
  const found = await em.findOne(Group, { id });
  if (!found) throw new NotFoundError("Group", globalId);
  await em.findOne(Department, { id: found.department.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  return found;
}

async function checkGroupNameFree(
  em: EntityManager,
  v: Validation,
  departmentId: string,
  name: string,
  exceptId?: string,
) {
  const siblings = await em.find(Group, { department: departmentId }, { fields: ["name"] });
  if (siblings.some((g) => g.id !== exceptId && g.name.toLowerCase() === name.toLowerCase())) {
    v.add("TAKEN", `The department already has a group named "${name}".`, ["input", "name"]);
  }
}

function applyTimeEstimates(v: Validation, group: Group, input: GroupTimeEstimatesInput): void {
  for (const key of TIME_ESTIMATE_FIELDS) {
    if (input[key] === undefined) continue;
    checkMinimum(v, input[key], 0, ["input", "timeEstimates", key]);
    group[key] = input[key];
  }
}

export async function createGroup(ctx: RequestContext, input: CreateGroupInput) {
  const group = await ctx.em.transactional(async (em) => {
    const department = await departmentForUpdate(em, input.departmentId, "departmentId");
    const v = new Validation();
    const name = checkName(v, input.name, ["input", "name"]);
    if (name) await checkGroupNameFree(em, v, department.id, name);
    const group = build(Group, { department, name });
    if (input.timeEstimates) applyTimeEstimates(v, group, input.timeEstimates);
    v.throwIfAny();
    em.persist(group);
    await em.flush();
    return group;
  });
  ctx.loaders.clearAll();
  return { group };
}

export async function updateGroup(ctx: RequestContext, input: UpdateGroupInput) {
  const group = await ctx.em.transactional(async (em) => {
    const group = await groupForUpdate(em, input.id);
    const v = new Validation();
    if (input.name !== undefined && input.name !== null) {
      group.name = checkName(v, input.name, ["input", "name"]);
      if (group.name) await checkGroupNameFree(em, v, group.department.id, group.name, group.id);
    }
    if (input.timeEstimates) applyTimeEstimates(v, group, input.timeEstimates);
    v.throwIfAny();
    await em.flush();
    return group;
  });
  ctx.loaders.clearAll();
  return { group };
}

/**
 * Refused for a front line group (a department keeps exactly one). Items of registered kinds move to the
 * department's front line group; memberships go with the group.
 */
export async function deleteGroup(ctx: RequestContext, globalId: string) {
  await ctx.em.transactional(async (em) => {
    const group = await groupForUpdate(em, globalId);
    if (group.isFrontLine) {
      refuse(
        "FRONT_LINE_GROUP",
        "This is its department's front line group: make another group the front line group first.",
        ["input", "id"],
      );
    }
    const frontLine = await em.findOneOrFail(Group, { department: group.department.id, isFrontLine: true });
    for (const kind of departmentItemKinds()) await kind.moveGroupItems?.(em, group.id, frontLine.id);
    em.remove(group);
    await em.flush();
  });
  forgetScope(ctx);
  ctx.loaders.clearAll();
  return { deletedGroupId: globalId };
}
