import DataLoader from "dataloader";
import { defineLoader } from "../../core/context/loaders.js";
import { CannedReplyFolder } from "./canned-reply.entity.js";

/** Folder id -> the folder (or null): one query per batch. */
export const folderById = defineLoader(
  "cannedReplies.folderById",
  (ctx) =>
    new DataLoader<string, CannedReplyFolder | null>(async (ids) => {
      const rows = await ctx.em.find(CannedReplyFolder, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
);

/** Folder id -> its subfolders by name: one query per batch. */
export const foldersByParent = defineLoader(
  "cannedReplies.foldersByParent",
  (ctx) =>
    new DataLoader<string, CannedReplyFolder[]>(async (ids) => {
      const rows = await ctx.em.find(
        CannedReplyFolder,
        { parent: { $in: [...ids] } },
        { orderBy: { nameKey: "asc", id: "asc" } },
      );
      return ids.map((id) => rows.filter((r) => r.parent?.id === id));
    }),
);
