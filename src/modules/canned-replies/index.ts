import type { ModuleDefinition } from "../../core/module.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { cannedPermission, employeeId, visibleReplies } from "./canned-reply-access.js";
import { CannedReply, CannedReplyFolder } from "./canned-reply.entity.js";
import { CannedReplyFolderResolver } from "./canned-reply-folder.resolver.js";
import { CannedReplyResolver } from "./canned-reply.resolver.js";

export { CannedReply, CannedReplyFolder } from "./canned-reply.entity.js";
export { CannedReplyScope, CannedReplyStatus, CannedReplyType } from "./canned-reply.enums.js";
export {
  CANNED_REPLY_VARIABLES,
  escapeHtml,
  setChatCannedRenderer,
  substitute,
  ticketCannedValues,
} from "./canned-reply-render.js";
export type { ChatCannedRenderer } from "./canned-reply-render.js";
export { visibleReply } from "./canned-reply-access.js";

export const cannedRepliesModule: ModuleDefinition = {
  name: "canned-replies",
  entities: [CannedReplyFolder, CannedReply],
  resolvers: [CannedReplyResolver, CannedReplyFolderResolver],
  nodes: {
    // The same rules as the queries: null (not found) for a reply the caller may not see.
    async CannedReply(ctx, id) {
      assertPermission(ctx, cannedPermission("VIEW_INSERT"));
      return ctx.em.findOne(CannedReply, { $and: [{ id }, await visibleReplies(ctx)] });
    },
    async CannedReplyFolder(ctx, id) {
      assertPermission(ctx, cannedPermission("VIEW_INSERT"));
      employeeId(ctx);
      return ctx.em.findOne(CannedReplyFolder, { id });
    },
  },
};
