import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { AppError } from "../../core/errors/app-errors.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { UserError } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { CustomFieldOwnerType, deleteCustomFieldValues } from "../custom-fields/index.js";
import { permissionKey } from "../roles/index.js";
import { actorId, visibleTicket } from "./ticket-access.js";
import { clearFollowUp, recordHistory } from "./ticket-core.js";
import type { BulkUpdateTicketsInput, TicketIdsInput } from "./ticket.inputs.js";
import { setStatus } from "./ticket.service.js";
import { transferTicket } from "./ticket-workflow.service.js";
import { Ticket } from "./ticket.entity.js";
import { TicketStatus } from "./ticket.enums.js";
import { recordTicketChanges, recordTicketEvent, snapshotTicket } from "./ticket-events.js";

export const PURGE_AFTER_DAYS = 90; // 002 L3264
const MAX_BULK = 100;

/** Soft delete: stored Closed and Locked until purged, follow-ups removed (002 L3200, L3264). */
async function softDelete(ctx: RequestContext, ticket: Ticket): Promise<void> {
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    recordHistory(em, ticket, me, "deleted", null, "deleted");
    ticket.statusBeforeDelete = ticket.status;
    ticket.status = TicketStatus.CLOSED_AND_LOCKED;
    ticket.countsTowardLimit = false;
    clearFollowUp(ticket);
    ticket.deletedAt = new Date();
    ticket.deletedBy = em.getReference(Employee, me);
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.deleted", me);
  });
}

export async function deleteTickets(ctx: RequestContext, input: TicketIdsInput) {
  const tickets: Ticket[] = [];
  for (const id of input.ticketIds) {
    const t = await visibleTicket(ctx, id, "ticketIds");
    if (t.deletedAt)
      throw new UserErrorException([
        userError("ALREADY_DELETED", `${t.ticketNumber} is already deleted.`, ["ticketIds"]),
      ]);
    tickets.push(t);
  }
  for (const t of tickets) await softDelete(ctx, t);
  return { tickets };
}

export async function restoreTickets(ctx: RequestContext, input: TicketIdsInput) {
  const tickets: Ticket[] = [];
  for (const id of input.ticketIds) {
    const t = await visibleTicket(ctx, id, "ticketIds");
    if (!t.deletedAt)
      throw new UserErrorException([
        userError("NOT_DELETED", `${t.ticketNumber} is not deleted.`, ["ticketIds"]),
      ]);
    tickets.push(t);
  }
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    for (const t of tickets) {
      recordHistory(em, t, me, "deleted", "deleted", null, "Restored");
      t.status = t.statusBeforeDelete ?? TicketStatus.CLOSED;
      t.statusBeforeDelete = null;
      t.deletedAt = null;
      t.deletedBy = null;
    }
    await em.flush();
    for (const t of tickets) await recordTicketEvent(ctx.app, em, t, "ticket.restored", me);
  });
  return { tickets };
}

/** Hard-deletes tickets soft-deleted before `olderThan` (default 90 days ago); messages etc. cascade. */
export async function purgeDeletedTickets(em: EntityManager, olderThan?: Date | null): Promise<number> {
  const cutoff = olderThan ?? new Date(Date.now() - PURGE_AFTER_DAYS * 86_400_000);
  return em.transactional(async (tx) => {
    const ids = (await tx.find(Ticket, { deletedAt: { $lt: cutoff } }, { fields: ["id"] })).map((t) => t.id);
    if (!ids.length) return 0;
    // merged tickets pointing at a purged primary go with it
    const merged = (await tx.find(Ticket, { mergedInto: { $in: ids } }, { fields: ["id"] })).map((t) => t.id);
    // Custom field values are stored generically (owner type + id): no foreign key cascades them.
    await deleteCustomFieldValues(tx, CustomFieldOwnerType.TICKET, [...ids, ...merged]);
    await tx.nativeDelete(Ticket, { mergedInto: { $in: ids } });
    return tx.nativeDelete(Ticket, { id: { $in: ids } });
  });
}

function asUserErrors(error: unknown): UserError[] {
  if (error instanceof UserErrorException) return error.errors;
  if (error instanceof AppError) return [userError(String(error.extensions.code), error.message)];
  throw error;
}

/**
 * The same change for many tickets (002 L2863-2891), one transaction per ticket so one refusal does not undo
 * the others; each result carries its own userErrors. Permissions are those of the single mutations.
 */
export async function bulkUpdateTickets(ctx: RequestContext, input: BulkUpdateTicketsInput) {
  if (input.ticketIds.length > MAX_BULK)
    throw new UserErrorException([
      userError("TOO_MANY", `At most ${MAX_BULK} tickets at once.`, ["ticketIds"]),
    ]);
  if (input.status) assertPermission(ctx, permissionKey("TICKETS", "CHANGE_STATUS"));
  if (input.priority) assertPermission(ctx, permissionKey("TICKETS", "CHANGE_PRIORITY"));
  if (input.transferToGroupId) assertPermission(ctx, permissionKey("DISTRIBUTION", "TRANSFER_WORK_ITEMS"));
  if (input.delete) assertPermission(ctx, permissionKey("TICKETS", "DELETE"));
  const results = [];
  for (const ticketId of input.ticketIds) {
    try {
      let ticket = await visibleTicket(ctx, ticketId, "ticketIds");
      if (input.transferToGroupId)
        ticket = (await transferTicket(ctx, { ticketId, groupId: input.transferToGroupId })).ticket;
      if (input.status) await setStatus(ctx, ticket, input.status);
      if (input.priority && input.priority !== ticket.priority) {
        const priority = input.priority;
        await ctx.em.transactional(async (em) => {
          const before = snapshotTicket(ticket);
          recordHistory(em, ticket, actorId(ctx), "priority", ticket.priority, priority);
          ticket.priority = priority;
          await em.flush();
          await recordTicketChanges(ctx.app, em, ticket, before, actorId(ctx));
        });
      }
      if (input.delete && !ticket.deletedAt) await softDelete(ctx, ticket);
      results.push({ ticketId, ticket, userErrors: [] });
    } catch (error) {
      ctx.em.clear();
      results.push({ ticketId, ticket: null, userErrors: asUserErrors(error) });
    }
  }
  return { results };
}
