/**
 * The events engine's mail actions (seed-E §1 actions, 002 L8201, L8253-8256, L8672), registered with the
 * events module: Send Email, Use My Notification Profile, Use Default Notification Profile for User (each
 * with its "once per item" twin, which the engine dedupes) and Send Reply to Ticket. Each queues through the
 * outbox in the evaluating transaction with the evaluation and action as its idempotency key, so an event
 * evaluated twice mails once. The profile actions go through the events module's notification profiles.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { isValidEmail } from "../../../core/validation.js";
import { Account, Employee } from "../../accounts/index.js";
import {
  CannedReply,
  CannedReplyScope,
  CannedReplyStatus,
  CannedReplyType,
  substitute,
  ticketCannedValues,
} from "../../canned-replies/index.js";
import type { EventActionContext, EventActionHandler, EventActionResult } from "../../events/index.js";
import {
  EventRuleScope,
  notificationTargets,
  publishEventReminder,
  registerEventAction,
} from "../../events/index.js";
import { Brand } from "../../organization/index.js";
import { build } from "../../../core/db/base.entity.js";
import { MessageDirection, Ticket, TicketMessage, recordTicketHistory } from "../../tickets/index.js";
import { OutgoingMailKind } from "../email.enums.js";
import { escapeHtml, htmlToText } from "../templates.js";
import { queueMail } from "./outbox.js";
import { subjectWithNumber, ticketRootMessageId } from "./replies.js";
import {
  brandSmtpAccount,
  departmentSmtpAccount,
  getEmailSettings,
  isBlacklisted,
  wrapInMaster,
} from "./template-mail.js";

/** Addresses as they are, usernames of agents and users resolved to their email. */
async function resolveRecipients(
  em: EntityManager,
  list: string,
): Promise<{ to: string[]; unknown: string[] }> {
  const tokens = list
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const to: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    if (isValidEmail(token)) to.push(token.toLowerCase());
    else {
      const account = await em.findOne(Account, { usernameKey: token.toLowerCase() });
      if (account?.email) to.push(account.email.toLowerCase());
      else unknown.push(token);
    }
  }
  return { to: [...new Set(to)], unknown };
}

async function brandOf(ctx: EventActionContext): Promise<string | null> {
  const id = typeof ctx.event.data.brandId === "string" ? ctx.event.data.brandId : null;
  if (id) return id;
  return (await ctx.em.findOne(Brand, { isDefault: true }))?.id ?? null;
}

interface Queued {
  to: string[];
  blacklisted: number;
  queued: boolean;
}

/** One event mail through the outbox; `channel` keeps a profile's email and SMS copies apart. */
async function queueEventMail(
  ctx: EventActionContext,
  recipients: string[],
  subject: string,
  text: string,
  channel: "email" | "sms" = "email",
): Promise<Queued> {
  const { app, em } = ctx;
  const settings = await getEmailSettings(em);
  // Event-generated emails are automated: never to the blacklist (002 L6945).
  const to = recipients.filter((a) => !isBlacklisted(settings, a));
  const blacklisted = recipients.length - to.length;
  if (!to.length) return { to, blacklisted, queued: false };
  const brandId = await brandOf(ctx);
  const account = brandId ? await brandSmtpAccount(em, brandId) : null;
  // SMS gateways turn the mail into a text message: plain, short, no Master Template.
  const sms = channel === "sms";
  const body = sms ? text.replace(/\s+/g, " ").trim().slice(0, SMS_LENGTH) : text;
  const html = `<div style="white-space: pre-wrap">${escapeHtml(body)}</div>`;
  const queued = await queueMail(app, em, {
    kind: OutgoingMailKind.EVENT,
    account,
    to,
    subject: subject.replace(/[\r\n]+/g, " ").slice(0, sms ? 60 : 500),
    html: sms ? undefined : brandId ? await wrapInMaster(em, brandId, html) : html,
    text: body,
    automated: "auto-generated",
    sourceKey: `event:${ctx.evaluationId}:${ctx.action.id}${sms ? ":sms" : ""}`,
    delaySeconds: settings.deliveryDelaySeconds,
    ticketId: ctx.event.subject.type === "Ticket" ? ctx.event.subject.id : null,
  });
  return { to, blacklisted, queued: queued !== null };
}

/** An SMS is one text message: the gateway would split or cut a longer one. */
export const SMS_LENGTH = 160;

async function mail(
  ctx: EventActionContext,
  recipients: string[],
  subject: string,
  text: string,
  note: string[] = [],
): Promise<EventActionResult> {
  const r = await queueEventMail(ctx, recipients, subject, text);
  if (!r.to.length)
    return {
      outcome: "NOT_APPLICABLE",
      message: [r.blacklisted ? "every recipient is blacklisted" : "no recipients", ...note].join("; "),
    };
  const parts = [
    `queued to ${r.to.join(", ")}`,
    ...(r.blacklisted ? [`${r.blacklisted} blacklisted`] : []),
    ...note,
  ];
  return { outcome: "RAN", message: r.queued ? parts.join("; ") : "already queued for this evaluation" };
}

const sendEmail: EventActionHandler = async (ctx) => {
  const { to, unknown } = await resolveRecipients(ctx.em, ctx.render(ctx.action.parameters.recipients ?? ""));
  const subject = ctx.render(ctx.action.parameters.subject ?? "") || ctx.rule.name;
  const text = ctx.render(ctx.action.parameters.text ?? "") || ctx.rule.name;
  return mail(ctx, to, subject, text, unknown.length ? [`unknown recipients: ${unknown.join(", ")}`] : []);
};

/**
 * Notifies through a notification profile (002 L5736-5740): its email addresses get the message, its SMS
 * addresses a short text, and "Show reminder in interface" pushes a reminder to the profile's owner
 * (administrators for a system profile). Each channel only when enabled.
 */
async function notifyThroughProfile(
  ctx: EventActionContext,
  ownerId: string | null,
  profileId: string | null,
): Promise<EventActionResult> {
  const targets = await notificationTargets(ctx.em, ownerId, profileId);
  const text = ctx.render(ctx.action.parameters.text ?? "") || ctx.rule.name;
  const done: string[] = [];
  const subject = ctx.rule.name;
  if (targets.emails.length) {
    const r = await queueEventMail(ctx, targets.emails, subject, text, "email");
    if (r.to.length) done.push(`email to ${r.to.join(", ")}`);
    if (r.blacklisted) done.push(`${r.blacklisted} blacklisted`);
  }
  if (targets.sms.length) {
    const r = await queueEventMail(ctx, targets.sms, subject, text, "sms");
    if (r.to.length) done.push(`SMS to ${r.to.join(", ")}`);
    if (r.blacklisted) done.push(`${r.blacklisted} SMS blacklisted`);
  }
  if (targets.reminder) {
    await publishEventReminder(
      ctx,
      { ownerId, scope: ownerId ? EventRuleScope.AGENT : EventRuleScope.SYSTEM },
      text,
    );
    done.push("reminder in the interface");
  }
  const profile = `profile "${targets.profileName}"${targets.note ? ` (${targets.note})` : ""}`;
  if (!done.some((d) => !d.includes("blacklisted")))
    return { outcome: "NOT_APPLICABLE", message: `${profile}: no enabled channel reaches anyone` };
  return { outcome: "RAN", message: `${profile}: ${done.join("; ")}` };
}

/** The rule owner's profile (My Events); a system rule's are the System Notification Profiles (002 L7184). */
const useMyProfile: EventActionHandler = (ctx) =>
  notifyThroughProfile(ctx, ctx.rule.ownerId ?? null, ctx.action.parameters.notificationProfileId ?? null);

/** The default profile of the agent related to the item (the ticket's or chat's agent). */
const useAgentDefaultProfile: EventActionHandler = async (ctx) => {
  const agentId = typeof ctx.event.data.agentId === "string" ? ctx.event.data.agentId : null;
  if (!agentId) return { outcome: "NOT_APPLICABLE", message: "no agent is related to the item" };
  return notifyThroughProfile(ctx, agentId, null);
};

async function eventTicket(ctx: EventActionContext): Promise<Ticket | string> {
  if (ctx.event.subject.type !== "Ticket") return "not a ticket event";
  const ticket = await ctx.em.findOne(Ticket, { id: ctx.event.subject.id });
  if (!ticket?.requesterEmail) return "the ticket has no requester address";
  return ticket;
}

/** A reply mail to the requester from the department address, threaded on the ticket. */
async function queueTicketReply(
  ctx: EventActionContext,
  ticket: Ticket,
  html: string,
  text: string,
): Promise<EventActionResult> {
  const settings = await getEmailSettings(ctx.em);
  if (isBlacklisted(settings, ticket.requesterEmail))
    return { outcome: "NOT_APPLICABLE", message: "requester blacklisted" };
  const account = await departmentSmtpAccount(ctx.em, ticket.department.id, ticket.brand.id);
  const root = ticketRootMessageId(ticket.id, account?.emailAddress);
  // What the customer receives belongs in the ticket's stream, as any reply does; an automated reply is not
  // agent activity, so the ticket's idle time (and the idle events that follow it) is left alone.
  ctx.em.persist(
    build(TicketMessage, {
      ticket,
      direction: MessageDirection.OUTGOING,
      author: null,
      fromAddress: account?.emailAddress ?? "",
      to: [ticket.requesterEmail],
      cc: [],
      bcc: [],
      subject: ticket.subject,
      htmlBody: html,
      textBody: text,
    }),
  );
  recordTicketHistory(ctx.em, ticket, null, "reply", null, null, `Sent by the event rule "${ctx.rule.name}"`);
  await queueMail(ctx.app, ctx.em, {
    kind: OutgoingMailKind.EVENT,
    account,
    to: [ticket.requesterEmail],
    subject: subjectWithNumber(`Re: ${ticket.subject}`, ticket.ticketNumber),
    html: await wrapInMaster(ctx.em, ticket.brand.id, html),
    text,
    inReplyTo: root,
    references: [root],
    automated: "auto-generated",
    ticketId: ticket.id,
    sourceKey: `event:${ctx.evaluationId}:${ctx.action.id}`,
    delaySeconds: settings.deliveryDelaySeconds,
  });
  return { outcome: "RAN", message: `reply queued to ${ticket.requesterEmail}` };
}

/** Send Reply to Ticket (002 L8672): the text goes to the requester, threaded on the ticket. */
const sendReplyToTicket: EventActionHandler = async (ctx) => {
  const ticket = await eventTicket(ctx);
  if (typeof ticket === "string") return { outcome: "NOT_APPLICABLE", message: ticket };
  const text = ctx.render(ctx.action.parameters.text ?? "");
  if (!text.trim()) return { outcome: "NOT_APPLICABLE", message: "no text" };
  return queueTicketReply(ctx, ticket, `<div style="white-space: pre-wrap">${escapeHtml(text)}</div>`, text);
};

/**
 * Send Canned Reply (002 L8667): the canned reply, its [%VARIABLES%] filled for the ticket (the canned-replies
 * module's values, as the agent's Insert would; AGENTNAME is the ticket's agent, else the rule's owner), mailed
 * as a ticket reply. A reply that no longer exists throws (the action fails, is retried, then FAILED: the rule
 * needs fixing); one the rule may not use — a draft, a chats-only reply, another agent's personal reply, another
 * department's — is NOT_APPLICABLE with the reason.
 */
const sendCannedReply: EventActionHandler = async (ctx) => {
  const ticket = await eventTicket(ctx);
  if (typeof ticket === "string") return { outcome: "NOT_APPLICABLE", message: ticket };
  const id = ctx.action.parameters.cannedReplyId ?? "";
  const reply = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.em.findOne(CannedReply, { id }) : null;
  if (!reply) throw new Error(`The canned reply ${id} no longer exists.`);
  const refusal =
    reply.type === CannedReplyType.CHATS
      ? "the canned reply is for live chats only"
      : reply.status !== CannedReplyStatus.PUBLIC
        ? "the canned reply is a draft"
        : reply.scope === CannedReplyScope.PERSONAL && reply.owner?.id !== ctx.rule.ownerId
          ? "the canned reply is another agent's personal reply"
          : reply.scope === CannedReplyScope.DEPARTMENT && reply.department?.id !== ticket.department.id
            ? "the canned reply belongs to another department"
            : null;
  if (refusal) return { outcome: "NOT_APPLICABLE", message: refusal };
  const agentId = ticket.assignedAgent?.id ?? ctx.rule.ownerId;
  const agent = agentId ? await ctx.em.findOne(Employee, { id: agentId }) : null;
  const { html, unknown } = substitute(reply.body, await ticketCannedValues(ctx.em, ticket, agent, ctx.now));
  const result = await queueTicketReply(ctx, ticket, html, htmlToText(html));
  const extra = unknown.length ? `; unknown variables left as written: ${unknown.join(", ")}` : "";
  return { ...result, message: `canned reply "${reply.name}": ${result.message}${extra}` };
};

let registered = false;

export function registerEmailEventActions(): void {
  if (registered) return; // the registry is process-wide; tests boot several servers
  registered = true;
  for (const [key, handler] of [
    ["SEND_EMAIL", sendEmail],
    ["USE_MY_NOTIFICATION_PROFILE", useMyProfile],
    ["USE_DEFAULT_NOTIFICATION_PROFILE_FOR_USER", useAgentDefaultProfile],
  ] as const) {
    registerEventAction(key, handler);
    registerEventAction(`${key}_ONCE_PER_ITEM`, handler);
  }
  registerEventAction("SEND_REPLY_TO_TICKET", sendReplyToTicket);
  registerEventAction("SEND_CANNED_REPLY", sendCannedReply);
}
