import { Migration } from '@mikro-orm/migrations';

export class Migration20261202183543_chat extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "live_chat_number_seq";`);
    this.addSql(`create type "chat_status" as enum ('QUEUED', 'ACTIVE', 'ENDED');`);
    this.addSql(`create type "chat_end_reason" as enum ('AGENT', 'CUSTOMER', 'IDLE', 'ABANDONED');`);
    this.addSql(`create type "chat_participant_role" as enum ('OWNER', 'CO_CHAT', 'COACH');`);
    this.addSql(`create type "chat_message_kind" as enum ('CUSTOMER', 'AGENT', 'COACHING', 'SYSTEM');`);
    this.addSql(`create type "chat_system_event" as enum ('QUEUED', 'JOINED', 'LEFT', 'TRANSFERRED', 'ENDED', 'WELCOME');`);
    this.addSql(`create table "chat_visitor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "name" varchar(255) not null, "email" varchar(320) null, "user_id" uuid null, constraint "chat_visitor_pkey" primary key ("id"));`);
    this.addSql(`alter table "chat_visitor" add constraint "chat_visitor_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "live_chat_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "disallow_outside_business_hours" boolean not null default false, "max_message_length" int not null default 4000, "rate_limit_messages" int not null default 20, "rate_limit_window_seconds" int not null default 10, "idle_after_seconds" int not null default 300, "end_idle_after_seconds" int null default 1800, "abandon_queued_after_seconds" int null default 900, constraint "live_chat_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "department_chat_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "department_id" uuid not null, "show_queue_position" boolean not null default true, "waiting_message" text null, "agent_welcome_message" text null, "after_chat_message" text null, "not_available_message" text null, "survey_url" text null, constraint "department_chat_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "department_chat_settings" add constraint "department_chat_settings_department_id_unique" unique ("department_id");`);

    this.addSql(`create table "live_chat" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "chat_number" int not null, "status" "chat_status" not null default 'QUEUED', "brand_id" uuid not null, "department_id" uuid not null, "group_id" uuid null, "agent_id" uuid null, "visitor_id" uuid not null, "user_id" uuid null, "customer_name" varchar(255) not null, "customer_email" varchar(320) null, "initial_question" text not null, "queued_at" timestamptz null, "assigned_at" timestamptz null, "ended_at" timestamptz null, "end_reason" "chat_end_reason" null, "last_seq" int not null default 0, "customer_read_seq" int not null default 0, "last_activity_at" timestamptz not null, "idle_notified_at" timestamptz null, "ticket_id" uuid null, "survey_url" text null, "deleted_at" timestamptz null, constraint "live_chat_pkey" primary key ("id"));`);
    this.addSql(`alter table "live_chat" add constraint "live_chat_chat_number_unique" unique ("chat_number");`);
    this.addSql(`create index "live_chat_visitor_id_index" on "live_chat" ("visitor_id");`);
    this.addSql(`create index "live_chat_user_id_index" on "live_chat" ("user_id");`);
    this.addSql(`create index "live_chat_department_id_status_index" on "live_chat" ("department_id", "status");`);
    this.addSql(`create index "live_chat_agent_id_status_index" on "live_chat" ("agent_id", "status");`);
    this.addSql(`create index "live_chat_status_group_id_index" on "live_chat" ("status", "group_id");`);

    this.addSql(`create table "chat_participant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "chat_id" uuid not null, "employee_id" uuid not null, "role" "chat_participant_role" not null, "left_at" timestamptz null, "last_read_seq" int not null default 0, constraint "chat_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "chat_participant_employee_id_index" on "chat_participant" ("employee_id");`);
    this.addSql(`alter table "chat_participant" add constraint "chat_participant_chat_id_employee_id_unique" unique ("chat_id", "employee_id");`);

    this.addSql(`create table "chat_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "chat_id" uuid not null, "seq" int not null, "kind" "chat_message_kind" not null, "system_event" "chat_system_event" null, "author_id" uuid null, "author_name" varchar(255) not null, "body" text not null, constraint "chat_message_pkey" primary key ("id"));`);
    this.addSql(`alter table "chat_message" add constraint "chat_message_chat_id_seq_unique" unique ("chat_id", "seq");`);

    this.addSql(`alter table "chat_visitor" add constraint "chat_visitor_user_id_foreign" foreign key ("user_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "department_chat_settings" add constraint "department_chat_settings_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "live_chat" add constraint "live_chat_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "live_chat" add constraint "live_chat_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "live_chat" add constraint "live_chat_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "live_chat" add constraint "live_chat_agent_id_foreign" foreign key ("agent_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "live_chat" add constraint "live_chat_visitor_id_foreign" foreign key ("visitor_id") references "chat_visitor" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_chat" add constraint "live_chat_user_id_foreign" foreign key ("user_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "live_chat" add constraint "live_chat_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "chat_participant" add constraint "chat_participant_chat_id_foreign" foreign key ("chat_id") references "live_chat" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "chat_participant" add constraint "chat_participant_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "chat_message" add constraint "chat_message_chat_id_foreign" foreign key ("chat_id") references "live_chat" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "chat_message" add constraint "chat_message_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "live_chat" drop constraint "live_chat_visitor_id_foreign";`);

    this.addSql(`alter table "chat_participant" drop constraint "chat_participant_chat_id_foreign";`);

    this.addSql(`alter table "chat_message" drop constraint "chat_message_chat_id_foreign";`);

    this.addSql(`drop table if exists "chat_visitor" cascade;`);

    this.addSql(`drop table if exists "live_chat_settings" cascade;`);

    this.addSql(`drop table if exists "department_chat_settings" cascade;`);

    this.addSql(`drop table if exists "live_chat" cascade;`);

    this.addSql(`drop table if exists "chat_participant" cascade;`);

    this.addSql(`drop table if exists "chat_message" cascade;`);

    this.addSql(`drop type "chat_status";`);
    this.addSql(`drop sequence if exists "live_chat_number_seq";`);
    this.addSql(`drop type "chat_end_reason";`);
    this.addSql(`drop type "chat_participant_role";`);
    this.addSql(`drop type "chat_message_kind";`);
    this.addSql(`drop type "chat_system_event";`);
  }

}
