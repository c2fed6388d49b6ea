import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, permissionKey } from "../roles/index.js";
import { LiveChat } from "./chat.entity.js";
import { CHAT_SEARCH, CHAT_TAKE, CHAT_TRANSFER, CHAT_VIEW } from "./chat-access.js";
import {
  attachChatToTicket,
  deleteLiveChats,
  departmentChatSettings,
  detachChatFromTicket,
  getLiveChatSettings,
  restoreLiveChats,
  searchLiveChats,
  updateDepartmentChatSettings,
  updateLiveChatSettings,
} from "./chat-admin.service.js";
import { purgeDeletedChats } from "./chat-retention.js";
import { joinChat, leaveChat, takeChat, transferChat } from "./chat-lifecycle.service.js";
import { LiveChatConnection, LiveChatsArgs, liveChats } from "./chat-list.js";
import { sendCoachingMessage } from "./chat-message.service.js";
import { DepartmentChatSettings, LiveChatSettings } from "./chat-settings.entity.js";
import {
  AttachChatToTicketInput,
  DetachChatFromTicketInput,
  JoinChatInput,
  LeaveChatInput,
  LiveChatIdsInput,
  LiveChatSearchInput,
  PurgeDeletedLiveChatsInput,
  SendCoachingMessageInput,
  TakeChatInput,
  TransferChatInput,
  UpdateDepartmentChatSettingsInput,
  UpdateLiveChatSettingsInput,
} from "./chat.inputs.js";
import {
  ChatMessagePayload,
  ChatPayload,
  ChatsPayload,
  DepartmentChatSettingsPayload,
  LiveChatSettingsPayload,
  PurgeDeletedLiveChatsPayload,
} from "./chat.types.js";

const INPUT = { description: "The mutation's input." };
const RELATED = permissionKey("LIVE_CHATS", "ADD_RELATED_ITEM");

/** The agents' side of live chat (Live Chats permissions, 002 L6642-6678). */
@Resolver()
export class ChatAgentResolver {
  @Query(() => LiveChatConnection, {
    description: "A live chat list view within your scope (Live Chats View).",
  })
  @RequirePermission(CHAT_VIEW)
  liveChats(@Args(() => LiveChatsArgs) args: LiveChatsArgs, @Ctx() ctx: RequestContext) {
    return liveChats(ctx, args);
  }

  @Query(() => [LiveChat], {
    description: "Live Chat Advanced Search (002 L3531-3561) within your scope (Live Chats Advanced Search).",
  })
  @RequirePermission(CHAT_SEARCH)
  searchLiveChats(
    @Arg("input", () => LiveChatSearchInput, { description: "The criteria." }) input: LiveChatSearchInput,
    @Ctx() ctx: RequestContext,
  ) {
    return searchLiveChats(ctx, input);
  }

  @Mutation(() => ChatPayload, {
    description:
      "Take a chat from the queue or from another agent (002 L3409): members of the chat's group, even " +
      "while Unavailable (Live Chats Take). Codes: CHAT_ENDED, NOT_GROUP_MEMBER.",
  })
  @RequirePermission(CHAT_TAKE)
  takeChat(@Arg("input", () => TakeChatInput, INPUT) input: TakeChatInput, @Ctx() ctx: RequestContext) {
    return payload(() => takeChat(ctx, input));
  }

  @Mutation(() => ChatPayload, {
    description:
      "Join a chat you may see as CO_CHAT (write to the customer beside the owner) or COACH (whisper " +
      "only; the customer is not told). Codes: CHAT_ENDED, ALREADY_OWNER, INVALID.",
  })
  @RequirePermission(CHAT_VIEW)
  joinChat(@Arg("input", () => JoinChatInput, INPUT) input: JoinChatInput, @Ctx() ctx: RequestContext) {
    return payload(() => joinChat(ctx, input));
  }

  @Mutation(() => ChatPayload, {
    description: "Leave a chat joined as co-chat or coach. Codes: NOT_IN_CHAT, OWNER_CANNOT_LEAVE.",
  })
  @RequirePermission(CHAT_VIEW)
  leaveChat(@Arg("input", () => LeaveChatInput, INPUT) input: LeaveChatInput, @Ctx() ctx: RequestContext) {
    return payload(() => leaveChat(ctx, input));
  }

  @Mutation(() => ChatMessagePayload, {
    description:
      "Coaching (002 L3466-3486): a whisper only agents see, never the customer; joins you as COACH if " +
      "you were not in the chat. Codes: CHAT_ENDED, EMPTY_MESSAGE, MESSAGE_TOO_LONG.",
  })
  @RequirePermission(CHAT_VIEW)
  sendCoachingMessage(
    @Arg("input", () => SendCoachingMessageInput, INPUT) input: SendCoachingMessageInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => sendCoachingMessage(ctx, input));
  }

  @Mutation(() => ChatPayload, {
    description:
      "Transfer to an agent, a group or a department (002 L3488-3501; Live Chats Transfer). Without an " +
      "agent the target group's automatic assignment decides, else its queue. Codes: CHAT_ENDED, " +
      "NOT_GROUP_MEMBER, INVALID_GROUP, NOT_FOUND, REQUIRED.",
  })
  @RequirePermission(CHAT_TRANSFER)
  transferChat(
    @Arg("input", () => TransferChatInput, INPUT) input: TransferChatInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => transferChat(ctx, input));
  }

  @Mutation(() => ChatPayload, {
    description: "Attach the chat to a ticket you may see (Live Chats Add Related Item).",
  })
  @RequirePermission(RELATED)
  attachChatToTicket(
    @Arg("input", () => AttachChatToTicketInput, INPUT) input: AttachChatToTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => attachChatToTicket(ctx, input));
  }

  @Mutation(() => ChatPayload, { description: "Detach the chat from its ticket. Code: NOT_ATTACHED." })
  @RequirePermission(RELATED)
  detachChatFromTicket(
    @Arg("input", () => DetachChatFromTicketInput, INPUT) input: DetachChatFromTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => detachChatFromTicket(ctx, input));
  }

  @Mutation(() => ChatsPayload, {
    description:
      "Delete ended chats (002 L3423, L3513-3519): managers and administrators with Live Chats View; " +
      "restorable. Code: CHAT_NOT_ENDED.",
  })
  @RequirePermission(CHAT_VIEW)
  deleteLiveChats(
    @Arg("input", () => LiveChatIdsInput, INPUT) input: LiveChatIdsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteLiveChats(ctx, input));
  }

  @Mutation(() => ChatsPayload, { description: "Restore deleted chats (managers and administrators)." })
  @RequirePermission(CHAT_VIEW)
  restoreLiveChats(
    @Arg("input", () => LiveChatIdsInput, INPUT) input: LiveChatIdsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => restoreLiveChats(ctx, input));
  }

  @Query(() => LiveChatSettings, { description: "System-wide live chat settings (administrators)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  liveChatSettings(@Ctx() ctx: RequestContext) {
    return getLiveChatSettings(ctx);
  }

  @Mutation(() => LiveChatSettingsPayload, {
    description: "Change the live chat settings (administrators). Code: INVALID.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  updateLiveChatSettings(
    @Arg("input", () => UpdateLiveChatSettingsInput, INPUT) input: UpdateLiveChatSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateLiveChatSettings(ctx, input));
  }

  @Query(() => DepartmentChatSettings, { description: "A department's live chat settings (administrators)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  departmentChatSettings(
    @Arg("departmentId", () => ID, { description: "The department." }) departmentId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return departmentChatSettings(ctx.em, fromGlobalId(departmentId, "Department", "departmentId"));
  }

  @Mutation(() => DepartmentChatSettingsPayload, {
    description: "Change a department's live chat settings (administrators).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  updateDepartmentChatSettings(
    @Arg("input", () => UpdateDepartmentChatSettingsInput, INPUT) input: UpdateDepartmentChatSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateDepartmentChatSettings(ctx, input));
  }

  @Mutation(() => PurgeDeletedLiveChatsPayload, {
    description:
      "Permanently removes live chats deleted before olderThan (default 90 days ago, 002 L3517); the " +
      "hourly retention sweep does the same on its own. Administrators only.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async purgeDeletedLiveChats(
    @Arg("input", () => PurgeDeletedLiveChatsInput, INPUT) input: PurgeDeletedLiveChatsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(async () => ({ purgedCount: await purgeDeletedChats(ctx.em, input.olderThan) }));
  }
}
