import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { Ticket, recordTicketEvent, recordTicketHistory } from "../tickets/index.js";
import { assertManages, assertMember, reachOf } from "./access.js";
import { distribute, recordAssignment } from "./assigner.js";

function refuse(code: string, message: string): never {
  throw new UserErrorException([userError(code, message, ["input", "ticketId"])]);
}

/** The ticket row locked for this transaction: racing takers queue up here and the second sees the first's agent. */
async function lockTicket(em: EntityManager, globalId: string): Promise<Ticket> {
  const id = fromGlobalId(globalId, "Ticket", "ticketId");
  const ticket = await em.findOne(
    Ticket,
    { id, deletedAt: null, mergedInto: null },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!ticket) throw new NotFoundError("Ticket", globalId);
  return ticket;
}

/**
 * Get From Queue (002 L2888, L2899-2909): a member of the ticket's group takes a queued ticket. Exactly one
 * of racing takers wins; the others get ALREADY_TAKEN. A taken ticket does not count toward the taker's
 * Max Tickets (the limit governs what distribution hands out, 002 L2931) and does not move the rotation.
 */
export async function takeTicket(ctx: RequestContext, ticketGlobalId: string) {
  const reach = await reachOf(ctx);
  const me = reach.employeeId;
  const ticket = await ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ticketGlobalId);
    if (!ticket.group) refuse("NO_GROUP", "The ticket is in no group: transfer it to a group first.");
    assertMember(reach, ticket.group.id);
    if (ticket.assignedAgent?.id === me) return ticket;
    if (ticket.assignedAgent) refuse("ALREADY_TAKEN", "Another agent already has this ticket.");
    ticket.assignedAgent = em.getReference(Employee, me);
    ticket.countsTowardLimit = false;
    recordTicketHistory(
      em,
      ticket,
      me,
      "assignedAgent",
      null,
      me,
      "Taken from the queue (Get From Queue); does not count toward Max Tickets.",
    );
    await em.flush();
    await recordAssignment(em, ticket.id, me, ticket.group.id, false);
    await recordTicketEvent(ctx.app, em, ticket, "ticket.assigned", me, {
      previousAgentId: null,
      reason: "TAKEN_FROM_QUEUE",
    });
    return ticket;
  });
  ctx.loaders.clearAll();
  return { ticket };
}

/**
 * Gives a ticket back to its group's queue: its agent, or a manager of the department. Pinned tickets stay
 * with their agent (002 L2886): unpin first (PINNED).
 */
export async function releaseTicketToQueue(ctx: RequestContext, ticketGlobalId: string) {
  const reach = await reachOf(ctx);
  const me = reach.employeeId;
  const result = await ctx.em.transactional(async (em) => {
    const ticket = await lockTicket(em, ticketGlobalId);
    if (ticket.assignedAgent?.id !== me) assertManages(reach, ticket.department.id);
    if (!ticket.assignedAgent) refuse("NOT_ASSIGNED", "The ticket is already in the queue.");
    if (ticket.pinned) refuse("PINNED", "The ticket is pinned to its agent: unpin it first.");
    const decision = await distribute(em, ticket, "RETURNED_TO_QUEUE");
    const previousAgentId = ticket.assignedAgent.id;
    recordTicketHistory(em, ticket, me, "assignedAgent", previousAgentId, null, decision.explanation);
    ticket.assignedAgent = null;
    ticket.countsTowardLimit = false;
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.assigned", me, {
      previousAgentId,
      reason: "RETURNED_TO_QUEUE",
    });
    return { ticket, explanation: decision.explanation };
  });
  ctx.loaders.clearAll();
  return result;
}
