import { Entity, Enum, Index, ManyToOne, OneToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Account } from "../accounts/index.js";
import { CommentType, TimeLogCategory } from "../tickets/index.js";
import { ChatMessage, LiveChat } from "./chat.entity.js";
import { ChatSide } from "./chat.types.js";

/**
 * A file sent in a chat (Send File, 002 L3427; the Attachments tab, 002 L3437). Like a ticket's attachment the
 * bytes live in their own table, so message lists never read them; the message announcing the file points
 * at it.
 */
@ObjectType({ implements: Node, description: "A file sent in a live chat by the customer or an agent." })
@Entity({ tableName: "chat_attachment" })
export class ChatAttachment extends BaseEntity {
  @ManyToOne(() => LiveChat, { deleteRule: "cascade" })
  @Index()
  chat!: Rel<LiveChat>;

  /** The message that announced the file in the conversation. */
  @ManyToOne(() => ChatMessage, { nullable: true, deleteRule: "set null" })
  @Index()
  message?: Rel<ChatMessage> | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  uploadedBy?: Rel<Account> | null;

  @Field(() => ChatSide, { description: "Who sent it: the customer or an agent." })
  @Enum({ items: () => ChatSide, nativeEnumName: "chat_side" })
  side!: ChatSide;

  @Field({ description: "File name as uploaded (directories and control characters removed)." })
  @Property({ length: 255 })
  fileName!: string;

  @Field({ description: "Content type sniffed from the bytes (not the client's claim)." })
  @Property({ length: 128 })
  contentType!: string;

  @Field(() => Int, { description: "Size in bytes." })
  @Property({ type: "integer" })
  size!: number;
}

/** The bytes of one chat attachment. */
@Entity({ tableName: "chat_attachment_content" })
export class ChatAttachmentContent {
  @OneToOne(() => ChatAttachment, { primary: true, deleteRule: "cascade", owner: true })
  attachment!: Rel<ChatAttachment>;

  @Property({ type: "blob", lazy: true })
  data!: Buffer;
}

/** A comment on a chat (Add → Comment, 002 L3412): agents and managers only, never the customer. */
@ObjectType({ implements: Node, description: "An agents-only comment on a live chat." })
@Entity({ tableName: "chat_comment" })
export class ChatComment extends BaseEntity {
  @ManyToOne(() => LiveChat, { deleteRule: "cascade" })
  @Index()
  chat!: Rel<LiveChat>;

  @Field(() => CommentType, { description: "General, Resolution, Transfer, Follow-Up or Sticky." })
  @Enum({ items: () => CommentType, nativeEnumName: "ticket_comment_type" })
  type: CommentType = CommentType.GENERAL;

  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  author?: Rel<Account> | null;

  @Field({ description: "The comment text." })
  @Property({ type: "text" })
  text!: string;
}

/**
 * Time spent on a chat (Add → New Time Log, 002 L3415; the Time Logs tab). The categories are the tickets'
 * (TimeLogCategory); the cost is fixed when saved, as for tickets.
 */
@ObjectType({ implements: Node, description: "Time spent by an agent on a live chat." })
@Entity({ tableName: "chat_time_log" })
export class ChatTimeLog extends BaseEntity {
  @ManyToOne(() => LiveChat, { deleteRule: "cascade" })
  @Index()
  chat!: Rel<LiveChat>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  agent?: Rel<Account> | null;

  @ManyToOne(() => TimeLogCategory, { nullable: true, deleteRule: "set null" })
  category?: Rel<TimeLogCategory> | null;

  @Field(() => Int, { description: "Duration in minutes." })
  @Property({ type: "integer" })
  minutes!: number;

  @Field({ description: "Billable." })
  @Property()
  billable!: boolean;

  @Field(() => Float, { description: "Cost: minutes x the agent's Hourly Cost when the log was saved." })
  @Property({ type: "decimal", precision: 12, scale: 2, default: 0 })
  cost: string | number = 0;

  @Field(() => String, { nullable: true, description: "Notes: what was done." })
  @Property({ type: "text", nullable: true })
  notes?: string | null;
}
