import type { FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { departmentScope, groupIdsOf } from "../organization/index.js";
import { PredefinedRole } from "../roles/index.js";
import { Ticket } from "./ticket.entity.js";
import { TicketNumberAlias } from "./ticket-extras.entity.js";

/**
 * Which tickets the caller may see (seed-D §2.6, 002 L6268-6273): administrators all; managers every ticket of
 * their departments; agents the tickets assigned to them and those of their groups (queue included); end users
 * only tickets they requested. Merged tickets are never listed (their number forwards to the primary).
 */
export async function ticketScope(ctx: RequestContext): Promise<FilterQuery<Ticket>> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError();
  const base: FilterQuery<Ticket> = { mergedInto: null };
  if (actor.kind === "USER") return { ...base, requester: actor.accountId };
  if (actor.roleKeys.has(PredefinedRole.ADMINISTRATOR)) return base;
  if (actor.roleKeys.has(PredefinedRole.MANAGER)) {
    const scope = await departmentScope(ctx);
    if (scope === "all") return base;
    return { ...base, $or: [{ department: { $in: [...scope] } }, { assignedAgent: actor.accountId }] };
  }
  const groups = [...(await groupIdsOf(ctx))];
  return { ...base, $or: [{ group: { $in: groups } }, { assignedAgent: actor.accountId }] };
}

/** A ticket by global id inside the caller's scope: NOT_FOUND when missing, FORBIDDEN when out of scope. */
export async function visibleTicket(
  ctx: RequestContext,
  globalId: string,
  field = "ticketId",
): Promise<Ticket> {
  const id = fromGlobalId(globalId, "Ticket", field);
  const ticket = await ctx.em.findOne(Ticket, { id, mergedInto: null });
  if (!ticket) throw new NotFoundError("Ticket", globalId);
  const inScope = await ctx.em.count(Ticket, { $and: [{ id }, await ticketScope(ctx)] });
  if (!inScope) throw new ForbiddenError("This ticket is outside your departments and groups.");
  return ticket;
}

/** Finds by number, following merge forwarders (002 L3220). */
export async function ticketIdByNumber(ctx: RequestContext, ticketNumber: string): Promise<string | null> {
  const number = ticketNumber.trim().toUpperCase();
  const direct = await ctx.em.findOne(Ticket, { ticketNumber: number }, { fields: ["id", "mergedInto"] });
  if (direct) return direct.mergedInto?.id ?? direct.id;
  const alias = await ctx.em.findOne(TicketNumberAlias, { ticketNumber: number });
  return alias?.ticket.id ?? null;
}

export function actorId(ctx: RequestContext): string {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor.accountId;
}
