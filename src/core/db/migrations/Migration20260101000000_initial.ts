import { Migration } from '@mikro-orm/migrations';

export class Migration20260101000000_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_kind" as enum ('EMPLOYEE', 'USER');`);
    this.addSql(`create type "authentication_method" as enum ('PASSWORD', 'ACTIVE_DIRECTORY', 'EXTERNAL_PROVIDER');`);
    this.addSql(`create type "role_type" as enum ('EMPLOYEE', 'USER');`);
    this.addSql(`create type "predefined_role" as enum ('EVERYONE', 'REGISTERED_USER', 'REGISTERED_USER_VERIFIED_EMAIL', 'AGENT', 'MANAGER', 'ADMINISTRATOR');`);
    this.addSql(`create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "account_kind" not null, "username" varchar(255) not null, "username_key" varchar(255) not null, "display_name" varchar(255) not null, "email" varchar(320) null, "email_verified" boolean not null default false, "authentication_method" "authentication_method" not null default 'PASSWORD', "authentication_domain" varchar(255) null, "password_hash" text null, "password_changed_at" timestamptz null, "force_password_change" boolean not null default false, "disabled" boolean not null default false, "time_zone" varchar(64) null, "preferred_language" varchar(16) null, "external_id" varchar(255) null, "failed_login_count" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "display_name_for_chat" varchar(255) null, "hourly_cost" numeric(10,2) null default 10, "website" varchar(500) null, "home_phone" varchar(64) null, "cell_phone" varchar(64) null, "work_phone" varchar(64) null, "other_phone" varchar(64) null, "company" varchar(255) null, "home_address" text null, "subscribe_to_community_posts_automatically" boolean null default false, "email_summaries_of_subscribed_community_posts" boolean null default false, "email_new_messages_from_conversations" boolean null default false, "portal_signature" text null, "copy_to_address" varchar(320) null, "copy_to_enabled" boolean null default true, "other_reply_from_addresses" text[] null default '{}', "max_tickets" int null, "max_active_live_chats" int null default 1, "pop_up_new_chats_automatically" boolean null default true, "play_chat_sounds" boolean null default true, "play_sound_when_chat_queued" boolean null default true, "block_chat_while_composing_call_logs" boolean null default false, "phone" varchar(64) null, "banned" boolean null default false, "ban_reason" text null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`create index "account_kind_index" on "account" ("kind");`);
    this.addSql(`alter table "account" add constraint "account_username_key_unique" unique ("username_key");`);
    this.addSql(`create index "account_email_index" on "account" ("email");`);
    this.addSql(`alter table "account" add constraint "account_external_id_unique" unique ("external_id");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "owner_id" uuid not null, "created_by_id" uuid null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "permissions" text[] not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_owner_id_index" on "api_token" ("owner_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "brand" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "host_headers" text[] not null, "is_default" boolean not null default false, "company_website" varchar(500) null, constraint "brand_pkey" primary key ("id"));`);

    this.addSql(`create table "installation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_name" varchar(255) not null, "time_zone" varchar(64) not null, "setup_completed_at" timestamptz null, "token_secret" text not null, "security" jsonb not null, constraint "installation_pkey" primary key ("id"));`);

    this.addSql(`create table "role" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "type" "role_type" not null, "predefined" "predefined_role" null, "description" text null, "grants" jsonb not null, constraint "role_pkey" primary key ("id"));`);
    this.addSql(`alter table "role" add constraint "role_name_unique" unique ("name");`);
    this.addSql(`alter table "role" add constraint "role_predefined_unique" unique ("predefined");`);

    this.addSql(`create table "account_role" ("account_id" uuid not null, "role_id" uuid not null, constraint "account_role_pkey" primary key ("account_id", "role_id"));`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "refresh_token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" text null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_account_id_index" on "auth_session" ("account_id");`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_refresh_token_hash_unique" unique ("refresh_token_hash");`);

    this.addSql(`alter table "api_token" add constraint "api_token_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account_role" add constraint "account_role_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_role" add constraint "account_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_token" drop constraint "api_token_owner_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`alter table "account_role" drop constraint "account_role_account_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_account_id_foreign";`);

    this.addSql(`alter table "account_role" drop constraint "account_role_role_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "brand" cascade;`);

    this.addSql(`drop table if exists "installation" cascade;`);

    this.addSql(`drop table if exists "role" cascade;`);

    this.addSql(`drop table if exists "account_role" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop type "account_kind";`);
    this.addSql(`drop type "authentication_method";`);
    this.addSql(`drop type "role_type";`);
    this.addSql(`drop type "predefined_role";`);
  }

}
