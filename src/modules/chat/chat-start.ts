/**
 * Starting a chat (002 L3304-3314, L3503-3509): the department must be online (chat-availability.ts), the
 * pre-chat custom fields valid, and the external chat provider's StartChat (002 L2386-2441) may refuse it,
 * move it to another department or set custom fields. The provider is called outside the transaction (it
 * may take seconds), "just before a live chat is submitted to the queue" (002 L2394); then one transaction
 * stores the visitor, the chat, its first message and values, and assigns it or queues it.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { User } from "../accounts/index.js";
import {
  applyProviderFieldValues,
  CustomFieldOwnerType,
  setCustomFieldValues,
  validateCustomFieldValues,
} from "../custom-fields/index.js";
import { Brand, Department, Group } from "../organization/index.js";
import { startChatCheck } from "../providers/index.js";
import { ChatVisitor, LiveChat } from "./chat.entity.js";
import { ChatMessageKind, ChatStatus, ChatSystemEvent } from "./chat.enums.js";
import type { ChatEventPayload } from "./chat.events.js";
import {
  appendMessage,
  messageEvent,
  publishAfterCommit,
  recordChatEvent,
  statusEvent,
  systemMessage,
} from "./chat.events.js";
import { hashVisitorToken, newVisitorToken } from "./chat-access.js";
import { autoAssign } from "./chat-assign.js";
import { chatOfflineReason } from "./chat-availability.js";
import type { OfflineReason } from "./chat-availability.js";
import { armChatTimer } from "./chat-timer.js";
import { chatSettings, departmentChatSettings } from "./chat-settings.js";
import type { StartChatInput } from "./chat.inputs.js";

export const CHAT_NUMBER_SEQUENCE = "live_chat_number_seq";

function offlineMessage(reason: OfflineReason, custom: string | null | undefined): string {
  if (custom?.trim()) return custom.trim();
  if (reason === "HOLIDAY") return "Live chat is closed for the holiday. Please leave a message instead.";
  if (reason === "OUTSIDE_BUSINESS_HOURS")
    return "Live chat is closed outside business hours. Please leave a message.";
  return "No agent is available for live chat right now. Please leave a message instead.";
}

async function groupFor(
  em: EntityManager,
  department: Department,
  groupGlobalId?: string | null,
): Promise<Group> {
  if (groupGlobalId) {
    const group = await em.findOne(Group, { id: fromGlobalId(groupGlobalId, "Group", "groupId") });
    if (!group || group.department.id !== department.id)
      throw new UserErrorException([
        userError("INVALID_GROUP", "The group is not in this department.", ["input", "groupId"]),
      ]);
    return group;
  }
  return em.findOneOrFail(Group, { department: department.id, isFrontLine: true });
}

export async function startChat(
  ctx: RequestContext,
  input: StartChatInput,
): Promise<{ chat: LiveChat; visitorToken: string }> {
  const em = ctx.em;
  const settings = await chatSettings(ctx.app, em);
  const v = new Validation();
  const name = input.name.trim();
  const question = input.question.trim();
  const email = input.email?.trim() || null;
  v.check(name.length > 0 && name.length <= 255, "INVALID", "Give a name of 1-255 characters.", [
    "input",
    "name",
  ]);
  v.check(question.length > 0, "REQUIRED", "Ask a question to start the chat.", ["input", "question"]);
  v.check(
    question.length <= settings.maxMessageLength,
    "MESSAGE_TOO_LONG",
    `The question is longer than ${settings.maxMessageLength} characters.`,
    ["input", "question"],
  );
  v.check(!email || isValidEmail(email), "INVALID_EMAIL", "The email address is not valid.", [
    "input",
    "email",
  ]);
  v.throwIfAny();

  let department = await em.findOne(Department, {
    id: fromGlobalId(input.departmentId, "Department", "departmentId"),
  });
  if (!department)
    throw new UserErrorException([
      userError("NOT_FOUND", "The department does not exist.", ["input", "departmentId"]),
    ]);
  let group = await groupFor(em, department, input.groupId);
  const reason = await chatOfflineReason(em, settings, department, group.id);
  if (reason) {
    const custom = (await departmentChatSettings(em, department.id)).notAvailableMessage;
    throw new UserErrorException([userError("CHAT_OFFLINE", offlineMessage(reason, custom))]);
  }
  const check = await validateCustomFieldValues(em, {
    departmentId: department.id,
    itemKind: "LIVE_CHAT",
    values: input.customFields ?? [],
    mode: "USER_SUBMIT",
    applyDefaults: true,
  });
  if (check.userErrors.length) throw new UserErrorException(check.userErrors);
  let values = check.values;

  const existingVisitor = input.visitorToken
    ? await em.findOne(ChatVisitor, { tokenHash: hashVisitorToken(input.visitorToken) })
    : null;
  if (input.visitorToken && !existingVisitor)
    throw new UserErrorException([
      userError("INVALID_VISITOR_TOKEN", "The visitor token is not valid.", ["input", "visitorToken"]),
    ]);
  const user = ctx.actor?.kind === "USER" ? await em.findOne(User, { id: ctx.actor.accountId }) : null;

  // The providers' say (CanStartChats, StartChat) before the chat is stored and queued (docs/providers.md).
  const decision = await startChatCheck(ctx.app, {
    departmentName: department.name,
    loginUsername: user?.username ?? null,
    email: email ?? user?.email ?? null,
    customFields: Object.fromEntries(values.map((x) => [x.field.name, x.value])),
  });
  const notes = [...decision.notes];
  if (decision.department && decision.department.id !== department.id) {
    department = await em.findOneOrFail(Department, { id: decision.department.id });
    group = await groupFor(em, department, null);
  }
  values = await applyProviderFieldValues(em, values, decision.customFields);

  const token = existingVisitor
    ? { token: input.visitorToken!, hash: existingVisitor.tokenHash }
    : newVisitorToken();
  const chat = await em.transactional(async (trx) => {
    const visitor = existingVisitor
      ? await trx.findOneOrFail(ChatVisitor, { id: existingVisitor.id })
      : build(ChatVisitor, {
          tokenHash: token.hash,
          name,
          email,
          user: user ? trx.getReference(User, user.id) : null,
        });
    trx.persist(visitor);
    const [row] = await trx.execute<Array<{ n: string }>>(`select nextval('"${CHAT_NUMBER_SEQUENCE}"') as n`);
    const now = new Date();
    const chat = build(LiveChat, {
      chatNumber: Number(row!.n),
      status: ChatStatus.QUEUED,
      brand: trx.getReference(Brand, department!.brand.id),
      department: trx.getReference(Department, department!.id),
      group: trx.getReference(Group, group.id),
      visitor,
      user: user ? trx.getReference(User, user.id) : null,
      customerName: name,
      customerEmail: email ?? user?.email ?? null,
      initialQuestion: question,
      queuedAt: now,
      lastActivityAt: now,
    });
    trx.persist(chat);
    const events: ChatEventPayload[] = [];
    const first = appendMessage(trx, chat, {
      kind: ChatMessageKind.CUSTOMER,
      body: question,
      authorName: name,
      authorId: user?.id ?? null,
    });
    events.push(messageEvent(first));
    await trx.flush();
    await setCustomFieldValues(trx, CustomFieldOwnerType.LIVE_CHAT, chat.id, values);
    // The start step's notes (reroutes, failures let through) are for the agents' record, not the customer.
    await recordChatEvent(ctx.app, trx, chat, "chat.started", user?.id ?? null, { notes });
    const agent = await autoAssign(ctx.app, trx, chat, events, { reason: "NEW" });
    if (!agent) {
      events.push(messageEvent(systemMessage(trx, chat, ChatSystemEvent.QUEUED, "Waiting for an agent.")));
      await recordChatEvent(ctx.app, trx, chat, "chat.queued", null);
      events.push(statusEvent(chat.id));
    }
    await trx.flush();
    const abandon = settings.abandonQueuedAfterSeconds;
    if (!agent && abandon) await armChatTimer(trx, chat.id, new Date(now.getTime() + abandon * 1000));
    await publishAfterCommit(ctx.app, trx, events);
    return chat;
  });
  return { chat, visitorToken: token.token };
}
