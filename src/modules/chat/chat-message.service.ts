import type { RequestContext } from "../../core/context/context.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { ChatMessage, ChatParticipant, LiveChat } from "./chat.entity.js";
import { ChatMessageKind, ChatParticipantRole, ChatStatus } from "./chat.enums.js";
import type { ChatCaller } from "./chat-access.js";
import { chatCaller, chatFor, visibleChat } from "./chat-access.js";
import type { ChatEventPayload } from "./chat.events.js";
import {
  appendMessage,
  chatTopic,
  lockChat,
  messageEvent,
  publishAfterCommit,
  recordChatEvent,
} from "./chat.events.js";
import { checkRate } from "./chat-rate-limit.js";
import { renderChatCannedReply } from "./chat-canned.js";
import { agentTyping, customerWrote } from "./chat-handoff.js";
import { chatSettings } from "./chat-settings.js";
import type {
  MarkChatReadInput,
  SendChatMessageInput,
  SendCoachingMessageInput,
  SetChatTypingInput,
} from "./chat.inputs.js";

function ended(): UserErrorException {
  return new UserErrorException([userError("CHAT_ENDED", "This chat has ended: no more messages.")]);
}

function senderKey(caller: ChatCaller): string {
  return caller.kind === "VISITOR" ? `v:${caller.visitorId}` : `a:${caller.accountId}`;
}

async function checkBody(
  ctx: RequestContext,
  body: string | null | undefined,
  field: string[],
): Promise<string> {
  const settings = await chatSettings(ctx.app, ctx.em);
  const text = (body ?? "").trim();
  if (!text) throw new UserErrorException([userError("EMPTY_MESSAGE", "Write something to send.", field)]);
  if (text.length > settings.maxMessageLength)
    throw new UserErrorException([
      userError("MESSAGE_TOO_LONG", `Messages are at most ${settings.maxMessageLength} characters.`, field),
    ]);
  return text;
}

async function rate(ctx: RequestContext, caller: ChatCaller): Promise<void> {
  const settings = await chatSettings(ctx.app, ctx.em);
  checkRate(ctx.app, senderKey(caller), settings.rateLimitMessages, settings.rateLimitWindowSeconds);
}

/** The employee's participation, or null. */
export async function participation(ctx: RequestContext, chatId: string, employeeId: string) {
  return ctx.em.findOne(
    ChatParticipant,
    { chat: chatId, employee: employeeId, leftAt: null },
    { refresh: true },
  );
}

async function displayName(ctx: RequestContext, caller: ChatCaller, chat: LiveChat): Promise<string> {
  if (caller.kind === "EMPLOYEE")
    return (await ctx.em.findOneOrFail(Employee, { id: caller.accountId })).displayName;
  return chat.customerName;
}

/**
 * A message from the customer (visitor token or signed-in owner) or from an agent in the chat (owner or
 * co-chat). Stored, with its sequence number, before anything is published: a subscriber that misses the
 * publication (a dropped socket) finds it by sequence number.
 */
export async function sendChatMessage(
  ctx: RequestContext,
  input: SendChatMessageInput,
): Promise<{ message: ChatMessage }> {
  const caller = await chatCaller(ctx, input.visitorToken);
  const chat = await chatFor(ctx, caller, input.chatId);
  await rate(ctx, caller);
  let body: string;
  if (input.cannedReplyId) {
    if (caller.kind !== "EMPLOYEE")
      throw new UserErrorException([
        userError("NOT_ALLOWED", "Only agents send canned replies.", ["input", "cannedReplyId"]),
      ]);
    if (input.body?.trim())
      throw new UserErrorException([
        userError("INVALID", "Give body or cannedReplyId, not both.", ["input", "body"]),
      ]);
    body = await checkBody(ctx, (await renderChatCannedReply(ctx, input.cannedReplyId, chat)).text, [
      "input",
      "cannedReplyId",
    ]);
  } else {
    body = await checkBody(ctx, input.body, ["input", "body"]);
  }
  if (chat.status === ChatStatus.ENDED || chat.deletedAt) throw ended();
  let kind = ChatMessageKind.CUSTOMER;
  if (caller.kind === "EMPLOYEE") {
    const part = await participation(ctx, chat.id, caller.accountId);
    if (!part || part.role === ChatParticipantRole.COACH)
      throw new UserErrorException([
        userError(
          "NOT_IN_CHAT",
          "Take the chat or join it as co-chat to write to the customer; coaches whisper.",
        ),
      ]);
    kind = ChatMessageKind.AGENT;
  }
  const name = await displayName(ctx, caller, chat);
  const message = await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    if (locked.status === ChatStatus.ENDED || locked.deletedAt) throw ended();
    const message = appendMessage(em, locked, {
      kind,
      body,
      authorName: name,
      authorId: caller.accountId,
    });
    await em.flush();
    if (kind === ChatMessageKind.CUSTOMER) await customerWrote(ctx.app, em, locked);
    await recordChatEvent(ctx.app, em, locked, "chat.messageAdded", caller.accountId, {
      messageId: message.id,
      seq: message.seq,
      author: kind === ChatMessageKind.AGENT ? "AGENT" : "CUSTOMER",
    });
    await publishAfterCommit(ctx.app, em, [messageEvent(message)]);
    return message;
  });
  return { message };
}

/**
 * Coaching (002 L3466-3486): any agent allowed to view the chat whispers to the agents; the owner answers the
 * same way. A coach who is not yet in the chat joins it as COACH. The customer never receives these.
 */
export async function sendCoachingMessage(
  ctx: RequestContext,
  input: SendCoachingMessageInput,
): Promise<{ message: ChatMessage }> {
  const chat = await visibleChat(ctx, input.chatId);
  const me = ctx.actor!.accountId;
  await rate(ctx, { kind: "EMPLOYEE", accountId: me, name: "" });
  const body = await checkBody(ctx, input.body, ["input", "body"]);
  if (chat.status === ChatStatus.ENDED || chat.deletedAt) throw ended();
  const employee = await ctx.em.findOneOrFail(Employee, { id: me });
  const message = await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    if (locked.status === ChatStatus.ENDED || locked.deletedAt) throw ended();
    const part = await em.findOne(ChatParticipant, { chat: chat.id, employee: me });
    if (!part)
      em.persist(
        Object.assign(new ChatParticipant(), {
          chat: locked,
          employee: em.getReference(Employee, me),
          role: ChatParticipantRole.COACH,
        }),
      );
    else if (part.leftAt) Object.assign(part, { leftAt: null, role: ChatParticipantRole.COACH });
    const message = appendMessage(em, locked, {
      kind: ChatMessageKind.COACHING,
      body,
      authorName: `${employee.displayName} (coaching)`,
      authorId: me,
    });
    await em.flush();
    await publishAfterCommit(ctx.app, em, [messageEvent(message)]);
    return message;
  });
  return { message };
}

/** Typing indicators are not stored: they go straight to the chat's subscribers. */
export async function setChatTyping(
  ctx: RequestContext,
  input: SetChatTypingInput,
): Promise<{ ok: boolean }> {
  const caller = await chatCaller(ctx, input.visitorToken);
  const chat = await chatFor(ctx, caller, input.chatId);
  if (chat.status === ChatStatus.ENDED || chat.deletedAt) throw ended();
  const settings = await chatSettings(ctx.app, ctx.em);
  const customer = caller.kind !== "EMPLOYEE";
  if (!customer && input.typing) await agentTyping(ctx.app, ctx.em, chat, caller.accountId);
  const event: ChatEventPayload = {
    chatId: chat.id,
    kind: "TYPING",
    occurredAt: new Date().toISOString(),
    side: customer ? "CUSTOMER" : "AGENT",
    accountId: caller.accountId,
    name: await displayName(ctx, caller, chat),
    typing: input.typing,
    preview:
      customer && input.typing ? (input.preview ?? "").slice(0, settings.maxMessageLength) || null : null,
  };
  ctx.app.pubsub.publish(chatTopic(chat.id), event);
  return { ok: true };
}

/** Read state: the customer's on the chat, an agent's on their participation (only forward). */
export async function markChatRead(ctx: RequestContext, input: MarkChatReadInput): Promise<{ ok: boolean }> {
  const caller = await chatCaller(ctx, input.visitorToken);
  const chat = await chatFor(ctx, caller, input.chatId);
  if (input.seq < 0 || input.seq > chat.lastSeq)
    throw new UserErrorException([
      userError("INVALID", "No message has this sequence number.", ["input", "seq"]),
    ]);
  const customer = caller.kind !== "EMPLOYEE";
  if (customer) {
    await ctx.em.nativeUpdate(
      LiveChat,
      { id: chat.id, customerReadSeq: { $lt: input.seq } },
      { customerReadSeq: input.seq },
    );
  } else {
    const updated = await ctx.em.nativeUpdate(
      ChatParticipant,
      { chat: chat.id, employee: caller.accountId, lastReadSeq: { $lt: input.seq } },
      { lastReadSeq: input.seq },
    );
    if (!updated && !(await participation(ctx, chat.id, caller.accountId)))
      throw new UserErrorException([userError("NOT_IN_CHAT", "You are not in this chat.")]);
  }
  ctx.app.pubsub.publish(chatTopic(chat.id), {
    chatId: chat.id,
    kind: "READ",
    occurredAt: new Date().toISOString(),
    side: customer ? "CUSTOMER" : "AGENT",
    accountId: caller.accountId,
    name: await displayName(ctx, caller, chat),
    readSeq: input.seq,
  } satisfies ChatEventPayload);
  return { ok: true };
}
