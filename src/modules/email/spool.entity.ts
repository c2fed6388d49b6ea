import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Node } from "../../core/graphql/node.js";
import { Ticket } from "../tickets/index.js";
import { MailAccount, SmtpAccount } from "./email-account.entity.js";
import { IncomingMailStatus, OutgoingMailKind, OutgoingMailStatus } from "./email.enums.js";

/**
 * The outgoing spool and outbox (002 L8060-8075). A row is written in the transaction of the change that
 * causes the mail, with the MIME message already built (so its Message-ID is fixed and "raw content" is what
 * goes on the wire), and a durable email.send timer. `sourceKey` is the idempotency key of the cause (a
 * ticket message, an event): a cause delivered twice finds its row and queues nothing.
 */
@ObjectType({ implements: Node, description: "A message in the outgoing spool." })
@Entity({ tableName: "outgoing_mail" })
@Index({ properties: ["status", "createdAt"] })
@Index({ properties: ["autoKey", "createdAt"] })
export class OutgoingMail extends BaseEntity {
  @Field(() => OutgoingMailKind, { description: "Why it is sent." })
  @Enum({ items: () => OutgoingMailKind, nativeEnumName: "outgoing_mail_kind" })
  kind!: OutgoingMailKind;

  @Field(() => OutgoingMailStatus, { description: "Queued, sent or failed." })
  @Enum({ items: () => OutgoingMailStatus, nativeEnumName: "outgoing_mail_status" })
  status: OutgoingMailStatus = OutgoingMailStatus.QUEUED;

  @ManyToOne(() => SmtpAccount, { nullable: true, deleteRule: "set null" })
  smtpAccount?: Rel<SmtpAccount> | null;

  @ManyToOne(() => Ticket, { nullable: true, deleteRule: "set null" })
  @Index()
  ticket?: Rel<Ticket> | null;

  /** Idempotency key of the cause, e.g. ticketMessage:<uuid> or event:<uuid>:<action>. */
  @Property({ type: "text", nullable: true })
  @Unique()
  sourceKey?: string | null;

  /** Lower-cased recipient of an automated message, for the autoresponder limit (3 per 30 minutes). */
  @Property({ type: "text", nullable: true })
  autoKey?: string | null;

  @Field({ description: "Message-ID header (with angle brackets); a retry sends the same one." })
  @Property({ type: "text" })
  @Unique()
  messageId!: string;

  @Field({ description: "From address." })
  @Property({ type: "text" })
  fromAddress!: string;

  @Field(() => [String], { description: "Envelope recipients (To, Cc and Bcc)." })
  @Property({ type: "jsonb" })
  recipients: string[] = [];

  @Field({ description: "Subject." })
  @Property({ type: "text" })
  subject!: string;

  @Property({ type: "blob", lazy: true })
  raw!: Buffer;

  @Field(() => Int, { description: "Size of the raw message in bytes." })
  @Property({ type: "integer" })
  size!: number;

  @Field(() => Int, { description: "Delivery attempts so far." })
  @Property({ type: "integer", default: 0 })
  attempts: number = 0;

  @Field(() => DateTimeScalar, { description: "When the next attempt is due (queued messages)." })
  @Property({ type: "timestamptz" })
  nextAttemptAt: Date = new Date();

  @Field(() => String, { nullable: true, description: "Why the last attempt failed." })
  @Property({ type: "text", nullable: true })
  lastError?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the SMTP server accepted it." })
  @Property({ type: "timestamptz", nullable: true })
  sentAt?: Date | null;
}

/**
 * The incoming spool: every message fetched from a mailbox, stored raw before anything is made of it. The
 * unique (account, uid) and (account, message id) keys make fetching idempotent: fetching a mailbox twice,
 * or again after a crash, stores nothing twice, and the import job (in one transaction) turns a row into a
 * ticket or a reply exactly once.
 */
@ObjectType({ implements: Node, description: "A message in the incoming spool." })
@Entity({ tableName: "incoming_mail" })
@Unique({ properties: ["account", "uid"] })
@Index({ properties: ["status", "createdAt"] })
@Index({ properties: ["messageId"] })
@Index({
  name: "incoming_mail_account_message_id_unique",
  expression:
    "create unique index incoming_mail_account_message_id_unique on incoming_mail (account_id, message_id) " +
    "where message_id is not null",
})
export class IncomingMail extends BaseEntity {
  @ManyToOne(() => MailAccount, { nullable: true, deleteRule: "set null" })
  account?: Rel<MailAccount> | null;

  /** POP3 UIDL, or IMAP uidvalidity:uid. */
  @Field({ description: "The message's id on the server (POP3 UIDL, or IMAP UIDVALIDITY:UID)." })
  @Property({ type: "text" })
  uid!: string;

  @Field(() => String, { nullable: true, description: "Message-ID header (with angle brackets)." })
  @Property({ type: "text", nullable: true })
  messageId?: string | null;

  @Field(() => String, { nullable: true, description: "From address as parsed." })
  @Property({ type: "text", nullable: true })
  fromAddress?: string | null;

  @Field(() => String, { nullable: true, description: "Subject as parsed." })
  @Property({ type: "text", nullable: true })
  subject?: string | null;

  @Field(() => IncomingMailStatus, { description: "What became of it." })
  @Enum({ items: () => IncomingMailStatus, nativeEnumName: "incoming_mail_status" })
  status: IncomingMailStatus = IncomingMailStatus.RECEIVED;

  @Field(() => String, {
    nullable: true,
    description: "Why it was rejected, ignored or failed; notes of the import.",
  })
  @Property({ type: "text", nullable: true })
  note?: string | null;

  @ManyToOne(() => Ticket, { nullable: true, deleteRule: "set null" })
  @Index()
  ticket?: Rel<Ticket> | null;

  /** The ticket message it became. */
  @Property({ type: "uuid", nullable: true })
  ticketMessageId?: string | null;

  @Property({ type: "blob", lazy: true })
  raw!: Buffer;

  @Field(() => Int, { description: "Size of the raw message in bytes." })
  @Property({ type: "integer" })
  size!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: "The message's Date header." })
  @Property({ type: "timestamptz", nullable: true })
  sentAt?: Date | null;

  /** Times a new ticket was attempted for it (the creation runs after the import job commits). */
  @Property({ type: "integer", default: 0 })
  creationAttempts: number = 0;

  /**
   * Deleted from the spool: the raw content is gone and the row is hidden, but it stays as the record that
   * this UID and Message-ID were fetched, so a message still on the server is not imported again.
   */
  @Property({ type: "timestamptz", nullable: true })
  purgedAt?: Date | null;
}
