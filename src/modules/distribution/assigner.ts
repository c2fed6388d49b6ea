import type { EntityManager } from "@mikro-orm/postgresql";
import { randomUUID } from "node:crypto";
import { AgentGroupMembership, TicketHandling } from "../organization/index.js";
import { TicketStatus } from "../tickets/index.js";
import type { AssignmentDecision, AssignmentReason, Ticket, TicketAssigner } from "../tickets/index.js";
import { byRotation, describeLast, loadCandidates, skipReason } from "./candidates.js";
import type { Candidate } from "./candidates.js";
import { TicketHoldKind } from "./distribution.entity.js";
import { lockAgents } from "./locks.js";

/** The tickets module's reasons plus the distribution's own (hand-off, rebalancing). */
export type DistributionReason = AssignmentReason | "HAND_OFF" | "REBALANCE";

/** Reasons whose assignment is a "receipt of a new ticket" (002 L2919-2924): it counts toward the limits. */
const COUNTED: ReadonlySet<DistributionReason> = new Set([
  "NEW",
  "TRANSFER_TO_GROUP",
  "HAND_OFF",
  "REBALANCE",
]);

const QUEUE_NOTE = "it waits in the group's queue until an agent takes it";

function list(items: string[]): string {
  return items.length ? items.join("; ") : "none";
}

/** Locks every member of the group, then reads their loads: the read is current until the transaction ends. */
export async function lockedCandidates(em: EntityManager, groupId: string): Promise<Candidate[]> {
  const rows: Array<{ employee_id: string }> = await em.execute(
    "select employee_id from agent_group_membership where group_id = ?",
    [groupId],
  );
  await lockAgents(
    em,
    rows.map((r) => r.employee_id),
  );
  return loadCandidates(em, groupId);
}

export interface PoolChoice {
  winner: Candidate | null;
  pool: "primary" | "secondary" | null;
  skipped: string[];
  /** Eligible agents of the chosen pool in rotation order (the winner first). */
  ranked: Candidate[];
}

/**
 * Primary agents first, secondary only when no primary agent is eligible (002 L2913, 000 L67); within the
 * pool, rotation. `exclude` leaves out an agent the ticket is being moved away from.
 */
export function choose(
  candidates: Candidate[],
  options: { ignoreLimits?: boolean; exclude?: string | null } = {},
): PoolChoice {
  const skipped: string[] = [];
  const eligible = { primary: [] as Candidate[], secondary: [] as Candidate[] };
  for (const c of candidates) {
    const reason =
      c.employee.id === options.exclude ? "the ticket is being moved away from them" : skipReason(c, options);
    if (reason) {
      skipped.push(`${c.employee.displayName}: ${reason}`);
      continue;
    }
    const primary = c.membership.ticketHandling === TicketHandling.PRIMARY_GROUP;
    (primary ? eligible.primary : eligible.secondary).push(c);
  }
  const pool = eligible.primary.length ? "primary" : eligible.secondary.length ? "secondary" : null;
  const ranked = pool ? [...eligible[pool]].sort(byRotation) : [];
  return { winner: ranked[0] ?? null, pool, skipped, ranked };
}

/** Moves the agent to the back of the group's rotation and marks the ticket as freshly assigned (a hold). */
export async function recordAssignment(
  em: EntityManager,
  ticketId: string,
  employeeId: string,
  groupId: string | null,
  rotate: boolean,
): Promise<void> {
  const now = new Date();
  if (!rotate || !groupId) return recordHold(em, ticketId, employeeId, TicketHoldKind.ASSIGNED, now);
  // Both upserts in one statement (each submission runs this): the rotation, then the same hold as recordHold.
  await em.execute(
    `with rotation as (
       insert into distribution_state (id, employee_id, group_id, last_assigned_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?)
       on conflict (employee_id, group_id) do update
         set last_assigned_at = excluded.last_assigned_at, updated_at = excluded.updated_at
     )
     insert into ticket_hold (id, ticket_id, employee_id, kind, at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (ticket_id, employee_id, kind) do update set at = excluded.at, updated_at = excluded.updated_at`,
    [
      randomUUID(),
      employeeId,
      groupId,
      now,
      now,
      now,
      randomUUID(),
      ticketId,
      employeeId,
      TicketHoldKind.ASSIGNED,
      now,
      now,
      now,
    ],
  );
}

/**
 * Records that an agent holds a ticket (assigned, read, composing): rebalancing leaves it with them for the
 * rule's hold time. The tickets module should call this when an agent opens a ticket or starts a reply.
 */
export async function recordHold(
  em: EntityManager,
  ticketId: string,
  employeeId: string,
  kind: TicketHoldKind,
  at: Date = new Date(),
): Promise<void> {
  await em.execute(
    `insert into ticket_hold (id, ticket_id, employee_id, kind, at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (ticket_id, employee_id, kind) do update set at = excluded.at, updated_at = excluded.updated_at`,
    [randomUUID(), ticketId, employeeId, kind, at, at, at],
  );
}

function roundRobin(
  candidates: Candidate[],
  countsWhenActive: boolean,
  ticket: Ticket,
  options: { ignoreLimits?: boolean; exclude?: string | null; prefix: string },
): { decision: AssignmentDecision; winner: Candidate | null } {
  const choice = choose(candidates, options);
  const skipped = `Skipped: ${list(choice.skipped)}.`;
  if (!choice.winner) {
    const why = !candidates.some((c) => c.membership.ticketHandling !== TicketHandling.PULL_FROM_QUEUE)
      ? "no member of the group receives tickets automatically (all pull from the queue)"
      : "no eligible agent";
    return {
      winner: null,
      decision: {
        agentId: null,
        countsTowardLimit: false,
        explanation: `${options.prefix}Queue: ${why}; ${QUEUE_NOTE}. ${skipped}`,
      },
    };
  }
  const w = choice.winner;
  const others = choice.ranked.slice(1).map((c) => `${c.employee.displayName} (last ${describeLast(c)})`);
  const counts = countsWhenActive && ticket.status === TicketStatus.ACTIVE;
  const explanation =
    `${options.prefix}Round robin (${choice.pool}${choice.pool === "secondary" ? ", no primary agent eligible" : ""}): ` +
    `assigned to ${w.employee.displayName} (group ${w.groupLoad}/${w.membership.maxTickets ?? "no max"}, ` +
    `overall ${w.overallLoad}/${w.employee.maxTickets ?? "no max"}), who least recently received a ticket ` +
    `from this group (last ${describeLast(w)}); also eligible: ${list(others)}. ${skipped}` +
    (counts ? "" : " Does not count toward the ticket limit.");
  return { winner: w, decision: { agentId: w.employee.id, countsTowardLimit: counts, explanation } };
}

/**
 * The assignment decision for a ticket, inside the caller's transaction. Locks the group's agents, so
 * concurrent decisions see each other's assignments; records the rotation and the assigned hold.
 */
export async function distribute(
  em: EntityManager,
  ticket: Ticket,
  reason: DistributionReason,
  options: { exclude?: string | null } = {},
): Promise<AssignmentDecision> {
  const groupId = ticket.group?.id ?? null;
  if (reason === "RETURNED_TO_QUEUE") {
    return { agentId: null, countsTowardLimit: false, explanation: `Returned to the queue; ${QUEUE_NOTE}.` };
  }
  if (!groupId) {
    return {
      agentId: null,
      countsTowardLimit: false,
      explanation: `Queue: the ticket has no group; ${QUEUE_NOTE}.`,
    };
  }
  if (reason === "FOLLOW_UP_DUE") {
    const kept = await followUpOwner(em, ticket, groupId);
    if (kept) return kept;
  }
  const candidates = await lockedCandidates(em, groupId);
  const followUp = reason === "FOLLOW_UP_DUE";
  const { decision, winner } = roundRobin(candidates, COUNTED.has(reason), ticket, {
    ignoreLimits: followUp,
    exclude: options.exclude,
    prefix: !followUp
      ? ""
      : ticket.assignedAgent
        ? "Follow-up due, its agent is no longer an enabled member of the group: "
        : "Follow-up due (auto-assign): ",
  });
  if (winner) await recordAssignment(em, ticket.id, winner.employee.id, groupId, true);
  return decision;
}

/**
 * A due follow-up stays with its agent whatever their activity (002 L3192) while they are an enabled member
 * of the ticket's group; it never counts toward the limit (000 L73).
 */
async function followUpOwner(
  em: EntityManager,
  ticket: Ticket,
  groupId: string,
): Promise<AssignmentDecision | null> {
  const ownerId = ticket.assignedAgent?.id;
  if (!ownerId) return null;
  const membership = await em.findOne(
    AgentGroupMembership,
    { group: groupId, employee: ownerId },
    { populate: ["employee"], refresh: true },
  );
  if (!membership || membership.employee.disabled) return null;
  return {
    agentId: ownerId,
    countsTowardLimit: false,
    explanation:
      `Follow-up due: stays with ${membership.employee.displayName}, whatever their activity (002 L3192); ` +
      "follow-ups do not count toward the ticket limit.",
  };
}

/** The implementation installed into the tickets module at boot. */
export const distributionAssigner: TicketAssigner = {
  assign: (em, ticket, reason) => distribute(em, ticket, reason),
};
