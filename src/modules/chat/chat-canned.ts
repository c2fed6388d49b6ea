import type { RequestContext } from "../../core/context/context.js";
import { AppError, ErrorCode, ForbiddenError } from "../../core/errors/app-errors.js";
import { hasPermission } from "../../core/graphql/authorization.js";
import { Employee, User } from "../accounts/index.js";
import { CannedReplyType, substitute, visibleReply } from "../canned-replies/index.js";
import type { CannedReply } from "../canned-replies/index.js";
import { Brand, Department } from "../organization/index.js";
import { permissionKey } from "../roles/index.js";
import { getInstallation } from "../system/index.js";
import type { LiveChat } from "./chat.entity.js";
import { visibleChat } from "./chat-access.js";

const INSERT = permissionKey("CANNED_REPLIES", "VIEW_INSERT");

function localDateTime(now: Date, timeZone: string): { date: string; time: string } {
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

/** The canned-reply variables for a chat: the ticket names where they make sense (docs/chat.md). */
async function chatValues(ctx: RequestContext, chat: LiveChat): Promise<Record<string, string>> {
  const [agent, department, brand, installation] = await Promise.all([
    ctx.em.findOneOrFail(Employee, { id: ctx.actor!.accountId }),
    ctx.em.findOneOrFail(Department, { id: chat.department.id }),
    ctx.em.findOneOrFail(Brand, { id: chat.brand.id }),
    getInstallation(ctx.em),
  ]);
  const username = chat.user ? await ctx.em.findOne(User, { id: chat.user.id }) : null;
  const { date, time } = localDateTime(new Date(), agent.timeZone ?? installation.timeZone);
  const email = chat.customerEmail ?? "";
  return {
    TICKETNUMBER: String(chat.chatNumber),
    CHATNUMBER: String(chat.chatNumber),
    SUBJECT: chat.initialQuestion,
    TICKETSUBJECT: chat.initialQuestion,
    CUSTOMERNAME: chat.customerName,
    CUSTOMERUSERNAME: username?.username ?? "",
    CUSTOMEREMAIL: email,
    EMAIL: email,
    DEPARTMENT: department.name,
    AGENTNAME: agent.displayName,
    AGENTEMAIL: agent.email ?? "",
    COMPANY: brand.name,
    BRANDNAME: brand.name,
    DATE: date,
    TIME: time,
  };
}

function assertChatType(reply: CannedReply): void {
  if (reply.type === CannedReplyType.TICKETS)
    throw new AppError(ErrorCode.BAD_USER_INPUT, "This canned reply is for tickets only.", {
      field: ["input", "cannedReplyId"],
      reason: "WRONG_TYPE",
    });
}

/** HTML body to chat text: line breaks kept, tags dropped, the common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6])>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The text a canned reply sends into a chat (sendChatMessage with cannedReplyId). */
export async function renderChatCannedReply(
  ctx: RequestContext,
  replyGlobalId: string,
  chat: LiveChat,
): Promise<{ text: string }> {
  if (!hasPermission(ctx, INSERT)) throw new ForbiddenError("You may not insert canned replies.", INSERT);
  const reply = await visibleReply(ctx, replyGlobalId, "cannedReplyId");
  assertChatType(reply);
  const values = await chatValues(ctx, chat);
  // Substitute on the text form: values go in as written (chat text is plain; clients escape it).
  const text = htmlToText(reply.body).replace(
    /\[%([A-Za-z0-9_]+)%\]/g,
    (whole, name: string) => values[name.toUpperCase()] ?? whole,
  );
  return { text };
}

/** renderCannedReply(chatId) of the canned-replies module: HTML-escaped values, as for tickets. */
export async function renderForCannedReplies(ctx: RequestContext, reply: CannedReply, chatGlobalId: string) {
  const chat = await visibleChat(ctx, chatGlobalId);
  const { html, unknown } = substitute(reply.body, await chatValues(ctx, chat));
  return { html, unknown };
}
