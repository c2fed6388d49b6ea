/**
 * The twelve fixed system email templates (002 L7006-7152, seed-D §1.12): their variables, built-in defaults
 * and rendering. Variables are [%NAME%]; values are HTML-escaped (they come from customers and agents) except
 * the ones that are HTML by nature (lists, the master template's content).
 */
import { EmailTemplateKind } from "./email.enums.js";

const COMMON = ["DATE", "TIME", "COMPANY", "PORTALURL"] as const;

export interface TemplateSpec {
  readonly variables: readonly string[];
  /** Variables a saved template must contain (002 L7105, L7147). */
  readonly required: readonly string[];
  /** Variables whose values are HTML and are inserted as they are. */
  readonly html?: readonly string[];
  readonly subject: string;
  readonly body: string;
}

export const TEMPLATE_SPECS: Record<EmailTemplateKind, TemplateSpec> = {
  [EmailTemplateKind.MASTER]: {
    variables: ["CONTENT"],
    required: ["CONTENT"],
    html: ["CONTENT"],
    subject: "",
    body:
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head>' +
      '<body style="font-family: Arial, sans-serif; font-size: 14px">[%CONTENT%]</body></html>',
  },
  [EmailTemplateKind.AUTO_CLOSE_TICKET]: {
    variables: ["TICKETNUMBER", "SUBJECT", ...COMMON],
    required: [],
    subject: "Ticket [%TICKETNUMBER%] was closed",
    body:
      "<p>Your ticket [%TICKETNUMBER%] (&quot;[%SUBJECT%]&quot;) was closed on [%DATE%] at [%TIME%] because " +
      "we did not hear back from you.</p><p>Simply reply to this email to re-open it.</p><p>[%COMPANY%]<br>[%PORTALURL%]</p>",
  },
  [EmailTemplateKind.COMMUNITY_ACTIVITY_DIGEST]: {
    variables: ["COMMUNITYACTIVITYLIST", ...COMMON],
    required: [],
    html: ["COMMUNITYACTIVITYLIST"],
    subject: "Community activity at [%COMPANY%]",
    body: "<p>New activity on the threads you follow:</p>[%COMMUNITYACTIVITYLIST%]<p>[%PORTALURL%]</p>",
  },
  [EmailTemplateKind.COMMUNITY_CONVERSATION_NOTIFICATION]: {
    variables: ["USERFROM", "MESSAGETEXT", "PROFILEURL", ...COMMON],
    required: [],
    subject: "[%USERFROM%] sent you a message",
    body: "<p>[%USERFROM%] wrote:</p><blockquote>[%MESSAGETEXT%]</blockquote><p>[%PROFILEURL%]</p><p>[%COMPANY%]</p>",
  },
  [EmailTemplateKind.COMMUNITY_POST_MOVED_NOTIFICATION]: {
    variables: ["NEWSUBJECT", "OLDSUBJECT", "POSTTEXT", "USERNAME", "PROFILEURL", ...COMMON],
    required: [],
    subject: "Your post was moved",
    body:
      "<p>[%USERNAME%], your post &quot;[%OLDSUBJECT%]&quot; was moved to &quot;[%NEWSUBJECT%]&quot;.</p>" +
      "<blockquote>[%POSTTEXT%]</blockquote><p>[%PORTALURL%]</p>",
  },
  [EmailTemplateKind.EMAIL_REJECTED_DUE_TO_LOCK]: {
    variables: ["SUBJECT", "EMAIL", "TICKETNUMBER", ...COMMON],
    required: [],
    subject: "Re: [%SUBJECT%]",
    body:
      "<p>Your email to ticket [%TICKETNUMBER%] could not be added: the ticket is closed and locked.</p>" +
      "<p>Please start a new ticket at [%PORTALURL%] or send a new email without the ticket number.</p><p>[%COMPANY%]</p>",
  },
  [EmailTemplateKind.EMAIL_REJECTED_DUE_TO_NEW_TICKET_REQUIREMENTS]: {
    variables: ["SUBJECT", "EMAIL", ...COMMON],
    required: [],
    subject: "Re: [%SUBJECT%]",
    body:
      "<p>Your email (&quot;[%SUBJECT%]&quot;, from [%EMAIL%]) did not start a ticket: this department accepts " +
      "tickets from registered customers only.</p><p>Please sign in at [%PORTALURL%].</p><p>[%COMPANY%]</p>",
  },
  [EmailTemplateKind.EMAIL_REJECTED_DUE_TO_POLICY]: {
    variables: ["SUBJECT", "EMAIL", ...COMMON],
    required: [],
    subject: "Re: [%SUBJECT%]",
    body:
      "<p>Your email (&quot;[%SUBJECT%]&quot;, from [%EMAIL%]) did not start a ticket: this department does " +
      "not accept tickets by email.</p><p>Please submit your request at [%PORTALURL%].</p><p>[%COMPANY%]</p>",
  },
  [EmailTemplateKind.FORGOT_LOGIN]: {
    variables: ["SITEURL", "USERNAME", "PASSWORD", "CHANGEPASSWORDURL", ...COMMON],
    required: ["PASSWORD"],
    subject: "Your login at [%COMPANY%]",
    body:
      "<p>Username: [%USERNAME%]</p><p>Reset code: [%PASSWORD%]</p><p>Change your password: " +
      "[%CHANGEPASSWORDURL%]</p><p>[%SITEURL%]</p>",
  },
  [EmailTemplateKind.SURVEY]: {
    variables: [
      "TICKETNUMBER",
      "TICKETSUBJECT",
      "SURVEYURL",
      "SURVEYHREF",
      "CUSTOMERNAME",
      "CUSTOMERUSERNAME",
      ...COMMON,
    ],
    required: [],
    html: ["SURVEYURL"],
    subject: "How did we do? Ticket [%TICKETNUMBER%]",
    body:
      "<p>Hello [%CUSTOMERNAME%],</p><p>your ticket [%TICKETNUMBER%] (&quot;[%TICKETSUBJECT%]&quot;) was " +
      "resolved. Please tell us how we did: [%SURVEYURL%]</p><p>[%COMPANY%]</p>",
  },
  [EmailTemplateKind.TICKET_LIST]: {
    variables: ["TICKETLIST", "EMAIL", ...COMMON],
    required: [],
    html: ["TICKETLIST"],
    subject: "Your tickets at [%COMPANY%]",
    body: "<p>The tickets of [%EMAIL%]:</p>[%TICKETLIST%]<p>[%PORTALURL%]</p>",
  },
  [EmailTemplateKind.VERIFY_EMAIL_ADDRESS]: {
    variables: ["USERNAME", "FULLNAME", "EMAIL", "LINK", "URL", ...COMMON],
    required: ["LINK"],
    html: ["LINK"],
    subject: "Please verify your email address",
    body: "<p>Hello [%FULLNAME%],</p><p>please confirm [%EMAIL%]: [%LINK%]</p><p>[%URL%]</p><p>[%COMPANY%]</p>",
  },
};

const VARIABLE = /\[%([A-Z]+)%\]/g;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The [%NAME%] tokens a text uses. */
export function usedVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!))];
}

/**
 * Replaces known variables; a variable without a value becomes empty, an unknown token stays as typed (an
 * administrator sees the mistake in the preview instead of losing text).
 */
export function renderVariables(
  text: string,
  values: Readonly<Record<string, string>>,
  options: { escape: boolean; html?: readonly string[]; known: readonly string[] },
): string {
  return text.replace(VARIABLE, (token, name: string) => {
    if (!options.known.includes(name)) return token;
    const value = values[name] ?? "";
    return options.escape && !options.html?.includes(name) ? escapeHtml(value) : value;
  });
}

/** Plain text of rendered HTML, for the text/plain alternative. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Values every template gets: server date and time, brand name, portal URL (002 L7023-7024). */
export function commonValues(
  brand: { name: string; hostHeaders?: string[] | null },
  now = new Date(),
): Record<string, string> {
  const host = brand.hostHeaders?.[0];
  return {
    DATE: now.toISOString().slice(0, 10),
    TIME: now.toISOString().slice(11, 16) + " UTC",
    COMPANY: brand.name,
    PORTALURL: host ? `https://${host}/` : "",
  };
}
