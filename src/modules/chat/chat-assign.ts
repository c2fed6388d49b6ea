import type { EntityManager } from "@mikro-orm/postgresql";
import { build } from "../../core/db/base.entity.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Employee } from "../accounts/index.js";
import { ChatParticipant, LiveChat } from "./chat.entity.js";
import { ChatParticipantRole, ChatStatus, ChatSystemEvent } from "./chat.enums.js";
import { chatSettings, departmentChatSettings } from "./chat-settings.js";
import { armChatTimer } from "./chat-timer.js";
import type { ChatEventPayload } from "./chat.events.js";
import { messageEvent, recordChatEvent, statusEvent, systemMessage } from "./chat.events.js";

/** Advisory-lock class of chat assignment ("CHAT"), apart from distribution's per-agent ticket locks. */
const LOCK_CLASS = 0x43484154;

function lockKey(employeeId: string): number {
  return Number.parseInt(employeeId.replace(/-/g, "").slice(0, 8), 16) | 0;
}

/**
 * Serialises every decision that reads then changes an agent's chat load, until the transaction ends.
 * Ascending key order: two transactions never wait on each other in a cycle.
 */
async function lockAgents(em: EntityManager, employeeIds: Iterable<string>): Promise<void> {
  const keys = [...new Set([...employeeIds].map(lockKey))].sort((a, b) => a - b);
  for (const key of keys) await em.execute("select pg_advisory_xact_lock(?, ?)", [LOCK_CLASS, key]);
}

export interface ChatCandidate {
  employeeId: string;
  displayName: string;
  primary: boolean;
  max: number;
  active: number;
  lastEndedAt: Date | null;
  since: Date;
}

/**
 * Agents who may receive a chat of the group automatically (002 L3364-3377, L3389, L3505): Chat Handling
 * Primary or Secondary, active for chats, enabled, signed in and Available, below Max Active Live Chats.
 * Loads are read after the agents' locks, so they include every committed assignment.
 */
export async function chatCandidates(em: EntityManager, groupId: string): Promise<ChatCandidate[]> {
  const members = await em.execute<Array<{ employee_id: string }>>(
    `select m.employee_id from agent_group_membership m
       join account a on a.id = m.employee_id and not a.disabled
       join agent_presence p on p.employee_id = m.employee_id and p.online and p.available
      where m.group_id = ? and m.chat_handling in ('PRIMARY_GROUP', 'SECONDARY_GROUP') and m.chats_active`,
    [groupId],
  );
  if (!members.length) return [];
  const ids = members.map((m) => m.employee_id);
  await lockAgents(em, ids);
  const rows = await em.execute<
    Array<{
      employee_id: string;
      display_name: string;
      chat_handling: string;
      max_active_live_chats: number;
      since: Date | string;
      active: string | number;
      last_ended_at: Date | string | null;
    }>
  >(
    `select m.employee_id, a.display_name, m.chat_handling, a.max_active_live_chats, m.created_at as since,
            (select count(*) from live_chat c where c.agent_id = m.employee_id and c.status = 'ACTIVE') as active,
            (select max(c.ended_at) from live_chat c where c.agent_id = m.employee_id and c.status = 'ENDED')
              as last_ended_at
       from agent_group_membership m join account a on a.id = m.employee_id
      where m.group_id = ? and m.employee_id = any(?::uuid[])`,
    [groupId, `{${ids.join(",")}}`],
  );
  return rows.map((r) => ({
    employeeId: r.employee_id,
    displayName: r.display_name,
    primary: r.chat_handling === "PRIMARY_GROUP",
    max: Number(r.max_active_live_chats),
    active: Number(r.active),
    lastEndedAt: r.last_ended_at ? new Date(r.last_ended_at) : null,
    since: new Date(r.since),
  }));
}

/**
 * The documented choice (002 L3366-3372; seed-B §3.8): primary agents before secondary ones; then the lowest
 * share of capacity in use, the fewest chats, the earliest "Last Chat Ended" (never = first); then membership
 * age, so the order is total.
 */
export function pickAgent(candidates: ChatCandidate[], exclude?: string | null): ChatCandidate | null {
  const eligible = candidates.filter((c) => c.active < c.max && c.employeeId !== exclude);
  if (!eligible.length) return null;
  eligible.sort(
    (a, b) =>
      Number(b.primary) - Number(a.primary) ||
      a.active / a.max - b.active / b.max ||
      a.active - b.active ||
      (a.lastEndedAt?.getTime() ?? -Infinity) - (b.lastEndedAt?.getTime() ?? -Infinity) ||
      a.since.getTime() - b.since.getTime() ||
      (a.employeeId < b.employeeId ? -1 : 1),
  );
  return eligible[0]!;
}

/** Makes `employeeId` the owner of a chat locked by lockChat; the previous owner leaves. */
export async function setOwner(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  employee: { id: string; displayName: string },
  actorId: string | null,
  events: ChatEventPayload[],
  reason: string,
): Promise<void> {
  const previous = chat.agent?.id ?? null;
  const now = new Date();
  if (previous && previous !== employee.id) {
    await em.nativeUpdate(
      ChatParticipant,
      { chat: chat.id, employee: previous, role: ChatParticipantRole.OWNER },
      { leftAt: now },
    );
  }
  chat.agent = em.getReference(Employee, employee.id);
  chat.status = ChatStatus.ACTIVE;
  chat.assignedAt = now;
  const existing = await em.findOne(ChatParticipant, { chat: chat.id, employee: employee.id });
  if (existing) {
    existing.role = ChatParticipantRole.OWNER;
    existing.leftAt = null;
  } else {
    em.persist(
      build(ChatParticipant, {
        chat,
        employee: em.getReference(Employee, employee.id),
        role: ChatParticipantRole.OWNER,
      }),
    );
  }
  events.push(
    messageEvent(systemMessage(em, chat, ChatSystemEvent.JOINED, `${employee.displayName} joined the chat.`)),
  );
  const welcome = (await departmentChatSettings(em, chat.department.id)).agentWelcomeMessage?.trim();
  if (welcome && !previous) {
    events.push(messageEvent(systemMessage(em, chat, ChatSystemEvent.WELCOME, welcome)));
  }
  events.push(statusEvent(chat.id));
  await em.flush();
  const settings = await chatSettings(app, em);
  // The first thing that can fall due: the idle timeout, the owner's initial answer, or (an owner without
  // a live connection) the disconnect hand-off.
  const seconds = Math.min(
    settings.idleAfterSeconds,
    settings.handOffNoInitialResponseSeconds ?? Infinity,
    settings.handOffAgentDisconnectedSeconds ?? Infinity,
  );
  await armChatTimer(em, chat.id, new Date(now.getTime() + seconds * 1000));
  await recordChatEvent(app, em, chat, "chat.assigned", actorId, { previousAgentId: previous, reason });
}

/**
 * Automatic assignment of a chat locked by lockChat: the chosen agent, or null (the chat stays queued).
 * Runs inside the caller's transaction, which holds the agents' locks until it commits.
 */
export async function autoAssign(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  events: ChatEventPayload[],
  options: { exclude?: string | null; reason: string },
): Promise<string | null> {
  if (!chat.group) return null;
  const choice = pickAgent(await chatCandidates(em, chat.group.id), options.exclude);
  if (!choice) return null;
  await setOwner(
    app,
    em,
    chat,
    { id: choice.employeeId, displayName: choice.displayName },
    null,
    events,
    options.reason,
  );
  return choice.employeeId;
}

/** 1-based place of a queued chat in its group's queue (oldest first); null when not queued. */
export async function queuePosition(em: EntityManager, chat: LiveChat): Promise<number | null> {
  if (chat.status !== ChatStatus.QUEUED || !chat.group || !chat.queuedAt) return null;
  const [row] = await em.execute<Array<{ n: string }>>(
    `select count(*) as n from live_chat where status = 'QUEUED' and group_id = ? and deleted_at is null
       and (queued_at < ? or (queued_at = ? and chat_number < ?))`,
    [chat.group.id, chat.queuedAt, chat.queuedAt, chat.chatNumber],
  );
  return Number(row!.n) + 1;
}
