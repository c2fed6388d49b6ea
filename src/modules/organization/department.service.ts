import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import type { ConnectionArgs } from "../../core/graphql/pagination.js";
import { Validation } from "../../core/graphql/user-error.js";
import { PredefinedRole, Role } from "../roles/index.js";
import { Brand } from "./brand.entity.js";
import { mergeBusinessHours } from "./business-hours.js";
import { checkMinimum, checkName, optionalLanguage, optionalText } from "./checks.js";
import { Department } from "./department.entity.js";
import type {
  CloneDepartmentInput,
  CreateDepartmentInput,
  DepartmentSettingsInput,
  FrontLineGroupInput,
  SetDepartmentBusinessHoursInput,
  UpdateDepartmentInput,
} from "./department.inputs.js";
import { Group, TIME_ESTIMATE_FIELDS } from "./group.entity.js";
import { Holiday } from "./holiday.entity.js";
import { resolveRoleRefs } from "./role-refs.js";
import {
  assertDepartmentVisible,
  assertEmployeeReader,
  departmentScope,
  forgetScope,
  scopeFilter,
} from "./scope.js";

const HTML_MAX = 100_000;

export async function listDepartments(
  ctx: RequestContext,
  args: ConnectionArgs,
  brandGlobalId?: string | null,
) {
  assertEmployeeReader(ctx);
  const where: Record<string, unknown> = {};
  const ids = scopeFilter(await departmentScope(ctx));
  if (ids) where.id = ids;
  if (brandGlobalId) where.brand = fromGlobalId(brandGlobalId, "Brand", "brandId");
  return paginate(ctx.em, Department, where, args, { orderBy: { name: "asc", id: "asc" } });
}

export async function getDepartment(ctx: RequestContext, globalId: string): Promise<Department> {
  assertEmployeeReader(ctx);
  const id = fromGlobalId(globalId, "Department");
  const department = await ctx.em.findOne(Department, { id });
  if (!department) throw new NotFoundError("Department", globalId);
  await assertDepartmentVisible(ctx, department.id);
  return department;
}

export async function departmentForUpdate(
  em: EntityManager,
  globalId: string,
  field = "id",
): Promise<Department> {
  const id = fromGlobalId(globalId, "Department", field);
  const department = await em.findOne(Department, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!department) throw new NotFoundError("Department", globalId);
  return department;
}

async function brandOf(
  em: EntityManager,
  v: Validation,
  globalId: string | null | undefined,
): Promise<Brand | null> {
  const brand = globalId
    ? await em.findOne(Brand, { id: fromGlobalId(globalId, "Brand", "brandId") })
    : await em.findOne(Brand, { isDefault: true });
  if (!brand) v.add("NOT_FOUND", "No such brand.", ["input", "brandId"]);
  return brand;
}

/** Names are unique per brand, compared case-insensitively (decisions.md). */
async function checkNameFree(
  em: EntityManager,
  v: Validation,
  brand: Brand,
  name: string,
  exceptId?: string,
) {
  // The brand row lock serialises name checks (and deleteBrand) across concurrent writers.
  await em.findOne(Brand, { id: brand.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const siblings = await em.find(Department, { brand: brand.id }, { fields: ["name"] });
  const clash = siblings.some((d) => d.id !== exceptId && d.name.toLowerCase() === name.toLowerCase());
  if (clash) v.add("TAKEN", `The brand already has a department named "${name}".`, ["input", "name"]);
}

async function applySettings(
  em: EntityManager,
  v: Validation,
  d: Department,
  input: DepartmentSettingsInput,
) {
  if (input.preferredLanguage !== undefined) {
    d.preferredLanguage = optionalLanguage(v, input.preferredLanguage, ["input", "preferredLanguage"]);
  }
  for (const flag of [
    "allowAllAgentsToFindItemsInAdvancedSearch",
    "allowManagersOutsideToView",
    "markTimeLogsBillableByDefault",
    "inheritBusinessHoursFromBrand",
    "inheritHolidaysFromBrand",
  ] as const) {
    const value = input[flag];
    if (value !== undefined && value !== null) d[flag] = value;
  }
  const tickets = input.tickets;
  if (tickets) {
    const roles = await resolveRoleRefs(em, v, [
      {
        prop: "newTicketsInPortalRole",
        value: tickets.newTicketsInPortalRoleId,
        field: ["input", "tickets", "newTicketsInPortalRoleId"],
      },
    ]);
    if (roles.has("newTicketsInPortalRole")) d.newTicketsInPortalRole = roles.get("newTicketsInPortalRole")!;
    for (const key of ["autoCloseAfterHours", "autoLockAfterHours", "autoDeleteAfterDays"] as const) {
      if (tickets[key] === undefined) continue;
      checkMinimum(v, tickets[key], 1, ["input", "tickets", key]);
      d[key] = tickets[key];
    }
    for (const flag of [
      "requireResolutionToClose",
      "requireAllTasksCompletedToClose",
      "notifyCustomerOnAutoClose",
    ] as const) {
      const value = tickets[flag];
      if (value !== undefined && value !== null) d[flag] = value;
    }
  }
  if (input.callLogs && input.callLogs.callLogAutoDeleteAfterDays !== undefined) {
    const days = input.callLogs.callLogAutoDeleteAfterDays;
    checkMinimum(v, days, 1, ["input", "callLogs", "callLogAutoDeleteAfterDays"]);
    d.callLogAutoDeleteAfterDays = days;
  }
  const messages = input.customMessages;
  if (messages) {
    for (const key of ["beforeTicketSubmissionMessage", "afterTicketSubmissionMessage"] as const) {
      if (messages[key] !== undefined) {
        d[key] = optionalText(v, messages[key], ["input", "customMessages", key], HTML_MAX);
      }
    }
  }
}

/**
 * Picks or creates the front line group. The new group is returned unflagged: the caller flips the flag
 * after unflagging the old one, so the partial unique index never sees two front line groups.
 */
async function chooseFrontLine(
  em: EntityManager,
  v: Validation,
  department: Department,
  input: FrontLineGroupInput,
): Promise<Group | null> {
  const field = ["input", "frontLineGroup"];
  const hasId = Boolean(input.groupId);
  const hasName = input.newGroupName !== undefined && input.newGroupName !== null;
  if (hasId === hasName) {
    v.add("INVALID", "Give either groupId or newGroupName.", field);
    return null;
  }
  if (hasId) {
    const id = fromGlobalId(input.groupId!, "Group", "frontLineGroup.groupId");
    const group = await em.findOne(Group, { id, department: department.id });
    if (!group)
      v.add("NOT_IN_DEPARTMENT", "The group is not a group of this department.", [...field, "groupId"]);
    return group;
  }
  const name = checkName(v, input.newGroupName!, [...field, "newGroupName"]);
  const siblings = await em.find(Group, { department: department.id }, { fields: ["name"] });
  if (siblings.some((g) => g.name.toLowerCase() === name.toLowerCase())) {
    v.add("TAKEN", `The department already has a group named "${name}".`, [...field, "newGroupName"]);
  }
  const group = build(Group, { department, name, isFrontLine: false });
  em.persist(group);
  return group;
}

async function flipFrontLine(em: EntityManager, department: Department, target: Group): Promise<void> {
  const current = await em.findOne(Group, { department: department.id, isFrontLine: true });
  if (current === target) return;
  if (current) {
    current.isFrontLine = false;
    await em.flush();
  }
  target.isFrontLine = true;
  await em.flush();
}

async function everyoneRole(em: EntityManager): Promise<Role | null> {
  return em.findOne(Role, { predefined: PredefinedRole.EVERYONE });
}

export async function createDepartment(ctx: RequestContext, input: CreateDepartmentInput) {
  const department = await ctx.em.transactional(async (em) => {
    const v = new Validation();
    const brand = await brandOf(em, v, input.brandId);
    const name = checkName(v, input.name, ["input", "name"]);
    if (brand && name) await checkNameFree(em, v, brand, name);
    const department = build(Department, { brand: brand ?? undefined, name });
    // Documented default n/s; Everyone keeps the portal's ticket form open (decisions.md).
    department.newTicketsInPortalRole = await everyoneRole(em);
    await applySettings(em, v, department, input);
    const frontLine = await chooseFrontLine(em, v, department, input.frontLineGroup);
    v.throwIfAny();
    frontLine!.isFrontLine = true;
    em.persist(department);
    await em.flush();
    return department;
  });
  ctx.loaders.clearAll();
  return { department };
}

export async function updateDepartment(ctx: RequestContext, input: UpdateDepartmentInput) {
  const department = await ctx.em.transactional(async (em) => {
    const department = await departmentForUpdate(em, input.id);
    const v = new Validation();
    if (input.brandId) {
      const brand = await brandOf(em, v, input.brandId);
      if (brand) department.brand = brand;
    }
    if (input.name !== undefined && input.name !== null)
      department.name = checkName(v, input.name, ["input", "name"]);
    if (department.name) await checkNameFree(em, v, department.brand, department.name, department.id);
    await applySettings(em, v, department, input);
    const frontLine = input.frontLineGroup
      ? await chooseFrontLine(em, v, department, input.frontLineGroup)
      : null;
    v.throwIfAny();
    await em.flush();
    if (frontLine) await flipFrontLine(em, department, frontLine);
    return department;
  });
  forgetScope(ctx);
  ctx.loaders.clearAll();
  return { department };
}

const CLONED_SETTINGS = [
  "preferredLanguage",
  "allowAllAgentsToFindItemsInAdvancedSearch",
  "allowManagersOutsideToView",
  "markTimeLogsBillableByDefault",
  "newTicketsInPortalRole",
  "autoCloseAfterHours",
  "autoLockAfterHours",
  "autoDeleteAfterDays",
  "requireResolutionToClose",
  "requireAllTasksCompletedToClose",
  "notifyCustomerOnAutoClose",
  "callLogAutoDeleteAfterDays",
  "beforeTicketSubmissionMessage",
  "afterTicketSubmissionMessage",
  "inheritBusinessHoursFromBrand",
  "inheritHolidaysFromBrand",
] as const;

export async function cloneDepartment(ctx: RequestContext, input: CloneDepartmentInput) {
  const department = await ctx.em.transactional(async (em) => {
    const source = await departmentForUpdate(em, input.id);
    const v = new Validation();
    const brand = input.brandId ? await brandOf(em, v, input.brandId) : source.brand;
    const name = checkName(v, input.name, ["input", "name"]);
    if (brand && name) await checkNameFree(em, v, brand, name);
    const sourceFrontLine = await em.findOne(Group, { department: source.id, isFrontLine: true });
    const groupName = checkName(v, input.frontLineGroupName ?? sourceFrontLine?.name ?? name, [
      "input",
      "frontLineGroupName",
    ]);
    v.throwIfAny();
    const copy = build(Department, {
      brand: brand!,
      name,
      businessHours: structuredClone(source.businessHours),
    });
    for (const key of CLONED_SETTINGS) (copy as unknown as Record<string, unknown>)[key] = source[key];
    const group = build(Group, { department: copy, name: groupName, isFrontLine: true });
    for (const key of TIME_ESTIMATE_FIELDS) group[key] = sourceFrontLine?.[key] ?? null;
    const holidays = await em.find(Holiday, { department: source.id });
    em.persist([
      copy,
      group,
      ...holidays.map((h) => build(Holiday, { department: copy, name: h.name, date: h.date })),
    ]);
    await em.flush();
    return copy;
  });
  ctx.loaders.clearAll();
  return { department };
}

export async function setDepartmentBusinessHours(
  ctx: RequestContext,
  input: SetDepartmentBusinessHoursInput,
) {
  const department = await ctx.em.transactional(async (em) => {
    const department = await departmentForUpdate(em, input.departmentId, "departmentId");
    const v = new Validation();
    department.businessHours = mergeBusinessHours(v, department.businessHours, input.days);
    v.throwIfAny();
    await em.flush();
    return department;
  });
  ctx.loaders.clearAll();
  return { department };
}
