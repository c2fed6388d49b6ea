/**
 * The outbox (docs/email.md "Sending"). queueMail builds the MIME message and stores it with a durable
 * email.send timer in the caller's transaction: a mail exists iff the change that caused it commits. The send
 * job delivers it through nodemailer and marks it SENT in the job's own transaction; failures are written on
 * the row (attempts, lastError) and rescheduled with backoff, so an SMTP server that is down loses nothing.
 */
import { randomUUID } from "node:crypto";
import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type Mail from "nodemailer/lib/mailer/index.js";
import { build } from "../../../core/db/base.entity.js";
import { recordDomainEvent } from "../../../core/events/domain-events.js";
import { scheduleTimer } from "../../../core/jobs/index.js";
import type { JobContext } from "../../../core/jobs/index.js";
import type { AppRuntime } from "../../../core/runtime.js";
import { Ticket } from "../../tickets/index.js";
import { SmtpAccount } from "../email-account.entity.js";
import { OutgoingMailKind, OutgoingMailStatus } from "../email.enums.js";
import { OutgoingMail } from "../spool.entity.js";
import { sendRaw } from "./smtp.js";

export const SEND_JOB = "email.send";

export interface OutgoingAttachment {
  filename: string;
  content: Buffer;
  contentType?: string;
}

export interface QueueMailInput {
  kind: OutgoingMailKind;
  account: SmtpAccount | null;
  to: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  /** Omitted: a text-only message (SMS gateways). */
  html?: string;
  text?: string;
  inReplyTo?: string | null;
  references?: string[];
  /** Loop protection headers of automated mail (Auto-Submitted, X-Auto-Response-Suppress, Precedence). */
  automated?: "auto-replied" | "auto-generated" | null;
  ticketId?: string | null;
  /** Idempotency key of the cause: a second queueMail with the same key queues nothing. */
  sourceKey?: string | null;
  /** Recipient counted by the autoresponder limit. */
  autoKey?: string | null;
  delaySeconds?: number;
  /** A fixed Message-ID (with angle brackets); else one is made from the sender's domain. */
  messageId?: string;
  attachments?: OutgoingAttachment[];
  /** Extra headers (X-Deskgraph-Ticket …). */
  headers?: Record<string, string>;
}

const domainOf = (address: string) => address.split("@")[1]?.toLowerCase() || "deskgraph.invalid";

export function newMessageId(fromAddress: string): string {
  return `<${randomUUID()}@${domainOf(fromAddress)}>`;
}

/** Builds the message exactly as it will be sent (Bcc only in the envelope). */
export async function composeMime(
  input: QueueMailInput,
  from: Mail.Address,
  messageId: string,
  date: Date,
): Promise<Buffer> {
  const headers: Record<string, string> = { ...(input.headers ?? {}) };
  if (input.automated) {
    headers["Auto-Submitted"] = input.automated;
    headers["X-Auto-Response-Suppress"] = "All";
    headers["Precedence"] = "bulk";
  }
  const composer = new MailComposer({
    from,
    to: input.to,
    cc: input.cc?.length ? input.cc : undefined,
    subject: input.subject,
    html: input.html,
    text: input.text,
    messageId,
    date,
    inReplyTo: input.inReplyTo ?? undefined,
    references: input.references?.length ? input.references : undefined,
    headers,
    attachments: input.attachments,
  });
  return composer.compile().build();
}

/**
 * Queues a message in `em`'s transaction. Returns null when the sourceKey was queued before (an event
 * delivered twice). Without an SMTP account the row is stored FAILED so the administrator sees it.
 */
export async function queueMail(
  app: AppRuntime,
  em: EntityManager,
  input: QueueMailInput,
): Promise<OutgoingMail | null> {
  if (input.sourceKey && (await em.count(OutgoingMail, { sourceKey: input.sourceKey }))) return null;
  const account = input.account;
  const fromAddress = account?.emailAddress ?? "unconfigured@deskgraph.invalid";
  const from = { name: account?.displayName ?? "", address: fromAddress };
  const messageId = input.messageId ?? newMessageId(fromAddress);
  const raw = await composeMime(input, from, messageId, new Date());
  const recipients = [
    ...new Set([...input.to, ...(input.cc ?? []), ...(input.bcc ?? [])].map((a) => a.trim())),
  ];
  const runAt = new Date(Date.now() + (input.delaySeconds ?? 0) * 1000);
  const mail = build(OutgoingMail, {
    kind: input.kind,
    smtpAccount: account,
    ticket: input.ticketId ? em.getReference(Ticket, input.ticketId) : null,
    sourceKey: input.sourceKey ?? null,
    autoKey: input.autoKey?.toLowerCase() ?? null,
    messageId,
    fromAddress,
    recipients,
    subject: input.subject,
    raw,
    size: raw.length,
    nextAttemptAt: runAt,
  });
  if (!account) {
    mail.status = OutgoingMailStatus.FAILED;
    mail.lastError = "No SMTP account is configured for this brand or department.";
  }
  em.persist(mail);
  await em.flush();
  if (account) await scheduleTimer(em, { kind: SEND_JOB, key: mail.id, runAt, payload: { mailId: mail.id } });
  else await recordMailEvent(app, em, "mail.failed", mail);
  return mail;
}

/** Due again now (spool Retry): a fresh set of attempts. */
export async function requeue(em: EntityManager, mail: OutgoingMail): Promise<void> {
  mail.status = OutgoingMailStatus.QUEUED;
  mail.attempts = 0;
  mail.lastError = null;
  mail.nextAttemptAt = new Date();
  await scheduleTimer(em, {
    kind: SEND_JOB,
    key: mail.id,
    runAt: mail.nextAttemptAt,
    payload: { mailId: mail.id },
  });
}

export function recordMailEvent(
  app: AppRuntime,
  em: EntityManager,
  type: "mail.sent" | "mail.failed",
  mail: OutgoingMail,
) {
  return recordDomainEvent(app, em, {
    type,
    subject: { type: "OutgoingMail", id: mail.id },
    data: {
      mailId: mail.id,
      kind: mail.kind,
      ticketId: mail.ticket?.id ?? null,
      messageId: mail.messageId,
      recipients: mail.recipients,
      attempts: mail.attempts,
      error: mail.lastError ?? null,
    },
  });
}

/** 5xx answers are permanent (a bad recipient, a policy refusal): retrying only delays the bounce. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export function retryDelayMs(app: AppRuntime, attempt: number): number {
  return Math.min(app.config.mailRetryBaseMs * 2 ** (attempt - 1), 3_600_000);
}

/**
 * The email.send job. The row lock serialises it with a spool retry or delete; a mail that is no longer
 * QUEUED (sent, failed, deleted) is left alone, so a timer that fires twice sends once. What remains is the
 * window between the SMTP server's acceptance and this commit: a crash there sends the message again with
 * the same Message-ID, which receiving systems use to drop the duplicate.
 */
export async function sendQueuedMail(app: AppRuntime, payload: { mailId: string }, job: JobContext) {
  const em = job.em as EntityManager;
  const mail = await em.findOne(
    OutgoingMail,
    { id: payload.mailId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ["raw"] },
  );
  if (!mail || mail.status !== OutgoingMailStatus.QUEUED) return;
  const account = mail.smtpAccount
    ? await em.findOne(SmtpAccount, { id: mail.smtpAccount.id }, { populate: ["password"] })
    : null;
  mail.attempts += 1;
  try {
    if (!account) throw new Error("The SMTP account of this message was deleted.");
    await sendRaw(account, { from: mail.fromAddress, to: mail.recipients }, mail.raw);
    mail.status = OutgoingMailStatus.SENT;
    mail.sentAt = new Date();
    mail.lastError = null;
    await em.flush();
    await recordMailEvent(app, em, "mail.sent", mail);
  } catch (error) {
    mail.lastError = error instanceof Error ? error.message : String(error);
    if (isPermanent(error) || mail.attempts >= app.config.mailMaxAttempts || !account) {
      mail.status = OutgoingMailStatus.FAILED;
      app.logger.warn({ mailId: mail.id, error: mail.lastError }, "outgoing mail failed for good");
      await em.flush();
      await recordMailEvent(app, em, "mail.failed", mail);
    } else {
      mail.nextAttemptAt = new Date(Date.now() + retryDelayMs(app, mail.attempts));
      await em.flush();
      await scheduleTimer(em, {
        kind: SEND_JOB,
        key: mail.id,
        runAt: mail.nextAttemptAt,
        payload: { mailId: mail.id },
      });
    }
  }
}
