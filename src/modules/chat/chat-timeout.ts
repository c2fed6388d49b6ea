import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { Employee } from "../accounts/index.js";
import { LiveChat } from "./chat.entity.js";
import { ChatEndReason, ChatStatus } from "./chat.enums.js";
import { lockChat, publishAfterCommit, recordChatEvent, statusEvent } from "./chat.events.js";
import { handOff, handOffDue } from "./chat-handoff.js";
import { finishChat } from "./chat-lifecycle.service.js";
import { chatSettings } from "./chat-settings.js";
import { armChatTimer } from "./chat-timer.js";

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/**
 * The chat's timeout timer (job handler, in the job's transaction): a queued chat nobody took is
 * abandoned; an active chat is handed on when a hand-off falls due (chat-handoff.ts); one silent for
 * idleAfterSeconds records chat.idle once, and ends after endIdleAfterSeconds. Otherwise the timer re-arms
 * for the next moment something could be due.
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
  const handOffAt = await handOffDue(app, em, locked);
  if (handOffAt && handOffAt.due <= now) {
    const agent = await em.findOneOrFail(Employee, { id: locked.agent!.id });
    return handOff(app, em, locked, agent.displayName, handOffAt.reason);
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
  if (handOffAt && handOffAt.due < next) next = handOffAt.due;
  await armChatTimer(em, chatId, next > now ? next : at(now, 1));
}
