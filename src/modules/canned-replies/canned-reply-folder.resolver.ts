import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { cannedPermission } from "./canned-reply-access.js";
import { CannedReplyFolder } from "./canned-reply.entity.js";
import {
  CannedReplyFoldersArgs,
  CreateCannedReplyFolderInput,
  DeleteCannedReplyFolderInput,
  UpdateCannedReplyFolderInput,
} from "./canned-reply.inputs.js";
import { folderById, foldersByParent } from "./canned-reply.loaders.js";
import { CannedReplyFolderPayload, DeleteCannedReplyFolderPayload } from "./canned-reply.payloads.js";
import {
  createFolder,
  deleteFolder,
  getFolder,
  listFolders,
  updateFolder,
} from "./canned-reply-folder.service.js";

const INPUT = { description: "The mutation's input." };

/** Folders are managed with the reply permissions: create with CREATE, edit/move with EDIT, delete with DELETE. */
@Resolver(() => CannedReplyFolder)
export class CannedReplyFolderResolver {
  @Query(() => [CannedReplyFolder], {
    description: "Canned reply folders at one level of the tree (the navigation pane, 002 L4521), by name.",
  })
  @RequirePermission(cannedPermission("VIEW_INSERT"))
  cannedReplyFolders(
    @Args(() => CannedReplyFoldersArgs) args: CannedReplyFoldersArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return listFolders(ctx, args);
  }

  @Query(() => CannedReplyFolder, { description: "One folder; NOT_FOUND when missing." })
  @RequirePermission(cannedPermission("VIEW_INSERT"))
  cannedReplyFolder(
    @Arg("id", () => ID, { description: "The folder's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getFolder(ctx, id);
  }

  @Mutation(() => CannedReplyFolderPayload, {
    description:
      "Creates a folder (002 L4527-4532); needs CANNED_REPLIES_CREATE. Codes: REQUIRED, TOO_LONG, TAKEN, NOT_FOUND.",
  })
  @RequirePermission(cannedPermission("CREATE"))
  createCannedReplyFolder(
    @Arg("input", () => CreateCannedReplyFolderInput, INPUT) input: CreateCannedReplyFolderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CannedReplyFolderPayload> {
    return payload(() => createFolder(ctx, input));
  }

  @Mutation(() => CannedReplyFolderPayload, {
    description:
      "Renames or moves a folder (002 L4542-4544); needs CANNED_REPLIES_EDIT. Codes: REQUIRED, TOO_LONG, TAKEN, " +
      "NOT_FOUND, CYCLE.",
  })
  @RequirePermission(cannedPermission("EDIT"))
  updateCannedReplyFolder(
    @Arg("input", () => UpdateCannedReplyFolderInput, INPUT) input: UpdateCannedReplyFolderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CannedReplyFolderPayload> {
    return payload(() => updateFolder(ctx, input));
  }

  @Mutation(() => DeleteCannedReplyFolderPayload, {
    description:
      "Deletes a folder, its subfolders and the replies in them the caller sees (002 L4546); replies the caller " +
      "cannot see move to the root folder. Needs CANNED_REPLIES_DELETE.",
  })
  @RequirePermission(cannedPermission("DELETE"))
  deleteCannedReplyFolder(
    @Arg("input", () => DeleteCannedReplyFolderInput, INPUT) input: DeleteCannedReplyFolderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteCannedReplyFolderPayload> {
    return payload(() => deleteFolder(ctx, input));
  }

  @FieldResolver(() => CannedReplyFolder, {
    nullable: true,
    description: "Parent Folder; null at the top level.",
  })
  parent(@Root() folder: CannedReplyFolder, @Ctx() ctx: RequestContext) {
    return folder.parent ? ctx.loaders.get(folderById).load(folder.parent.id) : null;
  }

  @FieldResolver(() => [CannedReplyFolder], { description: "Subfolders, by name." })
  children(@Root() folder: CannedReplyFolder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(foldersByParent).load(folder.id);
  }
}
