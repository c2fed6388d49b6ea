import { Field, ID, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { CustomFieldValueInput } from "../custom-fields/index.js";
import { ChatParticipantRole, ChatSearchIn, ChatSortOrder, ChatStatus } from "./chat.enums.js";

const TOKEN = "The visitor token startChat returned (anonymous visitors); signed-in callers leave it out.";

@InputType({ description: "Starts a live chat through a department (002 L3310-3314)." })
export class StartChatInput {
  @Field(() => ID, { description: "The department to chat with." })
  departmentId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A group of that department; default its front line group.",
  })
  groupId?: string | null;

  @Field({ description: "The name the customer would like to be called during the chat." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The customer's email address (optional)." })
  email?: string | null;

  @Field({ description: "The initial question: becomes the chat's first message." })
  question!: string;

  @Field(() => [CustomFieldValueInput], {
    nullable: true,
    description: "Pre-chat custom fields of the department's live chat template.",
  })
  customFields?: CustomFieldValueInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: "A visitor token from an earlier chat: the new chat joins the same visitor identity.",
  })
  visitorToken?: string | null;
}

@InputType({ description: "Leaves a message while chat is offline: it becomes a ticket (002 L3505)." })
export class LeaveChatMessageInput {
  @Field(() => ID, { description: "The department the message is for." })
  departmentId!: string;

  @Field({ description: "The customer's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Where replies go; required unless signed in." })
  email?: string | null;

  @Field({ description: "The message (the ticket's first message; its first line is the subject)." })
  message!: string;

  @Field(() => [CustomFieldValueInput], {
    nullable: true,
    description: "The department's ticket custom fields.",
  })
  customFields?: CustomFieldValueInput[] | null;
}

@InputType({ description: "A message to a live chat from its customer or one of its agents." })
export class SendChatMessageInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The text (plain). Give this or cannedReplyId (agents), not both.",
  })
  body?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Agents: send this canned reply (type CHATS or BOTH), variables filled in for the chat.",
  })
  cannedReplyId?: string | null;

  @Field(() => String, { nullable: true, description: TOKEN })
  visitorToken?: string | null;
}

@InputType({ description: "A coaching (whisper) message: agents see it, the customer never does." })
export class SendCoachingMessageInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field({ description: "The text." })
  body!: string;
}

@InputType({ description: "Typing indicator of the caller in a chat." })
export class SetChatTypingInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field({ description: "True while typing; false when stopped or cleared." })
  typing!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Customers: what they are typing so far, shown to agents (002 L1264); ignored for agents.",
  })
  preview?: string | null;

  @Field(() => String, { nullable: true, description: TOKEN })
  visitorToken?: string | null;
}

@InputType({ description: "Marks the chat read up to a message." })
export class MarkChatReadInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field(() => Int, { description: "Read every message up to this sequence number." })
  seq!: number;

  @Field(() => String, { nullable: true, description: TOKEN })
  visitorToken?: string | null;
}

@InputType({ description: "Ends a chat (the customer, or an agent of it)." })
export class EndChatInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field(() => String, { nullable: true, description: TOKEN })
  visitorToken?: string | null;
}

@InputType({ description: "An agent takes a chat from the queue or from another agent (002 L3409)." })
export class TakeChatInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;
}

@InputType({ description: "Joins a chat as co-chat agent or coach (002 L1268, L3466-3488)." })
export class JoinChatInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field(() => ChatParticipantRole, {
    description: "CO_CHAT (writes to the customer) or COACH (whispers only).",
  })
  role!: ChatParticipantRole;
}

@InputType({ description: "Leaves a chat joined as co-chat or coach." })
export class LeaveChatInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;
}

@InputType({ description: "Transfers a chat to an agent, a group or a department (002 L3488-3501)." })
export class TransferChatInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field(() => ID, { nullable: true, description: "The new agent (a member of the target group)." })
  agentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The new group; default the chat's group, or the department's front line.",
  })
  groupId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The new department (its front line group unless groupId is given).",
  })
  departmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A note for the agents (shown in the transfer message).",
  })
  comment?: string | null;
}

@InputType({ description: "Links a chat to a ticket (Live Chat Attached to Ticket, 002 L8355)." })
export class AttachChatToTicketInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;

  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;
}

@InputType({ description: "Removes a chat's ticket link." })
export class DetachChatFromTicketInput {
  @Field(() => ID, { description: "The chat." })
  chatId!: string;
}

@InputType({ description: "Chats to delete or restore." })
export class LiveChatIdsInput {
  @Field(() => [ID], { description: "The chats (at most 100)." })
  chatIds!: string[];
}

@InputType({ description: "Live chat advanced search, General Criteria (002 L3537-3561)." })
export class LiveChatSearchInput {
  @Field(() => ChatSearchIn, { nullable: true, description: "Search In (default NOT_DELETED)." })
  searchIn?: ChatSearchIn | null;

  @Field(() => Int, { nullable: true, description: "Chat Number." })
  chatNumber?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Search String: all sections of the chats (question and messages).",
  })
  searchString?: string | null;

  @Field(() => String, { nullable: true, description: "Email Address (contains, case-insensitive)." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Customer Name (contains, case-insensitive)." })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: "Customer Username (exact, case-insensitive)." })
  customerUsername?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Date Range start (chat started at or after).",
  })
  startedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date Range end (chat started before)." })
  startedTo?: Date | null;

  @Field(() => ID, { nullable: true, description: "Group." })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "Agent (Employee)." })
  agentId?: string | null;

  @Field(() => ChatStatus, { nullable: true, description: "Status." })
  status?: ChatStatus | null;

  @Field(() => ChatSortOrder, { nullable: true, description: "Sort Results (default NEWEST_FIRST)." })
  sort?: ChatSortOrder | null;

  @Field(() => Int, { nullable: true, description: "Max Results (default 50, at most 500)." })
  maxResults?: number | null;

  @Field(() => [CustomFieldValueInput], {
    nullable: true,
    description:
      "Custom Fields (002 L3559-3561): each given Data field (by id or name) must hold the value; text " +
      "fields contain it (case-insensitive), others equal it. BAD_USER_INPUT for an unknown field.",
  })
  customFields?: CustomFieldValueInput[] | null;
}

@InputType({ description: "System-wide live chat settings to change; fields left out keep their value." })
export class UpdateLiveChatSettingsInput {
  @Field(() => Boolean, { nullable: true, description: "Disallow new chats outside of business hours." })
  disallowOutsideBusinessHours?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Longest message in characters (1-100000)." })
  maxMessageLength?: number | null;

  @Field(() => Int, { nullable: true, description: "Messages per window per sender (1-10000)." })
  rateLimitMessages?: number | null;

  @Field(() => Int, { nullable: true, description: "The flood window in seconds (1-3600)." })
  rateLimitWindowSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Seconds without messages before a chat is idle (1 or more).",
  })
  idleAfterSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: "Seconds idle before a chat ends; 0 = never." })
  endIdleAfterSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: "Seconds queued before a chat is abandoned; 0 = never." })
  abandonQueuedAfterSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Hand-off - no initial response, in seconds; 0 = off.",
  })
  handOffNoInitialResponseSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Hand-off - no follow-up response, in seconds; 0 = off.",
  })
  handOffNoFollowUpSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Hand-off - agent disconnected, in seconds after the presence grace period; 0 = off.",
  })
  handOffAgentDisconnectedSeconds?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Allow end users to send attachments." })
  allowCustomerAttachments?: boolean | null;
}

@InputType({ description: "A department's live chat settings to change; fields left out keep their value." })
export class UpdateDepartmentChatSettingsInput {
  @Field(() => ID, { description: "The department." })
  departmentId!: string;

  @Field(() => Boolean, { nullable: true, description: "Show position in the queue to user while waiting." })
  showQueuePosition?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Waiting for Live Chat (may hold #QueueCount#); "" clears.',
  })
  waitingMessage?: string | null;

  @Field(() => String, { nullable: true, description: 'Agent Welcome in Live Chat; "" clears.' })
  agentWelcomeMessage?: string | null;

  @Field(() => String, { nullable: true, description: 'After Live Chat; "" clears.' })
  afterChatMessage?: string | null;

  @Field(() => String, { nullable: true, description: 'Not Available Message; "" clears.' })
  notAvailableMessage?: string | null;

  @Field(() => String, { nullable: true, description: 'Survey to Offer After Chat (its URL); "" clears.' })
  surveyUrl?: string | null;

  @Field(() => Int, { nullable: true, description: "Auto-Delete After, in days (1-36500); 0 = never." })
  autoDeleteAfterDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Email the transcript to the customer's address when a chat ends.",
  })
  emailTranscriptOnEnd?: boolean | null;
}

@InputType({ description: "Email Transcript of an ended chat (002 L3424, L3428, L360)." })
export class EmailChatTranscriptInput {
  @Field(() => ID, { description: "The chat (ended)." })
  chatId!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      "Recipients (employees only; each entry may hold several separated by semicolons, at most 10 in " +
      "all). Default: the address the customer gave. Customers may only name their own address.",
  })
  emails?: string[] | null;

  @Field(() => String, { nullable: true, description: TOKEN })
  visitorToken?: string | null;
}

@InputType({ description: "Permanently removes live chats deleted before a moment." })
export class PurgeDeletedLiveChatsInput {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Purge chats deleted before this moment; default 90 days ago (002 L3517, L7946).",
  })
  olderThan?: Date | null;
}
