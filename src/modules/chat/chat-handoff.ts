import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { ChatParticipant, LiveChat } from "./chat.entity.js";
import { ChatParticipantRole, ChatStatus, ChatSystemEvent } from "./chat.enums.js";
import type { ChatEventPayload } from "./chat.events.js";
import {
  messageEvent,
  publishAfterCommit,
  recordChatEvent,
  statusEvent,
  systemMessage,
} from "./chat.events.js";
import { autoAssign } from "./chat-assign.js";
import { queueMoved } from "./chat-queue.js";
import { chatSettings } from "./chat-settings.js";
import { armChatTimer } from "./chat-timer.js";

/** Why a chat left its owner without anyone transferring it (002 L7377-7379). */
export type HandOffReason = "NO_INITIAL_RESPONSE" | "NO_FOLLOW_UP_RESPONSE" | "AGENT_DISCONNECTED";

const NOTE: Record<HandOffReason, (name: string) => string> = {
  NO_INITIAL_RESPONSE: (name) => `${name} did not answer; the chat was handed on.`,
  NO_FOLLOW_UP_RESPONSE: (name) => `${name} did not reply; the chat was handed on.`,
  AGENT_DISCONNECTED: (name) => `${name} disconnected; the chat was handed on.`,
};

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/**
 * The three hand-offs of the live chat settings (002 L7377-7379): the chat goes to another eligible agent
 * (the automatic assignment, the previous owner excluded: "if Round Robin distribution is enabled"), else
 * back to the queue. A TRANSFERRED system message and chat.transferred { reason } record it. Runs in the
 * chat timer's transaction with the chat locked.
 */
export async function handOff(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  agentName: string,
  reason: HandOffReason,
): Promise<void> {
  const previous = chat.agent!.id;
  const events: ChatEventPayload[] = [];
  await em.nativeUpdate(
    ChatParticipant,
    { chat: chat.id, employee: previous, role: ChatParticipantRole.OWNER },
    { leftAt: new Date() },
  );
  events.push(messageEvent(systemMessage(em, chat, ChatSystemEvent.TRANSFERRED, NOTE[reason](agentName))));
  chat.agent = null;
  chat.status = ChatStatus.QUEUED;
  chat.queuedAt = new Date();
  chat.agentTypedAt = null;
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
    reason,
  });
  await publishAfterCommit(app, em, events);
}

/** What the hand-off rules need to know about an active chat, read in one statement. */
interface OwnerState {
  /** The owner has written to the customer since receiving the chat. */
  answered: boolean;
  /** The first customer message after the last agent message: the customer has waited since then. */
  waitingSince: Date | null;
  /** The owner's presence: false once their last connection is gone (after the grace period). */
  online: boolean | null;
  offlineSince: Date | null;
}

async function ownerState(em: EntityManager, chat: LiveChat): Promise<OwnerState> {
  const [row] = await em.execute<
    Array<{
      answered: boolean;
      waiting_since: Date | string | null;
      online: boolean | null;
      online_changed_at: Date | string | null;
    }>
  >(
    `select exists(select 1 from chat_message where chat_id = ? and kind = 'AGENT' and author_id = ?
                     and created_at >= ?::timestamptz) as answered,
            (select min(m.created_at) from chat_message m where m.chat_id = ? and m.kind = 'CUSTOMER'
               and m.seq > coalesce((select max(seq) from chat_message where chat_id = ? and kind = 'AGENT'), 0))
              as waiting_since,
            p.online, p.online_changed_at
       from (select 1) one left join agent_presence p on p.employee_id = ?`,
    [chat.id, chat.agent!.id, chat.assignedAt!.toISOString(), chat.id, chat.id, chat.agent!.id],
  );
  const date = (v: Date | string | null) => (v ? new Date(v) : null);
  return {
    answered: Boolean(row!.answered),
    waitingSince: date(row!.waiting_since),
    online: row!.online,
    offlineSince: date(row!.online_changed_at),
  };
}

/**
 * The earliest hand-off due for an active chat, with its reason; null when none is configured or awaited.
 * - no initial response: the owner has not written since receiving the chat;
 * - no follow-up response: they have, and a customer message waits for an agent's reply (typing by the
 *   owner counts as activity, 002 L7378);
 * - agent disconnected: presence has the owner offline (no live connection after the grace period); counted
 *   from the later of going offline and receiving the chat.
 */
export async function handOffDue(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
): Promise<{ due: Date; reason: HandOffReason } | null> {
  const settings = await chatSettings(app, em);
  const initial = settings.handOffNoInitialResponseSeconds;
  const followUp = settings.handOffNoFollowUpSeconds;
  const disconnected = settings.handOffAgentDisconnectedSeconds;
  if (!chat.agent || !chat.assignedAt) return null;
  if (!initial && !followUp && !disconnected) return null;
  const state = await ownerState(em, chat);
  const candidates: Array<{ due: Date; reason: HandOffReason }> = [];
  if (initial && !state.answered)
    candidates.push({ due: at(chat.assignedAt, initial), reason: "NO_INITIAL_RESPONSE" });
  if (followUp && state.answered && state.waitingSince) {
    const typed = chat.agentTypedAt && chat.agentTypedAt > state.waitingSince ? chat.agentTypedAt : null;
    candidates.push({ due: at(typed ?? state.waitingSince, followUp), reason: "NO_FOLLOW_UP_RESPONSE" });
  }
  if (disconnected && state.online === false) {
    const since =
      state.offlineSince && state.offlineSince > chat.assignedAt ? state.offlineSince : chat.assignedAt;
    candidates.push({ due: at(since, disconnected), reason: "AGENT_DISCONNECTED" });
  }
  candidates.sort((a, b) => a.due.getTime() - b.due.getTime());
  return candidates[0] ?? null;
}

/**
 * Presence hook (in the transaction that marks the agent offline): their active chats' timers are armed for
 * the disconnect hand-off, so it is durable like every other chat deadline. Coming back online needs
 * nothing: the handler re-checks presence when it fires.
 */
export async function armDisconnectHandOffs(app: AppRuntime, em: EntityManager, employeeId: string) {
  const seconds = (await chatSettings(app, em)).handOffAgentDisconnectedSeconds;
  if (!seconds) return;
  const chats = await em.find(
    LiveChat,
    { agent: employeeId, status: ChatStatus.ACTIVE, deletedAt: null },
    { fields: ["id"] },
  );
  const due = at(new Date(), seconds);
  for (const chat of chats) await armChatTimer(em, chat.id, due);
}

/**
 * A customer message in an active chat starts the wait for the agent's reply (Hand-off - no follow-up
 * response): the timer is armed for it in the message's transaction. Nothing is done when the rule is off.
 */
export async function customerWrote(app: AppRuntime, em: EntityManager, chat: LiveChat): Promise<void> {
  const seconds = (await chatSettings(app, em)).handOffNoFollowUpSeconds;
  if (!seconds || chat.status !== ChatStatus.ACTIVE) return;
  await armChatTimer(em, chat.id, at(new Date(), seconds));
}

/** The owner typing counts as activity for the follow-up hand-off (002 L7378); one update while it is on. */
export async function agentTyping(app: AppRuntime, em: EntityManager, chat: LiveChat, employeeId: string) {
  if (chat.agent?.id !== employeeId || !(await chatSettings(app, em)).handOffNoFollowUpSeconds) return;
  await em.nativeUpdate(LiveChat, { id: chat.id, agent: employeeId }, { agentTypedAt: new Date() });
}
