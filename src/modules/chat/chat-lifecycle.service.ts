import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { cancelTimer } from "../../core/jobs/schedule.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Employee } from "../accounts/index.js";
import { AgentGroupMembership, Brand, ChatHandling, Department, Group } from "../organization/index.js";
import { PredefinedRole } from "../roles/index.js";
import { ChatParticipant, LiveChat } from "./chat.entity.js";
import { ChatEndReason, ChatParticipantRole, ChatStatus, ChatSystemEvent } from "./chat.enums.js";
import { chatCaller, chatFor, visibleChat } from "./chat-access.js";
import type { ChatEventPayload } from "./chat.events.js";
import {
  lockChat,
  messageEvent,
  publishAfterCommit,
  recordChatEvent,
  statusEvent,
  systemMessage,
} from "./chat.events.js";
import { autoAssign, setOwner } from "./chat-assign.js";
import { CHAT_TIMEOUT_JOB, drainQueues, groupsOfAgent, queueMoved } from "./chat-queue.js";
import { departmentChatSettings } from "./chat-settings.js";
import { transcriptOnEnd } from "./chat-transcript.js";
import type {
  EndChatInput,
  JoinChatInput,
  LeaveChatInput,
  TakeChatInput,
  TransferChatInput,
} from "./chat.inputs.js";

function refuse(code: string, message: string, field?: string[]): UserErrorException {
  return new UserErrorException([userError(code, message, field)]);
}

/** Ends a chat locked by lockChat; the caller commits. Returns the events to publish. */
export async function finishChat(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  reason: ChatEndReason,
  actorId: string | null,
  byName: string,
): Promise<ChatEventPayload[]> {
  const events: ChatEventPayload[] = [];
  const wasQueued = chat.status === ChatStatus.QUEUED;
  const now = new Date();
  chat.status = ChatStatus.ENDED;
  chat.endedAt = now;
  chat.endReason = reason;
  const settings = await departmentChatSettings(em, chat.department.id);
  const survey = settings.surveyUrl?.trim();
  chat.surveyUrl = survey || null;
  const text =
    reason === ChatEndReason.IDLE
      ? "The chat ended after a period of inactivity."
      : reason === ChatEndReason.ABANDONED
        ? "The chat ended: no agent was available."
        : `${byName} ended the chat.`;
  events.push(messageEvent(systemMessage(em, chat, ChatSystemEvent.ENDED, text)));
  await em.nativeUpdate(ChatParticipant, { chat: chat.id, leftAt: null }, { leftAt: now });
  await em.flush();
  await cancelTimer(em, CHAT_TIMEOUT_JOB, chat.id);
  await recordChatEvent(app, em, chat, "chat.ended", actorId, { reason });
  await transcriptOnEnd(app, em, chat, settings);
  events.push(statusEvent(chat.id));
  if (wasQueued && chat.group) events.push(...(await queueMoved(em, [chat.group.id])));
  return events;
}

/** End Chat by the customer or an agent of the chat (owner, co-chat; managers and administrators in scope). */
export async function endChat(ctx: RequestContext, input: EndChatInput): Promise<{ chat: LiveChat }> {
  const caller = await chatCaller(ctx, input.visitorToken);
  const chat = await chatFor(ctx, caller, input.chatId);
  if (chat.status === ChatStatus.ENDED) throw refuse("CHAT_ENDED", "This chat has already ended.");
  let name = chat.customerName;
  if (caller.kind === "EMPLOYEE") {
    const employee = await ctx.em.findOneOrFail(Employee, { id: caller.accountId });
    name = employee.displayName;
    const part = await ctx.em.findOne(ChatParticipant, {
      chat: chat.id,
      employee: caller.accountId,
      leftAt: null,
    });
    const supervisor =
      ctx.actor!.roleKeys.has(PredefinedRole.MANAGER) ||
      ctx.actor!.roleKeys.has(PredefinedRole.ADMINISTRATOR);
    if (!supervisor && (!part || part.role === ChatParticipantRole.COACH))
      throw refuse("NOT_IN_CHAT", "Only the chat's agents, managers and administrators end it.");
  }
  const agentId = chat.agent?.id ?? null;
  await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    if (locked.status === ChatStatus.ENDED) throw refuse("CHAT_ENDED", "This chat has already ended.");
    const reason = caller.kind === "EMPLOYEE" ? ChatEndReason.AGENT : ChatEndReason.CUSTOMER;
    const actor = caller.accountId;
    await publishAfterCommit(ctx.app, em, await finishChat(ctx.app, em, locked, reason, actor, name));
  });
  // The agent has room again (002 L3506): hand them the next queued chat.
  if (agentId) await drainQueues(ctx.app, await groupsOfAgent(ctx.em, agentId), ctx.em);
  return { chat: await ctx.em.findOneOrFail(LiveChat, { id: chat.id }, { refresh: true }) };
}

async function assertMember(
  em: EntityManager,
  employeeId: string,
  groupId: string,
  field: string[],
): Promise<void> {
  const m = await em.findOne(AgentGroupMembership, { employee: employeeId, group: groupId });
  if (!m || m.chatHandling === ChatHandling.CHAT_DISABLED)
    throw refuse("NOT_GROUP_MEMBER", "The agent does not take live chats in this group.", field);
}

/** Take (002 L3409): from the queue or from another agent; allowed while Unavailable (002 L2710). */
export async function takeChat(ctx: RequestContext, input: TakeChatInput): Promise<{ chat: LiveChat }> {
  const chat = await visibleChat(ctx, input.chatId);
  const me = await ctx.em.findOneOrFail(Employee, { id: ctx.actor!.accountId });
  if (chat.status === ChatStatus.ENDED || chat.deletedAt) throw refuse("CHAT_ENDED", "This chat has ended.");
  if (chat.group) await assertMember(ctx.em, me.id, chat.group.id, ["input", "chatId"]);
  if (chat.agent?.id === me.id) return { chat };
  await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    if (locked.status === ChatStatus.ENDED) throw refuse("CHAT_ENDED", "This chat has ended.");
    const events: ChatEventPayload[] = [];
    const wasQueued = locked.status === ChatStatus.QUEUED;
    await setOwner(ctx.app, em, locked, me, me.id, events, "TAKE");
    await em.flush();
    if (wasQueued && locked.group) events.push(...(await queueMoved(em, [locked.group.id])));
    await publishAfterCommit(ctx.app, em, events);
  });
  return { chat: await ctx.em.findOneOrFail(LiveChat, { id: chat.id }, { refresh: true }) };
}

/** Co-chat or coaching (002 L1268, L3466-3488): anyone who may view the chat. A coach's arrival is not announced. */
export async function joinChat(ctx: RequestContext, input: JoinChatInput): Promise<{ chat: LiveChat }> {
  const chat = await visibleChat(ctx, input.chatId);
  if (input.role === ChatParticipantRole.OWNER)
    throw refuse("INVALID", "Take the chat to own it.", ["input", "role"]);
  if (chat.status === ChatStatus.ENDED) throw refuse("CHAT_ENDED", "This chat has ended.");
  const me = await ctx.em.findOneOrFail(Employee, { id: ctx.actor!.accountId });
  if (chat.agent?.id === me.id) throw refuse("ALREADY_OWNER", "You own this chat.");
  await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    if (locked.status === ChatStatus.ENDED) throw refuse("CHAT_ENDED", "This chat has ended.");
    const part = await em.findOne(ChatParticipant, { chat: chat.id, employee: me.id });
    if (part) Object.assign(part, { role: input.role, leftAt: null });
    else em.persist(Object.assign(new ChatParticipant(), { chat: locked, employee: me, role: input.role }));
    const events: ChatEventPayload[] = [statusEvent(chat.id)];
    if (input.role === ChatParticipantRole.CO_CHAT)
      events.push(
        messageEvent(systemMessage(em, locked, ChatSystemEvent.JOINED, `${me.displayName} joined the chat.`)),
      );
    await em.flush();
    await publishAfterCommit(ctx.app, em, events);
  });
  return { chat };
}

export async function leaveChat(ctx: RequestContext, input: LeaveChatInput): Promise<{ chat: LiveChat }> {
  const chat = await visibleChat(ctx, input.chatId);
  const me = await ctx.em.findOneOrFail(Employee, { id: ctx.actor!.accountId });
  const part = await ctx.em.findOne(ChatParticipant, { chat: chat.id, employee: me.id, leftAt: null });
  if (!part) throw refuse("NOT_IN_CHAT", "You are not in this chat.");
  if (part.role === ChatParticipantRole.OWNER)
    throw refuse("OWNER_CANNOT_LEAVE", "Transfer or end the chat instead.");
  await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    await em.nativeUpdate(ChatParticipant, { id: part.id }, { leftAt: new Date() });
    const events: ChatEventPayload[] = [statusEvent(chat.id)];
    if (part.role === ChatParticipantRole.CO_CHAT && locked.status !== ChatStatus.ENDED)
      events.push(
        messageEvent(systemMessage(em, locked, ChatSystemEvent.LEFT, `${me.displayName} left the chat.`)),
      );
    await em.flush();
    await publishAfterCommit(ctx.app, em, events);
  });
  return { chat };
}

/**
 * Transfer (002 L3488-3501) to an agent (a member of the target group), or to a group or department, where
 * automatic assignment picks an agent or the chat waits in that group's queue.
 */
export async function transferChat(
  ctx: RequestContext,
  input: TransferChatInput,
): Promise<{ chat: LiveChat }> {
  const chat = await visibleChat(ctx, input.chatId);
  if (chat.status === ChatStatus.ENDED) throw refuse("CHAT_ENDED", "This chat has ended.");
  const em0 = ctx.em;
  let department = await em0.findOneOrFail(Department, { id: chat.department.id });
  let group = chat.group ? await em0.findOne(Group, { id: chat.group.id }) : null;
  if (input.departmentId) {
    const d = await em0.findOne(Department, {
      id: fromGlobalId(input.departmentId, "Department", "departmentId"),
    });
    if (!d) throw refuse("NOT_FOUND", "The department does not exist.", ["input", "departmentId"]);
    department = d;
    group = await em0.findOneOrFail(Group, { department: d.id, isFrontLine: true });
  }
  if (input.groupId) {
    const g = await em0.findOne(Group, { id: fromGlobalId(input.groupId, "Group", "groupId") });
    if (!g || (input.departmentId && g.department.id !== department.id))
      throw refuse("INVALID_GROUP", "The group is not in the department.", ["input", "groupId"]);
    group = g;
    department = await em0.findOneOrFail(Department, { id: g.department.id });
  }
  if (!group) throw refuse("INVALID_GROUP", "Choose a group to transfer to.", ["input", "groupId"]);
  const target = input.agentId
    ? await em0.findOne(Employee, { id: fromGlobalId(input.agentId, "Employee", "agentId") })
    : null;
  if (input.agentId && !target) throw refuse("NOT_FOUND", "The agent does not exist.", ["input", "agentId"]);
  if (target) await assertMember(em0, target.id, group.id, ["input", "agentId"]);
  if (!input.agentId && !input.groupId && !input.departmentId)
    throw refuse("REQUIRED", "Choose an agent, a group or a department.", ["input", "agentId"]);
  const me = await em0.findOneOrFail(Employee, { id: ctx.actor!.accountId });
  const comment = input.comment?.trim();
  await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    if (locked.status === ChatStatus.ENDED) throw refuse("CHAT_ENDED", "This chat has ended.");
    const previous = {
      agentId: locked.agent?.id ?? null,
      groupId: locked.group?.id ?? null,
      departmentId: locked.department.id,
    };
    const events: ChatEventPayload[] = [];
    locked.department = em.getReference(Department, department.id);
    locked.brand = em.getReference(Brand, department.brand.id);
    locked.group = em.getReference(Group, group!.id);
    const where = target ? target.displayName : group!.name;
    events.push(
      messageEvent(
        systemMessage(
          em,
          locked,
          ChatSystemEvent.TRANSFERRED,
          `${me.displayName} transferred the chat to ${where}.${comment ? ` Note: ${comment}` : ""}`,
        ),
      ),
    );
    if (target) {
      await setOwner(ctx.app, em, locked, target, me.id, events, "TRANSFER");
    } else {
      await requeueAfterTransfer(ctx.app, em, locked, previous.agentId, group!.id, events);
    }
    await em.flush();
    await recordChatEvent(ctx.app, em, locked, "chat.transferred", me.id, {
      previousAgentId: previous.agentId,
      previousGroupId: previous.groupId,
      previousDepartmentId: previous.departmentId,
    });
    await publishAfterCommit(ctx.app, em, events);
  });
  return { chat: await ctx.em.findOneOrFail(LiveChat, { id: chat.id }, { refresh: true }) };
}

/**
 * A transfer to a group or department (no named agent): the previous owner leaves, the chat queues in
 * `groupId` and distribution tries another agent there, as on a start (the agent's transferChat and the
 * Transfer Live Chat event action alike).
 */
export async function requeueAfterTransfer(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  previousAgentId: string | null | undefined,
  groupId: string,
  events: ChatEventPayload[],
): Promise<void> {
  if (previousAgentId)
    await em.nativeUpdate(
      ChatParticipant,
      { chat: chat.id, employee: previousAgentId, role: ChatParticipantRole.OWNER },
      { leftAt: new Date() },
    );
  chat.agent = null;
  chat.status = ChatStatus.QUEUED;
  chat.queuedAt = new Date();
  const assigned = await autoAssign(app, em, chat, events, { reason: "TRANSFER", exclude: previousAgentId });
  if (!assigned) events.push(statusEvent(chat.id), ...(await queueMoved(em, [groupId])));
}
