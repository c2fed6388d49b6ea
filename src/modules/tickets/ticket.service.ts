import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { ForbiddenError, NotFoundError } from "../../core/errors/app-errors.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { Account, User } from "../accounts/index.js";
import { Department, assertDepartmentVisible } from "../organization/index.js";
import { PredefinedRole, permissionKey } from "../roles/index.js";
import { actorId, visibleTicket } from "./ticket-access.js";
import { addMessage, applyStatus, createTicketCore, messageErrors, recordHistory } from "./ticket-core.js";
import { closeChecks, recordTicketActivity } from "./ticket-hooks.js";
import { prepareTicketCreation } from "./ticket-start.js";
import { clearReplying, markReplying } from "./ticket-viewers.js";
import { recordTicketChanges, recordTicketEvent, snapshotTicket } from "./ticket-events.js";
import type { AppRuntime } from "../../core/runtime.js";
import { checkTicketCustomFields, closingCustomFieldErrors } from "./ticket-custom-fields.js";
import { CustomFieldOwnerType, setCustomFieldValues } from "../custom-fields/index.js";
import { decodeUploads, getTicketSettings, storeAttachments } from "./ticket-attachment.service.js";
import type {
  AddTicketCommentInput,
  ChangeTicketPriorityInput,
  ChangeTicketStatusInput,
  CreateTicketInput,
  ReplyToMyTicketInput,
  ReplyToTicketInput,
  SetTicketPinnedInput,
  SubmitTicketInput,
  UpdateTicketHeaderInput,
} from "./ticket.inputs.js";
import { TicketComment } from "./ticket-message.entity.js";
import type { Ticket } from "./ticket.entity.js";
import { withSignature } from "./ticket-signature.service.js";
import {
  CommentType,
  MessageDirection,
  TicketDirection,
  TicketSource,
  TicketStatus,
} from "./ticket.enums.js";

const optionalId = (id: string | null | undefined, type: string, field: string) =>
  id ? fromGlobalId(id, type, field) : null;

/** Agents (TICKETS_CREATE) and API tokens with that scope (002 L2946-2983). */
export async function createTicket(ctx: RequestContext, input: CreateTicketInput) {
  const departmentId = fromGlobalId(input.departmentId, "Department", "departmentId");
  const department = await ctx.em.findOne(Department, { id: departmentId });
  if (!department)
    throw new UserErrorException([userError("NOT_FOUND", "Unknown department.", ["departmentId"])]);
  await assertDepartmentVisible(ctx, departmentId);
  const customFieldValues = await checkTicketCustomFields(ctx, {
    departmentId,
    mode: "AGENT_SAVE",
    given: input.customFields,
  });
  // The ticket provider is asked before the transaction opens (ticket-start.ts).
  const prepared = await prepareTicketCreation(ctx.app, ctx.em, {
    subject: input.subject,
    departmentId,
    groupId: optionalId(input.groupId, "Group", "groupId"),
    agentId: optionalId(input.agentId, "Employee", "agentId"),
    requesterId: optionalId(input.requesterId, "User", "requesterId"),
    requesterEmail: input.requesterEmail,
    direction: input.direction ?? TicketDirection.INBOUND,
    source: ctx.actor?.apiTokenId ? TicketSource.API : TicketSource.AGENT,
    priority: input.priority,
    status: input.status,
    message: input.message,
    actorId: actorId(ctx),
    customFieldValues,
  });
  const ticket = await ctx.em.transactional((em) => createTicketCore(em, prepared));
  return { ticket };
}

/** Whether the caller's roles may submit to the department's portal form ("New Tickets in Portal"). */
async function maySubmit(ctx: RequestContext, department: Department): Promise<boolean> {
  const role = department.newTicketsInPortalRole;
  if (!role) return false; // Nobody
  await ctx.em.populate(department, ["newTicketsInPortalRole"]);
  if (role.predefined === PredefinedRole.EVERYONE) return true;
  if (!ctx.actor) return false;
  if (role.predefined && ctx.actor.roleKeys.has(role.predefined)) return true;
  const account = await ctx.em.findOne(Account, { id: ctx.actor.accountId }, { populate: ["roles"] });
  return account?.roles.getItems().some((r) => r.id === role.id) ?? false;
}

/**
 * Portal submission by a signed-in user or an anonymous visitor. Anonymous visitors identify themselves by
 * email only (required; it is linked to or creates a user account, as agent-created tickets do).
 */
export async function submitTicket(ctx: RequestContext, input: SubmitTicketInput) {
  const departmentId = fromGlobalId(input.departmentId, "Department", "departmentId");
  const department = await ctx.em.findOne(Department, { id: departmentId });
  if (!department || !(await maySubmit(ctx, department)))
    throw new UserErrorException([
      userError("DEPARTMENT_NOT_AVAILABLE", "This department does not accept tickets from you.", [
        "departmentId",
      ]),
    ]);
  const user = ctx.actor?.kind === "USER" ? await ctx.em.findOne(User, { id: ctx.actor.accountId }) : null;
  const email = input.email?.trim() || user?.email || null;
  if (!user && (!email || !isValidEmail(email)))
    throw new UserErrorException([userError("INVALID_EMAIL", "An email address is required.", ["email"])]);
  const errors = messageErrors(input.message, true);
  if (errors.length) throw new UserErrorException(errors);
  const customFieldValues = await checkTicketCustomFields(ctx, {
    departmentId,
    mode: "USER_SUBMIT",
    given: input.customFields,
  });
  // The ticket provider is asked before the transaction opens (ticket-start.ts).
  const prepared = await prepareTicketCreation(ctx.app, ctx.em, {
    subject: input.subject,
    departmentId,
    requesterId: user?.id ?? null,
    requesterEmail: email,
    direction: TicketDirection.INBOUND,
    source: TicketSource.PORTAL,
    message: { ...input.message, bcc: [] },
    actorId: user?.id ?? null,
    customFieldValues,
  });
  const ticket = await ctx.em.transactional((em) => createTicketCore(em, prepared));
  return { ticket };
}

function assertNotLocked(ticket: Ticket): void {
  if (ticket.status === TicketStatus.CLOSED_AND_LOCKED)
    throw new UserErrorException([
      userError("TICKET_LOCKED", "The ticket is closed and locked: replies are rejected due to lock."),
    ]);
}

/**
 * Only the owning agent replies (002 L2994-2995: "If the agent owns the ticket, this allows them to compose a
 * reply"); another agent, or anyone for a queue ticket, takes it first. Administrators and the managers who see
 * the ticket (their departments, 002 L2821; "Managers are allowed to modify any item", 002 L6012) may reply to
 * any ticket in their scope. visibleTicket has already checked the scope.
 */
function assertMayReply(ctx: RequestContext, ticket: Ticket): void {
  const actor = ctx.actor!;
  if (ticket.assignedAgent?.id === actor.accountId) return;
  if (actor.roleKeys.has(PredefinedRole.ADMINISTRATOR) || actor.roleKeys.has(PredefinedRole.MANAGER)) return;
  throw new UserErrorException([
    userError(
      "NOT_TICKET_OWNER",
      ticket.assignedAgent
        ? "Only the agent who owns the ticket can reply: take it first."
        : "The ticket is in the queue: take it before replying.",
      ["input", "ticketId"],
    ),
  ]);
}

/** Agent reply: sent to the requester; status follows Send and Mark … (default WAITING, 002 L3126-3131). */
export async function replyToTicket(ctx: RequestContext, input: ReplyToTicketInput) {
  const errors = messageErrors(input.message, true);
  if (errors.length) throw new UserErrorException(errors);
  const ticket = await visibleTicket(ctx, input.ticketId);
  assertMayReply(ctx, ticket);
  assertNotLocked(ticket);
  const me = actorId(ctx);
  // Decoded and checked before the transaction: a refused file leaves the ticket unchanged.
  const files = input.attachments?.length
    ? decodeUploads(input.attachments, (await getTicketSettings(ctx.em)).maxAttachmentBytes, (i) => [
        "input",
        "attachments",
        String(i),
      ])
    : [];
  return ctx.em.transactional(async (em) => {
    const before = snapshotTicket(ticket);
    const message = addMessage(
      em,
      ticket,
      MessageDirection.OUTGOING,
      me,
      ctx.actor!.username,
      await withSignature(em, ticket, me, input.message),
      [ticket.requesterEmail],
    );
    storeAttachments(em, ticket, message, files, me, false);
    recordHistory(em, ticket, me, "reply", null, "outgoing");
    // The first reply after a follow-up came due is the follow-up done (Ticket Followed Up, 502013).
    const followedUp = Boolean(ticket.followUpDueAt);
    ticket.followUpDueAt = null;
    applyStatus(em, ticket, me, input.status ?? TicketStatus.WAITING);
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.messageAdded", me, {
      messageId: message.id,
      author: "AGENT",
      followedUp,
    });
    await recordTicketChanges(ctx.app, em, ticket, before, me);
    await recordTicketActivity(em, ticket.id, me, "COMPOSE");
    await clearReplying(ctx.app, em, ticket.id, me);
    return { ticket, message };
  });
}

/**
 * A customer message on an existing ticket (portal now, email later): WAITING/CLOSED re-open to ACTIVE
 * (002 L3128, L2933), a scheduled follow-up is suspended (002 L3178), a locked ticket refuses (TICKET_LOCKED).
 */
export async function addCustomerReply(
  app: AppRuntime,
  em: RequestContext["em"],
  ticket: Ticket,
  authorId: string | null,
  input: ReplyToMyTicketInput["message"],
  /** The sender when it is not the requester (a colleague in Cc answering by email). */
  fromAddress: string = ticket.requesterEmail,
) {
  assertNotLocked(ticket);
  const before = snapshotTicket(ticket);
  const message = addMessage(
    em,
    ticket,
    MessageDirection.INCOMING,
    authorId,
    fromAddress,
    { ...input, bcc: [] },
    [],
  );
  if (ticket.followUpAt) {
    recordHistory(em, ticket, authorId, "followUp", ticket.followUpAt, null, "Suspended by customer reply");
    ticket.followUpAt = null;
  }
  applyStatus(em, ticket, authorId, TicketStatus.ACTIVE);
  await em.flush();
  await recordTicketEvent(app, em, ticket, "ticket.messageAdded", authorId, {
    messageId: message.id,
    author: "CUSTOMER",
  });
  await recordTicketChanges(app, em, ticket, before, authorId);
  return message;
}

/**
 * An agent's reply that arrived by email (from their Copy To Address or an Other Reply From Address, 002 L6249-6250):
 * stored as the agent's outgoing message and, through the usual ticket.messageAdded (author AGENT), sent to the
 * requester from the department address. The caller has checked that the agent owns the ticket (as
 * replyToTicket's rule asks); runs in the caller's transaction.
 */
export async function addAgentReply(
  app: AppRuntime,
  em: RequestContext["em"],
  ticket: Ticket,
  agent: { id: string; username: string },
  input: ReplyToMyTicketInput["message"],
) {
  assertNotLocked(ticket);
  const before = snapshotTicket(ticket);
  const message = addMessage(
    em,
    ticket,
    MessageDirection.OUTGOING,
    agent.id,
    agent.username,
    { ...input, bcc: [] },
    [ticket.requesterEmail],
  );
  recordHistory(em, ticket, agent.id, "reply", null, "outgoing");
  const followedUp = Boolean(ticket.followUpDueAt);
  ticket.followUpDueAt = null;
  applyStatus(em, ticket, agent.id, TicketStatus.WAITING);
  await em.flush();
  await recordTicketEvent(app, em, ticket, "ticket.messageAdded", agent.id, {
    messageId: message.id,
    author: "AGENT",
    followedUp,
  });
  await recordTicketChanges(app, em, ticket, before, agent.id);
  return message;
}

export async function replyToMyTicket(ctx: RequestContext, input: ReplyToMyTicketInput) {
  const errors = messageErrors(input.message, true);
  if (errors.length) throw new UserErrorException(errors);
  const ticket = await visibleTicket(ctx, input.ticketId);
  if (ticket.requester?.id !== ctx.actor?.accountId) throw new ForbiddenError("This is not your ticket.");
  const message = await ctx.em.transactional((em) =>
    addCustomerReply(ctx.app, em, ticket, actorId(ctx), input.message),
  );
  return { ticket, message };
}

export async function addTicketComment(ctx: RequestContext, input: AddTicketCommentInput) {
  const type = input.type ?? CommentType.GENERAL;
  if (type === CommentType.RESOLUTION) assertPermission(ctx, permissionKey("TICKETS", "ADD_RESOLUTION"));
  new Validation()
    .check(input.text.trim().length > 0, "REQUIRED", "A comment needs text.", ["text"])
    .throwIfAny();
  const ticket = await visibleTicket(ctx, input.ticketId);
  const me = actorId(ctx);
  return ctx.em.transactional(async (em) => {
    const comment = build(TicketComment, {
      ticket,
      type,
      text: input.text.trim(),
      author: em.getReference(Account, me),
    });
    em.persist(comment);
    recordHistory(em, ticket, me, "comment", null, type);
    ticket.lastActivityAt = new Date();
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.commentAdded", me, {
      commentId: comment.id,
      commentType: type,
    });
    return { ticket, comment };
  });
}

/** Validates and applies a status change (also used by bulk actions). */
export async function setStatus(ctx: RequestContext, ticket: Ticket, status: TicketStatus): Promise<void> {
  if (status === TicketStatus.CLOSED || status === TicketStatus.CLOSED_AND_LOCKED) {
    const errors = [...(await closeChecks(ctx.em, ticket)), ...(await closingCustomFieldErrors(ctx, ticket))];
    if (errors.length) throw new UserErrorException(errors);
  }
  await ctx.em.transactional(async (em) => {
    const before = snapshotTicket(ticket);
    applyStatus(em, ticket, actorId(ctx), status);
    await em.flush();
    await recordTicketChanges(ctx.app, em, ticket, before, actorId(ctx));
  });
}

export async function changeTicketStatus(ctx: RequestContext, input: ChangeTicketStatusInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  await setStatus(ctx, ticket, input.status);
  return { ticket };
}

export async function changeTicketPriority(ctx: RequestContext, input: ChangeTicketPriorityInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  await ctx.em.transactional(async (em) => {
    const before = snapshotTicket(ticket);
    recordHistory(em, ticket, actorId(ctx), "priority", ticket.priority, input.priority);
    ticket.priority = input.priority;
    await em.flush();
    await recordTicketChanges(ctx.app, em, ticket, before, actorId(ctx));
  });
  return { ticket };
}

export async function setTicketPinned(ctx: RequestContext, input: SetTicketPinnedInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  if (input.pinned && !ticket.assignedAgent)
    throw new UserErrorException([
      userError("NOT_ASSIGNED", "Tickets in the queue cannot be pinned (002 L2885)."),
    ]);
  await ctx.em.transactional(async (em) => {
    const before = snapshotTicket(ticket);
    recordHistory(em, ticket, actorId(ctx), "pinned", ticket.pinned, input.pinned);
    ticket.pinned = input.pinned;
    await em.flush();
    await recordTicketChanges(ctx.app, em, ticket, before, actorId(ctx));
  });
  return { ticket };
}

/** Change Subject (TICKETS_CHANGE_SUBJECT) and Change Email Address (TICKETS_CHANGE_EMAIL_ADDRESS). */
export async function updateTicketHeader(ctx: RequestContext, input: UpdateTicketHeaderInput) {
  const v = new Validation();
  if (typeof input.subject === "string") {
    assertPermission(ctx, permissionKey("TICKETS", "CHANGE_SUBJECT"));
    v.check(
      input.subject.trim().length > 0 && input.subject.length <= 500,
      "INVALID",
      "Subject must be 1-500 characters.",
      ["subject"],
    );
  }
  if (typeof input.requesterEmail === "string") {
    assertPermission(ctx, permissionKey("TICKETS", "CHANGE_EMAIL_ADDRESS"));
    v.check(isValidEmail(input.requesterEmail), "INVALID_EMAIL", "Not an email address.", ["requesterEmail"]);
  }
  v.throwIfAny();
  const ticket = await visibleTicket(ctx, input.ticketId);
  const customFieldValues = await checkTicketCustomFields(ctx, {
    departmentId: ticket.department.id,
    mode: "AGENT_SAVE",
    given: input.customFields,
    ticketId: ticket.id,
  });
  await ctx.em.transactional(async (em) => {
    const me = actorId(ctx);
    const before = snapshotTicket(ticket);
    if (customFieldValues.length) {
      await setCustomFieldValues(em, CustomFieldOwnerType.TICKET, ticket.id, customFieldValues);
      for (const { field, value } of customFieldValues)
        recordHistory(em, ticket, me, `customField:${field.name}`.slice(0, 64), null, value || null);
    }
    if (typeof input.subject === "string") {
      recordHistory(em, ticket, me, "subject", ticket.subject, input.subject.trim());
      ticket.subject = input.subject.trim();
    }
    if (typeof input.requesterEmail === "string") {
      const email = input.requesterEmail.trim().toLowerCase();
      recordHistory(em, ticket, me, "requesterEmail", ticket.requesterEmail, email);
      ticket.requesterEmail = email;
    }
    await em.flush();
    await recordTicketChanges(ctx.app, em, ticket, before, me, {
      alsoChanged: customFieldValues.length ? ["customFields"] : [],
    });
  });
  ctx.loaders.clearAll(); // the payload reads the new custom field values
  return { ticket };
}

/**
 * The agent is writing a reply (compose window open, draft saved): holds the ticket against rebalancing for
 * Hold After Compose (002 L7786-7794) and is the signal of the later "who is replying" feature. Call it when
 * composing starts and on each draft save.
 */
export async function markComposing(ctx: RequestContext, ticketGlobalId: string) {
  const ticket = await visibleTicket(ctx, ticketGlobalId);
  assertMayReply(ctx, ticket);
  await recordTicketActivity(ctx.em, ticket.id, actorId(ctx), "COMPOSE");
  await markReplying(ctx, ticket.id, actorId(ctx));
  return { ticket };
}

export { NotFoundError };
