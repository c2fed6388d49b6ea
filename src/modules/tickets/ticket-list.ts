import { raw } from "@mikro-orm/core";
import type { FilterQuery, QueryOrderMap } from "@mikro-orm/core";
import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { BadInputError, ForbiddenError, NotFoundError } from "../../core/errors/app-errors.js";
import { hasPermission } from "../../core/graphql/authorization.js";
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

  @Field(() => Boolean, { nullable: true, description: "Only tickets transferred in the last 30 days." })
  recentlyTransferred?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Deleted tickets only (true) instead of live ones." })
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

const SORT_COLUMN: Record<TicketSortField, string> = {
  IDLE: "lastActivityAt",
  DURATION: "createdAt",
  STATUS: "status",
  PRIORITY: "priority",
  SUBJECT: "subject",
  EMAIL: "requesterEmail",
  FOLLOW_UP: "followUpAt",
  NUMBER: "ticketNumber",
};

function orderOf(args: TicketListArgs): QueryOrderMap<Ticket>[] {
  const dir = args.descending ? "desc" : "asc";
  const key = args.sortBy ?? TicketSortField.IDLE;
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
  if (f.recentlyTransferred) where.lastTransferredAt = { $gte: new Date(Date.now() - 30 * 86_400_000) };
  return where as FilterQuery<Ticket>;
}

async function list(ctx: RequestContext, args: TicketListArgs, extra: FilterQuery<Ticket>) {
  const where = { $and: [await ticketScope(ctx), filterOf(args.filter), extra] } as FilterQuery<Ticket>;
  return paginate(ctx.em, Ticket, where, args, { orderBy: orderOf(args) });
}

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

@ArgsType()
export class TicketSearchArgs extends TicketListArgs {
  @Field(() => String, {
    description:
      "Words to find in subjects and message text (all must occur; PostgreSQL full-text, 'simple' " +
      "configuration), or a ticket number.",
  })
  text!: string;
}

/**
 * How many text matches a search considers. Common words match a quarter of a million tickets on a large
 * desk; reading, counting and sorting all of them took seconds (docs/benchmarks.md, issue #3). Beyond this
 * many, the search uses this many of them (which ones is not specified) and totalCount reads this number:
 * the client should ask the user to narrow the search.
 */
export const SEARCH_MATCH_LIMIT = 1000;

/**
 * Full-text search (002 L3266-3303) within the caller's scope, combined with the list filters and sorting.
 * The predicates repeat the GIN index expressions of Ticket and TicketMessage exactly, so both indexes serve
 * the search; no per-row function is applied to anything else.
 */
export async function searchTickets(ctx: RequestContext, args: TicketSearchArgs) {
  const text = args.text.trim();
  if (!text || text.length > 200) throw new BadInputError("Search text must be 1-200 characters.", ["text"]);
  // Matching ids come from the two GIN-indexed predicates (a union of index scans), at most
  // SEARCH_MATCH_LIMIT of them, collected into an array first: as a plain IN subquery PostgreSQL guessed
  // thousands of matches for any word and answered even a ticket number with a scan of the whole ticket
  // table (1-2 s on 1,000,000 tickets); from the array it reads the few matches by primary key. The list
  // query then applies scope, filters, sorting and pagination to them.
  const matching = raw(
    `(select unnest(array(select t."id" from "ticket" t ` +
      `where to_tsvector('simple', t."subject") @@ plainto_tsquery('simple', ?) or t."ticket_number" = ? ` +
      `union select m."ticket_id" from "ticket_message" m ` +
      `where to_tsvector('simple', coalesce(m."text_body", '')) @@ plainto_tsquery('simple', ?) ` +
      `limit ${SEARCH_MATCH_LIMIT})))`,
    [text, text.toUpperCase(), text],
  );
  return list(ctx, args, { id: { $in: matching } } as FilterQuery<Ticket>);
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
  // Opening one ticket is "reading" it (Hold After Read, 002 L7786); lists are not.
  if (ctx.actor?.kind === "EMPLOYEE")
    await recordTicketActivity(ctx.em, ticket.id, ctx.actor.accountId, "READ");
  return ticket;
}
