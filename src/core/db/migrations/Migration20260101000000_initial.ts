import { Migration } from '@mikro-orm/migrations';

export class Migration20260101000000_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_kind" as enum ('EMPLOYEE', 'USER');`);
    this.addSql(`create type "authentication_method" as enum ('PASSWORD', 'ACTIVE_DIRECTORY', 'EXTERNAL_PROVIDER');`);
    this.addSql(`create type "organization_member_type" as enum ('EMAIL_ADDRESS', 'USERNAME', 'DOMAIN_NAME', 'PHONE_NUMBER');`);
    this.addSql(`create type "role_type" as enum ('EMPLOYEE', 'USER');`);
    this.addSql(`create type "predefined_role" as enum ('EVERYONE', 'REGISTERED_USER', 'REGISTERED_USER_VERIFIED_EMAIL', 'AGENT', 'MANAGER', 'ADMINISTRATOR');`);
    this.addSql(`create type "ticket_handling" as enum ('PULL_FROM_QUEUE', 'PRIMARY_GROUP', 'SECONDARY_GROUP');`);
    this.addSql(`create type "chat_handling" as enum ('CHAT_DISABLED', 'PULL_FROM_QUEUE', 'PRIMARY_GROUP', 'SECONDARY_GROUP');`);
    this.addSql(`create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "account_kind" not null, "username" varchar(255) not null, "username_key" varchar(255) not null, "display_name" varchar(255) not null, "email" varchar(320) null, "email_verified" boolean not null default false, "authentication_method" "authentication_method" not null default 'PASSWORD', "authentication_domain" varchar(255) null, "password_hash" text null, "password_changed_at" timestamptz null, "force_password_change" boolean not null default false, "disabled" boolean not null default false, "time_zone" varchar(64) null, "preferred_language" varchar(16) null, "external_id" varchar(255) null, "failed_login_count" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "website" varchar(500) null, "home_phone" varchar(64) null, "cell_phone" varchar(64) null, "work_phone" varchar(64) null, "other_phone" varchar(64) null, "company" varchar(255) null, "address" text null, "subscribe_to_community_posts_automatically" boolean not null default false, "email_summaries_of_subscribed_community_posts" boolean not null default false, "email_new_messages_from_conversations" boolean not null default false, "portal_signature" text null, "display_name_for_chat" varchar(255) null, "hourly_cost" numeric(10,2) null default 10, "copy_to_address" varchar(320) null, "copy_to_enabled" boolean null default true, "other_reply_from_addresses" text[] null default '{}', "max_tickets" int null, "max_active_live_chats" int null default 1, "pop_up_new_chats_automatically" boolean null default true, "play_chat_sounds" boolean null default true, "play_sound_when_chat_queued" boolean null default true, "block_chat_while_composing_call_logs" boolean null default false, "banned" boolean null default false, "ban_reason" text null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`create index "account_kind_index" on "account" ("kind");`);
    this.addSql(`alter table "account" add constraint "account_username_key_unique" unique ("username_key");`);
    this.addSql(`create index "account_email_index" on "account" ("email");`);
    this.addSql(`alter table "account" add constraint "account_external_id_unique" unique ("external_id");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "owner_id" uuid not null, "created_by_id" uuid null, "created_by_token_id" uuid null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "permissions" text[] not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_owner_id_index" on "api_token" ("owner_id");`);
    this.addSql(`create index "api_token_created_by_token_id_index" on "api_token" ("created_by_token_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "installation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_name" varchar(255) not null, "time_zone" varchar(64) not null, "setup_completed_at" timestamptz null, "token_secret" text not null, "security" jsonb not null, constraint "installation_pkey" primary key ("id"));`);

    this.addSql(`create table "customer_organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "website" varchar(500) null, "phone_number" varchar(64) null, "number_of_employees" varchar(32) null, "address1" varchar(255) null, "address2" varchar(255) null, "city" varchar(255) null, "state_province" varchar(255) null, "zip_postal_code" varchar(32) null, "country" varchar(255) null, constraint "customer_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_organization_name_index" on "customer_organization" ("name");`);

    this.addSql(`create table "customer_organization_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "type" "organization_member_type" not null, "value" varchar(320) not null, "value_key" varchar(320) not null, "view_organization_tickets_in_portal" boolean not null default false, constraint "customer_organization_member_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_organization_member_organization_id_index" on "customer_organization_member" ("organization_id");`);
    this.addSql(`create index "customer_organization_member_value_key_index" on "customer_organization_member" ("value_key");`);
    this.addSql(`alter table "customer_organization_member" add constraint "customer_organization_member_organization_id_type_3a9df_unique" unique ("organization_id", "type", "value_key");`);

    this.addSql(`create table "role" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "type" "role_type" not null, "predefined" "predefined_role" null, "description" text null, "grants" jsonb not null, constraint "role_pkey" primary key ("id"));`);
    this.addSql(`alter table "role" add constraint "role_name_unique" unique ("name");`);
    this.addSql(`alter table "role" add constraint "role_predefined_unique" unique ("predefined");`);

    this.addSql(`create table "brand" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "host_headers" text[] not null, "is_default" boolean not null default false, "company_website" varchar(500) null, "enable_cookie_disclaimer" boolean not null default false, "default_font" varchar(255) null, "google_analytics_site_id" varchar(64) null, "display_logo_on_portal" boolean not null default true, "view_community_role_id" uuid null, "create_community_threads_role_id" uuid null, "minimum_posts_to_post_links" int not null default 3, "post_links_in_portal_role_id" uuid null, "view_tickets_role_id" uuid null, "view_news_role_id" uuid null, "view_kb_articles_role_id" uuid null, "users_can_change_display_name" boolean not null default true, "users_can_change_email_address" boolean not null default true, "users_can_change_password" boolean not null default true, "users_can_change_profile_information" boolean not null default true, "users_can_upload_custom_avatars" boolean not null default true, "new_feedback_starts_moderated" boolean not null default true, "require_approval_for_custom_avatars" boolean not null default true, "display_live_chat_in_portal" boolean not null default true, "display_social_network_links" boolean not null default true, "display_send_ticket_list_by_email" boolean not null default true, "enable_login_form" boolean not null default true, "enable_new_user_registration" boolean not null default true, "enable_gravatar" boolean not null default false, "enable_kb_article_voting" boolean not null default true, "privacy_policy_url" varchar(500) null, "privacy_policy_enabled" boolean not null default false, "primary_color" varchar(7) not null default '#F1F1F1', "secondary_color" varchar(7) not null default '#BBBBBB', "primary_button_color" varchar(7) not null default '#3A87AD', "secondary_button_color" varchar(7) not null default '#666666', "button_text_color" varchar(7) not null default '#FFFFFF', "content_background_color" varchar(7) not null default '#FFFFFF', "navigation_bar_color" varchar(7) not null default '#545454', "text_color" varchar(7) not null default '#333333', "link_color" varchar(7) not null default '#006693', "custom_css" text null, "cookie_disclaimer_text" text null, "cookie_disclaimer_primary_color" varchar(7) not null default '#237AFC', "cookie_disclaimer_secondary_color" varchar(7) not null default '#FFFFFF', "main_portal_announcement" text null, "additional_portal_footer" text null, "business_hours" jsonb not null, constraint "brand_pkey" primary key ("id"));`);
    this.addSql(`create unique index "brand_single_default" on "brand" ("is_default") where "is_default";`);

    this.addSql(`create table "department" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "brand_id" uuid not null, "name" varchar(255) not null, "preferred_language" varchar(16) null, "allow_all_agents_to_find_items_in_advanced_search" boolean not null default false, "allow_managers_outside_to_view" boolean not null default false, "mark_time_logs_billable_by_default" boolean not null default false, "new_tickets_in_portal_role_id" uuid null, "auto_close_after_hours" int null default 168, "auto_lock_after_hours" int null default 322, "auto_delete_after_days" int null default 365, "require_resolution_to_close" boolean not null default false, "require_all_tasks_completed_to_close" boolean not null default false, "notify_customer_on_auto_close" boolean not null default false, "call_log_auto_delete_after_days" int null, "before_ticket_submission_message" text null, "after_ticket_submission_message" text null, "inherit_business_hours_from_brand" boolean not null default true, "inherit_holidays_from_brand" boolean not null default true, "business_hours" jsonb not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`create index "department_brand_id_index" on "department" ("brand_id");`);
    this.addSql(`alter table "department" add constraint "department_brand_id_name_unique" unique ("brand_id", "name");`);

    this.addSql(`create table "holiday" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "brand_id" uuid null, "department_id" uuid null, "name" varchar(255) not null, "date" date not null, constraint "holiday_pkey" primary key ("id"), constraint holiday_one_owner check ((brand_id is null) <> (department_id is null)));`);
    this.addSql(`create index "holiday_brand_id_index" on "holiday" ("brand_id");`);
    this.addSql(`create index "holiday_department_id_index" on "holiday" ("department_id");`);
    this.addSql(`alter table "holiday" add constraint "holiday_department_id_date_unique" unique ("department_id", "date");`);
    this.addSql(`alter table "holiday" add constraint "holiday_brand_id_date_unique" unique ("brand_id", "date");`);

    this.addSql(`create table "department_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "department_id" uuid not null, "name" varchar(255) not null, "is_front_line" boolean not null default false, "ticket_created_minutes" int null, "ticket_transferred_minutes" int null, "ticket_message_in_minutes" int null, "ticket_message_out_minutes" int null, "live_chat_started_minutes" int null, "live_chat_transferred_minutes" int null, constraint "department_group_pkey" primary key ("id"));`);
    this.addSql(`create index "department_group_department_id_index" on "department_group" ("department_id");`);
    this.addSql(`create unique index "department_group_single_front_line" on "department_group" ("department_id") where "is_front_line";`);
    this.addSql(`alter table "department_group" add constraint "department_group_department_id_name_unique" unique ("department_id", "name");`);

    this.addSql(`create table "agent_group_membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employee_id" uuid not null, "group_id" uuid not null, "ticket_handling" "ticket_handling" not null default 'PRIMARY_GROUP', "max_tickets" int null, "chat_handling" "chat_handling" not null default 'PRIMARY_GROUP', "auto_inactive_enabled" boolean not null default false, "auto_inactive_minutes" int null, "hand_off_on_auto_inactive" boolean not null default false, "go_active_on_login" boolean not null default true, "tickets_active" boolean not null default false, "chats_active" boolean null default false, constraint "agent_group_membership_pkey" primary key ("id"), constraint agent_group_membership_chat_na check ((chat_handling = 'CHAT_DISABLED') = (chats_active is null)));`);
    this.addSql(`create index "agent_group_membership_employee_id_index" on "agent_group_membership" ("employee_id");`);
    this.addSql(`create index "agent_group_membership_group_id_index" on "agent_group_membership" ("group_id");`);
    this.addSql(`alter table "agent_group_membership" add constraint "agent_group_membership_employee_id_group_id_unique" unique ("employee_id", "group_id");`);

    this.addSql(`create table "account_role" ("account_id" uuid not null, "role_id" uuid not null, constraint "account_role_pkey" primary key ("account_id", "role_id"));`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "refresh_token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_active_at" timestamptz not null, "last_ip" varchar(64) null, "user_agent" text null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_account_id_index" on "auth_session" ("account_id");`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_refresh_token_hash_unique" unique ("refresh_token_hash");`);

    this.addSql(`create table "auth_rotated_refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "session_id" uuid not null, constraint "auth_rotated_refresh_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "auth_rotated_refresh_token" add constraint "auth_rotated_refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_rotated_refresh_token_session_id_index" on "auth_rotated_refresh_token" ("session_id");`);

    this.addSql(`alter table "api_token" add constraint "api_token_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_token_id_foreign" foreign key ("created_by_token_id") references "api_token" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_organization_member" add constraint "customer_organization_member_organization_id_foreign" foreign key ("organization_id") references "customer_organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "brand" add constraint "brand_view_community_role_id_foreign" foreign key ("view_community_role_id") references "role" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "brand" add constraint "brand_create_community_threads_role_id_foreign" foreign key ("create_community_threads_role_id") references "role" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "brand" add constraint "brand_post_links_in_portal_role_id_foreign" foreign key ("post_links_in_portal_role_id") references "role" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "brand" add constraint "brand_view_tickets_role_id_foreign" foreign key ("view_tickets_role_id") references "role" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "brand" add constraint "brand_view_news_role_id_foreign" foreign key ("view_news_role_id") references "role" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "brand" add constraint "brand_view_kb_articles_role_id_foreign" foreign key ("view_kb_articles_role_id") references "role" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "department" add constraint "department_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "department" add constraint "department_new_tickets_in_portal_role_id_foreign" foreign key ("new_tickets_in_portal_role_id") references "role" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "holiday" add constraint "holiday_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "holiday" add constraint "holiday_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "department_group" add constraint "department_group_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agent_group_membership" add constraint "agent_group_membership_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agent_group_membership" add constraint "agent_group_membership_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account_role" add constraint "account_role_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_role" add constraint "account_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_rotated_refresh_token" add constraint "auth_rotated_refresh_token_session_id_foreign" foreign key ("session_id") references "auth_session" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_token" drop constraint "api_token_owner_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`alter table "agent_group_membership" drop constraint "agent_group_membership_employee_id_foreign";`);

    this.addSql(`alter table "account_role" drop constraint "account_role_account_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_account_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_token_id_foreign";`);

    this.addSql(`alter table "customer_organization_member" drop constraint "customer_organization_member_organization_id_foreign";`);

    this.addSql(`alter table "brand" drop constraint "brand_view_community_role_id_foreign";`);

    this.addSql(`alter table "brand" drop constraint "brand_create_community_threads_role_id_foreign";`);

    this.addSql(`alter table "brand" drop constraint "brand_post_links_in_portal_role_id_foreign";`);

    this.addSql(`alter table "brand" drop constraint "brand_view_tickets_role_id_foreign";`);

    this.addSql(`alter table "brand" drop constraint "brand_view_news_role_id_foreign";`);

    this.addSql(`alter table "brand" drop constraint "brand_view_kb_articles_role_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_new_tickets_in_portal_role_id_foreign";`);

    this.addSql(`alter table "account_role" drop constraint "account_role_role_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_brand_id_foreign";`);

    this.addSql(`alter table "holiday" drop constraint "holiday_brand_id_foreign";`);

    this.addSql(`alter table "holiday" drop constraint "holiday_department_id_foreign";`);

    this.addSql(`alter table "department_group" drop constraint "department_group_department_id_foreign";`);

    this.addSql(`alter table "agent_group_membership" drop constraint "agent_group_membership_group_id_foreign";`);

    this.addSql(`alter table "auth_rotated_refresh_token" drop constraint "auth_rotated_refresh_token_session_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "installation" cascade;`);

    this.addSql(`drop table if exists "customer_organization" cascade;`);

    this.addSql(`drop table if exists "customer_organization_member" cascade;`);

    this.addSql(`drop table if exists "role" cascade;`);

    this.addSql(`drop table if exists "brand" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "holiday" cascade;`);

    this.addSql(`drop table if exists "department_group" cascade;`);

    this.addSql(`drop table if exists "agent_group_membership" cascade;`);

    this.addSql(`drop table if exists "account_role" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "auth_rotated_refresh_token" cascade;`);

    this.addSql(`drop type "account_kind";`);
    this.addSql(`drop type "authentication_method";`);
    this.addSql(`drop type "organization_member_type";`);
    this.addSql(`drop type "role_type";`);
    this.addSql(`drop type "predefined_role";`);
    this.addSql(`drop type "ticket_handling";`);
    this.addSql(`drop type "chat_handling";`);
  }

}
