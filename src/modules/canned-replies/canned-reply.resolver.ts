import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Connection } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Department, departmentById } from "../organization/index.js";
import { cannedPermission } from "./canned-reply-access.js";
import { CannedReply, CannedReplyFolder } from "./canned-reply.entity.js";
import {
  CannedRepliesArgs,
  CreateCannedReplyInput,
  DeleteCannedReplyInput,
  RenderCannedReplyInput,
  UpdateCannedReplyInput,
} from "./canned-reply.inputs.js";
import { folderById } from "./canned-reply.loaders.js";
import {
  CannedReplyPayload,
  DeleteCannedReplyPayload,
  RenderedCannedReply,
} from "./canned-reply.payloads.js";
import { renderCannedReply, VARIABLES_DESCRIPTION } from "./canned-reply-render.js";
import {
  createCannedReply,
  deleteCannedReply,
  getCannedReply,
  listCannedReplies,
  updateCannedReply,
} from "./canned-reply.service.js";

const CannedReplyConnection = Connection(CannedReply);
const INPUT = { description: "The mutation's input." };
const OPTION_RULE =
  "Drafts need CANNED_REPLIES_MARK_DRAFT, a type other than BOTH CHANGE_TYPE, a language CHANGE_LANGUAGE " +
  "(FORBIDDEN otherwise).";

@Resolver(() => CannedReply)
export class CannedReplyResolver {
  @Query(() => CannedReplyConnection, {
    description:
      "Canned replies the caller may see (their PERSONAL ones, their departments' DEPARTMENT ones, EVERYONE " +
      "ones; drafts only to their author and editors), by title. The search of 002 L4575-4601.",
  })
  @RequirePermission(cannedPermission("VIEW_INSERT"))
  cannedReplies(@Args(() => CannedRepliesArgs) args: CannedRepliesArgs, @Ctx() ctx: RequestContext) {
    return listCannedReplies(ctx, args);
  }

  @Query(() => CannedReply, {
    description: "One canned reply; NOT_FOUND when missing, FORBIDDEN when not assigned to the caller.",
  })
  @RequirePermission(cannedPermission("VIEW_INSERT"))
  cannedReply(
    @Arg("id", () => ID, { description: "The canned reply's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getCannedReply(ctx, id);
  }

  @Query(() => RenderedCannedReply, {
    description:
      "The reply's body ready to insert (002 L4476-4490), variables replaced by HTML-escaped values of the " +
      "ticket, its requester, department and brand, and the calling agent (or, with chatId, of the live " +
      "chat: TICKETNUMBER is then the chat number, SUBJECT its question). Variables (names are " +
      `case-insensitive; unknown ones are left as written and listed in unknownVariables): ${VARIABLES_DESCRIPTION}. ` +
      "Errors: NOT_FOUND/FORBIDDEN for the reply or ticket; BAD_USER_INPUT without a ticket or chat, or with " +
      "extensions.reason WRONG_TYPE for a chats-only reply on a ticket or a tickets-only reply on a chat.",
  })
  @RequirePermission(cannedPermission("VIEW_INSERT"))
  renderCannedReply(
    @Arg("input", () => RenderCannedReplyInput, { description: "The reply and what to render it for." })
    input: RenderCannedReplyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return renderCannedReply(ctx, input);
  }

  @Mutation(() => CannedReplyPayload, {
    description: `Creates a canned reply (002 L4494-4519). ${OPTION_RULE} Codes: REQUIRED, TOO_LONG, INVALID, NOT_FOUND.`,
  })
  @RequirePermission(cannedPermission("CREATE"))
  createCannedReply(
    @Arg("input", () => CreateCannedReplyInput, INPUT) input: CreateCannedReplyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CannedReplyPayload> {
    return payload(() => createCannedReply(ctx, input));
  }

  @Mutation(() => CannedReplyPayload, {
    description:
      "Edits, moves, reassigns or marks a canned reply the caller sees. Changing the status needs " +
      "MARK_DRAFT, the type CHANGE_TYPE, the language CHANGE_LANGUAGE, even with EDIT (FORBIDDEN). " +
      "Codes: REQUIRED, TOO_LONG, INVALID, NOT_FOUND.",
  })
  @RequirePermission(cannedPermission("EDIT"))
  updateCannedReply(
    @Arg("input", () => UpdateCannedReplyInput, INPUT) input: UpdateCannedReplyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CannedReplyPayload> {
    return payload(() => updateCannedReply(ctx, input));
  }

  @Mutation(() => DeleteCannedReplyPayload, {
    description: "Deletes a canned reply the caller sees (002 L4564-4572).",
  })
  @RequirePermission(cannedPermission("DELETE"))
  deleteCannedReply(
    @Arg("input", () => DeleteCannedReplyInput, INPUT) input: DeleteCannedReplyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteCannedReplyPayload> {
    return payload(() => deleteCannedReply(ctx, input));
  }

  @FieldResolver(() => CannedReplyFolder, { nullable: true, description: "Its folder; null = the root." })
  folder(@Root() reply: CannedReply, @Ctx() ctx: RequestContext) {
    return reply.folder ? ctx.loaders.get(folderById).load(reply.folder.id) : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: "With scope DEPARTMENT: the department." })
  department(@Root() reply: CannedReply, @Ctx() ctx: RequestContext) {
    return reply.department ? ctx.loaders.get(departmentById).load(reply.department.id) : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "With scope PERSONAL: the owner's id (always the caller, who alone sees it).",
  })
  ownerId(@Root() reply: CannedReply) {
    return reply.owner ? toGlobalId("Employee", reply.owner.id) : null;
  }
}
