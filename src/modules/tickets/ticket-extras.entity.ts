import { Entity, Index, ManyToOne, OneToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Account } from "../accounts/index.js";
import { Ticket } from "./ticket.entity.js";
import { TicketMessage } from "./ticket-message.entity.js";

/**
 * Metadata of a file on a ticket. The bytes live in attachment_content (never in ticket rows), so lists and
 * history never read them.
 */
@ObjectType({ implements: Node, description: "A file attached to a ticket or one of its messages." })
@Entity({ tableName: "ticket_attachment" })
export class TicketAttachment extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  @Index()
  ticket!: Rel<Ticket>;

  @ManyToOne(() => TicketMessage, { nullable: true, deleteRule: "set null" })
  message?: Rel<TicketMessage> | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  uploadedBy?: Rel<Account> | null;

  @Field({ description: "File name as uploaded." })
  @Property({ length: 255 })
  fileName!: string;

  @Field({ description: "Content type sniffed from the bytes (not the client's claim)." })
  @Property({ length: 128 })
  contentType!: string;

  @Field(() => Int, { description: "Size in bytes." })
  @Property({ type: "integer" })
  size!: number;

  @Field({ description: "Internal attachments are visible to agents only (002 L3004)." })
  @Property({ default: false })
  internal: boolean = false;
}

/** The bytes of one attachment. */
@Entity({ tableName: "ticket_attachment_content" })
export class TicketAttachmentContent {
  @OneToOne(() => TicketAttachment, { primary: true, deleteRule: "cascade", owner: true })
  attachment!: Rel<TicketAttachment>;

  @Property({ type: "blob", lazy: true })
  data!: Buffer;
}

/** Admin-defined categories of time logs (002 L3657). */
@ObjectType({ implements: Node, description: "A time log category, e.g. Research or Phone." })
@Entity({ tableName: "time_log_category" })
export class TimeLogCategory extends BaseEntity {
  @Field({ description: "Category name (unique)." })
  @Property({ length: 255, unique: true })
  name!: string;
}

/**
 * Time spent on a ticket (002 L3009, L3657; seed-A §1.15). `cost` is fixed when the log is saved (minutes x
 * the agent's Hourly Cost then), so later changes of the hourly cost do not rewrite past reports.
 */
@ObjectType({ implements: Node, description: "Time spent by an agent on a ticket." })
@Entity({ tableName: "ticket_time_log" })
export class TicketTimeLog extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  @Index()
  ticket!: Rel<Ticket>;

  /** The agent whose time it is (the one who logged it). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  agent?: Rel<Account> | null;

  @ManyToOne(() => TimeLogCategory, { nullable: true, deleteRule: "set null" })
  category?: Rel<TimeLogCategory> | null;

  @Field(() => Int, { description: "Duration in minutes." })
  @Property({ type: "integer" })
  minutes!: number;

  @Field({ description: "Billable (default from the department's setting, 002 L6014)." })
  @Property()
  billable!: boolean;

  @Field(() => Float, {
    description: "Cost: minutes x the agent's Hourly Cost for Reporting when the log was saved.",
  })
  @Property({ type: "decimal", precision: 12, scale: 2, default: 0 })
  cost: string | number = 0;

  @Field(() => String, { nullable: true, description: "Notes: what was done." })
  @Property({ type: "text", nullable: true })
  notes?: string | null;
}

/**
 * A symmetric pointer between two tickets (002 L3005, L3222). Stored once with the lower id first; other
 * kinds (chats, call logs, tasks) get their own columns when those modules exist.
 */
@Entity({ tableName: "ticket_link" })
@Unique({ properties: ["a", "b"] })
export class TicketLink extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  a!: Rel<Ticket>;

  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  @Index()
  b!: Rel<Ticket>;
}

/** A forwarder: an old ticket number that now leads to the primary ticket of a merge (002 L3220). */
@Entity({ tableName: "ticket_number_alias" })
export class TicketNumberAlias {
  @Property({ length: 20, primary: true })
  ticketNumber!: string;

  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  @Index()
  ticket!: Rel<Ticket>;
}
