import { raw } from "@mikro-orm/core";
import type { FilterQuery, QueryOrderMap } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { BadInputError, NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Employee, usernameKey } from "../accounts/index.js";
import { CustomFieldOwnerType, customFieldValueConditions } from "../custom-fields/index.js";
import { Department, Group } from "../organization/index.js";
import { ticketIdByNumber } from "./ticket-access.js";
import { TicketSortField, listTicketsWhere, ticketOrder } from "./ticket-list.js";
import { TicketSearchDateField, TicketSearchItems } from "./ticket-search.inputs.js";
import type {
  TicketCustomFieldCriterion,
  TicketSearchArgs,
  TicketSearchCriteria,
} from "./ticket-search.inputs.js";
import { Ticket } from "./ticket.entity.js";

const MAX_TEXT = 200;
const MAX_CUSTOM_FIELD_CRITERIA = 20;

/**
 * The full-text predicates. Each repeats the expression of a GIN index exactly (ticket_subject_fts,
 * ticket_message_fts, ticket_message_html_fts, ticket_comment_fts), so the matching ids come from a union of
 * index scans; HTML is searched only for messages without a text body (their text is the same words).
 */
const HTML_TEXT = `regexp_replace(coalesce(m."html_body", ''), '<[^>]*>', ' ', 'g')`;

/**
 * How many text matches a search considers. Common words match a quarter of a million tickets on a large
 * desk; reading, counting and sorting all of them took seconds (docs/benchmarks.md, issue #3). Beyond this
 * many, the search uses this many of them (which ones is not specified) and totalCount reads this number:
 * the client should ask the user to narrow the search. Below it everything is exact.
 */
export const SEARCH_MATCH_LIMIT = 1000;
let matchLimit = SEARCH_MATCH_LIMIT;

/** Tests lower the cap to prove its behaviour without thousands of tickets; null restores the default. */
export function setSearchMatchLimitForTests(limit: number | null): void {
  matchLimit = limit ?? SEARCH_MATCH_LIMIT;
}

/**
 * The ids are collected into an array (at most SEARCH_MATCH_LIMIT) before the list query uses them: as a
 * plain IN subquery PostgreSQL estimated thousands of matches for any word and answered even a ticket number
 * with a sequential scan of the whole ticket table (1-2 s on 1,000,000 tickets); from the array it reads the
 * few matches by primary key.
 */
function textMatch(text: string) {
  // Each branch stops at the limit and the branches are concatenated before de-duplication: a UNION
  // de-duplicates everything first, which read all matches of common words (20 s and more) despite a LIMIT.
  const limit = `limit ${Math.trunc(matchLimit)}`;
  return raw(
    `(select unnest(array(select distinct x."id" from (` +
      `(select t."id" from "ticket" t where to_tsvector('simple', t."subject") @@ plainto_tsquery('simple', ?) ` +
      `or t."ticket_number" = ? ${limit}) ` +
      `union all (select m."ticket_id" from "ticket_message" m ` +
      `where to_tsvector('simple', coalesce(m."text_body", '')) @@ plainto_tsquery('simple', ?) ${limit}) ` +
      `union all (select m."ticket_id" from "ticket_message" m where m."text_body" is null ` +
      `and to_tsvector('simple', ${HTML_TEXT}) @@ plainto_tsquery('simple', ?) ${limit}) ` +
      `union all (select c."ticket_id" from "ticket_comment" c ` +
      `where to_tsvector('simple', c."text") @@ plainto_tsquery('simple', ?) ${limit})` +
      `) x("id") ${limit})))`,
    [text, text.toUpperCase(), text, text, text],
  );
}

/**
 * "Search results are displayed based on the overall weight" (002 L3280): an exact number first, then
 * subject matches (weighted double), then the best-matching message and comment. Computed only for the
 * matching tickets, and only when the results are sorted by relevance.
 */
function relevance(text: string) {
  return raw(
    (a) =>
      `(case when ${a}."ticket_number" = ? then 100 else 0 end` +
      ` + 2 * ts_rank(to_tsvector('simple', ${a}."subject"), plainto_tsquery('simple', ?))` +
      ` + coalesce((select max(ts_rank(to_tsvector('simple', coalesce(m."text_body", '')), ` +
      `plainto_tsquery('simple', ?))) from "ticket_message" m where m."ticket_id" = ${a}."id"), 0)` +
      ` + coalesce((select max(ts_rank(to_tsvector('simple', c."text"), plainto_tsquery('simple', ?))) ` +
      `from "ticket_comment" c where c."ticket_id" = ${a}."id"), 0))`,
    [text.toUpperCase(), text, text, text],
  );
}

const DATE_COLUMN: Record<TicketSearchDateField, string> = {
  CREATED: "createdAt",
  LAST_ACTIVITY: "lastActivityAt",
  CLOSED: "closedAt",
  DELETED: "deletedAt",
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function nonEmpty(value: string | null | undefined, field: string, max = MAX_TEXT): string | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (!v || v.length > max)
    throw new BadInputError(`${field} must be 1-${max} characters.`, ["criteria", field]);
  return v;
}

async function exists(
  ctx: RequestContext,
  entity: typeof Department | typeof Group | typeof Employee,
  id: string,
) {
  return (await ctx.em.count(entity, { id })) > 0;
}

/** The Custom Fields criteria (002 L3296-3302): at most 20, see customFieldValueConditions. */
function customFieldConditions(
  ctx: RequestContext,
  criteria: TicketCustomFieldCriterion[],
): Promise<FilterQuery<Ticket>[]> {
  return customFieldValueConditions(ctx.em, criteria, {
    ownerType: CustomFieldOwnerType.TICKET,
    label: "ticket",
    path: ["criteria", "customFields"],
    max: MAX_CUSTOM_FIELD_CRITERIA,
  }) as Promise<FilterQuery<Ticket>[]>;
}

/** Turns the General Criteria into conditions; refuses malformed ones (nothing is searched then). */
async function criteriaConditions(
  ctx: RequestContext,
  c: TicketSearchCriteria,
): Promise<FilterQuery<Ticket>[]> {
  const and: FilterQuery<Ticket>[] = [];
  const number = nonEmpty(c.ticketNumber, "ticketNumber", 40);
  if (number) {
    const id = await ticketIdByNumber(ctx, number);
    and.push({ id: id ?? "00000000-0000-0000-0000-000000000000" });
  }
  const email = nonEmpty(c.email, "email", 320);
  if (email)
    // A subquery rather than a raw() key: raw keys are spent after one statement, and paginate runs two.
    and.push({
      id: {
        $in: raw(`(select e."id" from "ticket" e where lower(e."requester_email") = ?)`, [
          email.toLowerCase(),
        ]),
      },
    } as FilterQuery<Ticket>);
  const username = nonEmpty(c.customerUsername, "customerUsername", 255);
  if (username) and.push({ requester: { usernameKey: usernameKey(username) } });
  const name = nonEmpty(c.customerName, "customerName", 255);
  if (name) and.push({ requester: { displayName: { $ilike: `%${escapeLike(name)}%` } } });
  if (c.dateFrom && c.dateTo && c.dateFrom > c.dateTo)
    throw new BadInputError("The Date Range ends before it starts.", ["criteria", "dateTo"]);
  if (c.dateFrom || c.dateTo) {
    const column = DATE_COLUMN[c.dateField ?? TicketSearchDateField.CREATED];
    and.push({
      [column]: { ...(c.dateFrom ? { $gte: c.dateFrom } : {}), ...(c.dateTo ? { $lte: c.dateTo } : {}) },
    } as FilterQuery<Ticket>);
  }
  const refs: Array<
    [string | null | undefined, string, typeof Department | typeof Group | typeof Employee, string]
  > = [
    [c.departmentId, "Department", Department, "department"],
    [c.groupId, "Group", Group, "group"],
    [c.agentId, "Employee", Employee, "assignedAgent"],
    [c.deletedById, "Employee", Employee, "deletedBy"],
  ];
  for (const [globalId, type, entity, property] of refs) {
    if (!globalId) continue;
    const id = fromGlobalId(globalId, type, `criteria.${property}`);
    if (!(await exists(ctx, entity, id))) throw new NotFoundError(type, globalId);
    and.push({ [property]: id } as FilterQuery<Ticket>);
  }
  if (c.status?.length) and.push({ status: { $in: c.status } });
  if (c.priority?.length) and.push({ priority: { $in: c.priority } });
  if (c.customFields?.length) and.push(...(await customFieldConditions(ctx, c.customFields)));
  return and;
}

/**
 * Basic and Advanced Search (002 L3266-3303) within the caller's ticket scope: the search string over
 * subjects, messages and comments, the General Criteria and the list filters, all AND-combined, as a Relay
 * connection sorted by relevance (when there is text) or any list sort key.
 */
export async function searchTickets(ctx: RequestContext, args: TicketSearchArgs) {
  const text = args.text === null || args.text === undefined ? null : args.text.trim();
  if (text !== null && (!text || text.length > MAX_TEXT))
    throw new BadInputError(`Search text must be 1-${MAX_TEXT} characters.`, ["text"]);
  const criteria = args.criteria ?? {};
  const and = await criteriaConditions(ctx, criteria);
  if (text) and.push({ id: { $in: textMatch(text) } } as FilterQuery<Ticket>);
  const onlyDeleted = criteria.items === TicketSearchItems.ONLY_DELETED;
  if (!and.length && !args.filter && !onlyDeleted)
    throw new BadInputError("Give a search text or at least one criterion.", ["text"]);
  const sortBy = args.sortBy ?? (text ? TicketSortField.RELEVANCE : TicketSortField.IDLE);
  if (sortBy === TicketSortField.RELEVANCE && !text)
    throw new BadInputError("RELEVANCE sorting needs a search text.", ["sortBy"]);
  const listArgs = Object.assign(args, {
    sortBy,
    filter: { ...args.filter, ...(onlyDeleted ? { deleted: true } : {}) },
  });
  let orderBy: QueryOrderMap<Ticket>[] | undefined;
  if (sortBy === TicketSortField.RELEVANCE) {
    // Most relevant first (descending: least relevant first); ties by idle time as in every list.
    const base = ticketOrder({ ...listArgs, sortBy: TicketSortField.IDLE, descending: false });
    orderBy = [{ [relevance(text!)]: args.descending ? "asc" : "desc" } as QueryOrderMap<Ticket>, ...base];
  }
  return listTicketsWhere(ctx, listArgs, { $and: and } as FilterQuery<Ticket>, orderBy);
}
