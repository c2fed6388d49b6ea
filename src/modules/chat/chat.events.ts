import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterCommit } from "../../core/db/after-commit.js";
import { build } from "../../core/db/base.entity.js";
import { recordDomainEvent } from "../../core/events/domain-events.js";
import type { DomainEventValue } from "../../core/events/domain-events.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Account } from "../accounts/index.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { ChatMessageKind, ChatSystemEvent } from "./chat.enums.js";

/** Per-chat topic: one Redis channel per chat, so an event reaches only that chat's subscribers. */
export function chatTopic(chatId: string): string {
  return `CHAT_EVENT:${chatId}`;
}

/** Queue and assignment changes of any chat, for agents' lists (payload: ChatEventPayload of kind STATUS). */
export const CHAT_ACTIVITY_TOPIC = "CHAT_ACTIVITY";

/** JSON-safe: crosses instances through Redis. Subscribers reload rows and re-authorize per event. */
export interface ChatEventPayload {
  chatId: string;
  kind: "MESSAGE" | "TYPING" | "READ" | "STATUS";
  occurredAt: string;
  /** MESSAGE: the message's id, sequence and kind (kind lets customer streams skip coaching unread). */
  messageId?: string;
  seq?: number;
  messageKind?: ChatMessageKind;
  /** TYPING / READ: who. side CUSTOMER = the visitor or user; AGENT = an employee. */
  side?: "CUSTOMER" | "AGENT";
  accountId?: string | null;
  name?: string;
  typing?: boolean;
  /** TYPING of the customer: what they are typing (002 L1264); never sent to customers. */
  preview?: string | null;
  /** READ: read up to this sequence number. */
  readSeq?: number;
}

export function publishAfterCommit(
  app: AppRuntime,
  em: EntityManager,
  events: ChatEventPayload[],
): Promise<void> {
  return afterCommit(em, () => {
    for (const event of events) {
      app.pubsub.publish(chatTopic(event.chatId), event);
      if (event.kind === "STATUS") app.pubsub.publish(CHAT_ACTIVITY_TOPIC, event);
    }
  });
}

export function statusEvent(chatId: string): ChatEventPayload {
  return { chatId, kind: "STATUS", occurredAt: new Date().toISOString() };
}

export function messageEvent(message: ChatMessage): ChatEventPayload {
  return {
    chatId: message.chat.id,
    kind: "MESSAGE",
    occurredAt: message.createdAt.toISOString(),
    messageId: message.id,
    seq: message.seq,
    messageKind: message.kind,
  };
}

/** The chat row, locked until the transaction ends: every change of a chat (and its lastSeq) goes through it. */
export async function lockChat(em: EntityManager, chatId: string): Promise<LiveChat> {
  return em.findOneOrFail(LiveChat, { id: chatId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Appends a message to a chat locked by lockChat (takes the next sequence number). */
export function appendMessage(
  em: EntityManager,
  chat: LiveChat,
  data: {
    kind: ChatMessageKind;
    body: string;
    authorName: string;
    authorId?: string | null;
    systemEvent?: ChatSystemEvent | null;
  },
): ChatMessage {
  chat.lastSeq += 1;
  if (data.kind !== ChatMessageKind.SYSTEM) {
    chat.lastActivityAt = new Date();
    chat.idleNotifiedAt = null;
  }
  const message = build(ChatMessage, {
    chat,
    seq: chat.lastSeq,
    kind: data.kind,
    body: data.body,
    authorName: data.authorName,
    author: data.authorId ? em.getReference(Account, data.authorId) : null,
    systemEvent: data.systemEvent ?? null,
  });
  em.persist(message);
  return message;
}

export function systemMessage(
  em: EntityManager,
  chat: LiveChat,
  event: ChatSystemEvent,
  body: string,
): ChatMessage {
  return appendMessage(em, chat, {
    kind: ChatMessageKind.SYSTEM,
    body,
    authorName: "System",
    systemEvent: event,
  });
}

/** The facts every chat.* domain event carries (PROTOCOL.md vocabulary). */
export function chatEventData(chat: LiveChat): Record<string, DomainEventValue> {
  return {
    chatId: chat.id,
    number: chat.chatNumber,
    brandId: chat.brand.id,
    departmentId: chat.department.id,
    groupId: chat.group?.id ?? null,
    agentId: chat.agent?.id ?? null,
    visitorId: chat.visitor.id,
    userId: chat.user?.id ?? null,
    status: chat.status,
  };
}

export async function recordChatEvent(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  type: string,
  actorAccountId: string | null,
  extra: Record<string, DomainEventValue> = {},
): Promise<void> {
  await recordDomainEvent(app, em, {
    type,
    subject: { type: "LiveChat", id: chat.id },
    actorAccountId,
    data: { ...chatEventData(chat), ...extra },
  });
}
