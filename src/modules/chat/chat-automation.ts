import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { Employee } from "../accounts/index.js";
import { AgentGroupMembership, Brand, ChatHandling, Department, Group } from "../organization/index.js";
import type { LiveChat } from "./chat.entity.js";
import { ChatEndReason, ChatMessageKind, ChatStatus, ChatSystemEvent } from "./chat.enums.js";
import type { ChatEventPayload } from "./chat.events.js";
import {
  appendMessage,
  lockChat,
  messageEvent,
  publishAfterCommit,
  recordChatEvent,
  systemMessage,
} from "./chat.events.js";
import { setOwner } from "./chat-assign.js";
import { finishChat, requeueAfterTransfer } from "./chat-lifecycle.service.js";

/**
 * Live chat changes made by automation (the events engine's Live Chat actions, 002 L8419-8428) inside the
 * caller's transaction (the evaluating job's): no request context and no caller scope; the chat is locked as
 * the agents' mutations lock it, the same system messages and chat.* domain events are recorded, and the
 * subscriptions hear about it after the commit. A chat that ended or vanished is NOT_APPLICABLE for the
 * caller to record, never an error: the rule did nothing wrong.
 */

export class ChatAutomationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ChatAutomationError";
  }
}

/** The live (not ended, not deleted) chat, locked; null when there is nothing left to act on. */
async function liveChat(em: EntityManager, chatId: string): Promise<LiveChat | null> {
  const exists = await em.execute<{ id: string }[]>(`select "id" from "live_chat" where "id" = ?`, [chatId]);
  if (!exists.length) return null;
  const chat = await lockChat(em, chatId);
  return chat.status === ChatStatus.ENDED || chat.deletedAt ? null : chat;
}

/** Add System Message (002 L8419): a SYSTEM message, visibly from the help desk, not from a person. */
export async function automationAddSystemMessage(
  app: AppRuntime,
  em: EntityManager,
  chatId: string,
  text: string,
): Promise<boolean> {
  const chat = await liveChat(em, chatId);
  if (!chat) return false;
  // A SYSTEM message with no systemEvent: it records no lifecycle step, it is what the rule says.
  const message = appendMessage(em, chat, {
    kind: ChatMessageKind.SYSTEM,
    body: text.slice(0, 4000),
    authorName: "System",
  });
  await em.flush();
  await publishAfterCommit(app, em, [messageEvent(message)]);
  return true;
}

/** End Chat (002 L8421): ends the chat as its agent would (reason AGENT); the queue sweep refills the agent. */
export async function automationEndChat(
  app: AppRuntime,
  em: EntityManager,
  chatId: string,
  byName: string,
): Promise<boolean> {
  const chat = await liveChat(em, chatId);
  if (!chat) return false;
  await publishAfterCommit(app, em, await finishChat(app, em, chat, ChatEndReason.AGENT, null, byName));
  return true;
}

/**
 * Transfer Live Chat (002 L8428) to the group and, optionally, an agent of it (who takes chats there);
 * without an agent automatic assignment picks one or the chat waits in the group's queue. Returns false when
 * there was nothing to do (already there, or the chat ended).
 */
export async function automationTransferChat(
  app: AppRuntime,
  em: EntityManager,
  chatId: string,
  target: { groupId: string; agentId?: string | null },
  byName: string,
): Promise<boolean> {
  const group = await em.findOne(Group, { id: target.groupId });
  if (!group) throw new ChatAutomationError("GROUP_GONE", "The rule's target group no longer exists.");
  const agent = target.agentId ? await em.findOne(Employee, { id: target.agentId }) : null;
  if (target.agentId) {
    const m = agent ? await em.findOne(AgentGroupMembership, { employee: agent.id, group: group.id }) : null;
    if (!m || m.chatHandling === ChatHandling.CHAT_DISABLED)
      throw new ChatAutomationError(
        "AGENT_NOT_IN_GROUP",
        "The rule's agent does not take chats in its group.",
      );
  }
  const chat = await liveChat(em, chatId);
  if (!chat) return false;
  if (chat.group?.id === group.id && (!agent || chat.agent?.id === agent.id)) return false;
  const previous = {
    agentId: chat.agent?.id ?? null,
    groupId: chat.group?.id ?? null,
    departmentId: chat.department.id,
  };
  const department = await em.findOneOrFail(Department, { id: group.department.id });
  chat.department = em.getReference(Department, department.id);
  chat.brand = em.getReference(Brand, department.brand.id);
  chat.group = em.getReference(Group, group.id);
  const events: ChatEventPayload[] = [
    messageEvent(
      systemMessage(
        em,
        chat,
        ChatSystemEvent.TRANSFERRED,
        `${byName} transferred the chat to ${agent ? agent.displayName : group.name}.`,
      ),
    ),
  ];
  if (agent) {
    await setOwner(app, em, chat, agent, null, events, "TRANSFER");
  } else {
    await requeueAfterTransfer(app, em, chat, previous.agentId, group.id, events);
  }
  await em.flush();
  await recordChatEvent(app, em, chat, "chat.transferred", null, {
    previousAgentId: previous.agentId,
    previousGroupId: previous.groupId,
    previousDepartmentId: previous.departmentId,
  });
  await publishAfterCommit(app, em, events);
  return true;
}
