import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, ID, Int, Resolver, Root, Subscription } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { createRequestContext } from "../../core/context/context.js";
import { Public, RequirePermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { ChatEventKind } from "./chat.enums.js";
import { CHAT_VIEW, chatScope } from "./chat-access.js";
import type { ChatEventPayload } from "./chat.events.js";
import { CHAT_ACTIVITY_TOPIC } from "./chat.events.js";
import { chatEventStream } from "./chat-stream.js";
import { ChatEvent, ChatSide } from "./chat.types.js";

interface ChatEventsArgs {
  chatId: string;
  visitorToken?: string | null;
  afterSeq?: number | null;
}

async function toChatEvent(ctx: RequestContext, event: ChatEventPayload): Promise<ChatEvent> {
  const em = ctx.app.orm.em.fork() as EntityManager;
  const result: ChatEvent = {
    kind: ChatEventKind[event.kind],
    chatId: toGlobalId("LiveChat", event.chatId),
    occurredAt: new Date(event.occurredAt),
    message: null,
    typing: null,
    read: null,
    chat: null,
  };
  if (event.kind === "MESSAGE" && event.messageId)
    result.message = await em.findOne(ChatMessage, { id: event.messageId });
  if (event.kind === "STATUS") result.chat = await em.findOne(LiveChat, { id: event.chatId });
  const side = event.side === "CUSTOMER" ? ChatSide.CUSTOMER : ChatSide.AGENT;
  if (event.kind === "TYPING")
    result.typing = {
      side,
      name: event.name ?? "",
      typing: Boolean(event.typing),
      preview: ctx.actor?.kind === "EMPLOYEE" ? (event.preview ?? null) : null,
    };
  if (event.kind === "READ") result.read = { side, name: event.name ?? "", seq: event.readSeq ?? 0 };
  return result;
}

@Resolver()
export class ChatSubscriptionResolver {
  @Subscription(() => ChatEvent, {
    subscribe: ({ args, context }) => {
      const a = args as ChatEventsArgs;
      return chatEventStream(context as RequestContext, a.chatId, a.visitorToken, a.afterSeq);
    },
    description:
      "Everything that happens in one chat, in sequence order: messages (system ones included), typing, " +
      "read state, status changes. For the chat's customer (visitorToken, or the signed-in user) and " +
      "employees with Live Chats View who may see the chat; re-authorized at every event. Customers never " +
      "receive coaching messages nor typing previews. With afterSeq, stored messages after it come first " +
      "(resume after a reconnect).",
  })
  @Public()
  chatEvents(
    @Root() event: ChatEventPayload,
    @Ctx() ctx: RequestContext,
    @Arg("chatId", () => ID, { description: "The chat." }) _chatId: string,
    @Arg("visitorToken", () => String, {
      nullable: true,
      description: "The visitor token (anonymous visitors).",
    })
    _visitorToken: string | null,
    @Arg("afterSeq", () => Int, {
      nullable: true,
      description: "Replay stored messages after this sequence number before live events.",
    })
    _afterSeq: number | null,
  ): Promise<ChatEvent> {
    return toChatEvent(ctx, event);
  }

  @Subscription(() => ChatEvent, {
    topics: CHAT_ACTIVITY_TOPIC,
    filter: async ({ payload, context }: { payload: ChatEventPayload; context: RequestContext }) => {
      // A fresh context per event: the subscription's own lives as long as the socket.
      const fresh = createRequestContext(context.app, context.actor, { transport: "ws" });
      return (await fresh.em.count(LiveChat, { $and: [{ id: payload.chatId }, await chatScope(fresh)] })) > 0;
    },
    description:
      "Status changes (queued, assigned, transferred, ended) of every chat in your scope: for queue and " +
      "active-chat lists (Live Chats View).",
  })
  @RequirePermission(CHAT_VIEW)
  liveChatActivity(@Root() event: ChatEventPayload, @Ctx() ctx: RequestContext): Promise<ChatEvent> {
    return toChatEvent(ctx, event);
  }
}
