import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Node } from "../../core/graphql/node.js";
import { Brand, Department } from "../organization/index.js";
import { Role } from "../roles/index.js";
import { MailEncryption, MailProtocol } from "./email.enums.js";

/**
 * An SMTP account (002 L6949-6962). It belongs to a brand; with a department it sends that department's ticket
 * replies, without one it is one of the brand's notification accounts (isDefault picks the one used for
 * templates). The password is a lazy column with no GraphQL field: the API only says whether one is set.
 */
@ObjectType({
  implements: Node,
  description: "An outgoing (SMTP) mail account; the password is never returned.",
})
@Entity({ tableName: "smtp_account" })
// The loop guard asks whether a sender is one of our own addresses (lowerEquals).
@Index({
  name: "smtp_account_email_lower",
  expression: `create index "smtp_account_email_lower" on "smtp_account" (lower("email_address"))`,
})
@Index({ properties: ["brand", "department"] })
export class SmtpAccount extends BaseEntity {
  @ManyToOne(() => Brand, { deleteRule: "cascade" })
  brand!: Rel<Brand>;

  /** Ticket replies of this department go out through this account (002 L6000). */
  @ManyToOne(() => Department, { nullable: true, deleteRule: "set null" })
  department?: Rel<Department> | null;

  @Field({ description: "Outgoing SMTP server host name." })
  @Property({ length: 255 })
  server!: string;

  @Field(() => Int, { description: "Server Port (default 25; 465 for SSL, 587 for TLS usually)." })
  @Property({ type: "integer", default: 25 })
  port: number = 25;

  @Field(() => MailEncryption, { description: "Encryption: None, SSL or TLS." })
  @Enum({ items: () => MailEncryption, nativeEnumName: "mail_encryption" })
  encryption: MailEncryption = MailEncryption.NONE;

  @Field({ description: "The address messages are sent from." })
  @Property({ length: 320 })
  emailAddress!: string;

  @Field(() => String, { nullable: true, description: "Display name shown with the address (recommended)." })
  @Property({ type: "text", nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "SMTP Auth Username (optional)." })
  @Property({ type: "text", nullable: true })
  username?: string | null;

  @Property({ type: "text", nullable: true, lazy: true })
  password?: string | null;

  @Field({ description: "Whether an SMTP Auth Password is set. It is never returned." })
  hasPassword: boolean = false;

  @Field({ description: "Ignore SSL warnings (accept an invalid or self-signed certificate)." })
  @Property({ default: false })
  ignoreSslWarnings: boolean = false;

  @Field({ description: "The brand's default account: it sends the system templates and notifications." })
  @Property({ default: false })
  isDefault: boolean = false;
}

/**
 * An inbound mailbox of a department (002 L6964-6984): POP as documented, or IMAP. The server is polled every
 * importFrequencyMinutes by a durable timer (email.fetch) that reschedules itself.
 */
@ObjectType({
  implements: Node,
  description: "An inbound (POP3 or IMAP) mail account; the password is never returned.",
})
@Entity({ tableName: "mail_account" })
@Index({
  name: "mail_account_email_lower",
  expression: `create index "mail_account_email_lower" on "mail_account" (lower("email_address"))`,
})
export class MailAccount extends BaseEntity {
  @ManyToOne(() => Department, { deleteRule: "cascade" })
  @Index()
  department!: Rel<Department>;

  @Field(() => MailProtocol, { description: "POP3 or IMAP." })
  @Enum({ items: () => MailProtocol, nativeEnumName: "mail_protocol" })
  protocol: MailProtocol = MailProtocol.POP3;

  @Field({ description: "Whether the mailbox is polled." })
  @Property({ default: true })
  enabled: boolean = true;

  @Field({ description: "Server host name." })
  @Property({ length: 255 })
  server!: string;

  @Field(() => Int, { description: "Server Port (POP3 110 / 995 with SSL; IMAP 143 / 993 with SSL)." })
  @Property({ type: "integer" })
  port!: number;

  @Field(() => MailEncryption, { description: "Encryption: None, SSL or TLS." })
  @Enum({ items: () => MailEncryption, nativeEnumName: "mail_encryption" })
  encryption: MailEncryption = MailEncryption.NONE;

  @Field({ description: "The mailbox's address (mail from it is never imported: loop protection)." })
  @Property({ length: 320 })
  emailAddress!: string;

  @Field({ description: "Login Username." })
  @Property({ type: "text" })
  username!: string;

  @Property({ type: "text", nullable: true, lazy: true })
  password?: string | null;

  @Field({ description: "Whether a Login Password is set. It is never returned." })
  hasPassword: boolean = false;

  @Field({ description: "IMAP folder to import from (default INBOX); ignored for POP3." })
  @Property({ type: "text", default: "INBOX" })
  folder: string = "INBOX";

  @Field(() => Int, { description: "Import Frequency in minutes (default 2, 1 to 1440)." })
  @Property({ type: "integer", default: 2 })
  importFrequencyMinutes: number = 2;

  /** Able to Start Tickets (002 L6980); null = Everyone. */
  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  startTicketsRole?: Rel<Role> | null;

  @Field({
    description:
      "Whether mail that is no reply to a ticket may start one. When false the sender gets Email Rejected " +
      "Due to Policy (002 L7087-7096); replies to existing tickets are still threaded.",
  })
  @Property({ default: true })
  acceptNewTickets: boolean = true;

  @Field({ description: "Leave Messages on Server (default false: imported messages are deleted)." })
  @Property({ default: false })
  leaveMessagesOnServer: boolean = false;

  @Field({ description: "Ignore SSL warnings (accept an invalid or self-signed certificate)." })
  @Property({ default: false })
  ignoreSslWarnings: boolean = false;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the mailbox was last read successfully.",
  })
  @Property({ type: "timestamptz", nullable: true })
  lastPolledAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the last poll failed; null after a successful one.",
  })
  @Property({ type: "text", nullable: true })
  lastError?: string | null;
}
