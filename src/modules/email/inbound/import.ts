/**
 * The email.import job: one stored incoming message becomes a ticket, a reply, a rejection or nothing, in
 * the job's transaction together with the row's new status, so a crash or a retry never imports it twice.
 * New tickets go through the same StartTicket path as every channel (prepareTicketCreation, then
 * createTicketCore); replies through the tickets module's addCustomerReply.
 */
import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { simpleParser } from "mailparser";
import type { AddressObject, ParsedMail } from "mailparser";
import sanitizeHtml from "sanitize-html";
import { build } from "../../../core/db/base.entity.js";
import { recordDomainEvent } from "../../../core/events/domain-events.js";
import type { JobContext } from "../../../core/jobs/index.js";
import type { AppRuntime } from "../../../core/runtime.js";
import { Employee, User } from "../../accounts/index.js";
import { PredefinedRole } from "../../roles/index.js";
import {
  addAgentReply,
  addCustomerReply,
  getTicketSettings,
  recordTicketHistory,
  sniffContentType,
  storeAttachments,
  Ticket,
  TicketComment,
  TicketMessage,
  TicketNumberAlias,
  TicketStatus,
} from "../../tickets/index.js";
import type { DecodedUpload } from "../../tickets/index.js";
import { MailAccount } from "../email-account.entity.js";
import { EmailTemplateKind, IncomingMailStatus, OutgoingMailKind } from "../email.enums.js";
import { IncomingMail, OutgoingMail } from "../spool.entity.js";
import { getEmailSettings, queueTemplateMail } from "../outbound/template-mail.js";
import { autoReplyRefusal, isOwnAddress } from "./loop-guard.js";
import { deferTicketCreation } from "./ticket-create.js";
import { lowerEquals } from "../../../core/db/lower-equals.js";

export const IMPORT_JOB = "email.import";

const TICKET_NUMBER = /\b([0-9A-F]{3}-[0-9A-F]{8}-[0-9A-F]{4})\b/i;
const ROOT_ID = /^<ticket\.([0-9a-f-]{36})@/i;
const MESSAGE_ID = /^<ticket-message\.([0-9a-f-]{36})@/i;

export function firstAddress(value: AddressObject | AddressObject[] | undefined): string | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  for (const group of list) for (const a of group.value) if (a.address) return a.address.trim().toLowerCase();
  return null;
}

export function allAddresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((g) => g.value.map((a) => a.address?.trim().toLowerCase() ?? "")).filter(Boolean);
}

function referencedIds(parsed: ParsedMail): string[] {
  const refs = Array.isArray(parsed.references)
    ? parsed.references
    : parsed.references
      ? [parsed.references]
      : [];
  const ids = [parsed.inReplyTo ?? "", ...refs.flatMap((r) => r.split(/\s+/))]
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

/** The ticket a message answers: by our Message-IDs in its headers, else by the number in the subject. */
async function threadTicket(em: EntityManager, parsed: ParsedMail, from: string): Promise<Ticket | null> {
  const ids = referencedIds(parsed);
  const live = (t: Ticket | null | undefined) => (t && !t.deletedAt ? t : null);
  for (const id of ids) {
    const root = ROOT_ID.exec(id)?.[1];
    if (root) {
      const t = live(await em.findOne(Ticket, { id: root.toLowerCase() }));
      if (t) return t;
    }
    const own = MESSAGE_ID.exec(id)?.[1];
    if (own) {
      const m = await em.findOne(TicketMessage, { id: own.toLowerCase() }, { populate: ["ticket"] });
      if (live(m?.ticket as Ticket | undefined)) return m!.ticket as Ticket;
    }
  }
  if (ids.length) {
    const out = await em.findOne(
      OutgoingMail,
      { messageId: { $in: ids }, ticket: { $ne: null } },
      { populate: ["ticket"] },
    );
    if (live(out?.ticket as Ticket | undefined)) return out!.ticket as Ticket;
    const inc = await em.findOne(
      IncomingMail,
      { messageId: { $in: ids }, ticket: { $ne: null } },
      { populate: ["ticket"] },
    );
    if (live(inc?.ticket as Ticket | undefined)) return inc!.ticket as Ticket;
  }
  // A number alone is easy to guess: it threads only mail from someone already on the ticket.
  const number = TICKET_NUMBER.exec(parsed.subject ?? "")?.[1]?.toUpperCase();
  if (!number) return null;
  const ticket =
    live(await em.findOne(Ticket, { ticketNumber: number })) ??
    live(
      (await em.findOne(TicketNumberAlias, { ticketNumber: number }, { populate: ["ticket"] }))
        ?.ticket as Ticket,
    );
  if (!ticket) return null;
  if (ticket.requesterEmail.toLowerCase() === from) return ticket;
  if (ticket.assignedAgent && ticket.assignedAgent.id === (await replyingAgent(em, from))?.id) return ticket;
  const known = await em.count(TicketMessage, { ticket: ticket.id, ...lowerEquals("from_address", from) });
  return known ? ticket : null;
}

/**
 * The agent whose Copy To Address (when copying is on) or Other Reply From Address(es) this is (002 L6249-6250):
 * mail from there is the agent replying from their own mail client.
 */
async function replyingAgent(em: EntityManager, from: string): Promise<Employee | null> {
  const rows = await em.execute<{ id: string }[]>(
    `select "id" from "account" where "kind" = 'EMPLOYEE' and not "disabled"
       and (("copy_to_enabled" and lower("copy_to_address") = ?)
         or exists (select 1 from unnest("other_reply_from_addresses") a where lower(a) = ?))
     order by "created_at" limit 1`,
    [from, from],
  );
  return rows[0] ? em.findOne(Employee, { id: rows[0].id }) : null;
}

/**
 * An agent's mail on a ticket: the owner's becomes their reply (stored, and mailed to the requester from the
 * department address like any agent reply); another agent's is kept as their comment, since only the owning
 * agent replies (the replyToTicket rule), and nothing goes to the customer.
 */
async function importAgentMail(
  app: AppRuntime,
  em: EntityManager,
  incoming: IncomingMail,
  parsed: ParsedMail,
  ticket: Ticket,
  agent: Employee,
  trimQuotes: boolean,
) {
  const body = messageBody(parsed, trimQuotes);
  incoming.ticket = ticket;
  if (ticket.assignedAgent?.id === agent.id) {
    const message = await addAgentReply(app, em, ticket, agent, body);
    incoming.ticketMessageId = message.id;
    await keepAttachments(em, ticket, message, parsed, incoming);
    return finish(
      app,
      em,
      incoming,
      IncomingMailStatus.IMPORTED,
      `Reply by ${agent.username} by email, sent on.`,
    );
  }
  const text =
    `Reply by email from ${incoming.fromAddress} (${agent.username}), not sent: only the agent who owns the ` +
    `ticket replies.\n\n${body.textBody}`;
  em.persist(build(TicketComment, { ticket, text: text.slice(0, 20_000), author: agent }));
  recordTicketHistory(em, ticket, agent.id, "comment", null, "email");
  return finish(
    app,
    em,
    incoming,
    IncomingMailStatus.IMPORTED,
    `Mail from ${agent.username}, who does not own the ticket: kept as a comment, not sent.`,
  );
}

/** Drops quoted history ("> …" lines and everything after "On … wrote:") from a reply (002 L6947). */
export function removeQuotedReply(text: string): string {
  const lines = text.split(/\r?\n/);
  const cut = lines.findIndex(
    (l) => /^On .+wrote:\s*$/.test(l.trim()) || /^-{2,}\s*Original Message\s*-{2,}/i.test(l.trim()),
  );
  const kept = (cut >= 0 ? lines.slice(0, cut) : lines).filter((l) => !l.startsWith(">"));
  return kept.join("\n").trim();
}

export function messageBody(
  parsed: ParsedMail,
  trimQuotes: boolean,
): { htmlBody: string | null; textBody: string } {
  let text = (parsed.text ?? "").trim();
  let html = parsed.html ? sanitizeHtml(parsed.html) : null;
  if (trimQuotes && text) {
    text = removeQuotedReply(text);
    html = null; // the trimmed text is the message; quoted HTML would bring the history back
  }
  if (!text && !html) text = "(This email had no text.)";
  return { htmlBody: html, textBody: text || "(see HTML)" };
}

async function senderHoldsRole(em: EntityManager, account: MailAccount, from: string): Promise<boolean> {
  const role = account.startTicketsRole;
  if (!role) return true;
  await em.populate(account, ["startTicketsRole"]);
  if (role.predefined === PredefinedRole.EVERYONE) return true;
  const user = await em.findOne(User, lowerEquals("email", from), {
    populate: ["roles"],
    orderBy: { createdAt: "asc" },
  });
  return user?.roles.getItems().some((r) => r.id === role.id) ?? false;
}

/** Attachments within the upload limit are stored; larger ones become a note (the raw mail keeps them). */
export async function keepAttachments(
  em: EntityManager,
  ticket: Ticket,
  message: TicketMessage,
  parsed: ParsedMail,
  incoming: IncomingMail,
): Promise<void> {
  const files = parsed.attachments.filter((a) => a.content?.length);
  if (!files.length) return;
  const { maxAttachmentBytes } = await getTicketSettings(em);
  const keep: DecodedUpload[] = [];
  const notes: string[] = [];
  for (const [i, file] of files.entries()) {
    const fileName =
      (file.filename ?? `attachment-${i + 1}`).split(/[\\/]/).pop()!.slice(0, 255) || `attachment-${i + 1}`;
    if (file.content.length > maxAttachmentBytes) {
      notes.push(
        `Attachment "${fileName}" (${file.content.length} bytes) is over the ${maxAttachmentBytes}-byte limit and ` +
          `was not stored; the original mail is kept in the incoming spool (${incoming.globalId}).`,
      );
      continue;
    }
    keep.push({ fileName, data: file.content, contentType: sniffContentType(file.content) });
  }
  storeAttachments(em, ticket, message, keep, message.author?.id ?? null, false);
  for (const text of notes) {
    em.persist(build(TicketComment, { ticket, text, author: null }));
    recordTicketHistory(em, ticket, null, "attachment", null, null, text);
  }
  await em.flush();
}

async function reject(
  app: AppRuntime,
  em: EntityManager,
  incoming: IncomingMail,
  parsed: ParsedMail,
  account: MailAccount,
  template: EmailTemplateKind,
  reason: string,
  ticket: Ticket | null,
): Promise<void> {
  const from = incoming.fromAddress!;
  const settings = await getEmailSettings(em);
  const refusal = await autoReplyRefusal(em, settings, parsed, from);
  const values: Record<string, string> = { SUBJECT: parsed.subject ?? "", EMAIL: from };
  if (ticket) values.TICKETNUMBER = ticket.ticketNumber;
  let noticeSent = false;
  if (!refusal) {
    await em.populate(account, ["department"]);
    const queued = await queueTemplateMail(app, em, {
      brandId: account.department.brand.id,
      template,
      kind: OutgoingMailKind.REJECTION,
      to: [from],
      values,
      inReplyTo: incoming.messageId ?? null,
      references: incoming.messageId ? [incoming.messageId] : [],
      automated: "auto-replied",
      autoKey: from,
      sourceKey: `rejection:${incoming.id}`,
    });
    noticeSent = queued !== null;
  }
  incoming.status = IncomingMailStatus.REJECTED;
  incoming.ticket = ticket;
  incoming.note = `${reason}${noticeSent ? "; notice sent" : `; no notice (${refusal ?? "blacklisted"})`}`;
  await em.flush();
  await recordDomainEvent(app, em, {
    type: "mail.rejected",
    subject: { type: "IncomingMail", id: incoming.id },
    data: { incomingMailId: incoming.id, reason, template, from, ticketId: ticket?.id ?? null },
  });
}

export async function finish(
  app: AppRuntime,
  em: EntityManager,
  incoming: IncomingMail,
  status: IncomingMailStatus,
  note: string | null,
) {
  incoming.status = status;
  incoming.note = note;
  await em.flush();
  if (status === IncomingMailStatus.IMPORTED)
    await recordDomainEvent(app, em, {
      type: "mail.received",
      subject: { type: "IncomingMail", id: incoming.id },
      data: {
        incomingMailId: incoming.id,
        ticketId: incoming.ticket?.id ?? null,
        messageId: incoming.messageId ?? null,
        from: incoming.fromAddress ?? null,
        accountId: incoming.account?.id ?? null,
      },
    });
}

export async function importIncomingMail(
  app: AppRuntime,
  payload: { incomingMailId: string },
  job: JobContext,
) {
  const em = job.em as EntityManager;
  const incoming = await em.findOne(
    IncomingMail,
    { id: payload.incomingMailId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ["raw"] },
  );
  if (!incoming || incoming.status !== IncomingMailStatus.RECEIVED) return;
  const account = incoming.account
    ? await em.findOne(
        MailAccount,
        { id: incoming.account.id },
        { populate: ["department", "department.brand"] },
      )
    : null;
  if (!account) return finish(app, em, incoming, IncomingMailStatus.FAILED, "The mail account was deleted.");

  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(incoming.raw, { skipImageLinks: true, skipTextLinks: true });
  } catch (error) {
    return finish(
      app,
      em,
      incoming,
      IncomingMailStatus.FAILED,
      `Unreadable MIME: ${(error as Error).message}`,
    );
  }
  const from = firstAddress(parsed.from) ?? firstAddress(parsed.replyTo);
  incoming.fromAddress = from;
  incoming.subject = parsed.subject?.slice(0, 1000) ?? null;
  incoming.sentAt = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null;
  if (!from)
    return finish(app, em, incoming, IncomingMailStatus.FAILED, "No sender address (From) could be read.");
  if (await isOwnAddress(em, from))
    return finish(
      app,
      em,
      incoming,
      IncomingMailStatus.IGNORED,
      "Sent from one of our own addresses (loop protection).",
    );

  const settings = await getEmailSettings(em);
  if (settings.filterDuplicates && incoming.messageId) {
    const twin = await em.findOne(IncomingMail, {
      messageId: incoming.messageId,
      id: { $ne: incoming.id },
      status: { $in: [IncomingMailStatus.IMPORTED, IncomingMailStatus.REJECTED] },
    });
    if (twin) return finish(app, em, incoming, IncomingMailStatus.IGNORED, `Duplicate of ${twin.globalId}.`);
  }

  const existing = await threadTicket(em, parsed, from);
  if (existing) {
    if (existing.status === TicketStatus.CLOSED_AND_LOCKED)
      return reject(
        app,
        em,
        incoming,
        parsed,
        account,
        EmailTemplateKind.EMAIL_REJECTED_DUE_TO_LOCK,
        "ticket is closed and locked",
        existing,
      );
    const agent = existing.requesterEmail.toLowerCase() === from ? null : await replyingAgent(em, from);
    if (agent)
      return importAgentMail(app, em, incoming, parsed, existing, agent, settings.removeRedundantReplies);
    const authorId = existing.requesterEmail.toLowerCase() === from ? (existing.requester?.id ?? null) : null;
    const body = messageBody(parsed, settings.removeRedundantReplies);
    const message = await addCustomerReply(
      app,
      em,
      existing,
      authorId,
      { ...body, cc: allAddresses(parsed.cc).filter((a) => a !== from) },
      from,
    );
    incoming.ticket = existing;
    incoming.ticketMessageId = message.id;
    await keepAttachments(em, existing, message, parsed, incoming);
    return finish(app, em, incoming, IncomingMailStatus.IMPORTED, "Added to an existing ticket.");
  }

  if (!account.acceptNewTickets)
    return reject(
      app,
      em,
      incoming,
      parsed,
      account,
      EmailTemplateKind.EMAIL_REJECTED_DUE_TO_POLICY,
      "the department does not accept tickets by email",
      null,
    );
  if (!(await senderHoldsRole(em, account, from)))
    return reject(
      app,
      em,
      incoming,
      parsed,
      account,
      EmailTemplateKind.EMAIL_REJECTED_DUE_TO_NEW_TICKET_REQUIREMENTS,
      "the sender lacks the role required to start tickets",
      null,
    );

  // A new ticket: created after this transaction commits (ticket-create.ts), because the ticket
  // provider's StartTicket must run outside any transaction (see prepareTicketCreation).
  await deferTicketCreation(app, em, incoming);
}
