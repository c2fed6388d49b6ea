import type { EntityManager } from "@mikro-orm/postgresql";
import { build } from "../../core/db/base.entity.js";
import type { UserError } from "../../core/graphql/user-error.js";
import { Validation } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { Employee, User, usernameKey } from "../accounts/index.js";
import { CustomFieldOwnerType, setCustomFieldValues } from "../custom-fields/index.js";
import type { ResolvedCustomFieldValue } from "../custom-fields/index.js";
import { AgentGroupMembership, Brand, Department, Group } from "../organization/index.js";
import { getTicketAssigner } from "./ticket-assigner.js";
import type { AssignmentReason } from "./ticket-assigner.js";
import { TicketHistory, TicketMessage } from "./ticket-message.entity.js";
import { Ticket } from "./ticket.entity.js";
import {
  MessageDirection,
  TicketDirection,
  TicketPriority,
  TicketSource,
  TicketStatus,
} from "./ticket.enums.js";
import type { PreparedTicketInput } from "./ticket-start.js";
import { recordTicketEvent } from "./ticket-events.js";
import { lowerEquals } from "../../core/db/lower-equals.js";
import { withSignature } from "./ticket-signature.service.js";

/** Appends an audit entry (who, what, old/new value) to the ticket's history. */
export function recordHistory(
  em: EntityManager,
  ticket: Ticket,
  actorId: string | null,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  note?: string,
): void {
  const str = (v: unknown) =>
    v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v);
  em.persist(
    build(TicketHistory, {
      ticket,
      actor: actorId ? em.getReference(Employee, actorId) : null,
      field,
      oldValue: str(oldValue),
      newValue: str(newValue),
      note: note ?? null,
    }),
  );
}

/** Sets the status; leaving ACTIVE ends counting toward the agent's limit for good (000 L90-97, 002 L2911-2935). */
export function applyStatus(
  em: EntityManager,
  ticket: Ticket,
  actorId: string | null,
  status: TicketStatus,
): void {
  if (ticket.status === status) return;
  recordHistory(em, ticket, actorId, "status", ticket.status, status);
  ticket.status = status;
  if (status !== TicketStatus.ACTIVE) ticket.countsTowardLimit = false;
  if (status === TicketStatus.CLOSED || status === TicketStatus.CLOSED_AND_LOCKED)
    ticket.closedAt ??= new Date();
  else ticket.closedAt = null;
  if (status === TicketStatus.CLOSED_AND_LOCKED) clearFollowUp(ticket); // 002 L3200
  ticket.followUpDueAt = null;
  ticket.lastActivityAt = new Date();
}

export function clearFollowUp(ticket: Ticket): void {
  ticket.followUpAt = null;
  ticket.followUpAgent = null;
  ticket.followUpComment = null;
  ticket.statusBeforeFollowUp = null;
}

/** Sets the agent and records it; null returns the ticket to its group's queue. */
export function applyAgent(
  em: EntityManager,
  ticket: Ticket,
  actorId: string | null,
  agentId: string | null,
  note?: string,
): void {
  const before = ticket.assignedAgent?.id ?? null;
  if (before !== agentId) {
    ticket.assignedAgent = agentId ? em.getReference(Employee, agentId) : null;
    if (!agentId) ticket.pinned = false; // queue tickets cannot be pinned (002 L2885)
  }
  recordHistory(em, ticket, actorId, "assignedAgent", before, agentId, note);
}

/**
 * Asks the installed assigner (distribution module) who gets the ticket, inside the caller's transaction
 * after the ticket row is flushed, applies the decision and records the explanation.
 */
export async function runAssigner(
  em: EntityManager,
  ticket: Ticket,
  actorId: string | null,
  reason: AssignmentReason,
): Promise<void> {
  await em.flush();
  const decision = await getTicketAssigner().assign(em, ticket, reason);
  applyAgent(em, ticket, actorId, decision.agentId, `${reason}: ${decision.explanation}`);
  // Follow-ups never count toward the limit (002 L2911-2935); only active tickets can.
  ticket.countsTowardLimit =
    decision.agentId !== null &&
    decision.countsTowardLimit &&
    reason !== "FOLLOW_UP_DUE" &&
    ticket.status === TicketStatus.ACTIVE;
}

export async function isGroupMember(
  em: EntityManager,
  employeeId: string,
  groupId: string,
): Promise<boolean> {
  return (await em.count(AgentGroupMembership, { employee: employeeId, group: groupId })) > 0;
}

/** Links a requester by email: an existing user with that address, else a new user account without password. */
export async function userForEmail(em: EntityManager, email: string): Promise<User> {
  const address = email.trim().toLowerCase();
  const existing = await em.findOne(User, lowerEquals("email", address), { orderBy: { createdAt: "asc" } });
  if (existing) return existing;
  let username = address;
  if (await em.count(User, { usernameKey: usernameKey(username) }))
    username = `${address}-${Date.now().toString(36)}`;
  const user = build(User, {
    username,
    usernameKey: usernameKey(username),
    displayName: address.split("@")[0]!,
    email: address,
  });
  em.persist(user);
  return user;
}

export interface MessageInput {
  htmlBody?: string | null;
  textBody?: string | null;
  cc?: string[] | null;
  bcc?: string[] | null;
}

export interface CreateTicketCoreInput {
  subject: string;
  departmentId: string;
  groupId?: string | null;
  /** Defaults to the department's brand. */
  priority?: TicketPriority | null;
  direction: TicketDirection;
  source: TicketSource;
  /** An existing user account; else requesterEmail links or creates one. */
  requesterId?: string | null;
  requesterEmail?: string | null;
  /** Assign directly (must be a member of the group); else the assigner decides. */
  agentId?: string | null;
  status?: TicketStatus | null;
  language?: string | null;
  message?: MessageInput | null;
  /** The account creating it (employee or user), null for anonymous and system channels. */
  actorId?: string | null;
  /** Custom field values already checked by the caller (checkTicketCustomFields / validateCustomFieldValues). */
  customFieldValues?: ResolvedCustomFieldValue[] | null;
}

function checkAddresses(v: Validation, list: string[] | null | undefined, field: string): string[] {
  const out = (list ?? []).map((a) => a.trim()).filter(Boolean);
  for (const a of out) v.check(isValidEmail(a), "INVALID_EMAIL", `"${a}" is not an email address.`, [field]);
  return out;
}

export function messageErrors(input: MessageInput | null | undefined, required: boolean): UserError[] {
  const v = new Validation();
  if (required || input)
    v.check(
      Boolean(input?.htmlBody?.trim() || input?.textBody?.trim()),
      "REQUIRED",
      "A message needs a body.",
      ["message"],
    );
  checkAddresses(v, input?.cc, "cc");
  checkAddresses(v, input?.bcc, "bcc");
  return v.errors;
}

/** Adds a message to a ticket (no status rules: callers apply them). */
export function addMessage(
  em: EntityManager,
  ticket: Ticket,
  direction: MessageDirection,
  authorId: string | null,
  fromAddress: string,
  input: MessageInput,
  to: string[],
): TicketMessage {
  const message = build(TicketMessage, {
    ticket,
    direction,
    author: authorId ? em.getReference(Employee, authorId) : null,
    fromAddress,
    to,
    cc: (input.cc ?? []).map((a) => a.trim()).filter(Boolean),
    bcc: (input.bcc ?? []).map((a) => a.trim()).filter(Boolean),
    subject: ticket.subject,
    htmlBody: input.htmlBody ?? null,
    textBody: input.textBody ?? null,
  });
  em.persist(message);
  ticket.lastActivityAt = new Date();
  return message;
}

/**
 * The single creation path of every channel (agent, portal, API, later email and providers). Runs inside
 * the caller's transaction; throws UserErrorException on invalid input. The input comes from
 * prepareTicketCreation (ticket-start.ts), called before the transaction: the ticket provider has had its
 * say (refusal, reroute, custom fields) and the ticket number it was told is the one stored.
 */
export async function createTicketCore(em: EntityManager, input: PreparedTicketInput): Promise<Ticket> {
  const v = new Validation();
  const subject = input.subject.trim();
  v.check(subject.length > 0 && subject.length <= 500, "INVALID", "Subject must be 1-500 characters.", [
    "subject",
  ]);
  const department = await em.findOne(Department, { id: input.departmentId }, { populate: ["brand"] });
  v.check(Boolean(department), "NOT_FOUND", "Unknown department.", ["departmentId"]);
  const group = input.groupId
    ? await em.findOne(Group, { id: input.groupId })
    : department
      ? await em.findOne(Group, { department: department.id, isFrontLine: true })
      : null;
  if (input.groupId) {
    v.check(Boolean(group), "NOT_FOUND", "Unknown group.", ["groupId"]);
    if (group && department)
      v.check(
        group.department.id === department.id,
        "GROUP_NOT_IN_DEPARTMENT",
        "The group is not in the department.",
        ["groupId"],
      );
  }
  let requester: User | null = null;
  if (input.requesterId) {
    requester = await em.findOne(User, { id: input.requesterId });
    v.check(Boolean(requester), "NOT_FOUND", "Unknown requester.", ["requesterId"]);
  } else {
    v.check(
      Boolean(input.requesterEmail && isValidEmail(input.requesterEmail)),
      "INVALID_EMAIL",
      "A valid requester email is required.",
      ["requesterEmail"],
    );
  }
  if (input.agentId && group)
    v.check(
      await isGroupMember(em, input.agentId, group.id),
      "AGENT_NOT_IN_GROUP",
      "The agent is not a member of the group.",
      ["agentId"],
    );
  v.errors.push(...messageErrors(input.message, false));
  v.throwIfAny();

  if (!requester) requester = await userForEmail(em, input.requesterEmail!);
  const requesterEmail = (input.requesterEmail ?? requester.email ?? "").trim().toLowerCase();
  const ticket = build(Ticket, {
    ticketNumber: input.ticketNumber,
    subject,
    priority: input.priority ?? TicketPriority.NORMAL,
    direction: input.direction,
    source: input.source,
    brand: department!.brand as Brand,
    department: department!,
    group,
    requester,
    requesterEmail: requesterEmail || requester.email || "",
    language: input.language ?? department!.preferredLanguage ?? null,
    status:
      input.status ??
      (input.direction === TicketDirection.OUTBOUND ? TicketStatus.WAITING : TicketStatus.ACTIVE),
  });
  em.persist(ticket);
  recordHistory(em, ticket, input.actorId ?? null, "created", null, ticket.ticketNumber, input.source);
  for (const note of input.startNotes) recordHistory(em, ticket, null, "externalProvider", null, null, note);
  if (input.message) {
    const incoming = input.direction === TicketDirection.INBOUND;
    addMessage(
      em,
      ticket,
      incoming ? MessageDirection.INCOMING : MessageDirection.OUTGOING,
      input.actorId ?? null,
      incoming ? ticket.requesterEmail : "agent",
      // An agent's outbound first message is correspondence like a reply: it gets the signature.
      incoming ? input.message : await withSignature(em, ticket, input.actorId ?? null, input.message),
      incoming ? [] : [ticket.requesterEmail],
    );
  }
  if (input.agentId) {
    applyAgent(em, ticket, input.actorId ?? null, input.agentId, "Assigned on creation");
  } else {
    await runAssigner(em, ticket, input.actorId ?? null, "NEW");
  }
  await em.flush();
  if (input.customFieldValues?.length)
    await setCustomFieldValues(em, CustomFieldOwnerType.TICKET, ticket.id, input.customFieldValues);
  const actor = input.actorId ?? null;
  await recordTicketEvent(input.app, em, ticket, "ticket.created", actor, {
    source: ticket.source,
    direction: ticket.direction,
  });
  if (ticket.assignedAgent)
    await recordTicketEvent(input.app, em, ticket, "ticket.assigned", actor, {
      previousAgentId: null,
      reason: input.agentId ? "ASSIGNED_ON_CREATION" : "NEW",
    });
  return ticket;
}
