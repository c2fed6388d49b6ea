/**
 * The ticket domain events (docs/tickets.md "Domain events"; vocabulary fixed in the helpers' protocol).
 * Every write path records them in its own transaction through recordDomainEvent, so consumers (the events
 * engine, mail notifications, subscriptions) see a change iff it committed.
 *
 * Writers take a snapshot before changing a ticket and call recordTicketChanges after: status, assignment,
 * department/group and plain field changes become ticket.statusChanged / ticket.assigned /
 * ticket.transferred / ticket.updated, whatever path made them, so no writer can forget one of them.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { recordDomainEvent } from "../../core/events/domain-events.js";
import type { DomainEvent, DomainEventValue } from "../../core/events/domain-events.js";
import type { AppRuntime } from "../../core/runtime.js";
import type { Ticket } from "./ticket.entity.js";

export type TicketEventType =
  | "ticket.created"
  | "ticket.updated"
  | "ticket.statusChanged"
  | "ticket.assigned"
  | "ticket.transferred"
  | "ticket.messageAdded"
  | "ticket.commentAdded"
  | "ticket.deleted"
  | "ticket.restored"
  | "ticket.merged"
  | "ticket.followUpDue"
  | "ticket.closeRequested";

export const TICKET_EVENT_TYPES: readonly TicketEventType[] = [
  "ticket.created",
  "ticket.updated",
  "ticket.statusChanged",
  "ticket.assigned",
  "ticket.transferred",
  "ticket.messageAdded",
  "ticket.commentAdded",
  "ticket.deleted",
  "ticket.restored",
  "ticket.merged",
  "ticket.followUpDue",
  "ticket.closeRequested",
];

/**
 * Why an assignment changed (ticket.assigned data.reason): the assigner's reasons (NEW, FOLLOW_UP_DUE,
 * TRANSFER_TO_GROUP, RETURNED_TO_QUEUE) plus the direct ones.
 */
export type TicketAssignmentEventReason =
  | "NEW"
  | "FOLLOW_UP_DUE"
  | "TRANSFER_TO_GROUP"
  | "RETURNED_TO_QUEUE"
  | "ASSIGNED_ON_CREATION"
  | "TRANSFERRED_TO_AGENT"
  | "TAKEN_FROM_QUEUE"
  | "REBALANCED"
  | "HANDED_OFF";

/** The facts every ticket event carries: raw uuids or null, enum names. */
export function ticketEventData(ticket: Ticket): Record<string, DomainEventValue> {
  return {
    ticketId: ticket.id,
    number: ticket.ticketNumber,
    brandId: ticket.brand?.id ?? null,
    departmentId: ticket.department?.id ?? null,
    groupId: ticket.group?.id ?? null,
    agentId: ticket.assignedAgent?.id ?? null,
    requesterId: ticket.requester?.id ?? null,
    status: ticket.status,
    priority: ticket.priority,
  };
}

export function recordTicketEvent(
  app: AppRuntime,
  em: EntityManager,
  ticket: Ticket,
  type: TicketEventType,
  actorAccountId: string | null,
  extra: Record<string, DomainEventValue> = {},
): Promise<DomainEvent> {
  return recordDomainEvent(app, em, {
    type,
    subject: { type: "Ticket", id: ticket.id },
    actorAccountId,
    data: { ...ticketEventData(ticket), ...extra },
  });
}

/** What recordTicketChanges compares against. */
export interface TicketSnapshot {
  status: string;
  agentId: string | null;
  departmentId: string | null;
  groupId: string | null;
  fields: Record<string, string | null>;
}

/** Plain fields whose change is a ticket.updated (names as in the GraphQL Ticket type). */
const UPDATED_FIELDS: Record<string, (t: Ticket) => string | null> = {
  subject: (t) => t.subject,
  requesterEmail: (t) => t.requesterEmail,
  priority: (t) => t.priority,
  pinned: (t) => String(t.pinned),
  followUpAt: (t) => t.followUpAt?.toISOString() ?? null,
  language: (t) => t.language ?? null,
};

export function snapshotTicket(ticket: Ticket): TicketSnapshot {
  return {
    status: ticket.status,
    agentId: ticket.assignedAgent?.id ?? null,
    departmentId: ticket.department?.id ?? null,
    groupId: ticket.group?.id ?? null,
    fields: Object.fromEntries(Object.entries(UPDATED_FIELDS).map(([k, get]) => [k, get(ticket)])),
  };
}

export interface TicketChangeOptions {
  /** ticket.assigned data.reason when the agent changed. */
  reason?: TicketAssignmentEventReason;
  /** Changes the snapshot cannot see (custom field values, time logs, related items, attachments). */
  alsoChanged?: string[];
  /** Fields whose change is part of another event (a follow-up coming due clears followUpAt). */
  ignore?: string[];
}

/**
 * Records the events for what changed since `before`: ticket.transferred (department or group), ticket.assigned
 * (agent, null = back to the queue), ticket.statusChanged, ticket.updated { changed }. Call it after the
 * changes are applied, inside the writing transaction.
 */
export async function recordTicketChanges(
  app: AppRuntime,
  em: EntityManager,
  ticket: Ticket,
  before: TicketSnapshot,
  actorAccountId: string | null,
  options: TicketChangeOptions = {},
): Promise<void> {
  const now = snapshotTicket(ticket);
  if (now.departmentId !== before.departmentId || now.groupId !== before.groupId)
    await recordTicketEvent(app, em, ticket, "ticket.transferred", actorAccountId, {
      previousDepartmentId: before.departmentId,
      previousGroupId: before.groupId,
      previousAgentId: before.agentId,
    });
  if (now.agentId !== before.agentId)
    await recordTicketEvent(app, em, ticket, "ticket.assigned", actorAccountId, {
      previousAgentId: before.agentId,
      reason: options.reason ?? null,
    });
  if (now.status !== before.status)
    await recordTicketEvent(app, em, ticket, "ticket.statusChanged", actorAccountId, {
      from: before.status,
      to: now.status,
    });
  const changed = [
    ...Object.keys(UPDATED_FIELDS).filter(
      (k) => now.fields[k] !== before.fields[k] && !options.ignore?.includes(k),
    ),
    ...(options.alsoChanged ?? []),
  ];
  if (changed.length)
    await recordTicketEvent(app, em, ticket, "ticket.updated", actorAccountId, {
      changed: [...new Set(changed)],
    });
}
