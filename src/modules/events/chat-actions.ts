import { automationAddSystemMessage, automationEndChat, automationTransferChat } from "../chat/index.js";
import type { EventActionContext, EventActionHandler } from "./action-registry.js";

/*
 * The Live Chat actions (002 L8419-8428), carried out by the chat module's automation functions in the
 * evaluating transaction: the chat is locked, the usual system messages and chat.* domain events are
 * recorded (so a rule's own change does not re-trigger it: the loop guard sees its cause), and the
 * subscriptions hear about it after the commit. A chat that has ended meanwhile is NOT_APPLICABLE.
 */

/** Who the customer sees acting: the help desk, not the rule's (internal) name. */
const BY = "The help desk";

function chatId(ctx: EventActionContext): string {
  if (ctx.event.subject.type !== "LiveChat") throw new Error("This action needs a live chat event.");
  return String(ctx.facts.chatId ?? ctx.event.subject.id);
}

const gone = { outcome: "NOT_APPLICABLE" as const, message: "the chat has ended or no longer exists" };

export const addSystemMessage: EventActionHandler = async (ctx) => {
  const text = ctx.render(ctx.action.parameters.text ?? "").trim();
  if (!text) return { outcome: "NOT_APPLICABLE", message: "no text" };
  return (await automationAddSystemMessage(ctx.app, ctx.em, chatId(ctx), text))
    ? { message: `system message: ${text.slice(0, 200)}` }
    : gone;
};

export const endChat: EventActionHandler = async (ctx) =>
  (await automationEndChat(ctx.app, ctx.em, chatId(ctx), BY)) ? { message: "chat ended" } : gone;

export const transferLiveChat: EventActionHandler = async (ctx) => {
  const { groupId, agentId } = ctx.action.parameters;
  if (!groupId) return { outcome: "NOT_APPLICABLE", message: "the rule names no group" };
  const moved = await automationTransferChat(ctx.app, ctx.em, chatId(ctx), { groupId, agentId }, BY);
  return moved
    ? { message: `transferred to group ${groupId}${agentId ? ` / agent ${agentId}` : ""}` }
    : { outcome: "NOT_APPLICABLE", message: "already there, or the chat has ended" };
};
