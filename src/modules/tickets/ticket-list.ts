import type { FilterQuery, QueryOrderMap } from "@mikro-orm/core";
import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { BadInputError, ForbiddenError, NotFoundError } from "../../core/errors/app-errors.js";
import { assertPermission, hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { ConnectionArgs, paginate } from "../../core/graphql/pagination.js";
import { groupIdsOf } from "../organization/index.js";
import { permissionKey } from "../roles/index.js";
import { actorId, ticketIdByNumber, ticketScope, visibleTicket } from "./ticket-access.js";
import { Ticket } from "./ticket.entity.js";
import { recordTicketActivity } from "./ticket-hooks.js";
import { TicketStatus } from "./ticket.enums.js";

export enum TicketSortField {
  IDLE = "IDLE",
  DURATION = "DURATION",
  STATUS = "STATUS",
  PRIORITY = "PRIORITY",
  SUBJECT = "SUBJECT",
  EMAIL = "EMAIL",
  FOLLOW_UP = "FOLLOW_UP",
  NUMBER = "NUMBER",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(TicketSortField, {
  name: "TicketSortField",
  description: "Sort keys of ticket lists (002 L2861); the last tie-breaker is always idle time.",
  valuesConfig: {
    IDLE: { description: "Time since the last action." },
    DURATION: { description: "Time since submission." },
    STATUS: { description: "Status." },
    PRIORITY: { description: "Priority (ascending = Low first)." },
    SUBJECT: { description: "Subject." },
    EMAIL: { description: "Requester email." },
    FOLLOW_UP: { description: "Follow-up time." },
    NUMBER: { description: "Ticket number." },
    RELEVANCE: {
      description: "Overall weight of the text match (searchTickets with text only, and its default there).",
    },
  },
});

@InputType({ description: "Filters of the ticket lists; all given ones must match." })
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true, description: "Any of these statuses." })
  status?: TicketStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Department." })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Group." })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "Assigned agent." })
  agentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Pinned (true) or not (false)." })
  pinned?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Only tickets with a scheduled or due follow-up." })
  followUps?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Recent (002 L3086): the 100 tickets you touched or modified most recently (replied to, commented, " +
      "changed), whatever their status. Employees.",
  })
  recent?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Recently Transferred (002 L3086): the 100 tickets most recently transferred out of your queue, " +
      "whether you transferred them or another agent took them. Employees.",
  })
  recentlyTransferred?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Deleted tickets only (true; needs TICKETS_DELETE) instead of live ones.",
  })
  deleted?: boolean | null;
}

@ArgsType()
export class TicketListArgs extends ConnectionArgs {
  @Field(() => TicketFilter, { nullable: true, description: "Filters." })
  filter?: TicketFilter | null;

  @Field(() => TicketSortField, { nullable: true, description: "Sort key (default IDLE)." })
  sortBy?: TicketSortField | null;

  @Field(() => Boolean, { nullable: true, description: "Descending (default false)." })
  descending?: boolean | null;
}

const SORT_COLUMN: Record<Exclude<TicketSortField, TicketSortField.RELEVANCE>, string> = {
  IDLE: "lastActivityAt",
  DURATION: "createdAt",
  STATUS: "status",
  PRIORITY: "priority",
  SUBJECT: "subject",
  EMAIL: "requesterEmail",
  FOLLOW_UP: "followUpAt",
  NUMBER: "ticketNumber",
};

/** The ORDER BY of a list; RELEVANCE is searchTickets' own (ticket-search.ts). */
export function ticketOrder(args: TicketListArgs): QueryOrderMap<Ticket>[] {
  const dir = args.descending ? "desc" : "asc";
  const key = args.sortBy ?? TicketSortField.IDLE;
  if (key === TicketSortField.RELEVANCE)
    throw new BadInputError("RELEVANCE sorting is for searchTickets with a text.", ["sortBy"]);
  // Idle ascending = least idle first = most recent activity first.
  const idleDir = args.descending ? "asc" : "desc";
  const order: QueryOrderMap<Ticket>[] = [];
  if (key === TicketSortField.IDLE) order.push({ lastActivityAt: idleDir });
  else if (key === TicketSortField.DURATION) order.push({ createdAt: dir === "asc" ? "desc" : "asc" });
  else order.push({ [SORT_COLUMN[key]]: dir } as QueryOrderMap<Ticket>);
  order.push({ lastActivityAt: idleDir }, { id: "asc" });
  return order;
}

function filterOf(filter: TicketFilter | null | undefined): FilterQuery<Ticket> {
  const f = filter ?? {};
  const where: Record<string, unknown> = { deletedAt: f.deleted ? { $ne: null } : null };
  if (f.status?.length) where.status = { $in: f.status };
  if (f.departmentId) where.department = fromGlobalId(f.departmentId, "Department", "filter.departmentId");
  if (f.groupId) where.group = fromGlobalId(f.groupId, "Group", "filter.groupId");
  if (f.agentId) where.assignedAgent = fromGlobalId(f.agentId, "Employee", "filter.agentId");
  if (f.pinned !== null && f.pinned !== undefined) where.pinned = f.pinned;
  if (f.followUps) where.$or = [{ followUpAt: { $ne: null } }, { followUpDueAt: { $ne: null } }];
  return where as FilterQuery<Ticket>;
}

/** How many tickets the Recent and Recently Transferred views hold (002 L3086). */
export const RECENT_VIEW_SIZE = 100;

/**
 * The ticket ids of the Recent / Recently Transferred views, from the audit trail: an entry by the caller is
 * a touch; an assignedAgent entry away from the caller is a transfer out of their queue (by them, by another
 * agent taking it, by rebalancing). The lists then sort as any list (default: most recent activity first).
 */
async function recentViews(ctx: RequestContext, filter: TicketFilter | null | undefined) {
  if (!filter?.recent && !filter?.recentlyTransferred) return [];
  if (ctx.actor?.kind !== "EMPLOYEE")
    throw new ForbiddenError("Recent and Recently Transferred are agents' views.");
  const me = ctx.actor.accountId;
  const views: FilterQuery<Ticket>[] = [];
  const ids = async (where: string, params: unknown[]) =>
    (
      await ctx.em.getConnection().execute<Array<{ ticket_id: string }>>(
        `select ticket_id from ticket_history where ${where}
          group by ticket_id order by max(created_at) desc limit ${RECENT_VIEW_SIZE}`,
        params,
      )
    ).map((r) => r.ticket_id);
  if (filter.recent) views.push({ id: { $in: await ids("actor_id = ?", [me]) } });
  if (filter.recentlyTransferred)
    views.push({
      id: {
        $in: await ids("field = 'assignedAgent' and old_value = ? and new_value is distinct from ?", [
          me,
          me,
        ]),
      },
    });
  return views;
}

/** A list in the caller's scope: scope AND filters AND `extra`, sorted by `orderBy` or the list's sort key. */
export async function listTicketsWhere(
  ctx: RequestContext,
  args: TicketListArgs,
  extra: FilterQuery<Ticket>,
  orderBy?: QueryOrderMap<Ticket>[],
) {
  // Deleted tickets are "no longer available for review" (002 L3264) except to whoever may delete them: the
  // same TICKETS_DELETE for deletedTickets, tickets/myTickets/ticketQueue with filter.deleted and searchTickets
  // with Only deleted items.
  if (args.filter?.deleted) assertPermission(ctx, permissionKey("TICKETS", "DELETE"));
  const recent = await recentViews(ctx, args.filter);
  const where = {
    $and: [await ticketScope(ctx), filterOf(args.filter), extra, ...recent],
  } as FilterQuery<Ticket>;
  return paginate(ctx.em, Ticket, where, args, { orderBy: orderBy ?? ticketOrder(args) });
}
const list = listTicketsWhere;

export const listTickets = (ctx: RequestContext, args: TicketListArgs) => list(ctx, args, {});
export const listMyTickets = (ctx: RequestContext, args: TicketListArgs) =>
  list(ctx, args, { assignedAgent: actorId(ctx) });
export const listPortalTickets = (ctx: RequestContext, args: TicketListArgs) =>
  list(ctx, args, { requester: actorId(ctx) });

/** Unassigned tickets of the caller's groups (002 L3081): TICKETS_ACCESS_QUEUE or TICKETS_VIEW_QUEUE. */
export async function listQueue(ctx: RequestContext, args: TicketListArgs) {
  if (
    !hasPermission(ctx, permissionKey("TICKETS", "ACCESS_QUEUE")) &&
    !hasPermission(ctx, permissionKey("TICKETS", "VIEW_QUEUE"))
  )
    throw new ForbiddenError(
      "This requires TICKETS_ACCESS_QUEUE or TICKETS_VIEW_QUEUE.",
      permissionKey("TICKETS", "ACCESS_QUEUE"),
    );
  return list(ctx, args, { assignedAgent: null, group: { $in: [...(await groupIdsOf(ctx))] } });
}

export async function findTicket(
  ctx: RequestContext,
  id: string | null | undefined,
  number: string | null | undefined,
) {
  let ticket: Ticket;
  if (id) ticket = await visibleTicket(ctx, id, "id");
  else {
    const rawId = number ? await ticketIdByNumber(ctx, number) : null;
    if (!rawId) throw new NotFoundError("Ticket", number ?? "");
    ticket = await visibleTicket(ctx, toGlobalId("Ticket", rawId), "number");
  }
  // A deleted ticket is "no longer available for review" (002 L3264) except to whoever may delete (and so
  // restore) tickets, as in the lists: NOT_FOUND for the others, end users included.
  if (
    ticket.deletedAt &&
    !(ctx.actor?.kind === "EMPLOYEE" && hasPermission(ctx, permissionKey("TICKETS", "DELETE")))
  )
    throw new NotFoundError("Ticket", id ?? number ?? "");
  // Opening one ticket is "reading" it (Hold After Read, 002 L7786); lists are not.
  if (ctx.actor?.kind === "EMPLOYEE")
    await recordTicketActivity(ctx.em, ticket.id, ctx.actor.accountId, "READ");
  return ticket;
}
