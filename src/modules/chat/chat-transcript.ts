import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { isValidEmail } from "../../core/validation.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { ChatMessageKind, ChatStatus } from "./chat.enums.js";
import { chatCaller, chatFor } from "./chat-access.js";
import type { DepartmentChatSettings } from "./chat-settings.entity.js";
import type { EmailChatTranscriptInput } from "./chat.inputs.js";

/** At most this many addresses per Email Transcript (002 L3424 allows several, separated by semicolons). */
export const MAX_TRANSCRIPT_RECIPIENTS = 10;

/** What the email module needs to queue a transcript (the chat module does not know SMTP accounts). */
export interface TranscriptMail {
  chatId: string;
  chatNumber: number;
  brandId: string;
  departmentId: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** Sent without anyone asking (emailTranscriptOnEnd): marked auto-generated against mail loops. */
  automated: boolean;
  /** Idempotency key: a second mail with it is not queued. */
  sourceKey: string | null;
  /** Without the department's (or brand's) SMTP account: refuse (nothing written) or store it FAILED. */
  requireAccount: boolean;
}

export type TranscriptMailResult = "QUEUED" | "DUPLICATE" | "NO_ACCOUNT";

/**
 * Queues the mail in the caller's transaction. Registered by the email module at boot: email imports chat,
 * so chat importing email would close a cycle through the events module.
 */
export type ChatTranscriptMailer = (
  app: AppRuntime,
  em: EntityManager,
  mail: TranscriptMail,
) => Promise<TranscriptMailResult>;

let mailer: ChatTranscriptMailer | null = null;

export function setChatTranscriptMailer(fn: ChatTranscriptMailer): void {
  mailer = fn;
}

const stamp = (d: Date) => `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Plain-text transcript (Email Transcript's content, 002 L3424, L3428: "the text transcript"). */
export function transcriptText(chat: LiveChat, messages: ChatMessage[]): string {
  const lines = messages.map((m) => `${m.authorName} - ${m.createdAt.toISOString()}\n${m.body}`);
  return [`Live chat ${chat.chatNumber} with ${chat.customerName}`, ...lines].join("\n\n");
}

function transcriptHtml(chat: LiveChat, messages: ChatMessage[]): string {
  const rows = messages.map(
    (m) =>
      `<p><strong>${escapeHtml(m.authorName)}</strong> - ${stamp(m.createdAt)}<br>` +
      `${escapeHtml(m.body).replace(/\n/g, "<br>")}</p>`,
  );
  return [`<h3>Live chat ${chat.chatNumber} with ${escapeHtml(chat.customerName)}</h3>`, ...rows].join("\n");
}

/** The customer's side only: coaching lines never leave the agents (002 L3486; seed-B §3.9). */
async function customerMessages(em: EntityManager, chatId: string): Promise<ChatMessage[]> {
  return em.find(
    ChatMessage,
    { chat: chatId, kind: { $ne: ChatMessageKind.COACHING } },
    { orderBy: { seq: "asc" } },
  );
}

async function queueTranscript(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  to: string[],
  options: { automated: boolean; sourceKey: string | null; requireAccount: boolean },
): Promise<TranscriptMailResult> {
  if (!mailer) throw new Error("No chat transcript mailer is registered (the email module boots it).");
  const messages = await customerMessages(em, chat.id);
  return mailer(app, em, {
    chatId: chat.id,
    chatNumber: chat.chatNumber,
    brandId: chat.brand.id,
    departmentId: chat.department.id,
    to,
    subject: `Transcript of live chat ${chat.chatNumber}`,
    html: transcriptHtml(chat, messages),
    text: transcriptText(chat, messages),
    ...options,
  });
}

/** The customer's own copy: one per chat, whether it was asked for or sent at the end automatically. */
const customerKey = (chatId: string) => `chat.transcript:${chatId}:customer`;

/**
 * Email Transcript (002 L3424, L3428, L360). Ended chats only. Employees who may see the chat send it to
 * the customer's address or to the addresses they give (several, 002 L3424); the customer (visitor token or
 * the signed-in user who started it) only to the address they gave when starting, once per chat, so the
 * public endpoint cannot mail arbitrary people. Sent from the department's SMTP account (else the brand's);
 * coaching lines are left out. Nothing is written when refused.
 */
export async function emailChatTranscript(ctx: RequestContext, input: EmailChatTranscriptInput) {
  const caller = await chatCaller(ctx, input.visitorToken);
  const chat = await chatFor(ctx, caller, input.chatId);
  const refuse = (code: string, message: string, field = ["input", "chatId"]) =>
    new UserErrorException([userError(code, message, field)]);
  if (chat.deletedAt) throw refuse("CHAT_DELETED", "This chat is deleted: restore it first.");
  if (chat.status !== ChatStatus.ENDED)
    throw refuse("CHAT_NOT_ENDED", "The transcript can be emailed once the chat has ended.");
  const given = (input.emails ?? [])
    .flatMap((e) => e.split(";"))
    .map((e) => e.trim())
    .filter(Boolean);
  const own = chat.customerEmail?.trim() || null;
  const customer = caller.kind !== "EMPLOYEE";
  let to: string[];
  if (customer) {
    if (given.some((e) => e.toLowerCase() !== own?.toLowerCase()))
      throw refuse("NOT_ALLOWED", "The transcript goes to the address given when the chat started.", [
        "input",
        "emails",
      ]);
    to = own ? [own] : [];
  } else {
    // The first spelling of each address, once.
    const unique = given.filter((e, i) => given.findIndex((o) => o.toLowerCase() === e.toLowerCase()) === i);
    to = unique.length ? unique : own ? [own] : [];
  }
  if (!to.length)
    throw refuse("NO_RECIPIENT", "The chat has no email address: give one.", ["input", "emails"]);
  const v = new Validation();
  v.check(
    to.length <= MAX_TRANSCRIPT_RECIPIENTS,
    "TOO_MANY_RECIPIENTS",
    `At most ${MAX_TRANSCRIPT_RECIPIENTS} addresses.`,
    ["input", "emails"],
  );
  to.forEach((e, i) =>
    v.check(isValidEmail(e), "INVALID_EMAIL", `"${e}" is not an email address.`, [
      "input",
      "emails",
      String(i),
    ]),
  );
  v.throwIfAny();
  const result = await ctx.em.transactional((em) =>
    queueTranscript(ctx.app, em, chat, to, {
      automated: false,
      sourceKey: customer ? customerKey(chat.id) : null,
      requireAccount: true,
    }),
  );
  if (result === "NO_ACCOUNT")
    throw refuse("NO_SMTP_ACCOUNT", "No SMTP account sends mail for this department or its brand.");
  if (result === "DUPLICATE")
    throw refuse("ALREADY_SENT", "The transcript of this chat was already emailed to you.");
  return { chat, recipients: to };
}

/**
 * emailTranscriptOnEnd (a department setting of ours): in the transaction that ends the chat, so the mail
 * exists iff the end commits. Skipped when the customer gave no address. Without an SMTP account the mail is
 * stored FAILED in the spool, where the administrator sees why.
 */
export async function transcriptOnEnd(
  app: AppRuntime,
  em: EntityManager,
  chat: LiveChat,
  settings: DepartmentChatSettings,
): Promise<void> {
  const address = chat.customerEmail?.trim();
  if (!settings.emailTranscriptOnEnd || !address || !isValidEmail(address)) return;
  await queueTranscript(app, em, chat, [address], {
    automated: true,
    sourceKey: customerKey(chat.id),
    requireAccount: false,
  });
}
