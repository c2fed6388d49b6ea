/**
 * Ticket mail out, driven by the tickets module's domain events (one durable job per event, created in the
 * reply's transaction): an agent's reply goes to the customer from the department's address with threading
 * headers; customer messages and new assignments are copied to the assigned agent's Copy To Address
 * (002 L6249). Each mail's sourceKey is derived from its cause, so an event delivered twice sends once.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { DomainEvent } from "../../../core/events/domain-events.js";
import type { JobContext } from "../../../core/jobs/index.js";
import type { AppRuntime } from "../../../core/runtime.js";
import { Employee } from "../../accounts/index.js";
import { Ticket, TicketHistory, TicketMessage } from "../../tickets/index.js";
import { TicketAttachment, TicketAttachmentContent } from "../../tickets/index.js";
import { EmailTemplateKind, OutgoingMailKind } from "../email.enums.js";
import { IncomingMail, OutgoingMail } from "../spool.entity.js";
import { escapeHtml, htmlToText } from "../templates.js";
import { queueMail } from "./outbox.js";
import type { OutgoingAttachment } from "./outbox.js";
import { brandSmtpAccount, departmentSmtpAccount, queueTemplateMail, wrapInMaster } from "./template-mail.js";

const domainOf = (address: string | undefined) =>
  address?.split("@")[1]?.toLowerCase() || "deskgraph.invalid";

/** The thread root every mail of a ticket refers to: a reply to any of them finds the ticket. */
export function ticketRootMessageId(ticketId: string, fromAddress: string | undefined): string {
  return `<ticket.${ticketId}@${domainOf(fromAddress)}>`;
}

/** "Subject [#NUMBER]": the number threads a reply even when the client drops the headers. */
export function subjectWithNumber(subject: string, ticketNumber: string): string {
  return subject.includes(ticketNumber) ? subject : `${subject} [#${ticketNumber}]`;
}

/** In-Reply-To and References for the next mail of a ticket: root, then the last messages, oldest first. */
async function threadHeaders(em: EntityManager, ticket: Ticket, root: string) {
  const incoming = await em.find(
    IncomingMail,
    { ticket: ticket.id, messageId: { $ne: null } },
    { orderBy: { createdAt: "desc" }, limit: 10, fields: ["messageId", "createdAt"] },
  );
  const outgoing = await em.find(
    OutgoingMail,
    { ticket: ticket.id },
    { orderBy: { createdAt: "desc" }, limit: 10, fields: ["messageId", "createdAt"] },
  );
  const recent = [...incoming, ...outgoing]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((m) => m.messageId!)
    .filter((id) => id !== root);
  const references = [root, ...recent.slice(-10)];
  const lastIncoming = incoming[0]?.messageId ?? null;
  return { inReplyTo: lastIncoming ?? references.at(-1) ?? root, references };
}

async function messageAttachments(em: EntityManager, messageId: string): Promise<OutgoingAttachment[]> {
  const files = await em.find(TicketAttachment, { message: messageId, internal: false });
  if (!files.length) return [];
  const contents = await em.find(
    TicketAttachmentContent,
    { attachment: { $in: files.map((f) => f.id) } },
    { populate: ["data"] },
  );
  const byId = new Map(contents.map((c) => [c.attachment.id, c.data]));
  return files
    .filter((f) => byId.has(f.id))
    .map((f) => ({ filename: f.fileName, content: byId.get(f.id)!, contentType: f.contentType }));
}

function bodyOf(message: TicketMessage): { html: string; text: string } {
  const html = message.htmlBody?.trim()
    ? message.htmlBody
    : `<div style="white-space: pre-wrap">${escapeHtml(message.textBody ?? "")}</div>`;
  return { html, text: message.textBody?.trim() ? message.textBody : htmlToText(html) };
}

/** ticket.messageAdded with author AGENT: the reply goes to the requester (and cc/bcc) by mail. */
async function sendAgentReply(app: AppRuntime, em: EntityManager, event: DomainEvent): Promise<void> {
  const messageId = String(event.data.messageId ?? "");
  const message = await em.findOne(TicketMessage, { id: messageId }, { populate: ["ticket"] });
  if (!message || message.direction !== "OUTGOING") return;
  const ticket = message.ticket as Ticket;
  const account = await departmentSmtpAccount(em, ticket.department.id, ticket.brand.id);
  const to = message.to.length ? message.to : [ticket.requesterEmail];
  const root = ticketRootMessageId(ticket.id, account?.emailAddress);
  const { inReplyTo, references } = await threadHeaders(em, ticket, root);
  const body = bodyOf(message);
  await queueMail(app, em, {
    kind: OutgoingMailKind.TICKET_REPLY,
    account,
    to: to.filter(Boolean),
    cc: message.cc,
    bcc: message.bcc,
    subject: subjectWithNumber(message.subject || ticket.subject, ticket.ticketNumber),
    html: await wrapInMaster(em, ticket.brand.id, body.html),
    text: body.text,
    inReplyTo,
    references,
    ticketId: ticket.id,
    sourceKey: `ticketMessage:${message.id}`,
    messageId: `<ticket-message.${message.id}@${domainOf(account?.emailAddress)}>`,
    headers: { "X-Deskgraph-Ticket": ticket.ticketNumber },
    attachments: await messageAttachments(em, message.id),
  });
}

/** Customer messages and assignments are copied to the assigned agent's Copy To Address (002 L6249). */
async function sendCopyTo(app: AppRuntime, em: EntityManager, event: DomainEvent): Promise<void> {
  const agentId = typeof event.data.agentId === "string" ? event.data.agentId : null;
  if (!agentId) return;
  const agent = await em.findOne(Employee, { id: agentId });
  if (!agent?.copyToAddress || !agent.copyToEnabled) return;
  const ticket = await em.findOne(Ticket, { id: event.subject.id });
  if (!ticket) return;
  const messageId = typeof event.data.messageId === "string" ? event.data.messageId : null;
  const message = messageId
    ? await em.findOne(TicketMessage, { id: messageId })
    : await em.findOne(TicketMessage, { ticket: ticket.id }, { orderBy: { createdAt: "desc" } });
  const account = await departmentSmtpAccount(em, ticket.department.id, ticket.brand.id);
  const body = message
    ? bodyOf(message)
    : { html: `<p>${escapeHtml(ticket.subject)}</p>`, text: ticket.subject };
  const intro = `<p>Ticket ${escapeHtml(ticket.ticketNumber)} from ${escapeHtml(ticket.requesterEmail)}:</p>`;
  const root = ticketRootMessageId(ticket.id, account?.emailAddress);
  await queueMail(app, em, {
    kind: OutgoingMailKind.COPY_TO,
    account,
    to: [agent.copyToAddress],
    subject: subjectWithNumber(ticket.subject, ticket.ticketNumber),
    html: await wrapInMaster(em, ticket.brand.id, intro + body.html),
    text: body.text,
    inReplyTo: root,
    references: [root],
    ticketId: ticket.id,
    sourceKey: `copyTo:${event.id}`,
    automated: "auto-generated",
  });
}

/**
 * A ticket the department's Auto-Close sweep closed (002 L6026): the customer gets the Auto-Close Ticket
 * template when the department says so. The sweep records an "autoClose" history entry in the same
 * transaction as the status change, which tells it apart from an agent's or a rule's close.
 */
async function sendAutoCloseNotice(app: AppRuntime, em: EntityManager, event: DomainEvent): Promise<void> {
  if (event.data.to !== "CLOSED" || event.actorAccountId) return;
  const ticket = await em.findOne(Ticket, { id: event.subject.id }, { populate: ["department"] });
  if (!ticket || !ticket.department.notifyCustomerOnAutoClose || !ticket.requesterEmail) return;
  const since = new Date(new Date(event.occurredAt).getTime() - 60_000);
  const autoClosed = await em.count(TicketHistory, {
    ticket: ticket.id,
    field: "autoClose",
    createdAt: { $gte: since },
  });
  if (!autoClosed) return;
  const account = await brandSmtpAccount(em, ticket.brand.id);
  const root = ticketRootMessageId(ticket.id, account?.emailAddress);
  await queueTemplateMail(app, em, {
    brandId: ticket.brand.id,
    template: EmailTemplateKind.AUTO_CLOSE_TICKET,
    to: [ticket.requesterEmail],
    values: { TICKETNUMBER: ticket.ticketNumber, SUBJECT: ticket.subject },
    ticketId: ticket.id,
    sourceKey: `autoClose:${event.id}`,
    inReplyTo: root,
    references: [root],
  });
}

/** The email module's domain event consumer (ModuleDefinition.domainEventConsumers["email.ticketMail"]). */
export async function handleTicketEvent(app: AppRuntime, event: DomainEvent, job: JobContext) {
  const em = job.em as EntityManager;
  if (event.type === "ticket.messageAdded" && event.data.author === "AGENT")
    return sendAgentReply(app, em, event);
  if (event.type === "ticket.messageAdded" && event.data.author === "CUSTOMER")
    return sendCopyTo(app, em, event);
  if (event.type === "ticket.assigned") return sendCopyTo(app, em, event);
  if (event.type === "ticket.statusChanged") return sendAutoCloseNotice(app, em, event);
}

export const TICKET_MAIL_EVENTS = new Set(["ticket.messageAdded", "ticket.assigned", "ticket.statusChanged"]);
