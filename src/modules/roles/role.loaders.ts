import DataLoader from "dataloader";
import { defineLoader } from "../../core/context/loaders.js";

/** How many accounts hold each role: one grouped count for every role of the page. */
export const roleUsersCountLoader = defineLoader(
  "roles.usersCount",
  (ctx) =>
    new DataLoader<string, number>(async (roleIds) => {
      const rows: Array<{ role_id: string; count: string }> = await ctx.em
        .getConnection()
        .execute(
          `select role_id, count(*) as count from account_role where role_id in (?) group by role_id`,
          [roleIds as string[]],
        );
      const counts = new Map(rows.map((r) => [r.role_id, Number(r.count)]));
      return roleIds.map((id) => counts.get(id) ?? 0);
    }),
);
