import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Account } from "../accounts/index.js";
import { CommentType, MessageDirection } from "./ticket.enums.js";
import { Ticket } from "./ticket.entity.js";

/** A communication item of a ticket (002 L3050-3062). After a merge it points at the primary ticket. */
@ObjectType({ implements: Node, description: "A message of a ticket's conversation." })
@Entity({ tableName: "ticket_message" })
@Index({ properties: ["ticket", "createdAt"] })
// Full-text search over message text (searchTickets): same expression as the query, so the GIN index serves it.
@Index({
  name: "ticket_message_fts",
  expression: `create index "ticket_message_fts" on "ticket_message" using gin (to_tsvector('simple', coalesce("text_body", '')))`,
})
// Messages with an HTML body only: their words without the tags (the search repeats this expression).
@Index({
  name: "ticket_message_html_fts",
  expression:
    `create index "ticket_message_html_fts" on "ticket_message" using gin ` +
    `(to_tsvector('simple', regexp_replace(coalesce("html_body", ''), '<[^>]*>', ' ', 'g'))) where "text_body" is null`,
})
export class TicketMessage extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  ticket!: Rel<Ticket>;

  @Field(() => MessageDirection, { description: "Incoming (customer) or outgoing (agent)." })
  @Enum({ items: () => MessageDirection, nativeEnumName: "ticket_message_direction" })
  direction!: MessageDirection;

  /** The author when known (an employee or a user account); null for an anonymous sender. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  author?: Rel<Account> | null;

  @Field({ description: "Sender address." })
  @Property({ length: 320 })
  fromAddress!: string;

  @Field(() => [String], { description: "Recipients." })
  @Property({ type: "jsonb" })
  to: string[] = [];

  @Field(() => [String], { description: "Carbon-copy recipients." })
  @Property({ type: "jsonb" })
  cc: string[] = [];

  /** Blind copies: agents only (resolver hides them from end users). */
  @Property({ type: "jsonb" })
  bcc: string[] = [];

  @Field({ description: "Subject of this message (a user may change it on a reply, 002 L3027)." })
  @Property({ length: 500 })
  subject!: string;

  @Field(() => String, { nullable: true, description: "HTML body." })
  @Property({ type: "text", nullable: true })
  htmlBody?: string | null;

  @Field(() => String, { nullable: true, description: "Plain-text body." })
  @Property({ type: "text", nullable: true })
  textBody?: string | null;
}

/** An internal note on a ticket: agents and managers only (002 L2998, L3040). */
@ObjectType({ implements: Node, description: "An internal comment; never visible to the requester." })
@Entity({ tableName: "ticket_comment" })
@Index({ properties: ["ticket", "createdAt"] })
// Advanced Search searches the notes too (002 L3285); same expression as the query.
@Index({
  name: "ticket_comment_fts",
  expression: `create index "ticket_comment_fts" on "ticket_comment" using gin (to_tsvector('simple', "text"))`,
})
export class TicketComment extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  ticket!: Rel<Ticket>;

  @Field(() => CommentType, { description: "Kind of comment." })
  @Enum({ items: () => CommentType, nativeEnumName: "ticket_comment_type" })
  type: CommentType = CommentType.GENERAL;

  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  author?: Rel<Account> | null;

  @Field({ description: "The comment text." })
  @Property({ type: "text" })
  text!: string;
}

/**
 * One change of a ticket (002 L3046: "summarizes any actions associated to the ticket"). `field` names what
 * changed (status, priority, agent, …, or an action such as created/merged); old and new values are strings.
 */
@ObjectType({ implements: Node, description: "An audit entry: who changed what on a ticket, and when." })
@Entity({ tableName: "ticket_history" })
@Index({ properties: ["ticket", "createdAt"] })
// The Recent and Recently Transferred views (ticket-list.ts) read the trail by actor and by previous agent.
@Index({ properties: ["actor", "createdAt"] })
@Index({ properties: ["field", "oldValue", "createdAt"] })
export class TicketHistory extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  ticket!: Rel<Ticket>;

  /** Null for system actions (distribution, follow-up timer). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  actor?: Rel<Account> | null;

  @Field({ description: "What changed, e.g. status, priority, assignedAgent, created, merged." })
  @Property({ length: 64 })
  field!: string;

  @Field(() => String, { nullable: true, description: "Value before the change." })
  @Property({ type: "text", nullable: true })
  oldValue?: string | null;

  @Field(() => String, { nullable: true, description: "Value after the change." })
  @Property({ type: "text", nullable: true })
  newValue?: string | null;

  @Field(() => String, { nullable: true, description: "Explanation, e.g. the assigner's reason." })
  @Property({ type: "text", nullable: true })
  note?: string | null;
}
