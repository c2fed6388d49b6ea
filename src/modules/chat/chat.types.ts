import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { UserError } from "../../core/graphql/user-error.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { ChatEventKind } from "./chat.enums.js";
import { DepartmentChatSettings, LiveChatSettings } from "./chat-settings.entity.js";

export enum ChatSide {
  CUSTOMER = "CUSTOMER",
  AGENT = "AGENT",
}
registerEnumType(ChatSide, {
  name: "ChatSide",
  description: "Which side of a chat someone is on.",
  valuesConfig: {
    CUSTOMER: { description: "The visitor or signed-in user." },
    AGENT: { description: "An employee in the chat." },
  },
});

export enum ChatOfflineReason {
  HOLIDAY = "HOLIDAY",
  OUTSIDE_BUSINESS_HOURS = "OUTSIDE_BUSINESS_HOURS",
  NO_AGENTS = "NO_AGENTS",
}
registerEnumType(ChatOfflineReason, {
  name: "ChatOfflineReason",
  description: "Why live chat is offline for a department.",
  valuesConfig: {
    HOLIDAY: { description: "Today is a holiday of the department (or its brand)." },
    OUTSIDE_BUSINESS_HOURS: { description: "Outside business hours, and the settings disallow chats then." },
    NO_AGENTS: { description: "No agent receives live chats in the group right now." },
  },
});

@ObjectType({ description: "Whether a department takes live chats now (polled at the link's Refresh Rate)." })
export class LiveChatAvailability {
  @Field({ description: "True when a new chat may start." })
  online!: boolean;

  @Field(() => ChatOfflineReason, { nullable: true, description: "Why not; null when online." })
  reason!: ChatOfflineReason | null;

  @Field(() => String, {
    nullable: true,
    description: "The department's Not Available Message when offline.",
  })
  message!: string | null;
}

@ObjectType({ description: "Result of startChat." })
export class StartChatPayload {
  @Field(() => LiveChat, { nullable: true, description: "The new chat (queued or already with an agent)." })
  chat?: LiveChat | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The visitor token: keep it to reconnect to this chat (chatEvents, sendChatMessage …). Shown once; " +
      "the server stores only its hash.",
  })
  visitorToken?: string | null;

  @Field(() => [UserError], { description: "CHAT_OFFLINE, PROVIDER_REFUSED, validation errors." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of leaveChatMessage." })
export class LeaveChatMessagePayload {
  @Field(() => String, { nullable: true, description: "The ticket number the message became." })
  ticketNumber?: string | null;

  @Field(() => [UserError], { description: "Validation errors; nothing was stored when present." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a mutation that adds a chat message." })
export class ChatMessagePayload {
  @Field(() => ChatMessage, { nullable: true, description: "The stored message." })
  message?: ChatMessage | null;

  @Field(() => [UserError], { description: "CHAT_ENDED, MESSAGE_TOO_LONG, EMPTY_MESSAGE, NOT_IN_CHAT …" })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a mutation on one chat." })
export class ChatPayload {
  @Field(() => LiveChat, { nullable: true, description: "The chat as it is now." })
  chat?: LiveChat | null;

  @Field(() => [UserError], { description: "Rule refusals; nothing changed when present." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a mutation on several chats." })
export class ChatsPayload {
  @Field(() => [LiveChat], { nullable: true, description: "The chats changed; null when refused." })
  chats?: LiveChat[] | null;

  @Field(() => [UserError], { description: "Rule refusals; nothing changed when present." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setChatTyping and markChatRead." })
export class ChatSignalPayload {
  @Field({ description: "True when the signal was sent." })
  ok!: boolean;

  @Field(() => [UserError], { description: "CHAT_ENDED and the like." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of updateLiveChatSettings." })
export class LiveChatSettingsPayload {
  @Field(() => LiveChatSettings, { nullable: true, description: "The settings now." })
  settings?: LiveChatSettings | null;

  @Field(() => [UserError], { description: "Out-of-range values." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of updateDepartmentChatSettings." })
export class DepartmentChatSettingsPayload {
  @Field(() => DepartmentChatSettings, { nullable: true, description: "The settings now." })
  settings?: DepartmentChatSettings | null;

  @Field(() => [UserError], { description: "Validation errors." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Someone started or stopped typing." })
export class ChatTyping {
  @Field(() => ChatSide, { description: "Customer or agent." })
  side!: ChatSide;

  @Field({ description: "Display name of who is typing." })
  name!: string;

  @Field({ description: "True while typing." })
  typing!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "What the customer is typing so far (agents only, 002 L1264); always null for customers.",
  })
  preview!: string | null;
}

@ObjectType({ description: "Someone read a chat up to a message." })
export class ChatRead {
  @Field(() => ChatSide, { description: "Customer or agent." })
  side!: ChatSide;

  @Field({ description: "Display name of the reader." })
  name!: string;

  @Field(() => Int, { description: "Read up to this sequence number." })
  seq!: number;
}

@ObjectType({ description: "One emission of chatEvents." })
export class ChatEvent {
  @Field(() => ChatEventKind, { description: "What happened." })
  kind!: ChatEventKind;

  @Field(() => ID, { description: "The chat (LiveChat global id)." })
  chatId!: string;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  occurredAt!: Date;

  @Field(() => ChatMessage, { nullable: true, description: "MESSAGE: the message." })
  message!: ChatMessage | null;

  @Field(() => ChatTyping, { nullable: true, description: "TYPING: who and (for agents) the preview." })
  typing!: ChatTyping | null;

  @Field(() => ChatRead, { nullable: true, description: "READ: who read up to where." })
  read!: ChatRead | null;

  @Field(() => LiveChat, { nullable: true, description: "STATUS: the chat as it is now." })
  chat!: LiveChat | null;
}

@ObjectType({ description: "Result of emailChatTranscript." })
export class EmailChatTranscriptPayload {
  @Field(() => LiveChat, { nullable: true, description: "The chat whose transcript was queued." })
  chat?: LiveChat | null;

  @Field(() => [String], { nullable: true, description: "Where the transcript is going." })
  recipients?: string[] | null;

  @Field(() => [UserError], {
    description:
      "CHAT_NOT_ENDED, CHAT_DELETED, NO_RECIPIENT, INVALID_EMAIL, TOO_MANY_RECIPIENTS, NOT_ALLOWED (a " +
      "customer naming another address), ALREADY_SENT (the customer's one copy), NO_SMTP_ACCOUNT.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of purgeDeletedLiveChats." })
export class PurgeDeletedLiveChatsPayload {
  @Field(() => Int, { nullable: true, description: "How many chats were purged." })
  purgedCount?: number | null;

  @Field(() => [UserError], { description: "Validation errors." })
  userErrors!: UserError[];
}
