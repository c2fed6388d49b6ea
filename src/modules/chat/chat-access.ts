import { createHash, randomBytes } from "node:crypto";
import type { FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { departmentScope, groupIdsOf } from "../organization/index.js";
import { PredefinedRole, permissionKey } from "../roles/index.js";
import { ChatParticipant, ChatVisitor, LiveChat } from "./chat.entity.js";

export const CHAT_VIEW = permissionKey("LIVE_CHATS", "VIEW");
export const CHAT_TAKE = permissionKey("LIVE_CHATS", "TAKE");
export const CHAT_TRANSFER = permissionKey("LIVE_CHATS", "TRANSFER");
export const CHAT_VIEW_QUEUE = permissionKey("LIVE_CHATS", "VIEW_QUEUE");
export const CHAT_SEARCH = permissionKey("LIVE_CHATS", "ADVANCED_SEARCH");
export const CHAT_ADD_TICKET = permissionKey("LIVE_CHATS", "ADD_TICKET");

/** Visitor tokens: 32 random bytes, base64url, prefixed so they are recognisable in logs and leaks. */
export function newVisitorToken(): { token: string; hash: string } {
  const token = `dgv_${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashVisitorToken(token) };
}

export function hashVisitorToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Who is acting on a chat: an anonymous visitor (by token), a signed-in user, or an employee. */
export type ChatCaller =
  | { kind: "VISITOR"; visitorId: string; accountId: string | null; name: string }
  | { kind: "USER"; accountId: string; name: string }
  | { kind: "EMPLOYEE"; accountId: string; name: string };

/**
 * The caller of a customer-or-agent operation. A visitor token (the argument, else the one the graphql-ws
 * connection was opened with) wins (a signed-in user may hold one from before signing in); an unknown token
 * is UNAUTHENTICATED, never a guess at another visitor. Employees need the Live Chats View permission.
 */
export async function chatCaller(
  ctx: RequestContext,
  visitorToken: string | null | undefined,
  em: EntityManager = ctx.em,
): Promise<ChatCaller> {
  // The argument, else the graphql-ws connection's own (connectionParams.visitorToken).
  visitorToken ||= ctx.visitorToken;
  if (visitorToken) {
    const visitor = await em.findOne(ChatVisitor, { tokenHash: hashVisitorToken(visitorToken) });
    if (!visitor) throw new UnauthenticatedError("The visitor token is not valid.");
    return {
      kind: "VISITOR",
      visitorId: visitor.id,
      accountId: visitor.user?.id ?? null,
      name: visitor.name,
    };
  }
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedError("Sign in, or send the visitor token startChat returned.");
  if (actor.kind === "USER") return { kind: "USER", accountId: actor.accountId, name: actor.username };
  if (!hasPermission(ctx, CHAT_VIEW))
    throw new ForbiddenError("You do not have permission to do this.", CHAT_VIEW);
  return { kind: "EMPLOYEE", accountId: actor.accountId, name: actor.username };
}

/**
 * Live chats an employee may see (002 L1284: members of the chat's group; seed-D §2.6 as tickets):
 * administrators all; managers their departments'; agents their groups'; everyone the chats they own or
 * take part in.
 */
export async function chatScope(ctx: RequestContext): Promise<FilterQuery<LiveChat>> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== "EMPLOYEE") return { id: { $in: [] } };
  if (actor.roleKeys.has(PredefinedRole.ADMINISTRATOR)) return {};
  const mine: FilterQuery<LiveChat>[] = [
    { agent: actor.accountId },
    { id: { $in: await participantChatIds(ctx, actor.accountId) } },
  ];
  if (actor.roleKeys.has(PredefinedRole.MANAGER)) {
    const scope = await departmentScope(ctx);
    if (scope === "all") return {};
    return { $or: [{ department: { $in: [...scope] } }, ...mine] };
  }
  return { $or: [{ group: { $in: [...(await groupIdsOf(ctx))] } }, ...mine] };
}

async function participantChatIds(ctx: RequestContext, employeeId: string): Promise<string[]> {
  const rows = await ctx.em.find(
    ChatParticipant,
    { employee: employeeId, leftAt: null },
    { fields: ["chat"] },
  );
  return rows.map((r) => r.chat.id);
}

/** Whether this customer-side caller owns the chat (their visitor identity, or their user account). */
export function ownsChat(caller: ChatCaller, chat: LiveChat): boolean {
  if (caller.kind === "VISITOR") return chat.visitor.id === caller.visitorId;
  if (caller.kind === "USER") return chat.user?.id === caller.accountId;
  return false;
}

/**
 * The chat by global id for this caller: NOT_FOUND when missing (or deleted, for customers), FORBIDDEN when
 * it is another visitor's or outside the employee's scope.
 */
export async function chatFor(
  ctx: RequestContext,
  caller: ChatCaller,
  globalId: string,
  field = "chatId",
): Promise<LiveChat> {
  const id = fromGlobalId(globalId, "LiveChat", field);
  const chat = await ctx.em.findOne(LiveChat, { id }, { refresh: true });
  if (!chat || (caller.kind !== "EMPLOYEE" && chat.deletedAt)) throw new NotFoundError("Live chat", globalId);
  if (caller.kind === "EMPLOYEE") {
    if (!(await ctx.em.count(LiveChat, { $and: [{ id }, await chatScope(ctx)] })))
      throw new ForbiddenError("This live chat is outside your departments and groups.");
  } else if (!ownsChat(caller, chat)) {
    throw new ForbiddenError("This live chat is not yours.");
  }
  return chat;
}

/** An employee-only operation's chat (the resolver checked the permission). */
export async function visibleChat(
  ctx: RequestContext,
  globalId: string,
  field = "chatId",
): Promise<LiveChat> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== "EMPLOYEE") throw new ForbiddenError("Live chats are for employees.");
  return chatFor(
    ctx,
    { kind: "EMPLOYEE", accountId: actor.accountId, name: actor.username },
    globalId,
    field,
  );
}

/** Whether a visitor token is one we issued (graphql-ws connectionParams are checked with it at connect). */
export async function isVisitorToken(em: EntityManager, token: string): Promise<boolean> {
  return (await em.count(ChatVisitor, { tokenHash: hashVisitorToken(token) })) > 0;
}
