import type { EntityManager } from "@mikro-orm/postgresql";
import { build } from "../../core/db/base.entity.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Department, Group } from "../organization/index.js";
import { applyAgent, applyStatus, isGroupMember, recordHistory, runAssigner } from "./ticket-core.js";
import { recordTicketChanges, recordTicketEvent, snapshotTicket } from "./ticket-events.js";
import { closeChecks } from "./ticket-hooks.js";
import { TicketComment } from "./ticket-message.entity.js";
import { Ticket } from "./ticket.entity.js";
import { CommentType, TicketPriority, TicketStatus } from "./ticket.enums.js";

/**
 * Ticket changes made by automation (event rule actions) inside the caller's transaction (a job's): no
 * request context, no caller scope; history names no actor (system) and carries the note. Each change
 * records the same domain events as the agents' mutations, so automation is visible to other consumers.
 */

export class TicketAutomationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "TicketAutomationError";
  }
}

export interface AutomationOutcome {
  ticket: Ticket;
  changed: boolean;
}

async function live(em: EntityManager, ticketId: string): Promise<Ticket> {
  const ticket = await em.findOne(Ticket, { id: ticketId, mergedInto: null, deletedAt: null });
  if (!ticket)
    throw new TicketAutomationError("TICKET_GONE", "The ticket no longer exists (deleted or merged).");
  return ticket;
}

export async function automationSetStatus(
  app: AppRuntime,
  em: EntityManager,
  ticketId: string,
  status: TicketStatus,
  note: string,
): Promise<AutomationOutcome> {
  const ticket = await live(em, ticketId);
  if (ticket.status === status) return { ticket, changed: false };
  if (status === TicketStatus.CLOSED || status === TicketStatus.CLOSED_AND_LOCKED) {
    const errors = await closeChecks(em, ticket);
    if (errors.length)
      throw new TicketAutomationError(errors[0]!.code, errors.map((e) => e.message).join(" "));
  }
  const before = snapshotTicket(ticket);
  applyStatus(em, ticket, null, status);
  recordHistory(em, ticket, null, "automation", null, status, note);
  await em.flush();
  await recordTicketChanges(app, em, ticket, before, null);
  return { ticket, changed: true };
}

export async function automationSetPriority(
  app: AppRuntime,
  em: EntityManager,
  ticketId: string,
  priority: TicketPriority,
  note: string,
): Promise<AutomationOutcome> {
  const ticket = await live(em, ticketId);
  if (ticket.priority === priority) return { ticket, changed: false };
  const before = snapshotTicket(ticket);
  recordHistory(em, ticket, null, "priority", ticket.priority, priority, note);
  ticket.priority = priority;
  await em.flush();
  await recordTicketChanges(app, em, ticket, before, null);
  return { ticket, changed: true };
}

/** The next priority up (URGENT stays URGENT). */
export function raisedPriority(priority: TicketPriority): TicketPriority {
  const order = [TicketPriority.LOW, TicketPriority.NORMAL, TicketPriority.HIGH, TicketPriority.URGENT];
  return order[Math.min(order.length - 1, order.indexOf(priority) + 1)]!;
}

/** Transfer Ticket (002 L8675): to the group (its department follows) and agent, else the assigner decides. */
export async function automationTransfer(
  app: AppRuntime,
  em: EntityManager,
  ticketId: string,
  target: { groupId: string; agentId?: string | null },
  note: string,
): Promise<AutomationOutcome> {
  const ticket = await live(em, ticketId);
  const group = await em.findOne(Group, { id: target.groupId });
  if (!group) throw new TicketAutomationError("GROUP_GONE", "The rule's target group no longer exists.");
  const agentId = target.agentId ?? null;
  if (agentId && !(await isGroupMember(em, agentId, group.id)))
    throw new TicketAutomationError("AGENT_NOT_IN_GROUP", "The rule's agent is not a member of its group.");
  const before = snapshotTicket(ticket);
  if (before.groupId === group.id && (!agentId || before.agentId === agentId))
    return { ticket, changed: false };
  if (ticket.department.id !== group.department.id) {
    recordHistory(em, ticket, null, "department", ticket.department.id, group.department.id, note);
    const department = await em.findOneOrFail(Department, { id: group.department.id });
    ticket.department = department;
    ticket.brand = department.brand;
  }
  recordHistory(em, ticket, null, "group", ticket.group?.id, group.id, note);
  ticket.group = group;
  ticket.pinned = false;
  ticket.countsTowardLimit = false;
  ticket.lastTransferredAt = new Date();
  if (agentId) applyAgent(em, ticket, null, agentId, note);
  else await runAssigner(em, ticket, null, "TRANSFER_TO_GROUP");
  await em.flush();
  await recordTicketChanges(app, em, ticket, before, null, {
    reason: agentId ? "TRANSFERRED_TO_AGENT" : "TRANSFER_TO_GROUP",
  });
  return { ticket, changed: true };
}

export async function automationSetPinned(
  app: AppRuntime,
  em: EntityManager,
  ticketId: string,
  pinned: boolean,
  note: string,
): Promise<AutomationOutcome> {
  const ticket = await live(em, ticketId);
  if (ticket.pinned === pinned) return { ticket, changed: false };
  if (pinned && !ticket.assignedAgent)
    throw new TicketAutomationError("NOT_ASSIGNED", "Tickets in the queue cannot be pinned (002 L2885).");
  const before = snapshotTicket(ticket);
  recordHistory(em, ticket, null, "pinned", ticket.pinned, pinned, note);
  ticket.pinned = pinned;
  await em.flush();
  await recordTicketChanges(app, em, ticket, before, null);
  return { ticket, changed: true };
}

export async function automationAddComment(
  app: AppRuntime,
  em: EntityManager,
  ticketId: string,
  text: string,
  note: string,
): Promise<AutomationOutcome> {
  const ticket = await live(em, ticketId);
  const comment = build(TicketComment, {
    ticket,
    type: CommentType.GENERAL,
    text: text.trim(),
    author: null,
  });
  em.persist(comment);
  recordHistory(em, ticket, null, "comment", null, CommentType.GENERAL, note);
  await em.flush();
  await recordTicketEvent(app, em, ticket, "ticket.commentAdded", null, {
    commentId: comment.id,
    commentType: comment.type,
  });
  return { ticket, changed: true };
}
