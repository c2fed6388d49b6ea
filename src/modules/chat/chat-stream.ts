import { Repeater } from "@repeaterjs/repeater";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { createRequestContext } from "../../core/context/context.js";
import { perEvent, subscriberKey } from "../../core/events/per-event.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { ChatMessageKind } from "./chat.enums.js";
import type { ChatCaller } from "./chat-access.js";
import { CHAT_VIEW, chatCaller, chatFor, chatScope } from "./chat-access.js";
import { Account } from "../accounts/index.js";
import { effectivePermissions } from "../roles/index.js";
import type { ChatEventPayload } from "./chat.events.js";
import { chatTopic, messageEvent } from "./chat.events.js";

/** Whether this event may go to this subscriber: customers get no coaching and no typing previews of their own. */
function visibleTo(caller: ChatCaller, event: ChatEventPayload): boolean {
  const customer = caller.kind !== "EMPLOYEE";
  if (event.kind === "MESSAGE") return !(customer && event.messageKind === ChatMessageKind.COACHING);
  if (event.kind === "TYPING" || event.kind === "READ") return !(customer && event.side === "CUSTOMER");
  return true;
}

/**
 * Re-authorization per event: an employee's roles or groups may have changed since subscribing (a fresh
 * context recomputes the scope); a customer's chat may have been deleted. A visitor's identity is the
 * token, checked once: it cannot be reassigned.
 */
function stillAllowed(
  ctx: RequestContext,
  caller: ChatCaller,
  chatId: string,
  event: ChatEventPayload,
): Promise<boolean> {
  // Per event, once per account (or once for the chat's customers): co-chatting agents' sockets share it.
  const who = caller.kind === "EMPLOYEE" ? subscriberKey(ctx.actor!) : "customer";
  return perEvent(event, `chat-allowed:${chatId}:${who}`, () => checkAllowed(ctx, caller, chatId));
}

async function checkAllowed(ctx: RequestContext, caller: ChatCaller, chatId: string): Promise<boolean> {
  const em = ctx.app.orm.em.fork() as EntityManager;
  if (caller.kind !== "EMPLOYEE") return (await em.count(LiveChat, { id: chatId, deletedAt: null })) > 0;
  const actor = ctx.actor!;
  const account = await em.findOne(Account, { id: actor.accountId }, { populate: ["roles"] });
  if (!account || account.disabled) return false;
  const roles = account.roles.getItems();
  const now = effectivePermissions(roles);
  // An API token's scopes only narrow: keep what both the token and the roles grant.
  const permissions = new Set([...actor.permissions].filter((p) => now.has(p)));
  if (!permissions.has(CHAT_VIEW)) return false;
  const roleKeys = new Set(roles.flatMap((r) => (r.predefined ? [r.predefined] : [])));
  const fresh = createRequestContext(ctx.app, { ...actor, permissions, roleKeys }, { transport: "ws" });
  return (await fresh.em.count(LiveChat, { $and: [{ id: chatId }, await chatScope(fresh)] })) > 0;
}

async function messagesBetween(
  em: EntityManager,
  caller: ChatCaller,
  chatId: string,
  after: number,
  before: number,
) {
  const where: Record<string, unknown> = {
    chat: chatId,
    seq: { $gt: after, ...(before > 0 ? { $lt: before } : {}) },
  };
  if (caller.kind !== "EMPLOYEE") where.kind = { $ne: ChatMessageKind.COACHING };
  return em.find(ChatMessage, where, { orderBy: { seq: "asc" }, limit: 1000 });
}

/**
 * The events of one chat for one subscriber, in sequence order without gaps: with afterSeq, the stored
 * messages after it come first (a reconnecting client catches up); a live message whose sequence skips
 * ahead (an event lost on the way, or two instances publishing out of order) is preceded by the stored
 * ones in between. Messages are stored before they are published, so nothing is lost.
 */
export async function chatEventStream(
  ctx: RequestContext,
  chatId: string,
  visitorToken: string | null | undefined,
  afterSeq: number | null | undefined,
): Promise<AsyncIterable<ChatEventPayload>> {
  const caller = await chatCaller(ctx, visitorToken);
  const chat = await chatFor(ctx, caller, chatId);
  const app = ctx.app;
  return new Repeater<ChatEventPayload>(async (push, stop) => {
    const topic = app.pubsub.subscribe(chatTopic(chat.id)) as AsyncIterable<ChatEventPayload>;
    const source = topic[Symbol.asyncIterator]();
    let pending = source.next(); // attaches the listener before the backlog is read
    let stopped = false;
    const stopping = stop.then(() => {
      stopped = true;
      return { done: true, value: undefined } as IteratorResult<ChatEventPayload>;
    });
    const em = () => app.orm.em.fork() as EntityManager;
    try {
      let delivered = afterSeq ?? (await em().findOneOrFail(LiveChat, { id: chat.id })).lastSeq;
      if (afterSeq !== null && afterSeq !== undefined) {
        for (const m of await messagesBetween(em(), caller, chat.id, afterSeq, 0)) {
          await push(messageEvent(m));
          delivered = Math.max(delivered, m.seq);
        }
      }
      while (!stopped) {
        const result = await Promise.race([pending, stopping]);
        if (result.done) break;
        pending = source.next();
        const event = result.value;
        if (event.kind === "MESSAGE" && event.seq !== undefined) {
          if (event.seq <= delivered) continue;
          if (event.seq > delivered + 1) {
            for (const m of await messagesBetween(em(), caller, chat.id, delivered, event.seq))
              await push(messageEvent(m));
          }
          delivered = event.seq;
        }
        if (!visibleTo(caller, event)) continue;
        if (!(await stillAllowed(ctx, caller, chat.id, event))) {
          stop();
          break;
        }
        await push(event);
      }
    } catch (error) {
      stop(error);
    } finally {
      await source.return?.();
    }
  });
}
