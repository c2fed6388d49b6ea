import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Employee } from "../accounts/index.js";
import { TicketHandling } from "../organization/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Ticket, TicketStatus, recordTicketEvent, recordTicketHistory } from "../tickets/index.js";
import { choose, distribute, lockedCandidates, recordAssignment } from "./assigner.js";
import type { Candidate } from "./candidates.js";
import { TicketHoldKind } from "./distribution.entity.js";

/** One ticket moved by rebalancing or hand-off. */
export interface TicketMove {
  ticket: Ticket;
  fromAgentId: string | null;
  /** null = put in the group's queue. */
  toAgentId: string | null;
  explanation: string;
}

/** The Rebalance Rule settings that matter for one run (seed-E §3.9, 002 L7788-7796); times in minutes. */
export interface RebalanceOptions {
  holdAfterComposeMinutes: number;
  holdAfterReadMinutes: number;
  holdAfterAssignedMinutes: number;
  /** null = pinned tickets are never moved (the documented default: disabled). */
  rebalancePinnedAfterMinutes: number | null;
  now?: Date;
  /** Who started the run, for the ticket history; null/absent = the system (a timer or a presence change). */
  actorId?: string | null;
}

/** The documented defaults of a new Rebalance Rule (002 L7790-7794). */
export const DEFAULT_REBALANCE: RebalanceOptions = {
  holdAfterComposeMinutes: 30,
  holdAfterReadMinutes: 10,
  holdAfterAssignedMinutes: 20,
  rebalancePinnedAfterMinutes: null,
};

/** The group's ACTIVE, assigned tickets, locked in id order before any agent lock (the order every writer uses). */
async function lockGroupTickets(em: EntityManager, groupId: string, agentId?: string): Promise<Ticket[]> {
  return em.find(
    Ticket,
    {
      group: groupId,
      status: TicketStatus.ACTIVE,
      deletedAt: null,
      mergedInto: null,
      assignedAgent: agentId ?? { $ne: null },
    },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: "asc" } },
  );
}

type HoldKey = `${string}:${TicketHoldKind}`;

async function holdsOf(em: EntityManager, tickets: Ticket[]): Promise<Map<HoldKey, Date>> {
  if (!tickets.length) return new Map();
  const rows: Array<{ ticket_id: string; employee_id: string; kind: TicketHoldKind; at: Date | string }> =
    await em.execute(
      "select ticket_id, employee_id, kind, at from ticket_hold where ticket_id = any(?::uuid[])",
      [`{${tickets.map((t) => t.id).join(",")}}`],
    );
  const map = new Map<HoldKey, Date>();
  // Only the current agent's holds matter: a hold is "held by that agent".
  const agentOf = new Map(tickets.map((t) => [t.id, t.assignedAgent?.id]));
  for (const r of rows) {
    if (agentOf.get(r.ticket_id) === r.employee_id) map.set(`${r.ticket_id}:${r.kind}`, new Date(r.at));
  }
  return map;
}

/** Why a ticket must stay with its agent in this run; null = it may move. */
function heldBecause(
  ticket: Ticket,
  holds: Map<HoldKey, Date>,
  o: RebalanceOptions,
  now: number,
): string | null {
  const age = (d: Date | undefined | null) => (d ? (now - d.getTime()) / 60_000 : Infinity);
  const assignedAt =
    holds.get(`${ticket.id}:${TicketHoldKind.ASSIGNED}`) ?? ticket.lastTransferredAt ?? ticket.createdAt;
  if (
    ticket.pinned &&
    (o.rebalancePinnedAfterMinutes === null || age(assignedAt) < o.rebalancePinnedAfterMinutes)
  ) {
    return "pinned";
  }
  if (age(holds.get(`${ticket.id}:${TicketHoldKind.COMPOSE}`)) < o.holdAfterComposeMinutes)
    return "held (compose)";
  if (age(holds.get(`${ticket.id}:${TicketHoldKind.READ}`)) < o.holdAfterReadMinutes) return "held (read)";
  if (age(assignedAt) < o.holdAfterAssignedMinutes) return "held (recently assigned)";
  return null;
}

function adjust(c: Candidate | undefined, by: number, counted: boolean): void {
  if (!c) return;
  c.activeInGroup += by;
  if (counted) {
    c.groupLoad += by;
    c.overallLoad += by;
  }
}

/**
 * Rebalancing of one group (002 L2937-2944, L7784-7804): tickets of agents who can no longer work them here
 * (no longer members, disabled, inactive) go back to distribution; agents over their Max Tickets give back the
 * excess; then active tickets are levelled among the eligible round-robin agents until no two loads differ by
 * more than one. Held and pinned tickets stay (002 L7786). Runs in the caller's transaction.
 */
export async function rebalanceGroup(
  app: AppRuntime,
  em: EntityManager,
  groupId: string,
  options: RebalanceOptions = DEFAULT_REBALANCE,
): Promise<TicketMove[]> {
  const now = (options.now ?? new Date()).getTime();
  const tickets = await lockGroupTickets(em, groupId);
  const candidates = await lockedCandidates(em, groupId);
  const holds = await holdsOf(em, tickets);
  const byAgent = new Map(candidates.map((c) => [c.employee.id, c]));
  const movable = tickets
    .filter((t) => !heldBecause(t, holds, options, now))
    // Newest first: the ones least likely to have been worked on yet.
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const moves: TicketMove[] = [];

  const move = async (ticket: Ticket, why: string, queueIfNone: boolean): Promise<boolean> => {
    const fromId = ticket.assignedAgent!.id;
    const choice = choose(candidates, { exclude: fromId });
    if (!choice.winner && !queueIfNone) return false;
    const from = byAgent.get(fromId);
    adjust(from, -1, ticket.countsTowardLimit);
    const to = choice.winner;
    ticket.assignedAgent = to ? em.getReference(Employee, to.employee.id) : null;
    ticket.countsTowardLimit = !!to;
    ticket.lastTransferredAt = new Date(now);
    if (to) {
      adjust(to, 1, true);
      to.lastAssignedAt = new Date(now);
      await recordAssignment(em, ticket.id, to.employee.id, groupId, true);
    }
    const fromName = from?.employee.displayName ?? "a former member";
    const explanation =
      `Rebalanced from ${fromName} (${why}) ` +
      (to
        ? `to ${to.employee.displayName} by round robin (${choice.pool}).`
        : `to the queue: no eligible agent. Skipped: ${choice.skipped.join("; ") || "none"}.`);
    moves.push({ ticket, fromAgentId: fromId, toAgentId: to?.employee.id ?? null, explanation });
    recordTicketHistory(
      em,
      ticket,
      options.actorId ?? null,
      "assignedAgent",
      fromId,
      to?.employee.id ?? null,
      explanation,
    );
    return true;
  };

  // 1. Agents who cannot work the group's tickets now.
  for (const ticket of [...movable]) {
    const owner = byAgent.get(ticket.assignedAgent!.id);
    let why: string | null = null;
    if (!owner) why = "no longer a member of the group";
    else if (owner.employee.disabled) why = "account disabled";
    else if (!owner.membership.ticketsActive) why = "inactive in group";
    if (why && (await move(ticket, why, true))) movable.splice(movable.indexOf(ticket), 1);
  }
  // 2. Agents over a limit give back their excess counted tickets.
  for (const owner of candidates) {
    for (const ticket of movable.filter(
      (t) => t.assignedAgent!.id === owner.employee.id && t.countsTowardLimit,
    )) {
      const reason = overLimit(owner);
      if (!reason) break;
      if (await move(ticket, reason, true)) movable.splice(movable.indexOf(ticket), 1);
    }
  }
  // 3. Level the round-robin agents' active loads.
  for (;;) {
    const donors = candidates
      .filter((c) => c.membership.ticketHandling !== TicketHandling.PULL_FROM_QUEUE)
      .filter((c) => movable.some((t) => t.assignedAgent!.id === c.employee.id))
      .sort((a, b) => b.activeInGroup - a.activeInGroup);
    const donor = donors[0];
    if (!donor) break;
    const target = choose(candidates, { exclude: donor.employee.id }).ranked.sort(
      (a, b) => a.activeInGroup - b.activeInGroup,
    )[0];
    if (!target || donor.activeInGroup - target.activeInGroup <= 1) break;
    const ticket = movable.find((t) => t.assignedAgent!.id === donor.employee.id)!;
    movable.splice(movable.indexOf(ticket), 1);
    await moveTo(ticket, donor, target);
  }

  async function moveTo(ticket: Ticket, from: Candidate, to: Candidate): Promise<void> {
    adjust(from, -1, ticket.countsTowardLimit);
    adjust(to, 1, true);
    to.lastAssignedAt = new Date(now);
    ticket.assignedAgent = em.getReference(Employee, to.employee.id);
    ticket.countsTowardLimit = true;
    ticket.lastTransferredAt = new Date(now);
    await recordAssignment(em, ticket.id, to.employee.id, groupId, true);
    const explanation =
      `Rebalanced from ${from.employee.displayName} (${from.activeInGroup + 1} active) to ` +
      `${to.employee.displayName} (${to.activeInGroup - 1} active): levelling the group's load.`;
    moves.push({ ticket, fromAgentId: from.employee.id, toAgentId: to.employee.id, explanation });
    recordTicketHistory(
      em,
      ticket,
      options.actorId ?? null,
      "assignedAgent",
      from.employee.id,
      to.employee.id,
      explanation,
    );
  }

  await em.flush();
  await recordMoves(app, em, moves, options.actorId ?? null, "REBALANCED");
  return moves;
}

/** One ticket.assigned per moved ticket (the domain event of an assignment change). */
async function recordMoves(
  app: AppRuntime,
  em: EntityManager,
  moves: TicketMove[],
  actorId: string | null,
  reason: "REBALANCED" | "HANDED_OFF",
): Promise<void> {
  for (const m of moves)
    await recordTicketEvent(app, em, m.ticket, "ticket.assigned", actorId, {
      previousAgentId: m.fromAgentId,
      reason,
    });
}

function overLimit(c: Candidate): string | null {
  const groupMax = c.membership.maxTickets;
  if (groupMax !== null && groupMax !== undefined && c.groupLoad > groupMax) {
    return `over group max ${c.groupLoad}/${groupMax}`;
  }
  const overall = c.employee.maxTickets;
  if (overall !== null && overall !== undefined && c.overallLoad > overall) {
    return `over overall max ${c.overallLoad}/${overall}`;
  }
  return null;
}

/**
 * Hand-off on Auto-Inactive (000 L78): the agent's active tickets in the group go back to distribution
 * (round robin without them, else the queue). Pinned tickets stay (002 L2886). Presence calls this when it
 * marks the agent inactive; runs in the caller's transaction.
 */
export async function handOffTicketsOf(
  app: AppRuntime,
  em: EntityManager,
  employeeId: string,
  groupId: string,
): Promise<TicketMove[]> {
  const tickets = (await lockGroupTickets(em, groupId, employeeId)).filter((t) => !t.pinned);
  const moves: TicketMove[] = [];
  for (const ticket of tickets) {
    const decision = await distribute(em, ticket, "HAND_OFF", { exclude: employeeId });
    ticket.assignedAgent = decision.agentId ? em.getReference(Employee, decision.agentId) : null;
    ticket.countsTowardLimit = decision.countsTowardLimit;
    ticket.lastTransferredAt = new Date();
    const explanation = `Handed off: ${decision.explanation}`;
    moves.push({ ticket, fromAgentId: employeeId, toAgentId: decision.agentId, explanation });
    recordTicketHistory(em, ticket, null, "assignedAgent", employeeId, decision.agentId, explanation);
  }
  await em.flush();
  await recordMoves(app, em, moves, null, "HANDED_OFF");
  return moves;
}
