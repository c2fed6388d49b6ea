import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { AppError, BadInputError, ErrorCode, NotFoundError } from "../../core/errors/app-errors.js";
import { ForbiddenError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Employee, User } from "../accounts/index.js";
import { Brand, Department } from "../organization/index.js";
import { getInstallation } from "../system/index.js";
import { Ticket, ticketsModule } from "../tickets/index.js";
import { employeeId, visibleReply } from "./canned-reply-access.js";
import type { CannedReply } from "./canned-reply.entity.js";
import { CannedReplyType } from "./canned-reply.enums.js";
import type { RenderCannedReplyInput } from "./canned-reply.inputs.js";
import type { RenderedCannedReply } from "./canned-reply.payloads.js";

/**
 * Variables of canned replies: the email templates' syntax and names (002 L7014-7152) where they exist, plus
 * the few the brief names for agents (CUSTOMEREMAIL, DEPARTMENT, AGENTNAME, BRANDNAME). Listed in the schema
 * description of renderCannedReply and in docs/decisions.md; keep the three in step.
 */
export const CANNED_REPLY_VARIABLES: Record<string, string> = {
  TICKETNUMBER: "the ticket number",
  SUBJECT: "the ticket subject",
  TICKETSUBJECT: "the ticket subject (the Survey template's name for it)",
  CUSTOMERNAME: "the requester's display name (the email address for an anonymous requester)",
  CUSTOMERUSERNAME: "the requester's username (empty for an anonymous requester)",
  CUSTOMEREMAIL: "the ticket's requester email address",
  EMAIL: "the ticket's requester email address (the templates' name for it)",
  DEPARTMENT: "the ticket's department name",
  AGENTNAME: "the calling agent's display name",
  AGENTEMAIL: "the calling agent's email address",
  COMPANY: "the ticket's brand name (the templates' Brand Name)",
  BRANDNAME: "the ticket's brand name",
  DATE: "today's date (YYYY-MM-DD) in the agent's time zone, else the installation's",
  TIME: "the current time (HH:MM, 24 h) in the agent's time zone, else the installation's",
};

export const VARIABLES_DESCRIPTION = Object.entries(CANNED_REPLY_VARIABLES)
  .map(([name, meaning]) => `[%${name}%] ${meaning}`)
  .join("; ");

const VARIABLE = /\[%([A-Za-z0-9_]+)%\]/g;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Replaces known variables (case-insensitive names) with escaped values; unknown ones stay as written. */
export function substitute(
  body: string,
  values: Record<string, string>,
): { html: string; unknown: string[] } {
  const unknown = new Set<string>();
  const html = body.replace(VARIABLE, (whole, name: string) => {
    const value = values[name.toUpperCase()];
    if (value === undefined) {
      unknown.add(whole);
      return whole;
    }
    return escapeHtml(value);
  });
  return { html, unknown: [...unknown] };
}

function dateTimeParts(now: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? "";
  return { date: `${p("year")}-${p("month")}-${p("day")}`, time: `${p("hour")}:${p("minute")}` };
}

/** The ticket by global id in the caller's ticket scope (the tickets module's node fetcher enforces it). */
async function ticketForRender(ctx: RequestContext, globalId: string): Promise<Ticket> {
  const id = fromGlobalId(globalId, "Ticket", "ticketId");
  if (!(await ctx.em.count(Ticket, { id }))) throw new NotFoundError("Ticket", globalId);
  const visible = (await ticketsModule.nodes!.Ticket!(ctx, id)) as Ticket | null;
  if (!visible) throw new ForbiddenError("This ticket is outside your departments and groups.");
  return visible;
}

/**
 * Renders a reply into a live chat: the chat module installs it (it owns chats and their variables), so
 * this module does not depend on it. Returns the HTML-escaped rendering for renderCannedReply.
 */
export type ChatCannedRenderer = (
  ctx: RequestContext,
  reply: CannedReply,
  chatGlobalId: string,
) => Promise<{ html: string; unknown: string[] }>;

let chatRenderer: ChatCannedRenderer | null = null;

export function setChatCannedRenderer(renderer: ChatCannedRenderer | null): void {
  chatRenderer = renderer;
}

/** Renders a reply for insertion into a ticket, or (chatId) into a live chat. */
export async function renderCannedReply(
  ctx: RequestContext,
  input: RenderCannedReplyInput,
): Promise<RenderedCannedReply> {
  const me = employeeId(ctx);
  const reply = await visibleReply(ctx, input.id);
  if (input.chatId && input.ticketId)
    throw new BadInputError("Give a ticket or a chat, not both.", ["chatId"]);
  if (input.chatId) {
    if (reply.type === CannedReplyType.TICKETS)
      throw new AppError(ErrorCode.BAD_USER_INPUT, "This canned reply is for tickets only.", {
        field: ["chatId"],
        reason: "WRONG_TYPE",
      });
    if (!chatRenderer) throw new BadInputError("Live chats are not available.", ["chatId"]);
    const { html, unknown } = await chatRenderer(ctx, reply, input.chatId);
    return { cannedReply: reply, html, unknownVariables: unknown };
  }
  if (!input.ticketId) throw new BadInputError("Give the ticket to render the reply for.", ["ticketId"]);
  if (reply.type === CannedReplyType.CHATS) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, "This canned reply is for live chats only.", {
      field: ["ticketId"],
      reason: "WRONG_TYPE",
    });
  }
  const ticket = await ticketForRender(ctx, input.ticketId);
  const agent = await ctx.em.findOneOrFail(Employee, { id: me });
  const values = await ticketCannedValues(ctx.em, ticket, agent, new Date());
  const { html, unknown } = substitute(reply.body, values);
  return { cannedReply: reply, html, unknownVariables: unknown };
}

/**
 * The variables' values for a ticket: renderCannedReply (the calling agent) and the events engine's Send Canned
 * Reply action (the ticket's agent or the rule's owner; none for a system rule on a queued ticket).
 */
export async function ticketCannedValues(
  em: EntityManager,
  ticket: Ticket,
  agent: Employee | null,
  now: Date,
): Promise<Record<string, string>> {
  const [requester, department, brand, installation] = await Promise.all([
    ticket.requester ? em.findOne(User, { id: ticket.requester.id }) : Promise.resolve(null),
    em.findOneOrFail(Department, { id: ticket.department.id }),
    em.findOneOrFail(Brand, { id: ticket.brand.id }),
    getInstallation(em),
  ]);
  const { date, time } = dateTimeParts(now, agent?.timeZone ?? installation.timeZone);
  return {
    TICKETNUMBER: ticket.ticketNumber,
    SUBJECT: ticket.subject,
    TICKETSUBJECT: ticket.subject,
    CUSTOMERNAME: requester?.displayName ?? ticket.requesterEmail,
    CUSTOMERUSERNAME: requester?.username ?? "",
    CUSTOMEREMAIL: ticket.requesterEmail,
    EMAIL: ticket.requesterEmail,
    DEPARTMENT: department.name,
    AGENTNAME: agent?.displayName ?? "",
    AGENTEMAIL: agent?.email ?? "",
    COMPANY: brand.name,
    BRANDNAME: brand.name,
    DATE: date,
    TIME: time,
  };
}
