import DataLoader from "dataloader";
import { defineLoader } from "../../core/context/loaders.js";
import { Account } from "../accounts/account.entity.js";

/** Accounts by id, one query per request whatever the number of tokens listed (owner, createdBy). */
export const accountById = defineLoader(
  "auth.accountById",
  (ctx) =>
    new DataLoader<string, Account | null>(async (ids) => {
      const rows = await ctx.em.find(Account, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);
