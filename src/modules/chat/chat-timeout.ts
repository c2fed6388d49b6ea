import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { Employee } from "../accounts/index.js";
import { ChatMessage, ChatParticipant, LiveChat } from "./chat.entity.js";
import {
  ChatEndReason,
  ChatMessageKind,
  ChatParticipantRole,
  ChatStatus,
  ChatSystemEvent,
} from "./chat.enums.js";
import type { ChatEventPayload } from "./chat.events.js";
import {
  lockChat,
  messageEvent,
  publishAfterCommit,
  recordChatEvent,
  statusEvent,
  systemMessage,
} from "./chat.events.js";
import { autoAssign } from "./chat-assign.js";
import { finishChat } from "./chat-lifecycle.service.js";
import { queueMoved } from "./chat-queue.js";
import { chatSettings } from "./chat-settings.js";
import { armChatTimer } from "./chat-timer.js";

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/**
 * Hand-off - no initial response (002 L7377): the agent who received the chat has not written to the
 * customer within the time. The chat goes to another eligible agent, else back to the queue.
 */
async function handOff(app: AppRuntime, em: EntityManager, chat: LiveChat, agentName: string): Promise<void> {
  const previous = chat.agent!.id;
  const events: ChatEventPayload[] = [];
  await em.nativeUpdate(
    ChatParticipant,
    { chat: chat.id, employee: previous, role: ChatParticipantRole.OWNER },
    { leftAt: new Date() },
  );
  events.push(
    messageEvent(
      systemMessage(
        em,
        chat,
        ChatSystemEvent.TRANSFERRED,
        `${agentName} did not answer; the chat was handed on.`,
      ),
    ),
  );
  chat.agent = null;
  chat.status = ChatStatus.QUEUED;
  chat.queuedAt = new Date();
  const assigned = await autoAssign(app, em, chat, events, { reason: "HAND_OFF", exclude: previous });
  if (!assigned) {
    events.push(statusEvent(chat.id));
    if (chat.group) events.push(...(await queueMoved(em, [chat.group.id])));
    const abandon = (await chatSettings(app, em)).abandonQueuedAfterSeconds;
    if (abandon) await armChatTimer(em, chat.id, at(chat.queuedAt, abandon));
  }
  await em.flush();
  await recordChatEvent(app, em, chat, "chat.transferred", null, {
    previousAgentId: previous,
    previousGroupId: chat.group?.id ?? null,
    previousDepartmentId: chat.department.id,
    reason: "NO_INITIAL_RESPONSE",
  });
  await publishAfterCommit(app, em, events);
}

/** When the owner's initial answer is due, or null when it is not awaited (answered, or no hand-off set). */
async function initialResponseDue(app: AppRuntime, em: EntityManager, chat: LiveChat): Promise<Date | null> {
  const seconds = (await chatSettings(app, em)).handOffNoInitialResponseSeconds;
  if (!seconds || !chat.agent || !chat.assignedAt) return null;
  const answered = await em.count(ChatMessage, {
    chat: chat.id,
    kind: ChatMessageKind.AGENT,
    author: chat.agent.id,
    createdAt: { $gte: chat.assignedAt },
  });
  return answered ? null : at(chat.assignedAt, seconds);
}

/**
 * The chat's timeout timer (job handler, in the job's transaction): a queued chat nobody took is
 * abandoned; an active chat silent for idleAfterSeconds records chat.idle once, and ends after
 * endIdleAfterSeconds. Otherwise the timer re-arms for the next moment something could be due.
 */
export async function chatTimeout(
  app: AppRuntime,
  em: EntityManager,
  chatId: string,
  now = new Date(),
): Promise<void> {
  const chat = await em.findOne(LiveChat, { id: chatId });
  if (!chat || chat.status === ChatStatus.ENDED) return;
  const locked = await lockChat(em, chatId);
  if (locked.status === ChatStatus.ENDED) return;
  const settings = await chatSettings(app, em);
  if (locked.status === ChatStatus.QUEUED) {
    if (!settings.abandonQueuedAfterSeconds) return;
    const due = at(locked.queuedAt ?? locked.createdAt, settings.abandonQueuedAfterSeconds);
    if (due > now) return armChatTimer(em, chatId, due);
    return publishAfterCommit(
      app,
      em,
      await finishChat(app, em, locked, ChatEndReason.ABANDONED, null, "System"),
    );
  }
  const answerDue = await initialResponseDue(app, em, locked);
  if (answerDue && answerDue <= now) {
    const agent = await em.findOneOrFail(Employee, { id: locked.agent!.id });
    return handOff(app, em, locked, agent.displayName);
  }
  const endDue = settings.endIdleAfterSeconds
    ? at(locked.lastActivityAt, settings.endIdleAfterSeconds)
    : null;
  if (endDue && endDue <= now) {
    // The agent's freed room is handed on by the queue sweep (chat.drainQueues).
    return publishAfterCommit(app, em, await finishChat(app, em, locked, ChatEndReason.IDLE, null, "System"));
  }
  const idleDue = at(locked.lastActivityAt, settings.idleAfterSeconds);
  if (idleDue <= now && !locked.idleNotifiedAt) {
    locked.idleNotifiedAt = now;
    await em.flush();
    await recordChatEvent(app, em, locked, "chat.idle", null, {
      idleSeconds: Math.round((now.getTime() - locked.lastActivityAt.getTime()) / 1000),
    });
    await publishAfterCommit(app, em, [statusEvent(chatId)]);
  }
  // Without an end timeout an idle chat is looked at again every idle period (a later message restarts it).
  let next = locked.idleNotifiedAt ? (endDue ?? at(now, settings.idleAfterSeconds)) : idleDue;
  if (answerDue && answerDue < next) next = answerDue;
  await armChatTimer(em, chatId, next > now ? next : at(now, 1));
}
