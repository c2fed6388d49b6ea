import DataLoader from "dataloader";
import type { RequestContext } from "../../core/context/context.js";
import { defineLoader } from "../../core/context/loaders.js";
import { Employee } from "../accounts/index.js";
import { EventRule } from "./event-rule.entity.js";

export const ownerById = defineLoader<string, Employee | null>(
  "events.ownerById",
  (ctx: RequestContext) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(Employee, { id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

/** Rules of evaluations (null once deleted). */
export const ruleById = defineLoader<string, EventRule | null>(
  "events.ruleById",
  (ctx: RequestContext) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(EventRule, { id: { $in: [...ids] } });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);
