import DataLoader from "dataloader";
import type { EntityName, FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { defineLoader } from "../../core/context/loaders.js";
import { Employee } from "../accounts/index.js";
import { Role } from "../roles/index.js";
import { Brand } from "./brand.entity.js";
import { Department } from "./department.entity.js";
import { Group } from "./group.entity.js";
import { Holiday } from "./holiday.entity.js";
import { AgentGroupMembership } from "./membership.entity.js";

/** One `id in (...)` query per batch; missing ids resolve to null. */
function byId<T extends { id: string }>(name: string, entity: EntityName<T>) {
  return defineLoader<string, T | null>(
    name,
    (ctx: RequestContext) =>
      new DataLoader(async (ids) => {
        const rows = (await ctx.em.find(entity, {
          id: { $in: [...ids] },
        } as unknown as FilterQuery<T>)) as T[];
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
  );
}

/** One query per batch for the children of many parents, grouped by the parent's id. */
function childrenOf<T extends object>(
  name: string,
  entity: EntityName<T>,
  where: (ids: string[]) => FilterQuery<T>,
  parentId: (row: T) => string,
  orderBy: Record<string, "asc" | "desc">,
) {
  return defineLoader<string, T[]>(
    name,
    (ctx: RequestContext) =>
      new DataLoader(async (ids) => {
        const rows = (await ctx.em.find(entity, where([...ids]), {
          orderBy: orderBy as never,
        })) as T[];
        const map = new Map<string, T[]>(ids.map((id) => [id, []]));
        for (const row of rows) map.get(parentId(row))?.push(row);
        return ids.map((id) => map.get(id)!);
      }),
  );
}

export const brandById = byId<Brand>("org.brandById", Brand);
export const departmentById = byId<Department>("org.departmentById", Department);
export const groupById = byId<Group>("org.groupById", Group);
export const employeeById = byId<Employee>("org.employeeById", Employee);
export const roleById = byId<Role>("org.roleById", Role);

export const departmentsByBrand = childrenOf<Department>(
  "org.departmentsByBrand",
  Department,
  (ids) => ({ brand: { $in: ids } }),
  (d) => d.brand.id,
  { name: "asc", id: "asc" },
);

export const groupsByDepartment = childrenOf<Group>(
  "org.groupsByDepartment",
  Group,
  (ids) => ({ department: { $in: ids } }),
  (g) => g.department.id,
  { name: "asc", id: "asc" },
);

export const membershipsByGroup = childrenOf<AgentGroupMembership>(
  "org.membershipsByGroup",
  AgentGroupMembership,
  (ids) => ({ group: { $in: ids } }),
  (m) => m.group.id,
  { createdAt: "asc", id: "asc" },
);

export const membershipsByEmployee = childrenOf<AgentGroupMembership>(
  "org.membershipsByEmployee",
  AgentGroupMembership,
  (ids) => ({ employee: { $in: ids } }),
  (m) => m.employee.id,
  { createdAt: "asc", id: "asc" },
);

export const holidaysByBrand = childrenOf<Holiday>(
  "org.holidaysByBrand",
  Holiday,
  (ids) => ({ brand: { $in: ids } }),
  (h) => h.brand!.id,
  { date: "asc", id: "asc" },
);

export const holidaysByDepartment = childrenOf<Holiday>(
  "org.holidaysByDepartment",
  Holiday,
  (ids) => ({ department: { $in: ids } }),
  (h) => h.department!.id,
  { date: "asc", id: "asc" },
);

/** The front line group of each department: the one flagged isFrontLine. */
export const frontLineGroupByDepartment = defineLoader<string, Group | null>(
  "org.frontLineGroupByDepartment",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Group, { department: { $in: [...ids] }, isFrontLine: true });
      const map = new Map(rows.map((g) => [g.department.id, g]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

/** Agents assigned to each department (distinct employees over its groups), as the list column (002 L5970). */
export const agentCountByDepartment = defineLoader<string, number>(
  "org.agentCountByDepartment",
  (ctx) =>
    new DataLoader(async (ids) => {
      const knex = ctx.em.getKnex();
      const rows: Array<{ department_id: string; agents: string | number }> = await ctx.em
        .getConnection()
        .execute(
          knex("agent_group_membership as m")
            .join("department_group as g", "g.id", "m.group_id")
            .whereIn("g.department_id", [...ids])
            .groupBy("g.department_id")
            .select("g.department_id", knex.raw("count(distinct m.employee_id) as agents")),
        );
      const map = new Map(rows.map((r) => [r.department_id, Number(r.agents)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
);
