import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Account, Employee, User } from "../accounts/index.js";
import { Brand, Department, Group } from "../organization/index.js";
import { Ticket } from "../tickets/index.js";
import {
  ChatEndReason,
  ChatMessageKind,
  ChatParticipantRole,
  ChatStatus,
  ChatSystemEvent,
} from "./chat.enums.js";

/**
 * Who is on the customer side of chats before (or without) signing in. The token given by startChat is
 * stored only as its SHA-256: it proves "I am this visitor" and reaches this visitor's chats, no others.
 */
@Entity({ tableName: "chat_visitor" })
export class ChatVisitor extends BaseEntity {
  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property({ length: 255 })
  name!: string;

  @Property({ length: 320, nullable: true })
  email?: string | null;

  /** The signed-in user who started the chat, when there was one. */
  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" })
  user?: Rel<User> | null;
}

/**
 * A live chat (seed-B §1.11, §2.3; 002 L3304-3563). Relations are exposed through field resolvers with
 * DataLoaders (chat.fields.ts). lastSeq is the per-chat message counter: messages take lastSeq + 1 under the
 * chat's row lock, so their order is the commit order and clients resume "after seq N".
 */
@ObjectType({ implements: Node, description: "A live chat between a customer and agents." })
@Entity({ tableName: "live_chat" })
@Index({ properties: ["status", "group"] })
@Index({ properties: ["agent", "status"] })
@Index({ properties: ["department", "status"] })
// Retention: Auto-Delete After per department by end time, and the purge of deleted chats.
@Index({ properties: ["department", "endedAt"] })
@Index({ properties: ["deletedAt"] })
export class LiveChat extends BaseEntity {
  @Field(() => Int, { description: "Chat Number (002 L3542): unique, increasing." })
  @Property({ type: "integer", unique: true })
  chatNumber!: number;

  @Field(() => ChatStatus, { description: "QUEUED, ACTIVE or ENDED." })
  @Enum({ items: () => ChatStatus, nativeEnumName: "chat_status" })
  status: ChatStatus = ChatStatus.QUEUED;

  @ManyToOne(() => Brand, { deleteRule: "restrict" })
  brand!: Rel<Brand>;

  @ManyToOne(() => Department, { deleteRule: "restrict" })
  department!: Rel<Department>;

  @ManyToOne(() => Group, { nullable: true, deleteRule: "set null" })
  group?: Rel<Group> | null;

  /** The owning agent; null while queued. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: "set null" })
  agent?: Rel<Employee> | null;

  @ManyToOne(() => ChatVisitor, { deleteRule: "cascade" })
  @Index()
  visitor!: Rel<ChatVisitor>;

  /** The signed-in user the chat belongs to; null for an anonymous visitor. */
  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" })
  @Index()
  user?: Rel<User> | null;

  @Field({ description: "The name the customer would like to be called during the chat (002 L3330)." })
  @Property({ length: 255 })
  customerName!: string;

  @Field(() => String, {
    nullable: true,
    description: "The customer's email address, when given (002 L3331).",
  })
  @Property({ length: 320, nullable: true })
  customerEmail?: string | null;

  @Field({ description: "The question the customer started with." })
  @Property({ type: "text" })
  initialQuestion!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the chat last entered the queue." })
  @Property({ type: "timestamptz", nullable: true })
  queuedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the current agent received the chat." })
  @Property({ type: "timestamptz", nullable: true })
  assignedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the chat ended." })
  @Property({ type: "timestamptz", nullable: true })
  endedAt?: Date | null;

  @Field(() => ChatEndReason, { nullable: true, description: "Why the chat ended; null while going on." })
  @Enum({ items: () => ChatEndReason, nativeEnumName: "chat_end_reason", nullable: true })
  endReason?: ChatEndReason | null;

  /** Last message sequence number (0 = none yet). */
  @Field(() => Int, { description: "Sequence number of the last message (0 before the first)." })
  @Property({ type: "integer", default: 0 })
  lastSeq: number = 0;

  @Field(() => Int, { description: "The customer has read every message up to this sequence number." })
  @Property({ type: "integer", default: 0 })
  customerReadSeq: number = 0;

  @Field(() => DateTimeScalar, { description: "Last message of anyone (idle time counts from here)." })
  @Property({ type: "timestamptz" })
  lastActivityAt: Date = new Date();

  /** Set when chat.idle was recorded for the current silence; cleared by the next message. */
  @Field(() => DateTimeScalar, {
    name: "idleSince",
    nullable: true,
    description:
      "Set once the chat went idle (no message for the idle timeout); cleared by the next message.",
  })
  @Property({ type: "timestamptz", nullable: true })
  idleNotifiedAt?: Date | null;

  /** The owner's last typing signal: Hand-off - no follow-up response counts typing as activity (002 L7378). */
  @Property({ type: "timestamptz", nullable: true })
  agentTypedAt?: Date | null;

  @ManyToOne(() => Ticket, { nullable: true, deleteRule: "set null" })
  ticket?: Rel<Ticket> | null;

  @Field(() => String, {
    nullable: true,
    description: "Survey offered once the chat ended (Survey to Offer After Chat, 002 L7461); null = none.",
  })
  @Property({ type: "text", nullable: true })
  surveyUrl?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set while the chat is deleted (restorable)." })
  @Property({ type: "timestamptz", nullable: true })
  deletedAt?: Date | null;
}

/** One message of a chat; (chat, seq) is unique and gap-free per chat. */
@ObjectType({ implements: Node, description: "A message of a live chat." })
@Entity({ tableName: "chat_message" })
@Unique({ properties: ["chat", "seq"] })
export class ChatMessage extends BaseEntity {
  @ManyToOne(() => LiveChat, { deleteRule: "cascade" })
  chat!: Rel<LiveChat>;

  @Field(() => Int, { description: "Position in the chat (1, 2, …): delivery order; resume after it." })
  @Property({ type: "integer" })
  seq!: number;

  @Field(() => ChatMessageKind, { description: "Customer, agent, coaching (agents only) or system." })
  @Enum({ items: () => ChatMessageKind, nativeEnumName: "chat_message_kind" })
  kind!: ChatMessageKind;

  @Field(() => ChatSystemEvent, { nullable: true, description: "What a SYSTEM message records." })
  @Enum({ items: () => ChatSystemEvent, nativeEnumName: "chat_system_event", nullable: true })
  systemEvent?: ChatSystemEvent | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  author?: Rel<Account> | null;

  @Field({ description: "Display name of the author as shown in the conversation (002 L3470-3484)." })
  @Property({ length: 255 })
  authorName!: string;

  @Field({ description: "The text (plain text; clients escape it)." })
  @Property({ type: "text" })
  body!: string;
}

/** An employee in a chat: the owner, co-chat agents and coaches (002 L1268, L3466-3488). */
@ObjectType({ implements: Node, description: "An employee taking part in a live chat." })
@Entity({ tableName: "chat_participant" })
@Unique({ properties: ["chat", "employee"] })
export class ChatParticipant extends BaseEntity {
  @ManyToOne(() => LiveChat, { deleteRule: "cascade" })
  chat!: Rel<LiveChat>;

  @ManyToOne(() => Employee, { deleteRule: "cascade" })
  @Index()
  employee!: Rel<Employee>;

  @Field(() => ChatParticipantRole, { description: "Owner, co-chat or coach." })
  @Enum({ items: () => ChatParticipantRole, nativeEnumName: "chat_participant_role" })
  role!: ChatParticipantRole;

  @Field(() => DateTimeScalar, { nullable: true, description: "When they left; null while in the chat." })
  @Property({ type: "timestamptz", nullable: true })
  leftAt?: Date | null;

  @Field(() => Int, { description: "They have read every message up to this sequence number." })
  @Property({ type: "integer", default: 0 })
  lastReadSeq: number = 0;
}
