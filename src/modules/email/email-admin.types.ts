import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { UserError } from "../../core/graphql/user-error.js";
import { MailAccount, SmtpAccount } from "./email-account.entity.js";
import { Autoresponder, EmailSettings } from "./email-settings.entity.js";
import { EmailTemplateKind, MailEncryption, MailProtocol } from "./email.enums.js";

@InputType({ description: "A new SMTP account (002 L6949-6962)." })
export class CreateSmtpAccountInput {
  @Field(() => ID, { description: "The brand it belongs to." })
  brandId!: string;

  @Field(() => ID, { nullable: true, description: "Send this department's ticket replies through it." })
  departmentId?: string | null;

  @Field({ description: "SMTP server host name." })
  server!: string;

  @Field(() => Int, { nullable: true, description: "Port (default 25)." })
  port?: number | null;

  @Field(() => MailEncryption, { nullable: true, description: "Encryption (default NONE)." })
  encryption?: MailEncryption | null;

  @Field({ description: "From address." })
  emailAddress!: string;

  @Field(() => String, { nullable: true, description: "Display name." })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "SMTP Auth Username." })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "SMTP Auth Password (write-only)." })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Ignore SSL warnings (default false)." })
  ignoreSslWarnings?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Make this the brand's default account." })
  isDefault?: boolean | null;
}

@InputType({ description: "Changes to an SMTP account; absent fields keep their value." })
export class UpdateSmtpAccountInput {
  @Field(() => ID, { description: "The account." })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Department whose replies it sends; empty string clears it.",
  })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: "SMTP server host name." })
  server?: string | null;

  @Field(() => Int, { nullable: true, description: "Port." })
  port?: number | null;

  @Field(() => MailEncryption, { nullable: true, description: "Encryption." })
  encryption?: MailEncryption | null;

  @Field(() => String, { nullable: true, description: "From address." })
  emailAddress?: string | null;

  @Field(() => String, { nullable: true, description: "Display name." })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "SMTP Auth Username." })
  username?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New SMTP Auth Password (write-only); absent keeps it, empty string removes it.",
  })
  password?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Ignore SSL warnings." })
  ignoreSslWarnings?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Make this the brand's default account." })
  isDefault?: boolean | null;
}

@InputType({ description: "A new inbound mail account of a department (002 L6964-6984)." })
export class CreateMailAccountInput {
  @Field(() => ID, { description: "The department whose tickets it imports." })
  departmentId!: string;

  @Field(() => MailProtocol, { nullable: true, description: "POP3 (default) or IMAP." })
  protocol?: MailProtocol | null;

  @Field(() => Boolean, { nullable: true, description: "Poll it (default true)." })
  enabled?: boolean | null;

  @Field({ description: "Server host name." })
  server!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Port (default by protocol and encryption: 110/995, 143/993).",
  })
  port?: number | null;

  @Field(() => MailEncryption, { nullable: true, description: "Encryption (default NONE)." })
  encryption?: MailEncryption | null;

  @Field({ description: "The mailbox's address." })
  emailAddress!: string;

  @Field({ description: "Login Username." })
  username!: string;

  @Field({ description: "Login Password (write-only)." })
  password!: string;

  @Field(() => String, { nullable: true, description: "IMAP folder (default INBOX)." })
  folder?: string | null;

  @Field(() => Int, { nullable: true, description: "Import Frequency in minutes (default 2)." })
  importFrequencyMinutes?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "Able to Start Tickets: the role required (default Everyone).",
  })
  startTicketsRoleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether new mail may start tickets (default true)." })
  acceptNewTickets?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Leave Messages on Server (default false)." })
  leaveMessagesOnServer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Ignore SSL warnings (default false)." })
  ignoreSslWarnings?: boolean | null;
}

@InputType({ description: "Changes to an inbound mail account; absent fields keep their value." })
export class UpdateMailAccountInput {
  @Field(() => ID, { description: "The account." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "Another department." })
  departmentId?: string | null;

  @Field(() => MailProtocol, { nullable: true, description: "POP3 or IMAP." })
  protocol?: MailProtocol | null;

  @Field(() => Boolean, { nullable: true, description: "Poll it." })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: "Server host name." })
  server?: string | null;

  @Field(() => Int, { nullable: true, description: "Port." })
  port?: number | null;

  @Field(() => MailEncryption, { nullable: true, description: "Encryption." })
  encryption?: MailEncryption | null;

  @Field(() => String, { nullable: true, description: "The mailbox's address." })
  emailAddress?: string | null;

  @Field(() => String, { nullable: true, description: "Login Username." })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "New Login Password (write-only); absent keeps it." })
  password?: string | null;

  @Field(() => String, { nullable: true, description: "IMAP folder." })
  folder?: string | null;

  @Field(() => Int, { nullable: true, description: "Import Frequency in minutes." })
  importFrequencyMinutes?: number | null;

  @Field(() => ID, { nullable: true, description: "Able to Start Tickets role; empty string = Everyone." })
  startTicketsRoleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether new mail may start tickets." })
  acceptNewTickets?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Leave Messages on Server." })
  leaveMessagesOnServer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Ignore SSL warnings." })
  ignoreSslWarnings?: boolean | null;
}

@InputType({ description: "Which account." })
export class EmailAccountIdInput {
  @Field(() => ID, { description: "Global id of an SmtpAccount or MailAccount." })
  id!: string;
}

@ObjectType({ description: "Result of an SMTP account mutation." })
export class SmtpAccountPayload {
  @Field(() => SmtpAccount, { nullable: true, description: "The account; null on userErrors or deletion." })
  smtpAccount?: SmtpAccount | null;

  @Field(() => [UserError], { description: "Why nothing changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of an inbound mail account mutation." })
export class MailAccountPayload {
  @Field(() => MailAccount, { nullable: true, description: "The account; null on userErrors or deletion." })
  mailAccount?: MailAccount | null;

  @Field(() => [UserError], { description: "Why nothing changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleting an account." })
export class DeleteEmailAccountPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted account." })
  deletedId?: string | null;

  @Field(() => [UserError], { description: "Why nothing changed." })
  userErrors!: UserError[];
}

@InputType({ description: "Email options; absent fields keep their value." })
export class UpdateEmailSettingsInput {
  @Field(() => String, { nullable: true, description: "Default Encoding (a charset name such as UTF-8)." })
  defaultEncoding?: string | null;

  @Field(() => Int, { nullable: true, description: "Delivery Delay in seconds (0 to 3600)." })
  deliveryDelaySeconds?: number | null;

  @Field(() => Int, { nullable: true, description: "Delete Failed Emails After, days (1 to 3650)." })
  deleteFailedAfterDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Delete Raw Content After, days (1 to 3650)." })
  deleteRawAfterDays?: number | null;

  @Field(() => [String], { nullable: true, description: "Automated Email Blacklist: addresses or domains." })
  blacklist?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Filter duplicate incoming emails." })
  filterDuplicates?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Remove redundant embedded replies." })
  removeRedundantReplies?: boolean | null;
}

@ObjectType({ description: "Result of updateEmailSettings." })
export class UpdateEmailSettingsPayload {
  @Field(() => EmailSettings, { nullable: true, description: "The settings; null on userErrors." })
  emailSettings?: EmailSettings | null;

  @Field(() => [UserError], { description: "Why nothing changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "A system email template of a brand: the edited text, or the default." })
export class EmailTemplate {
  @Field(() => EmailTemplateKind, { description: "Which template." })
  kind!: EmailTemplateKind;

  @Field(() => ID, { description: "The brand." })
  brandId!: string;

  @Field({ description: "Subject with variables." })
  subject!: string;

  @Field({ description: "HTML body with variables." })
  html!: string;

  @Field({ description: "True when the brand has not edited it (the built-in default)." })
  isDefault!: boolean;

  @Field(() => [String], { description: "Variables it may use, as [%NAME%] tokens." })
  variables!: string[];

  @Field(() => [String], { description: "Variables it must contain." })
  requiredVariables!: string[];
}

@InputType({ description: "New text of a brand's template." })
export class UpdateEmailTemplateInput {
  @Field(() => ID, { description: "The brand." })
  brandId!: string;

  @Field(() => EmailTemplateKind, { description: "Which template." })
  kind!: EmailTemplateKind;

  @Field({ description: "Subject with variables (ignored for the Master Template)." })
  subject!: string;

  @Field({ description: "HTML body with variables." })
  html!: string;
}

@InputType({ description: "Which template to reset to its default." })
export class ResetEmailTemplateInput {
  @Field(() => ID, { description: "The brand." })
  brandId!: string;

  @Field(() => EmailTemplateKind, { description: "Which template." })
  kind!: EmailTemplateKind;
}

@ObjectType({ description: "Result of a template mutation." })
export class EmailTemplatePayload {
  @Field(() => EmailTemplate, { nullable: true, description: "The template now; null on userErrors." })
  emailTemplate?: EmailTemplate | null;

  @Field(() => [UserError], { description: "Why nothing changed (MISSING_VARIABLE, UNKNOWN_VARIABLE …)." })
  userErrors!: UserError[];
}

@ObjectType({ description: "A template rendered with sample values." })
export class EmailTemplatePreview {
  @Field({ description: "Rendered subject." })
  subject!: string;

  @Field({ description: "Rendered HTML inside the Master Template." })
  html!: string;

  @Field({ description: "The plain-text alternative." })
  text!: string;
}

@InputType({ description: "A new autoresponder." })
export class CreateAutoresponderInput {
  @Field(() => ID, { description: "The brand." })
  brandId!: string;

  @Field({ description: "Display Name." })
  displayName!: string;

  @Field(() => Boolean, { nullable: true, description: "Enabled (default true)." })
  enabled?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Start Date." })
  startsAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "End Date." })
  endsAt?: Date | null;

  @Field({ description: "Subject with variables." })
  subject!: string;

  @Field({ description: "Contents (HTML) with variables." })
  html!: string;

  @Field(() => [ID], { description: "Departments of the brand it serves." })
  departmentIds!: string[];
}

@InputType({ description: "Changes to an autoresponder; absent fields keep their value." })
export class UpdateAutoresponderInput {
  @Field(() => ID, { description: "The autoresponder." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Display Name." })
  displayName?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Enabled." })
  enabled?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Start Date (null clears it)." })
  startsAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "End Date (null clears it)." })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Subject." })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: "Contents (HTML)." })
  html?: string | null;

  @Field(() => [ID], { nullable: true, description: "Departments it serves." })
  departmentIds?: string[] | null;
}

@ObjectType({ description: "Result of an autoresponder mutation." })
export class AutoresponderPayload {
  @Field(() => Autoresponder, {
    nullable: true,
    description: "The autoresponder; null on userErrors or deletion.",
  })
  autoresponder?: Autoresponder | null;

  @Field(() => [UserError], { description: "Why nothing changed." })
  userErrors!: UserError[];
}
