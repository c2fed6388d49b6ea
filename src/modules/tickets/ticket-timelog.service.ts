import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId, toGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { Account, Employee } from "../accounts/index.js";
import { Department } from "../organization/index.js";
import { actorId, visibleTicket } from "./ticket-access.js";
import { recordHistory } from "./ticket-core.js";
import { recordTicketEvent } from "./ticket-events.js";
import { TicketLink, TicketTimeLog, TimeLogCategory } from "./ticket-extras.entity.js";
import { Ticket } from "./ticket.entity.js";
import type {
  AddTicketTimeLogInput,
  CreateTimeLogCategoryInput,
  LinkTicketsInput,
  UpdateTicketTimeLogInput,
  UpdateTimeLogCategoryInput,
} from "./ticket-extras.inputs.js";

const MAX_MINUTES = 24 * 60;

/** minutes x hourly cost, in cents precision (the column is numeric(12,2)). */
export function costOf(minutes: number, hourlyCost: number): number {
  return Math.round((minutes / 60) * hourlyCost * 100) / 100;
}

async function categoryNameTaken(ctx: RequestContext, name: string, exceptId?: string) {
  const where = {
    name: { $ilike: name.replace(/[\\%_]/g, "\\$&") },
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  };
  return (await ctx.em.count(TimeLogCategory, where)) > 0;
}

function checkName(v: Validation, name: string): string {
  const trimmed = name.trim();
  v.check(trimmed.length > 0 && trimmed.length <= 255, "INVALID", "The name must be 1-255 characters.", [
    "input",
    "name",
  ]);
  return trimmed;
}

/** Time log categories (002 L6917-6919): administrators create them; available at once. */
export async function createTimeLogCategory(ctx: RequestContext, input: CreateTimeLogCategoryInput) {
  const v = new Validation();
  const name = checkName(v, input.name);
  v.throwIfAny();
  if (await categoryNameTaken(ctx, name))
    throw new UserErrorException([userError("TAKEN", `"${name}" already exists.`, ["input", "name"])]);
  const category = build(TimeLogCategory, { name });
  await ctx.em.persistAndFlush(category);
  return { category };
}

async function categoryOf(ctx: RequestContext, globalId: string, field: string) {
  const category = await ctx.em.findOne(TimeLogCategory, {
    id: fromGlobalId(globalId, "TimeLogCategory", field),
  });
  if (!category) throw new NotFoundError("TimeLogCategory", globalId);
  return category;
}

export async function updateTimeLogCategory(ctx: RequestContext, input: UpdateTimeLogCategoryInput) {
  const category = await categoryOf(ctx, input.id, "id");
  const v = new Validation();
  const name = checkName(v, input.name);
  v.throwIfAny();
  if (await categoryNameTaken(ctx, name, category.id))
    throw new UserErrorException([userError("TAKEN", `"${name}" already exists.`, ["input", "name"])]);
  category.name = name;
  await ctx.em.flush();
  return { category };
}

/** Deleting a category keeps its time logs (their category becomes null). */
export async function deleteTimeLogCategory(ctx: RequestContext, id: string) {
  const category = await categoryOf(ctx, id, "id");
  await ctx.em.removeAndFlush(category);
  return { deletedCategoryId: id };
}

function checkMinutes(v: Validation, minutes: number | null | undefined): void {
  if (minutes === null || minutes === undefined) return;
  v.check(
    Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES,
    "OUT_OF_RANGE",
    `Minutes must be 1-${MAX_MINUTES}.`,
    ["input", "minutes"],
  );
}

async function optionalCategory(ctx: RequestContext, v: Validation, id: string | null | undefined) {
  if (!id) return null;
  const category = await ctx.em.findOne(TimeLogCategory, {
    id: fromGlobalId(id, "TimeLogCategory", "categoryId"),
  });
  v.check(Boolean(category), "NOT_FOUND", "Unknown time log category.", ["input", "categoryId"]);
  return category;
}

/**
 * New Time Log (002 L3009; seed-A §1.15): the caller's own time. Billable defaults to the department's
 * "Mark Time Logs as billable by default" (002 L6014); cost = minutes x the caller's Hourly Cost.
 */
export async function addTicketTimeLog(ctx: RequestContext, input: AddTicketTimeLogInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  const v = new Validation();
  checkMinutes(v, input.minutes);
  const category = await optionalCategory(ctx, v, input.categoryId);
  v.throwIfAny();
  const me = actorId(ctx);
  const agent = await ctx.em.findOneOrFail(Employee, { id: me });
  const department = await ctx.em.findOneOrFail(Department, { id: ticket.department.id });
  return ctx.em.transactional(async (em) => {
    const timeLog = build(TicketTimeLog, {
      ticket,
      agent: em.getReference(Account, me),
      category,
      minutes: input.minutes,
      billable: input.billable ?? department.markTimeLogsBillableByDefault,
      cost: costOf(input.minutes, Number(agent.hourlyCost)),
      notes: input.notes?.trim() || null,
    });
    em.persist(timeLog);
    recordHistory(em, ticket, me, "timeLog", null, `${input.minutes} min`);
    await em.flush();
    // timeLogChange tells a new time log (Ticket Time Log Created, 502014) from edits and deletions.
    await recordTicketEvent(ctx.app, em, ticket, "ticket.updated", me, {
      changed: ["timeLogs"],
      timeLogChange: "ADDED",
      timeLogId: timeLog.id,
      minutes: input.minutes,
    });
    return { ticket, timeLog };
  });
}

async function visibleTimeLog(ctx: RequestContext, globalId: string) {
  const id = fromGlobalId(globalId, "TicketTimeLog", "timeLogId");
  const timeLog = await ctx.em.findOne(TicketTimeLog, { id });
  if (!timeLog) throw new NotFoundError("TicketTimeLog", globalId);
  const ticket = await visibleTicket(ctx, toGlobalId("Ticket", timeLog.ticket.id));
  return { timeLog, ticket };
}

/** Changes a time log; a change of minutes recomputes the cost with its agent's current Hourly Cost. */
export async function updateTicketTimeLog(ctx: RequestContext, input: UpdateTicketTimeLogInput) {
  const { timeLog, ticket } = await visibleTimeLog(ctx, input.timeLogId);
  const v = new Validation();
  checkMinutes(v, input.minutes);
  const category = await optionalCategory(ctx, v, input.categoryId);
  v.throwIfAny();
  const agent = timeLog.agent ? await ctx.em.findOne(Employee, { id: timeLog.agent.id }) : null;
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    if (input.minutes) {
      recordHistory(em, ticket, me, "timeLog", `${timeLog.minutes} min`, `${input.minutes} min`);
      timeLog.minutes = input.minutes;
      timeLog.cost = costOf(input.minutes, Number(agent?.hourlyCost ?? 0));
    }
    if (category) timeLog.category = category;
    if (input.billable !== null && input.billable !== undefined) timeLog.billable = input.billable;
    if (input.notes !== null && input.notes !== undefined) timeLog.notes = input.notes.trim() || null;
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.updated", me, { changed: ["timeLogs"] });
  });
  return { ticket, timeLog };
}

export async function deleteTicketTimeLog(ctx: RequestContext, timeLogId: string) {
  const { timeLog, ticket } = await visibleTimeLog(ctx, timeLogId);
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    recordHistory(em, ticket, me, "timeLog", `${timeLog.minutes} min`, null, "Deleted");
    em.remove(timeLog);
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.updated", me, { changed: ["timeLogs"] });
  });
  return { ticket, deletedTimeLogId: timeLogId };
}

/** The pair in storage order (lower id first): one row per link whichever side it was made from. */
function ordered(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/** Related items (002 L3005, L3222): a symmetric link between two tickets the caller can see. */
export async function linkTickets(ctx: RequestContext, input: LinkTicketsInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  const other = await visibleTicket(ctx, input.relatedTicketId, "relatedTicketId");
  if (ticket.id === other.id)
    throw new UserErrorException([
      userError("LINK_TO_SELF", "A ticket cannot be related to itself.", ["input", "relatedTicketId"]),
    ]);
  const [a, b] = ordered(ticket.id, other.id);
  if (await ctx.em.count(TicketLink, { a, b }))
    throw new UserErrorException([
      userError("ALREADY_LINKED", "The tickets are already related.", ["input", "relatedTicketId"]),
    ]);
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    em.persist(build(TicketLink, { a: em.getReference(Ticket, a), b: em.getReference(Ticket, b) }));
    recordHistory(em, ticket, me, "relatedItem", null, other.ticketNumber);
    recordHistory(em, other, me, "relatedItem", null, ticket.ticketNumber);
    await em.flush();
    for (const t of [ticket, other])
      await recordTicketEvent(ctx.app, em, t, "ticket.updated", me, { changed: ["relatedItems"] });
  });
  return { ticket };
}

export async function unlinkTickets(ctx: RequestContext, input: LinkTicketsInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  const other = await visibleTicket(ctx, input.relatedTicketId, "relatedTicketId");
  const [a, b] = ordered(ticket.id, other.id);
  const me = actorId(ctx);
  const removed = await ctx.em.transactional(async (em) => {
    const n = await em.nativeDelete(TicketLink, { a, b });
    if (!n) return 0;
    recordHistory(em, ticket, me, "relatedItem", other.ticketNumber, null);
    recordHistory(em, other, me, "relatedItem", ticket.ticketNumber, null);
    await em.flush();
    for (const t of [ticket, other])
      await recordTicketEvent(ctx.app, em, t, "ticket.updated", me, { changed: ["relatedItems"] });
    return n;
  });
  if (!removed)
    throw new UserErrorException([
      userError("NOT_LINKED", "The tickets are not related.", ["input", "relatedTicketId"]),
    ]);
  return { ticket };
}
