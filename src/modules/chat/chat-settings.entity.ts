import { Entity, OneToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Department } from "../organization/index.js";

export const CHAT_SETTINGS_ID = "00000000-0000-4000-8000-00000000c4a7";

/**
 * System-wide live chat settings (Settings → Live Chat → Options, 002 L7375-7383) plus the limits a
 * headless server needs (message length, flood limit, idle and abandon timeouts: the seed names idle events,
 * 002 L8375-8379, but no timeout values, so these are ours and documented in docs/chat.md).
 */
@ObjectType({ description: "System-wide live chat settings (administrators edit them)." })
@Entity({ tableName: "live_chat_settings" })
export class LiveChatSettings extends BaseEntity {
  @Field({
    description:
      "Disallow new chats outside of business hours (002 L7380; default off): outside the department's " +
      "business hours chat is offline and visitors leave a message instead.",
  })
  @Property({ default: false })
  disallowOutsideBusinessHours: boolean = false;

  @Field(() => Int, { description: "Longest chat message accepted, in characters (default 4000)." })
  @Property({ type: "integer", default: 4000 })
  maxMessageLength: number = 4000;

  @Field(() => Int, {
    description:
      "Flood limit: messages one sender may send per rateLimitWindowSeconds (default 20); more are " +
      "refused with RATE_LIMITED.",
  })
  @Property({ type: "integer", default: 20 })
  rateLimitMessages: number = 20;

  @Field(() => Int, { description: "The flood limit's window in seconds (default 10)." })
  @Property({ type: "integer", default: 10 })
  rateLimitWindowSeconds: number = 10;

  @Field(() => Int, {
    description:
      "An active chat without any message for this many seconds is idle: chat.idle is recorded (default 300).",
  })
  @Property({ type: "integer", default: 300 })
  idleAfterSeconds: number = 300;

  @Field(() => Int, {
    nullable: true,
    description: "An active chat idle this many seconds ends (reason IDLE; default 1800); null = never.",
  })
  @Property({ type: "integer", nullable: true, default: 1800 })
  endIdleAfterSeconds?: number | null = 1800;

  @Field(() => Int, {
    nullable: true,
    description:
      "Hand-off - no initial response (002 L7377): an agent who received a chat and has not written to the " +
      "customer within this many seconds loses it to another eligible agent, else to the queue; null = off " +
      "(the default).",
  })
  @Property({ type: "integer", nullable: true })
  handOffNoInitialResponseSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Hand-off - no follow-up response (002 L7378): in the middle of a chat (the owner has answered once), a " +
      "customer message left without an agent's reply, and without the owner typing, for this many seconds " +
      "hands the chat to another eligible agent, else to the queue; null = off (the default).",
  })
  @Property({ type: "integer", nullable: true })
  handOffNoFollowUpSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Hand-off - agent disconnected (002 L7379): once the owner's last graphql-ws connection is gone (after " +
      "the presence grace period), their active chats are handed on after this many more seconds unless " +
      "they come back; null = off (the default).",
  })
  @Property({ type: "integer", nullable: true })
  handOffAgentDisconnectedSeconds?: number | null;

  @Field({
    description:
      "Allow end users to send attachments (002 L7381; default off). Agents may always send files.",
  })
  @Property({ default: false })
  allowCustomerAttachments: boolean = false;

  @Field(() => Int, {
    nullable: true,
    description:
      "A chat still queued after this many seconds is abandoned (reason ABANDONED; default 900); null = never.",
  })
  @Property({ type: "integer", nullable: true, default: 900 })
  abandonQueuedAfterSeconds?: number | null = 900;
}

/** A department's Live Chat tab (002 L7452-7477), the parts a headless server acts on. */
@ObjectType({ description: "A department's live chat settings (002 L7452-7477)." })
@Entity({ tableName: "department_chat_settings" })
export class DepartmentChatSettings extends BaseEntity {
  @OneToOne(() => Department, { owner: true, deleteRule: "cascade", unique: true })
  department!: Rel<Department>;

  @Field({
    description:
      "Show position in the queue to user while waiting (002 L7467; default on): queuePosition is sent.",
  })
  @Property({ default: true })
  showQueuePosition: boolean = true;

  @Field(() => String, {
    nullable: true,
    description: "Waiting for Live Chat message; #QueueCount# is replaced with the number of chats ahead.",
  })
  @Property({ type: "text", nullable: true })
  waitingMessage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Agent Welcome in Live Chat: sent as a system message once an agent joins.",
  })
  @Property({ type: "text", nullable: true })
  agentWelcomeMessage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "After Live Chat message (not shown when a survey is offered, 002 L7471).",
  })
  @Property({ type: "text", nullable: true })
  afterChatMessage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Not Available Message: the title when chat is offline.",
  })
  @Property({ type: "text", nullable: true })
  notAvailableMessage?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Survey to Offer After Chat (002 L7461): the survey's URL shown when a chat ends; null = none.",
  })
  @Property({ type: "text", nullable: true })
  surveyUrl?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Auto-Delete After (002 L7460), in days: ended chats of the department older than this are deleted " +
      "(restorable until purged, 90 days later, 002 L3517); null = never (the default).",
  })
  @Property({ type: "integer", nullable: true })
  autoDeleteAfterDays?: number | null;

  @Field({
    description:
      "Email the transcript to the customer's address when a chat ends (ours; default off): the customer " +
      "side of Email Transcript (002 L360) without the customer asking.",
  })
  @Property({ default: false })
  emailTranscriptOnEnd: boolean = false;
}
