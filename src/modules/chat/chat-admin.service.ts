import type { FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { build } from "../../core/db/base.entity.js";
import { Department } from "../organization/index.js";
import { PredefinedRole } from "../roles/index.js";
import { Ticket, ticketsModule } from "../tickets/index.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { ChatMessageKind, ChatSearchIn, ChatSortOrder, ChatStatus } from "./chat.enums.js";
import type { ChatCaller } from "./chat-access.js";
import { chatCaller, chatFor, chatScope, visibleChat } from "./chat-access.js";
import { lockChat, publishAfterCommit, recordChatEvent, statusEvent } from "./chat.events.js";
import { chatSettings, departmentChatSettings, forgetChatSettings } from "./chat-settings.js";
import { transcriptText } from "./chat-transcript.js";
import { chatCustomFieldConditions } from "./chat-search.js";
import { CHAT_SETTINGS_ID, DepartmentChatSettings, LiveChatSettings } from "./chat-settings.entity.js";
import type {
  AttachChatToTicketInput,
  DetachChatFromTicketInput,
  LiveChatIdsInput,
  LiveChatSearchInput,
  UpdateDepartmentChatSettingsInput,
  UpdateLiveChatSettingsInput,
} from "./chat.inputs.js";

function refuse(code: string, message: string, field?: string[]): UserErrorException {
  return new UserErrorException([userError(code, message, field)]);
}

/** The ticket in the caller's ticket scope (the tickets module's node fetcher enforces it). */
async function visibleTicket(ctx: RequestContext, globalId: string): Promise<Ticket> {
  const id = fromGlobalId(globalId, "Ticket", "ticketId");
  if (!(await ctx.em.count(Ticket, { id }))) throw new NotFoundError("Ticket", globalId);
  const ticket = (await ticketsModule.nodes!.Ticket!(ctx, id)) as Ticket | null;
  if (!ticket) throw new ForbiddenError("This ticket is outside your departments and groups.");
  return ticket;
}

export async function attachChatToTicket(ctx: RequestContext, input: AttachChatToTicketInput) {
  const chat = await visibleChat(ctx, input.chatId);
  const ticket = await visibleTicket(ctx, input.ticketId);
  await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    locked.ticket = em.getReference(Ticket, ticket.id);
    await em.flush();
    await recordChatEvent(ctx.app, em, locked, "chat.attachedToTicket", ctx.actor!.accountId, {
      ticketId: ticket.id,
    });
    await publishAfterCommit(ctx.app, em, [statusEvent(chat.id)]);
  });
  return { chat: await ctx.em.findOneOrFail(LiveChat, { id: chat.id }, { refresh: true }) };
}

export async function detachChatFromTicket(ctx: RequestContext, input: DetachChatFromTicketInput) {
  const chat = await visibleChat(ctx, input.chatId);
  if (!chat.ticket) throw refuse("NOT_ATTACHED", "The chat is not attached to a ticket.");
  const ticketId = chat.ticket.id;
  await ctx.em.transactional(async (em) => {
    const locked = await lockChat(em, chat.id);
    locked.ticket = null;
    await em.flush();
    await recordChatEvent(ctx.app, em, locked, "chat.detachedFromTicket", ctx.actor!.accountId, { ticketId });
    await publishAfterCommit(ctx.app, em, [statusEvent(chat.id)]);
  });
  return { chat: await ctx.em.findOneOrFail(LiveChat, { id: chat.id }, { refresh: true }) };
}

function assertSupervisor(ctx: RequestContext): void {
  const roles = ctx.actor!.roleKeys;
  if (!roles.has(PredefinedRole.MANAGER) && !roles.has(PredefinedRole.ADMINISTRATOR))
    throw new ForbiddenError("Deleting and restoring live chats is for managers and administrators.");
}

async function chatsFor(ctx: RequestContext, input: LiveChatIdsInput): Promise<LiveChat[]> {
  if (!input.chatIds.length || input.chatIds.length > 100)
    throw refuse("INVALID", "Give 1-100 chats.", ["input", "chatIds"]);
  const chats: LiveChat[] = [];
  for (const [i, id] of input.chatIds.entries()) chats.push(await visibleChat(ctx, id, `chatIds.${i}`));
  return chats;
}

/** Delete Chat (002 L3423, L3513-3519): ended chats only; restorable until purged. */
export async function deleteLiveChats(ctx: RequestContext, input: LiveChatIdsInput) {
  assertSupervisor(ctx);
  const chats = await chatsFor(ctx, input);
  const v = new Validation();
  chats.forEach((c, i) =>
    v.check(
      c.status === ChatStatus.ENDED,
      "CHAT_NOT_ENDED",
      `Chat ${c.chatNumber} is still going on: end it first.`,
      ["input", "chatIds", String(i)],
    ),
  );
  v.throwIfAny();
  await ctx.em.transactional(async (em) => {
    for (const c of chats) {
      const locked = await lockChat(em, c.id);
      if (locked.deletedAt) continue;
      locked.deletedAt = new Date();
      await em.flush();
      await recordChatEvent(ctx.app, em, locked, "chat.deleted", ctx.actor!.accountId);
    }
  });
  return { chats: await ctx.em.find(LiveChat, { id: { $in: chats.map((c) => c.id) } }, { refresh: true }) };
}

export async function restoreLiveChats(ctx: RequestContext, input: LiveChatIdsInput) {
  assertSupervisor(ctx);
  const chats = await chatsFor(ctx, input);
  await ctx.em.transactional(async (em) => {
    for (const c of chats) {
      const locked = await lockChat(em, c.id);
      if (!locked.deletedAt) continue;
      locked.deletedAt = null;
      await em.flush();
      await recordChatEvent(ctx.app, em, locked, "chat.restored", ctx.actor!.accountId);
    }
  });
  return { chats: await ctx.em.find(LiveChat, { id: { $in: chats.map((c) => c.id) } }, { refresh: true }) };
}

/** Messages of a chat the caller may read, in order; customers never get coaching messages. */
export async function chatMessages(
  ctx: RequestContext,
  caller: ChatCaller,
  chat: LiveChat,
  afterSeq: number,
  limit: number,
): Promise<ChatMessage[]> {
  const where: FilterQuery<ChatMessage> = { chat: chat.id, seq: { $gt: afterSeq } };
  if (caller.kind !== "EMPLOYEE") where.kind = { $ne: ChatMessageKind.COACHING };
  return ctx.em.find(ChatMessage, where, { orderBy: { seq: "asc" }, limit });
}

export async function chatMessagesFor(
  ctx: RequestContext,
  chatId: string,
  visitorToken: string | null | undefined,
  afterSeq: number,
  first: number,
) {
  const caller = await chatCaller(ctx, visitorToken);
  const chat = await chatFor(ctx, caller, chatId);
  return chatMessages(ctx, caller, chat, Math.max(0, afterSeq), Math.min(Math.max(first, 1), 500));
}

/** Plain-text transcript (Email Transcript's content, 002 L3424): the customer's has no coaching lines. */
export async function chatTranscript(
  ctx: RequestContext,
  chatId: string,
  visitorToken?: string | null,
): Promise<string> {
  const caller = await chatCaller(ctx, visitorToken);
  const chat = await chatFor(ctx, caller, chatId);
  return transcriptText(chat, await chatMessages(ctx, caller, chat, 0, 100_000));
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, "\\$&")}%`;

/** Live Chat Advanced Search (002 L3537-3561) within the caller's chat scope. */
export async function searchLiveChats(ctx: RequestContext, input: LiveChatSearchInput): Promise<LiveChat[]> {
  const and: FilterQuery<LiveChat>[] = [await chatScope(ctx)];
  and.push(input.searchIn === ChatSearchIn.DELETED ? { deletedAt: { $ne: null } } : { deletedAt: null });
  if (input.chatNumber !== null && input.chatNumber !== undefined) and.push({ chatNumber: input.chatNumber });
  if (input.email?.trim()) and.push({ customerEmail: { $ilike: like(input.email.trim()) } });
  if (input.customerName?.trim()) and.push({ customerName: { $ilike: like(input.customerName.trim()) } });
  if (input.customerUsername?.trim())
    and.push({ user: { usernameKey: input.customerUsername.trim().toLowerCase() } } as FilterQuery<LiveChat>);
  if (input.startedFrom) and.push({ createdAt: { $gte: input.startedFrom } });
  if (input.startedTo) and.push({ createdAt: { $lt: input.startedTo } });
  if (input.groupId) and.push({ group: fromGlobalId(input.groupId, "Group", "groupId") });
  if (input.agentId) and.push({ agent: fromGlobalId(input.agentId, "Employee", "agentId") });
  if (input.status) and.push({ status: input.status });
  if (input.searchString?.trim()) {
    const text = like(input.searchString.trim());
    const hits = await ctx.em.find(
      ChatMessage,
      { body: { $ilike: text } },
      { fields: ["chat"], limit: 5000 },
    );
    and.push({
      $or: [{ initialQuestion: { $ilike: text } }, { id: { $in: [...new Set(hits.map((m) => m.chat.id))] } }],
    });
  }
  if (input.customFields?.length) and.push(...(await chatCustomFieldConditions(ctx, input.customFields)));
  const max = Math.min(Math.max(input.maxResults ?? 50, 1), 500);
  return ctx.em.find(
    LiveChat,
    { $and: and },
    {
      orderBy: { createdAt: input.sort === ChatSortOrder.OLDEST_FIRST ? "asc" : "desc", chatNumber: "asc" },
      limit: max,
    },
  );
}

export async function getLiveChatSettings(ctx: RequestContext): Promise<LiveChatSettings> {
  return ctx.em.findOneOrFail(LiveChatSettings, { id: CHAT_SETTINGS_ID }, { refresh: true });
}

export async function updateLiveChatSettings(ctx: RequestContext, input: UpdateLiveChatSettingsInput) {
  const v = new Validation();
  const range = (key: keyof UpdateLiveChatSettingsInput, min: number, max: number) => {
    const value = input[key];
    if (value === null || value === undefined || typeof value !== "number") return;
    v.check(Number.isInteger(value) && value >= min && value <= max, "INVALID", `Give ${min}-${max}.`, [
      "input",
      key,
    ]);
  };
  range("maxMessageLength", 1, 100_000);
  range("rateLimitMessages", 1, 10_000);
  range("rateLimitWindowSeconds", 1, 3600);
  range("idleAfterSeconds", 1, 604_800);
  range("endIdleAfterSeconds", 0, 604_800);
  range("abandonQueuedAfterSeconds", 0, 604_800);
  range("handOffNoInitialResponseSeconds", 0, 86_400);
  range("handOffNoFollowUpSeconds", 0, 86_400);
  range("handOffAgentDisconnectedSeconds", 0, 86_400);
  v.throwIfAny();
  const settings = await ctx.em.transactional(async (em) => {
    const s = await em.findOneOrFail(LiveChatSettings, { id: CHAT_SETTINGS_ID });
    if (typeof input.disallowOutsideBusinessHours === "boolean")
      s.disallowOutsideBusinessHours = input.disallowOutsideBusinessHours;
    for (const key of [
      "maxMessageLength",
      "rateLimitMessages",
      "rateLimitWindowSeconds",
      "idleAfterSeconds",
    ] as const) {
      const value = input[key];
      if (typeof value === "number") s[key] = value;
    }
    if (typeof input.endIdleAfterSeconds === "number")
      s.endIdleAfterSeconds = input.endIdleAfterSeconds || null;
    if (typeof input.handOffNoInitialResponseSeconds === "number")
      s.handOffNoInitialResponseSeconds = input.handOffNoInitialResponseSeconds || null;
    if (typeof input.handOffNoFollowUpSeconds === "number")
      s.handOffNoFollowUpSeconds = input.handOffNoFollowUpSeconds || null;
    if (typeof input.handOffAgentDisconnectedSeconds === "number")
      s.handOffAgentDisconnectedSeconds = input.handOffAgentDisconnectedSeconds || null;
    if (typeof input.allowCustomerAttachments === "boolean")
      s.allowCustomerAttachments = input.allowCustomerAttachments;
    if (typeof input.abandonQueuedAfterSeconds === "number")
      s.abandonQueuedAfterSeconds = input.abandonQueuedAfterSeconds || null;
    return s;
  });
  forgetChatSettings(ctx.app);
  return { settings };
}

export async function updateDepartmentChatSettings(
  ctx: RequestContext,
  input: UpdateDepartmentChatSettingsInput,
) {
  const departmentId = fromGlobalId(input.departmentId, "Department", "departmentId");
  const days = input.autoDeleteAfterDays;
  if (typeof days === "number" && !(Number.isInteger(days) && days >= 0 && days <= 36_500))
    throw refuse("INVALID", "Give 0-36500 days.", ["input", "autoDeleteAfterDays"]);
  if (!(await ctx.em.count(Department, { id: departmentId })))
    throw new NotFoundError("Department", input.departmentId);
  const settings = await ctx.em.transactional(async (em) => {
    let row = await em.findOne(DepartmentChatSettings, { department: departmentId });
    if (!row) {
      row = build(DepartmentChatSettings, { department: em.getReference(Department, departmentId) });
      em.persist(row);
    }
    if (typeof input.showQueuePosition === "boolean") row.showQueuePosition = input.showQueuePosition;
    if (typeof input.emailTranscriptOnEnd === "boolean")
      row.emailTranscriptOnEnd = input.emailTranscriptOnEnd;
    if (typeof days === "number") row.autoDeleteAfterDays = days || null;
    for (const key of [
      "waitingMessage",
      "agentWelcomeMessage",
      "afterChatMessage",
      "notAvailableMessage",
      "surveyUrl",
    ] as const) {
      const value = input[key];
      if (typeof value === "string") row[key] = value.trim() || null;
    }
    return row;
  });
  return { settings };
}

export { chatSettings, departmentChatSettings };
