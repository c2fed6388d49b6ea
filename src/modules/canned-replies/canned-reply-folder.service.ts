import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import { employeeId, visibleReplies } from "./canned-reply-access.js";
import { CannedReply, CannedReplyFolder } from "./canned-reply.entity.js";
import type {
  CannedReplyFoldersArgs,
  CreateCannedReplyFolderInput,
  DeleteCannedReplyFolderInput,
  UpdateCannedReplyFolderInput,
} from "./canned-reply.inputs.js";
import { checkName, folderFromInput, folderSubtree } from "./canned-reply-rules.js";

/** The folder tree is shared by all agents (002 L4521-4546); visibility applies to the replies inside. */

export async function listFolders(ctx: RequestContext, args: CannedReplyFoldersArgs) {
  employeeId(ctx);
  const parent = args.parentId ? fromGlobalId(args.parentId, "CannedReplyFolder", "parentId") : null;
  return ctx.em.find(CannedReplyFolder, { parent }, { orderBy: { nameKey: "asc", id: "asc" } });
}

export async function getFolder(ctx: RequestContext, globalId: string): Promise<CannedReplyFolder> {
  employeeId(ctx);
  const folder = await ctx.em.findOne(CannedReplyFolder, {
    id: fromGlobalId(globalId, "CannedReplyFolder"),
  });
  if (!folder) throw new NotFoundError("Canned reply folder", globalId);
  return folder;
}

async function checkNameFree(
  em: EntityManager,
  v: Validation,
  name: string,
  parentId: string | null,
  exceptId?: string,
): Promise<void> {
  const clash = await em.count(CannedReplyFolder, {
    nameKey: name.toLowerCase(),
    parent: parentId,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  });
  v.check(clash === 0, "TAKEN", `A folder named "${name}" already exists there.`, ["name"]);
}

export async function createFolder(ctx: RequestContext, input: CreateCannedReplyFolderInput) {
  employeeId(ctx);
  const folder = await ctx.em.transactional(async (em) => {
    const v = new Validation();
    const name = checkName(v, input.name);
    const parent = input.parentId ? await folderFromInput(em, v, input.parentId, "parentId") : null;
    if (name) await checkNameFree(em, v, name, parent?.id ?? null);
    v.throwIfAny();
    const created = build(CannedReplyFolder, { name, nameKey: name.toLowerCase(), parent });
    em.persist(created);
    return created;
  });
  return { folder };
}

export async function updateFolder(ctx: RequestContext, input: UpdateCannedReplyFolderInput) {
  employeeId(ctx);
  const current = await getFolder(ctx, input.id);
  const folder = await ctx.em.transactional(async (em) => {
    const f = await em.findOneOrFail(CannedReplyFolder, { id: current.id });
    const v = new Validation();
    if (input.moveToTopLevel) f.parent = null;
    else if (input.parentId) {
      const parent = await folderFromInput(em, v, input.parentId, "parentId");
      if (parent && (await folderSubtree(em, f.id)).includes(parent.id)) {
        v.add("CYCLE", "A folder cannot move into itself or one of its subfolders.", ["parentId"]);
      } else f.parent = parent;
    }
    if (input.name !== null && input.name !== undefined) {
      f.name = checkName(v, input.name);
      f.nameKey = f.name.toLowerCase();
    }
    if (f.name) await checkNameFree(em, v, f.name, f.parent?.id ?? null, f.id);
    v.throwIfAny();
    return f;
  });
  ctx.loaders.clearAll();
  return { folder };
}

/**
 * Deletes the folder, its subfolders and their replies (002 L4546). Replies the caller cannot see (another
 * agent's personal replies, other departments') are moved to the root folder instead: a folder deletion must
 * not destroy work its author never got to see go.
 */
export async function deleteFolder(ctx: RequestContext, input: DeleteCannedReplyFolderInput) {
  employeeId(ctx);
  const folder = await getFolder(ctx, input.id);
  const visible = await visibleReplies(ctx);
  const movedToRootCount = await ctx.em.transactional(async (em) => {
    const ids = await folderSubtree(em, folder.id);
    const inside = await em.find(CannedReply, { folder: { $in: ids } }, { fields: ["id"] });
    const seen = await em.find(
      CannedReply,
      { $and: [{ folder: { $in: ids } }, visible] },
      { fields: ["id"] },
    );
    const seenIds = new Set(seen.map((r) => r.id));
    const hidden = inside.filter((r) => !seenIds.has(r.id)).map((r) => r.id);
    if (hidden.length) await em.nativeUpdate(CannedReply, { id: { $in: hidden } }, { folder: null });
    if (seenIds.size) await em.nativeDelete(CannedReply, { id: { $in: [...seenIds] } });
    await em.nativeDelete(CannedReplyFolder, { id: folder.id });
    return hidden.length;
  });
  return { deletedFolderId: folder.globalId, movedToRootCount };
}
