import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Employee, User } from "../accounts/index.js";
import { Brand, Department, Group } from "../organization/index.js";
import { TicketDirection, TicketPriority, TicketSource, TicketStatus } from "./ticket.enums.js";

/**
 * A ticket (seed-B §2.1; 002 L2840-3250). Relations are exposed through field resolvers backed by DataLoaders
 * (ticket.fields.ts), never as ORM-populated fields.
 */
@ObjectType({ implements: Node, description: "A help desk ticket: a conversation with a customer." })
@Entity({ tableName: "ticket" })
@Index({ properties: ["assignedAgent", "status", "countsTowardLimit"] })
@Index({ properties: ["department", "status"] })
@Index({ properties: ["group", "status"] })
// Full-text search over subjects (searchTickets): the query uses exactly this expression, so the GIN index serves it.
@Index({
  name: "ticket_subject_fts",
  expression: `create index "ticket_subject_fts" on "ticket" using gin (to_tsvector('simple', "subject"))`,
})
// Advanced Search by Email Address compares lower(requester_email) (ticket-search.ts).
@Index({
  name: "ticket_requester_email_lower",
  expression: `create index "ticket_requester_email_lower" on "ticket" (lower("requester_email"))`,
})
export class Ticket extends BaseEntity {
  @Field({ description: "The ticket number in 3-8-4 hexadecimal form, e.g. 211-29832D4A-0B2B (unique)." })
  @Property({ length: 20, unique: true })
  ticketNumber!: string;

  @Field({ description: "Subject line." })
  @Property({ length: 500 })
  subject!: string;

  @Field(() => TicketStatus, { description: "Lifecycle status." })
  @Enum({ items: () => TicketStatus, nativeEnumName: "ticket_status" })
  status: TicketStatus = TicketStatus.ACTIVE;

  @Field(() => TicketPriority, { description: "Priority." })
  @Enum({ items: () => TicketPriority, nativeEnumName: "ticket_priority" })
  priority: TicketPriority = TicketPriority.NORMAL;

  @Field({ description: "Pinned tickets stay on top of the agent's list (002 L2859)." })
  @Property({ default: false })
  pinned: boolean = false;

  @Field(() => TicketDirection, { description: "Inbound (customer started) or outbound (agent started)." })
  @Enum({ items: () => TicketDirection, nativeEnumName: "ticket_direction" })
  direction: TicketDirection = TicketDirection.INBOUND;

  @Field(() => TicketSource, { description: "Creation channel." })
  @Enum({ items: () => TicketSource, nativeEnumName: "ticket_source" })
  source: TicketSource = TicketSource.AGENT;

  @ManyToOne(() => Brand, { deleteRule: "restrict" })
  @Index()
  brand!: Rel<Brand>;

  @ManyToOne(() => Department, { deleteRule: "restrict" })
  department!: Rel<Department>;

  /** Null only transiently when a group is gone; tickets normally sit in a group (front line by default). */
  @ManyToOne(() => Group, { nullable: true, deleteRule: "set null" })
  group?: Rel<Group> | null;

  /** Null = waiting in the group's queue. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: "set null" })
  assignedAgent?: Rel<Employee> | null;

  /** Null for an anonymous requester known only by requesterEmail. */
  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" })
  @Index()
  requester?: Rel<User> | null;

  @Field({ description: "The requester's email address: replies go here." })
  @Property({ length: 320 })
  requesterEmail!: string;

  @Field(() => String, { nullable: true, description: "Language tag of the conversation, e.g. en." })
  @Property({ type: "string", length: 16, nullable: true })
  language?: string | null;

  /**
   * True while this ticket counts toward its agent's ticket limit: set by the distribution assigner when it
   * hands a NEW ticket to an agent; cleared whenever the ticket leaves ACTIVE, so waiting tickets that become
   * active again and follow-ups never count again (000 L90-97, 002 L2911-2935).
   */
  @Field({ description: "Whether this ticket counts toward the assigned agent's ticket limit." })
  @Property({ default: false })
  countsTowardLimit: boolean = false;

  @Field(() => DateTimeScalar, { description: "Last message, status change or transfer." })
  @Property({ type: "timestamptz" })
  lastActivityAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: "When the follow-up is due; null = none." })
  @Property({ type: "timestamptz", nullable: true })
  @Index()
  followUpAt?: Date | null;

  /** Comment stored with the follow-up, shown when it comes due (seed-B §1.6). */
  @Property({ type: "text", nullable: true })
  followUpComment?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the ticket went ACTIVE->closed, if closed.",
  })
  @Property({ type: "timestamptz", nullable: true })
  closedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the last transfer happened." })
  @Property({ type: "timestamptz", nullable: true })
  lastTransferredAt?: Date | null;

  /** Who receives the follow-up when it comes due; null = auto-assign by the group's distribution method. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: "set null" })
  followUpAgent?: Rel<Employee> | null;

  /** Status before the follow-up was scheduled, restored by removeFollowUp (002 L3200). */
  @Enum({ items: () => TicketStatus, nativeEnumName: "ticket_status", nullable: true })
  statusBeforeFollowUp?: TicketStatus | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When a follow-up came due (shown in the Follow-ups view until the status changes).",
  })
  @Property({ type: "timestamptz", nullable: true })
  followUpDueAt?: Date | null;

  /** Status before deletion: deleted tickets are stored Closed and Locked (002 L3264) and restored to this. */
  @Enum({ items: () => TicketStatus, nativeEnumName: "ticket_status", nullable: true })
  statusBeforeDelete?: TicketStatus | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: "set null" })
  deletedBy?: Rel<Employee> | null;

  /** Set when this ticket was merged into another: it is then hidden and its number forwards there. */
  @ManyToOne(() => Ticket, { nullable: true, deleteRule: "set null" })
  mergedInto?: Rel<Ticket> | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Soft-delete time; null = not deleted." })
  @Property({ type: "timestamptz", nullable: true })
  @Index()
  deletedAt?: Date | null;
}
