/** The department autoresponder to a new ticket by email (002 L5871-5898), within the loop-guard limits. */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { ParsedMail } from "mailparser";
import type { AppRuntime } from "../../../core/runtime.js";
import { Brand, Department } from "../../organization/index.js";
import type { Ticket } from "../../tickets/index.js";
import { Autoresponder } from "../email-settings.entity.js";
import type { EmailSettings } from "../email-settings.entity.js";
import { OutgoingMailKind } from "../email.enums.js";
import type { IncomingMail } from "../spool.entity.js";
import { queueMail } from "../outbound/outbox.js";
import { departmentSmtpAccount, wrapInMaster } from "../outbound/template-mail.js";
import { ticketRootMessageId, subjectWithNumber } from "../outbound/replies.js";
import { commonValues, htmlToText, renderVariables } from "../templates.js";
import { autoReplyRefusal } from "./loop-guard.js";

export const AUTORESPONDER_VARIABLES = [
  "TICKETNUMBER",
  "SUBJECT",
  "DEPARTMENT",
  "EMAIL",
  "TICKETURL",
  "DATE",
  "TIME",
  "COMPANY",
  "PORTALURL",
] as const;

/** A dated autoresponder in its range overrides the department's undated ones (002 L5882). */
export async function autoresponderFor(
  em: EntityManager,
  brandId: string,
  departmentId: string,
  now = new Date(),
): Promise<Autoresponder | null> {
  const all = await em.find(
    Autoresponder,
    { brand: brandId, enabled: true },
    { orderBy: { createdAt: "asc" } },
  );
  const serving = all.filter((a) => a.departmentIds.includes(departmentId));
  const dated = serving.find(
    (a) => (a.startsAt || a.endsAt) && (!a.startsAt || a.startsAt <= now) && (!a.endsAt || a.endsAt >= now),
  );
  return dated ?? serving.find((a) => !a.startsAt && !a.endsAt) ?? null;
}

/** Queues the autoresponder, or returns why not (for the spool note); null when none is configured. */
export async function sendAutoresponder(
  app: AppRuntime,
  em: EntityManager,
  ticket: Ticket,
  parsed: ParsedMail,
  from: string,
  incoming: IncomingMail,
  settings: EmailSettings,
): Promise<string | null> {
  const responder = await autoresponderFor(em, ticket.brand.id, ticket.department.id);
  if (!responder) return null;
  const refusal = await autoReplyRefusal(em, settings, parsed, from);
  if (refusal) return `Autoresponder not sent: ${refusal}.`;
  const brand = await em.findOneOrFail(Brand, { id: ticket.brand.id });
  const department = await em.findOneOrFail(Department, { id: ticket.department.id });
  const values = {
    ...commonValues(brand),
    TICKETNUMBER: ticket.ticketNumber,
    SUBJECT: ticket.subject,
    DEPARTMENT: department.name,
    EMAIL: from,
    TICKETURL: commonValues(brand).PORTALURL,
  };
  const known = AUTORESPONDER_VARIABLES;
  const body = renderVariables(responder.html, values, { escape: true, known });
  const account = await departmentSmtpAccount(em, department.id, brand.id);
  const root = ticketRootMessageId(ticket.id, account?.emailAddress);
  await queueMail(app, em, {
    kind: OutgoingMailKind.AUTORESPONDER,
    account,
    to: [from],
    subject: subjectWithNumber(
      renderVariables(responder.subject, values, { escape: false, known }).replace(/[\r\n]+/g, " "),
      ticket.ticketNumber,
    ),
    html: await wrapInMaster(em, brand.id, body),
    text: htmlToText(body),
    inReplyTo: incoming.messageId ?? root,
    references: [root, ...(incoming.messageId ? [incoming.messageId] : [])],
    automated: "auto-replied",
    autoKey: from,
    ticketId: ticket.id,
    sourceKey: `autoresponder:${incoming.id}`,
    delaySeconds: settings.deliveryDelaySeconds,
  });
  return "Autoresponder queued.";
}
