import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Public } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { chatCaller, chatFor } from "./chat-access.js";
import { chatMessagesFor, chatTranscript } from "./chat-admin.service.js";
import { liveChatAvailability, leaveChatMessage } from "./chat-offline.service.js";
import { endChat } from "./chat-lifecycle.service.js";
import { markChatRead, sendChatMessage, setChatTyping } from "./chat-message.service.js";
import { startChat } from "./chat-start.js";
import { emailChatTranscript } from "./chat-transcript.js";
import {
  EmailChatTranscriptInput,
  EndChatInput,
  LeaveChatMessageInput,
  MarkChatReadInput,
  SendChatMessageInput,
  SetChatTypingInput,
  StartChatInput,
} from "./chat.inputs.js";
import {
  ChatMessagePayload,
  ChatPayload,
  ChatSignalPayload,
  EmailChatTranscriptPayload,
  LeaveChatMessagePayload,
  LiveChatAvailability,
  StartChatPayload,
} from "./chat.types.js";

const INPUT = { description: "The mutation's input." };
const TOKEN_ARG = {
  nullable: true,
  description: "The visitor token startChat returned (anonymous visitors); signed-in callers leave it out.",
} as const;
const WHO =
  "Callable by the chat's customer (visitorToken, or the signed-in user who started it) and by employees " +
  "with Live Chats View who may see the chat (FORBIDDEN otherwise).";

/** The customer side of live chat, and the operations both sides share. */
@Resolver()
export class ChatResolver {
  @Query(() => LiveChatAvailability, {
    description:
      "Whether a department takes live chats now (holidays, business hours when disallowed, agents " +
      "receiving chats): what the live chat link shows (002 L3505, L7398-7450). Anyone may ask.",
  })
  @Public()
  liveChatAvailability(
    @Arg("departmentId", () => ID, { description: "The department." }) departmentId: string,
    @Arg("groupId", () => ID, { nullable: true, description: "A group of it; default the front line." })
    groupId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return liveChatAvailability(ctx, departmentId, groupId);
  }

  @Mutation(() => StartChatPayload, {
    description:
      "Starts a live chat (anyone: anonymous visitors, signed-in users). The chat goes to an available " +
      "agent or waits in the queue (chat.queuePosition). Returns the visitor token that reconnects to it. " +
      "Codes: CHAT_OFFLINE (leave a message instead), PROVIDER_REFUSED, PROVIDER_UNAVAILABLE, " +
      "INVALID_GROUP, INVALID_VISITOR_TOKEN, MESSAGE_TOO_LONG, custom-field codes.",
  })
  @Public()
  startChat(@Arg("input", () => StartChatInput, INPUT) input: StartChatInput, @Ctx() ctx: RequestContext) {
    return payload(() => startChat(ctx, input));
  }

  @Mutation(() => LeaveChatMessagePayload, {
    description:
      "While chat is offline the customer leaves a message: it becomes a ticket of the department " +
      "(002 L3505), through the ticket provider like every ticket. Anyone may call it.",
  })
  @Public()
  leaveChatMessage(
    @Arg("input", () => LeaveChatMessageInput, INPUT) input: LeaveChatMessageInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => leaveChatMessage(ctx, input));
  }

  @Mutation(() => ChatMessagePayload, {
    description:
      `Sends a message to the chat. ${WHO} Agents write once they own the chat or joined it as CO_CHAT. ` +
      "The message is stored with the next sequence number before it is published. Codes: CHAT_ENDED, " +
      "EMPTY_MESSAGE, MESSAGE_TOO_LONG, NOT_IN_CHAT; GraphQL error RATE_LIMITED when flooding.",
  })
  @Public()
  sendChatMessage(
    @Arg("input", () => SendChatMessageInput, INPUT) input: SendChatMessageInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => sendChatMessage(ctx, input));
  }

  @Mutation(() => ChatSignalPayload, {
    description: `Typing indicator (not stored). ${WHO} Customers' previews reach agents only (002 L1264).`,
  })
  @Public()
  setChatTyping(
    @Arg("input", () => SetChatTypingInput, INPUT) input: SetChatTypingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setChatTyping(ctx, input));
  }

  @Mutation(() => ChatSignalPayload, { description: `Read state: read up to a sequence number. ${WHO}` })
  @Public()
  markChatRead(
    @Arg("input", () => MarkChatReadInput, INPUT) input: MarkChatReadInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => markChatRead(ctx, input));
  }

  @Mutation(() => ChatPayload, {
    description: `Ends the chat. ${WHO} Agents: the owner, co-chat agents, managers, administrators. Code: CHAT_ENDED.`,
  })
  @Public()
  endChat(@Arg("input", () => EndChatInput, INPUT) input: EndChatInput, @Ctx() ctx: RequestContext) {
    return payload(() => endChat(ctx, input));
  }

  @Query(() => LiveChat, { description: `One live chat. ${WHO}` })
  @Public()
  async liveChat(
    @Arg("id", () => ID, { description: "The chat." }) id: string,
    @Arg("visitorToken", () => String, TOKEN_ARG) visitorToken: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return chatFor(ctx, await chatCaller(ctx, visitorToken), id, "id");
  }

  @Query(() => [ChatMessage], {
    description:
      `Messages of a chat after a sequence number, in order (catch-up after a reconnect). ${WHO} ` +
      "Customers never receive coaching messages.",
  })
  @Public()
  chatMessages(
    @Arg("chatId", () => ID, { description: "The chat." }) chatId: string,
    @Arg("afterSeq", () => Int, { nullable: true, description: "Only messages after this one (default 0)." })
    afterSeq: number | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many (default 100, at most 500)." })
    first: number | null,
    @Arg("visitorToken", () => String, TOKEN_ARG) visitorToken: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return chatMessagesFor(ctx, chatId, visitorToken, afterSeq ?? 0, first ?? 100);
  }

  @Query(() => String, {
    description: `The chat's transcript as plain text (002 L3424); the customer's has no coaching lines. ${WHO}`,
  })
  @Public()
  liveChatTranscript(
    @Arg("chatId", () => ID, { description: "The chat." }) chatId: string,
    @Arg("visitorToken", () => String, TOKEN_ARG) visitorToken: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return chatTranscript(ctx, chatId, visitorToken);
  }

  @Mutation(() => EmailChatTranscriptPayload, {
    description:
      "Email Transcript of an ended chat (002 L3424, L3428; customer side 002 L360), queued in the outbox " +
      "and sent from the department's SMTP account (else the brand's); coaching lines are left out. " +
      `${WHO} Employees send to the customer's address or to addresses they give; the customer only to the ` +
      "address they gave, once per chat.",
  })
  @Public()
  emailChatTranscript(
    @Arg("input", () => EmailChatTranscriptInput, INPUT) input: EmailChatTranscriptInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => emailChatTranscript(ctx, input));
  }
}
