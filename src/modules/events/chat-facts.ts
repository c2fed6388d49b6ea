import type { EntityManager } from "@mikro-orm/postgresql";
import { ChatMessage, ChatMessageKind, ChatStatus, LiveChat } from "../chat/index.js";
import type { ChatIdleSource } from "./chat-idle.js";
import type { FactValue } from "./conditions.js";
import type { FactContext } from "./facts.js";

/** Live chat facts (seed-E §1.10.5) from the chat row, for chat.* events and the chat idle timer. */

function chatData(chat: LiveChat): Record<string, string | number | null> {
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

async function customFields(em: EntityManager, id: string): Promise<Record<string, string>> {
  const rows = await em.execute<Array<{ name: string; value: string }>>(
    `select f.name, v.value from custom_field_value v join custom_field f on f.id = v.field_id
      where v.owner_type = 'LIVE_CHAT' and v.owner_id = ?`,
    [id],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}

export async function chatFacts({ em, event, now }: FactContext) {
  const id = String(event.data.chatId ?? event.subject.id);
  const chat = await em.findOne(LiveChat, { id }, { populate: ["user"] });
  if (!chat) return {};
  const values: Record<string, FactValue> = {
    ...chatData(chat),
    customerName: chat.customerName,
    customerEmail: chat.customerEmail ?? null,
    customerUsername: chat.user?.username ?? null,
    question: chat.initialQuestion,
    openedAt: chat.createdAt.toISOString(),
    idleMinutes: Math.floor((now.getTime() - chat.lastActivityAt.getTime()) / 60_000),
  };
  const count = (kind: ChatMessageKind) => em.count(ChatMessage, { chat: id, kind } as never);
  const lazy: Record<string, () => Promise<FactValue>> = {
    messagesSent: () => count(ChatMessageKind.AGENT),
    messagesReceived: () => count(ChatMessageKind.CUSTOMER),
    customFields: () => customFields(em, id),
  };
  // Message (002 L8405): the text of the message the event is about (Incoming Message / Message Out).
  const messageId = typeof event.data.messageId === "string" ? event.data.messageId : null;
  if (messageId)
    lazy.message = async () => (await em.findOne(ChatMessage, { id: messageId, chat: id }))?.body ?? null;
  return { values, lazy };
}

/** The idle timer re-reads the chat: ended or deleted chats stop it. */
export const chatIdleSource: ChatIdleSource = async (em, chatId) => {
  const chat = await em.findOne(LiveChat, { id: chatId });
  if (!chat || chat.deletedAt || chat.status === ChatStatus.ENDED) return null;
  return { lastActivityAt: chat.lastActivityAt, data: chatData(chat) };
};
