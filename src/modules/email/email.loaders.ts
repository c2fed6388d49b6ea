import DataLoader from "dataloader";
import { defineLoader } from "../../core/context/loaders.js";
import { IncomingMail, OutgoingMail } from "./spool.entity.js";

/** Raw content is a lazy column: loaded only when a list asks for it, in one query per batch. */
export const outgoingRawById = defineLoader<string, Buffer | null>(
  "email.outgoingRaw",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(
        OutgoingMail,
        { id: { $in: [...ids] } },
        { populate: ["raw"], fields: ["id", "raw"] },
      );
      const map = new Map(rows.map((r) => [r.id, r.raw]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);

export const incomingRawById = defineLoader<string, Buffer | null>(
  "email.incomingRaw",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows = await ctx.em.find(
        IncomingMail,
        { id: { $in: [...ids] } },
        { populate: ["raw"], fields: ["id", "raw"] },
      );
      const map = new Map(rows.map((r) => [r.id, r.raw]));
      return ids.map((id) => map.get(id) ?? null);
    }),
);
