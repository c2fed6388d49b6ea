/**
 * Loop protection and the autoresponder limits (002 L5898, L6945, L6984; RFC 3834): no automated reply to
 * automated mail, to the blacklist, to mail older than three days, or more than three per address in thirty
 * minutes (the excess is dropped, not spooled).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { ParsedMail } from "mailparser";
import type { EmailSettings } from "../email-settings.entity.js";
import { MailAccount, SmtpAccount } from "../email-account.entity.js";
import { OutgoingMail } from "../spool.entity.js";
import { isBlacklisted } from "../outbound/template-mail.js";
import { lowerEquals } from "../../../core/db/lower-equals.js";

export const AUTO_REPLY_LIMIT = 3;
export const AUTO_REPLY_WINDOW_MS = 30 * 60 * 1000;
export const AUTO_REPLY_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

function header(parsed: ParsedMail, name: string): string {
  const value = parsed.headers.get(name);
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object" && "value" in value) return String((value as { value: unknown }).value);
  return String(value);
}

/** Why a message must not be answered automatically, or null when it may be. */
export function automatedMailReason(parsed: ParsedMail, from: string): string | null {
  const autoSubmitted = header(parsed, "auto-submitted").trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") return `Auto-Submitted: ${autoSubmitted}`;
  if (header(parsed, "x-auto-response-suppress").trim()) return "X-Auto-Response-Suppress";
  const precedence = header(parsed, "precedence").trim().toLowerCase();
  if (["bulk", "junk", "list", "auto_reply"].includes(precedence)) return `Precedence: ${precedence}`;
  if (parsed.headers.has("list-id")) return "List-Id (mailing list)";
  if (header(parsed, "x-autoreply") || header(parsed, "x-autorespond")) return "X-Autoreply";
  if (/^(mailer-daemon|postmaster|no-?reply)@/i.test(from)) return "system sender";
  return null;
}

/** Whether `address` is one of our own SMTP or mailbox addresses (mail from there would loop). */
export async function isOwnAddress(em: EntityManager, address: string): Promise<boolean> {
  const lower = address.trim().toLowerCase();
  const [smtp, inbound] = await Promise.all([
    em.count(SmtpAccount, lowerEquals("email_address", lower)),
    em.count(MailAccount, lowerEquals("email_address", lower)),
  ]);
  return smtp + inbound > 0;
}

/**
 * Whether an automated reply (autoresponder or rejection notice) may go to `to` for a message dated
 * `sentAt`. Returns the reason when not.
 */
export async function autoReplyRefusal(
  em: EntityManager,
  settings: EmailSettings,
  parsed: ParsedMail,
  to: string,
  now = new Date(),
): Promise<string | null> {
  const automated = automatedMailReason(parsed, to);
  if (automated) return `automated mail (${automated})`;
  if (isBlacklisted(settings, to)) return "sender on the Automated Email Blacklist";
  if (parsed.date && now.getTime() - parsed.date.getTime() > AUTO_REPLY_MAX_AGE_MS)
    return "mail older than 3 days";
  // Two imports from one address at once must not both see "2 so far": serialise them per address.
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`deskgraph:autoreply:${to.toLowerCase()}`]);
  const recent = await em.count(OutgoingMail, {
    autoKey: to.toLowerCase(),
    createdAt: { $gt: new Date(now.getTime() - AUTO_REPLY_WINDOW_MS) },
  });
  if (recent >= AUTO_REPLY_LIMIT) return `${AUTO_REPLY_LIMIT} automated replies in 30 minutes already`;
  return null;
}
