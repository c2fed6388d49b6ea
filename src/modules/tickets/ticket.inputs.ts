import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { CustomFieldValueInput } from "../custom-fields/index.js";
import { CommentType, TicketDirection, TicketPriority, TicketStatus } from "./ticket.enums.js";

@InputType({ description: "A message body with its copies (002 L2962-2970)." })
export class TicketMessageInput {
  @Field(() => String, { nullable: true, description: "HTML body." })
  htmlBody?: string | null;

  @Field(() => String, { nullable: true, description: "Plain-text body." })
  textBody?: string | null;

  @Field(() => [String], { nullable: true, description: "Carbon-copy addresses." })
  cc?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Blind-copy addresses (agents only)." })
  bcc?: string[] | null;
}

@InputType({ description: "A new ticket created by an agent or through the API (002 L2946-2983)." })
export class CreateTicketInput {
  @Field({ description: "Subject." })
  subject!: string;

  @Field(() => ID, { description: "Department (required)." })
  departmentId!: string;

  @Field(() => ID, { nullable: true, description: "Group; default the department's front line group." })
  groupId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Assign to this agent (must be in the group); else distribution decides.",
  })
  agentId?: string | null;

  @Field(() => ID, { nullable: true, description: "The requester's user account; or give requesterEmail." })
  requesterId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The requester's email; an unknown address gets a user account.",
  })
  requesterEmail?: string | null;

  @Field(() => TicketDirection, {
    nullable: true,
    description: "Incoming (default) or outgoing (002 L2948).",
  })
  direction?: TicketDirection | null;

  @Field(() => TicketPriority, { nullable: true, description: "Priority (default NORMAL)." })
  priority?: TicketPriority | null;

  @Field(() => TicketStatus, {
    nullable: true,
    description: "Send and Mark …: default ACTIVE inbound, WAITING outbound.",
  })
  status?: TicketStatus | null;

  @Field(() => TicketMessageInput, { nullable: true, description: "The initial message." })
  message?: TicketMessageInput | null;
  @Field(() => [CustomFieldValueInput], {
    nullable: true,
    description:
      "Custom field values of the department's ticket template (Required for Agents to save or send applies; defaults fill the rest).",
  })
  customFields?: CustomFieldValueInput[] | null;
}

@InputType({ description: "A ticket submitted in the portal by a user or an anonymous visitor." })
export class SubmitTicketInput {
  @Field({ description: "Subject." })
  subject!: string;

  @Field(() => ID, {
    description: "Department; must allow the caller's roles to submit (New Tickets in Portal).",
  })
  departmentId!: string;

  @Field(() => String, { nullable: true, description: "Required for anonymous visitors: replies go there." })
  email?: string | null;

  @Field(() => TicketMessageInput, { description: "The message (a body is required)." })
  message!: TicketMessageInput;
  @Field(() => [CustomFieldValueInput], {
    nullable: true,
    description:
      "Custom field values of the department's ticket template visible to users (Required by Users applies).",
  })
  customFields?: CustomFieldValueInput[] | null;
}

@InputType({
  description:
    "A file uploaded inline as base64. Its content type is sniffed from the bytes; the size limit is " +
    "TicketSettings.maxAttachmentBytes (default 2 MB) and the whole request must fit MAX_REQUEST_BYTES.",
})
export class AttachmentUploadInput {
  @Field({ description: "File name (directories are stripped; at most 255 characters)." })
  fileName!: string;

  @Field({ description: "The bytes, standard base64 (RFC 4648 §4), padding optional." })
  contentBase64!: string;
}

@InputType({ description: "An agent's reply (002 L3113-3134)." })
export class ReplyToTicketInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => TicketMessageInput, { description: "The reply." })
  message!: TicketMessageInput;

  @Field(() => TicketStatus, {
    nullable: true,
    description: "Send and Mark …: status after sending (default WAITING).",
  })
  status?: TicketStatus | null;

  @Field(() => [AttachmentUploadInput], {
    nullable: true,
    description: "Files sent with the reply (each within TicketSettings.maxAttachmentBytes).",
  })
  attachments?: AttachmentUploadInput[] | null;
}

@InputType({ description: "A requester's reply from the portal." })
export class ReplyToMyTicketInput {
  @Field(() => ID, { description: "The ticket (must be the caller's)." })
  ticketId!: string;

  @Field(() => TicketMessageInput, { description: "The reply." })
  message!: TicketMessageInput;
}

@InputType({ description: "An internal comment (002 L2998)." })
export class AddTicketCommentInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => CommentType, {
    nullable: true,
    description: "Kind (default GENERAL); RESOLUTION needs TICKETS_ADD_RESOLUTION.",
  })
  type?: CommentType | null;

  @Field({ description: "The text." })
  text!: string;
}

@InputType({ description: "A status change (002 L2870-2875)." })
export class ChangeTicketStatusInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => TicketStatus, { description: "New status." })
  status!: TicketStatus;
}

@InputType({ description: "A priority change (002 L2880-2884)." })
export class ChangeTicketPriorityInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => TicketPriority, { description: "New priority." })
  priority!: TicketPriority;
}

@InputType({ description: "Pin or unpin (002 L2885-2887)." })
export class SetTicketPinnedInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field({ description: "True pins to the assigned agent; queue tickets cannot be pinned." })
  pinned!: boolean;
}

@InputType({ description: "Change Subject / Change Email Address (002 L3158-3162)." })
export class UpdateTicketHeaderInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => String, { nullable: true, description: "New subject for all future replies." })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: "New requester email for all future replies." })
  requesterEmail?: string | null;
  @Field(() => [CustomFieldValueInput], {
    nullable: true,
    description:
      'Custom field values to set ("" clears one); checked with the stored ones against Required for Agents to save or send.',
  })
  customFields?: CustomFieldValueInput[] | null;
}

@InputType({ description: "A transfer (002 L3228-3248)." })
export class TransferTicketInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Target department (its front line group unless groupId is given).",
  })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Target group (default: the current group)." })
  groupId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Target agent (must be in the target group); omit to auto-assign.",
  })
  agentId?: string | null;

  @Field(() => TicketPriority, { nullable: true, description: "New priority (usually unchanged)." })
  priority?: TicketPriority | null;

  @Field(() => TicketStatus, { nullable: true, description: "New status (usually ACTIVE)." })
  status?: TicketStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Pin to the receiving agent." })
  pin?: boolean | null;

  @Field(() => String, { nullable: true, description: "Transfer comment: actions taken / reason." })
  comment?: string | null;
}

@InputType({ description: "A permanent merge (002 L3202-3222)." })
export class MergeTicketsInput {
  @Field(() => ID, { description: "The primary ticket, which keeps its properties and custom fields." })
  primaryTicketId!: string;

  @Field(() => [ID], { description: "Tickets merged into the primary (with it, at most 10)." })
  ticketIds!: string[];
}

@InputType({ description: "Schedule a follow-up (002 L3172-3186)." })
export class SetFollowUpInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => DateTimeScalar, { description: "When it comes due." })
  followUpAt!: Date;

  @Field(() => String, { nullable: true, description: "Follow-up note (stored as a FOLLOW_UP comment)." })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Agent who gets it (default: the caller); ignored with autoAssign.",
  })
  agentId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Auto-assign by the group's distribution method when due.",
  })
  autoAssign?: boolean | null;
}

@InputType({ description: "Tickets by id." })
export class TicketIdsInput {
  @Field(() => [ID], { description: "The tickets." })
  ticketIds!: string[];
}

@InputType({ description: "Purge soft-deleted tickets (002 L3264)." })
export class PurgeDeletedTicketsInput {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Purge those deleted before this (default 90 days ago).",
  })
  olderThan?: Date | null;
}

@InputType({
  description: "The same change for many tickets (002 L2863-2891); each ticket in its own transaction.",
})
export class BulkUpdateTicketsInput {
  @Field(() => [ID], { description: "The tickets (at most 100)." })
  ticketIds!: string[];

  @Field(() => TicketStatus, { nullable: true, description: "New status." })
  status?: TicketStatus | null;

  @Field(() => TicketPriority, { nullable: true, description: "New priority." })
  priority?: TicketPriority | null;

  @Field(() => ID, { nullable: true, description: "Transfer to this group." })
  transferToGroupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Soft-delete the tickets." })
  delete?: boolean | null;
}
