import type { EntityManager } from "@mikro-orm/postgresql";
import type { Ticket } from "./ticket.entity.js";

/** Why the service asks for an assignment. */
export type AssignmentReason = "NEW" | "FOLLOW_UP_DUE" | "TRANSFER_TO_GROUP" | "RETURNED_TO_QUEUE";

/** The assigner's answer: the agent (null = leave in the group's queue) and whether it counts toward limits. */
export interface AssignmentDecision {
  agentId: string | null;
  countsTowardLimit: boolean;
  /** Recorded in the ticket history, e.g. "Round robin: next agent with capacity". */
  explanation: string;
}

/**
 * Decides who receives a ticket. The tickets service calls it inside the writing transaction, after the
 * ticket row is flushed, then applies the decision and records the explanation. The distribution module
 * installs its implementation with setTicketAssigner.
 */
export interface TicketAssigner {
  assign(em: EntityManager, ticket: Ticket, reason: AssignmentReason): Promise<AssignmentDecision>;
}

const queueOnly: TicketAssigner = {
  assign: () =>
    Promise.resolve({ agentId: null, countsTowardLimit: false, explanation: "No distribution configured" }),
};

let current: TicketAssigner = queueOnly;

export function setTicketAssigner(a: TicketAssigner): void {
  current = a;
}

export function getTicketAssigner(): TicketAssigner {
  return current;
}

/** Restores the default (tests). */
export function resetTicketAssigner(): void {
  current = queueOnly;
}
