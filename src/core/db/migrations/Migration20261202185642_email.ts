import { Migration } from '@mikro-orm/migrations';

export class Migration20261202185642_email extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "email_template_kind" as enum ('MASTER', 'AUTO_CLOSE_TICKET', 'COMMUNITY_ACTIVITY_DIGEST', 'COMMUNITY_CONVERSATION_NOTIFICATION', 'COMMUNITY_POST_MOVED_NOTIFICATION', 'EMAIL_REJECTED_DUE_TO_LOCK', 'EMAIL_REJECTED_DUE_TO_NEW_TICKET_REQUIREMENTS', 'EMAIL_REJECTED_DUE_TO_POLICY', 'FORGOT_LOGIN', 'SURVEY', 'TICKET_LIST', 'VERIFY_EMAIL_ADDRESS');`);
    this.addSql(`create type "mail_protocol" as enum ('POP3', 'IMAP');`);
    this.addSql(`create type "mail_encryption" as enum ('NONE', 'SSL', 'TLS');`);
    this.addSql(`create type "outgoing_mail_kind" as enum ('TICKET_REPLY', 'COPY_TO', 'AUTORESPONDER', 'REJECTION', 'TEMPLATE', 'EVENT');`);
    this.addSql(`create type "outgoing_mail_status" as enum ('QUEUED', 'SENT', 'FAILED');`);
    this.addSql(`create type "incoming_mail_status" as enum ('RECEIVED', 'IMPORTED', 'REJECTED', 'IGNORED', 'FAILED');`);
    this.addSql(`create table "email_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "default_encoding" text not null default 'UTF-8', "delivery_delay_seconds" int not null default 10, "delete_failed_after_days" int not null default 30, "delete_raw_after_days" int not null default 30, "blacklist" jsonb not null, "filter_duplicates" boolean not null default true, "remove_redundant_replies" boolean not null default false, constraint "email_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "email_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "brand_id" uuid not null, "kind" "email_template_kind" not null, "subject" text not null, "html" text not null, constraint "email_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "email_template" add constraint "email_template_brand_id_kind_unique" unique ("brand_id", "kind");`);

    this.addSql(`create table "mail_account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "department_id" uuid not null, "protocol" "mail_protocol" not null default 'POP3', "enabled" boolean not null default true, "server" varchar(255) not null, "port" int not null, "encryption" "mail_encryption" not null default 'NONE', "email_address" varchar(320) not null, "username" text not null, "password" text null, "folder" text not null default 'INBOX', "import_frequency_minutes" int not null default 2, "start_tickets_role_id" uuid null, "accept_new_tickets" boolean not null default true, "leave_messages_on_server" boolean not null default false, "ignore_ssl_warnings" boolean not null default false, "last_polled_at" timestamptz null, "last_error" text null, constraint "mail_account_pkey" primary key ("id"));`);
    this.addSql(`create index "mail_account_department_id_index" on "mail_account" ("department_id");`);

    this.addSql(`create table "autoresponder" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "brand_id" uuid not null, "display_name" text not null, "enabled" boolean not null default true, "starts_at" timestamptz null, "ends_at" timestamptz null, "subject" text not null, "html" text not null, "department_ids" jsonb not null, constraint "autoresponder_pkey" primary key ("id"));`);
    this.addSql(`create index "autoresponder_brand_id_index" on "autoresponder" ("brand_id");`);

    this.addSql(`create table "smtp_account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "brand_id" uuid not null, "department_id" uuid null, "server" varchar(255) not null, "port" int not null default 25, "encryption" "mail_encryption" not null default 'NONE', "email_address" varchar(320) not null, "display_name" text null, "username" text null, "password" text null, "ignore_ssl_warnings" boolean not null default false, "is_default" boolean not null default false, constraint "smtp_account_pkey" primary key ("id"));`);
    this.addSql(`create index "smtp_account_brand_id_department_id_index" on "smtp_account" ("brand_id", "department_id");`);

    this.addSql(`create table "outgoing_mail" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "outgoing_mail_kind" not null, "status" "outgoing_mail_status" not null default 'QUEUED', "smtp_account_id" uuid null, "ticket_id" uuid null, "source_key" text null, "auto_key" text null, "message_id" text not null, "from_address" text not null, "recipients" jsonb not null, "subject" text not null, "raw" bytea not null, "size" int not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "sent_at" timestamptz null, constraint "outgoing_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "outgoing_mail_ticket_id_index" on "outgoing_mail" ("ticket_id");`);
    this.addSql(`alter table "outgoing_mail" add constraint "outgoing_mail_source_key_unique" unique ("source_key");`);
    this.addSql(`alter table "outgoing_mail" add constraint "outgoing_mail_message_id_unique" unique ("message_id");`);
    this.addSql(`create index "outgoing_mail_auto_key_created_at_index" on "outgoing_mail" ("auto_key", "created_at");`);
    this.addSql(`create index "outgoing_mail_status_created_at_index" on "outgoing_mail" ("status", "created_at");`);

    this.addSql(`create table "incoming_mail" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid null, "uid" text not null, "message_id" text null, "from_address" text null, "subject" text null, "status" "incoming_mail_status" not null default 'RECEIVED', "note" text null, "ticket_id" uuid null, "ticket_message_id" uuid null, "raw" bytea not null, "size" int not null, "sent_at" timestamptz null, "creation_attempts" int not null default 0, "purged_at" timestamptz null, constraint "incoming_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "incoming_mail_ticket_id_index" on "incoming_mail" ("ticket_id");`);
    this.addSql(`create unique index incoming_mail_account_message_id_unique on incoming_mail (account_id, message_id) where message_id is not null;`);
    this.addSql(`create index "incoming_mail_message_id_index" on "incoming_mail" ("message_id");`);
    this.addSql(`create index "incoming_mail_status_created_at_index" on "incoming_mail" ("status", "created_at");`);
    this.addSql(`alter table "incoming_mail" add constraint "incoming_mail_account_id_uid_unique" unique ("account_id", "uid");`);

    this.addSql(`alter table "email_template" add constraint "email_template_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "mail_account" add constraint "mail_account_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mail_account" add constraint "mail_account_start_tickets_role_id_foreign" foreign key ("start_tickets_role_id") references "role" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "autoresponder" add constraint "autoresponder_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "smtp_account" add constraint "smtp_account_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "smtp_account" add constraint "smtp_account_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "outgoing_mail" add constraint "outgoing_mail_smtp_account_id_foreign" foreign key ("smtp_account_id") references "smtp_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "outgoing_mail" add constraint "outgoing_mail_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "incoming_mail" add constraint "incoming_mail_account_id_foreign" foreign key ("account_id") references "mail_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "incoming_mail" add constraint "incoming_mail_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "incoming_mail" drop constraint "incoming_mail_account_id_foreign";`);

    this.addSql(`alter table "outgoing_mail" drop constraint "outgoing_mail_smtp_account_id_foreign";`);

    this.addSql(`drop table if exists "email_settings" cascade;`);

    this.addSql(`drop table if exists "email_template" cascade;`);

    this.addSql(`drop table if exists "mail_account" cascade;`);

    this.addSql(`drop table if exists "autoresponder" cascade;`);

    this.addSql(`drop table if exists "smtp_account" cascade;`);

    this.addSql(`drop table if exists "outgoing_mail" cascade;`);

    this.addSql(`drop table if exists "incoming_mail" cascade;`);

    this.addSql(`drop type "email_template_kind";`);
    this.addSql(`drop type "mail_protocol";`);
    this.addSql(`drop type "mail_encryption";`);
    this.addSql(`drop type "outgoing_mail_kind";`);
    this.addSql(`drop type "outgoing_mail_status";`);
    this.addSql(`drop type "incoming_mail_status";`);
  }

}
