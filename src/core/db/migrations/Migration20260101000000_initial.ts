import { Migration } from '@mikro-orm/migrations';

export class Migration20260101000000_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_kind" as enum ('EMPLOYEE', 'USER');`);
    this.addSql(`create type "authentication_method" as enum ('PASSWORD', 'ACTIVE_DIRECTORY', 'EXTERNAL_PROVIDER');`);
    this.addSql(`create type "custom_field_applies_to" as enum ('DATA', 'PEOPLE');`);
    this.addSql(`create type "custom_field_data_type" as enum ('TEXT', 'MULTI_LINE_TEXT', 'DROP_DOWN_LIST', 'CHECKBOX', 'DATE', 'NUMBER');`);
    this.addSql(`create type "template_field_visibility" as enum ('USERS', 'AGENTS', 'BOTH');`);
    this.addSql(`create type "job_status" as enum ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');`);
    this.addSql(`create type "organization_member_type" as enum ('EMAIL_ADDRESS', 'USERNAME', 'DOMAIN_NAME', 'PHONE_NUMBER');`);
    this.addSql(`create type "role_type" as enum ('EMPLOYEE', 'USER');`);
    this.addSql(`create type "predefined_role" as enum ('EVERYONE', 'REGISTERED_USER', 'REGISTERED_USER_VERIFIED_EMAIL', 'AGENT', 'MANAGER', 'ADMINISTRATOR');`);
    this.addSql(`create type "provider_kind" as enum ('LOGIN', 'REGISTRATION', 'CUSTOM_FIELDS', 'TICKETS', 'CHATS', 'USER_INFO', 'EVENTS');`);
    this.addSql(`create type "provider_transport" as enum ('HTTP', 'LDAP', 'IN_PROCESS');`);
    this.addSql(`create type "provider_failure_policy" as enum ('FAIL_OPEN', 'FAIL_CLOSED');`);
    this.addSql(`create type "ticket_handling" as enum ('PULL_FROM_QUEUE', 'PRIMARY_GROUP', 'SECONDARY_GROUP');`);
    this.addSql(`create type "chat_handling" as enum ('CHAT_DISABLED', 'PULL_FROM_QUEUE', 'PRIMARY_GROUP', 'SECONDARY_GROUP');`);
    this.addSql(`create type "canned_reply_scope" as enum ('PERSONAL', 'DEPARTMENT', 'EVERYONE');`);
    this.addSql(`create type "canned_reply_type" as enum ('TICKETS', 'CHATS', 'BOTH');`);
    this.addSql(`create type "canned_reply_status" as enum ('PUBLIC', 'DRAFT');`);
    this.addSql(`create type "custom_field_owner_type" as enum ('TICKET', 'LIVE_CHAT', 'CALL_LOG', 'USER', 'EMPLOYEE');`);
    this.addSql(`create type "ticket_status" as enum ('ACTIVE', 'WAITING', 'CLOSED', 'CLOSED_AND_LOCKED');`);
    this.addSql(`create type "ticket_priority" as enum ('LOW', 'NORMAL', 'HIGH', 'URGENT');`);
    this.addSql(`create type "ticket_direction" as enum ('INBOUND', 'OUTBOUND');`);
    this.addSql(`create type "ticket_source" as enum ('PORTAL', 'EMAIL', 'API', 'AGENT');`);
    this.addSql(`create type "ticket_comment_type" as enum ('GENERAL', 'RESOLUTION', 'TRANSFER', 'FOLLOW_UP', 'STICKY');`);
    this.addSql(`create type "ticket_hold_kind" as enum ('ASSIGNED', 'READ', 'COMPOSE');`);
    this.addSql(`create type "ticket_message_direction" as enum ('INCOMING', 'OUTGOING');`);
    this.addSql(`create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "account_kind" not null, "username" varchar(255) not null, "username_key" varchar(255) not null, "display_name" varchar(255) not null, "email" varchar(320) null, "email_verified" boolean not null default false, "authentication_method" "authentication_method" not null default 'PASSWORD', "authentication_domain" varchar(255) null, "password_hash" text null, "password_changed_at" timestamptz null, "force_password_change" boolean not null default false, "disabled" boolean not null default false, "time_zone" varchar(64) null, "preferred_language" varchar(16) null, "external_id" varchar(255) null, "failed_login_count" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "website" varchar(500) null, "home_phone" varchar(64) null, "cell_phone" varchar(64) null, "work_phone" varchar(64) null, "other_phone" varchar(64) null, "company" varchar(255) null, "address" text null, "subscribe_to_community_posts_automatically" boolean not null default false, "email_summaries_of_subscribed_community_posts" boolean not null default false, "email_new_messages_from_conversations" boolean not null default false, "portal_signature" text null, "display_name_for_chat" varchar(255) null, "hourly_cost" numeric(10,2) null default 10, "copy_to_address" varchar(320) null, "copy_to_enabled" boolean null default true, "other_reply_from_addresses" text[] null default '{}', "max_tickets" int null, "max_active_live_chats" int null default 1, "pop_up_new_chats_automatically" boolean null default true, "play_chat_sounds" boolean null default true, "play_sound_when_chat_queued" boolean null default true, "block_chat_while_composing_call_logs" boolean null default false, "banned" boolean null default false, "ban_reason" text null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`create index "account_kind_index" on "account" ("kind");`);
    this.addSql(`alter table "account" add constraint "account_username_key_unique" unique ("username_key");`);
    this.addSql(`create index "account_email_index" on "account" ("email");`);
    this.addSql(`alter table "account" add constraint "account_external_id_unique" unique ("external_id");`);

    this.addSql(`create table "agent_presence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employee_id" uuid not null, "available" boolean not null default true, "online" boolean not null default false, "online_changed_at" timestamptz null, "last_seen_at" timestamptz null, "last_activity_at" timestamptz null, constraint "agent_presence_pkey" primary key ("id"));`);
    this.addSql(`alter table "agent_presence" add constraint "agent_presence_employee_id_unique" unique ("employee_id");`);
    this.addSql(`create index "agent_presence_last_activity_at_index" on "agent_presence" ("last_activity_at");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "owner_id" uuid not null, "created_by_id" uuid null, "created_by_token_id" uuid null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "permissions" text[] not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_owner_id_index" on "api_token" ("owner_id");`);
    this.addSql(`create index "api_token_created_by_token_id_index" on "api_token" ("created_by_token_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "canned_reply_folder" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "name_key" varchar(255) not null, "parent_id" uuid null, constraint "canned_reply_folder_pkey" primary key ("id"));`);
    this.addSql(`create index "canned_reply_folder_parent_id_index" on "canned_reply_folder" ("parent_id");`);

    this.addSql(`create table "custom_field" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "name_key" varchar(100) not null, "applies_to" "custom_field_applies_to" not null, "data_type" "custom_field_data_type" not null, "list_options" text[] not null default '{}', "default_value" text null, constraint "custom_field_pkey" primary key ("id"));`);
    this.addSql(`alter table "custom_field" add constraint "custom_field_name_key_unique" unique ("name_key");`);

    this.addSql(`create table "custom_field_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "display_name" varchar(255) not null, "display_name_key" varchar(255) not null, constraint "custom_field_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "custom_field_template" add constraint "custom_field_template_display_name_key_unique" unique ("display_name_key");`);

    this.addSql(`create table "custom_field_template_field" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "template_id" uuid not null, "custom_field_id" uuid not null, "display_name" varchar(255) not null, "visibility" "template_field_visibility" not null default 'BOTH', "required_by_users" boolean not null default false, "required_for_agents_to_save_or_send" boolean not null default false, "required_for_agents_to_close" boolean not null default false, "show_in_communication_view" boolean not null default false, "order" int not null, constraint "custom_field_template_field_pkey" primary key ("id"));`);
    this.addSql(`create index "custom_field_template_field_template_id_index" on "custom_field_template_field" ("template_id");`);
    this.addSql(`create index "custom_field_template_field_custom_field_id_index" on "custom_field_template_field" ("custom_field_id");`);
    this.addSql(`alter table "custom_field_template_field" add constraint "custom_field_template_field_template_id_custom_field_id_unique" unique ("template_id", "custom_field_id");`);

    this.addSql(`create table "installation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_name" varchar(255) not null, "time_zone" varchar(64) not null, "setup_completed_at" timestamptz null, "token_secret" text not null, "security" jsonb not null, constraint "installation_pkey" primary key ("id"));`);

    this.addSql(`create table "job" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text not null, "key" text null, "slot" bigint null, "payload" jsonb not null, "status" "job_status" not null default 'PENDING', "run_at" timestamptz not null, "attempts" int not null default 0, "max_attempts" int null, "last_error" text null, "locked_by" text null, "locked_until" timestamptz null, "finished_at" timestamptz null, constraint "job_pkey" primary key ("id"));`);
    this.addSql(`create index "job_status_kind_index" on "job" ("status", "kind");`);
    this.addSql(`create index "job_due" on "job" ("run_at") where "status" in ('PENDING', 'RUNNING');`);
    this.addSql(`create unique index "job_slot" on "job" ("kind", "slot") where "slot" is not null;`);
    this.addSql(`create unique index "job_pending_key" on "job" ("kind", "key") where "status" = 'PENDING' and "key" is not null;`);

    this.addSql(`create table "customer_organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "website" varchar(500) null, "phone_number" varchar(64) null, "number_of_employees" varchar(32) null, "address1" varchar(255) null, "address2" varchar(255) null, "city" varchar(255) null, "state_province" varchar(255) null, "zip_postal_code" varchar(32) null, "country" varchar(255) null, constraint "customer_organization_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_organization_name_index" on "customer_organization" ("name");`);

    this.addSql(`create table "customer_organization_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "type" "organization_member_type" not null, "value" varchar(320) not null, "value_key" varchar(320) not null, "view_organization_tickets_in_portal" boolean not null default false, constraint "customer_organization_member_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_organization_member_organization_id_index" on "customer_organization_member" ("organization_id");`);
    this.addSql(`create index "customer_organization_member_value_key_index" on "customer_organization_member" ("value_key");`);
    this.addSql(`alter table "customer_organization_member" add constraint "customer_organization_member_organization_id_type_3a9df_unique" unique ("organization_id", "type", "value_key");`);

    this.addSql(`create table "presence_connection" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employee_id" uuid not null, "instance_id" varchar(64) not null, "heartbeat_at" timestamptz not null, constraint "presence_connection_pkey" primary key ("id"));`);
    this.addSql(`create index "presence_connection_employee_id_index" on "presence_connection" ("employee_id");`);

    this.addSql(`create table "provider_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('LOGIN', 'REGISTRATION', 'CUSTOM_FIELDS', 'TICKETS', 'CHATS', 'USER_INFO', 'EVENTS')) not null, "delivery_id" uuid not null, "attempt" int not null, "method" varchar(64) not null, "target" text not null, "request" text null, "response" text null, "status" int null, "duration_ms" int not null, "outcome" varchar(32) not null, "error" text null, "note" text null, "will_retry" boolean not null default false, constraint "provider_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "provider_delivery_kind_created_at_index" on "provider_delivery" ("kind", "created_at");`);

    this.addSql(`create table "role" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "type" "role_type" not null, "predefined" "predefined_role" null, "description" text null, "grants" jsonb not null, constraint "role_pkey" primary key ("id"));`);
    this.addSql(`alter table "role" add constraint "role_name_unique" unique ("name");`);
    this.addSql(`alter table "role" add constraint "role_predefined_unique" unique ("predefined");`);

    this.addSql(`create table "external_provider" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "provider_kind" not null, "enabled" boolean not null default false, "transport" "provider_transport" not null default 'HTTP', "web_service_url" text null, "web_service_password" text null, "signing_secret" text null, "ldap" jsonb null, "module_specifier" text null, "module_export" text null, "timeout_ms" int null, "failure_policy" "provider_failure_policy" null, "forgot_password_url" text null, "custom_login_url" text null, "default_user_role_id" uuid null, "mark_email_verified" boolean not null default false, "enable_sign_in_cookies" boolean not null default false, constraint "external_provider_pkey" primary key ("id"));`);
    this.addSql(`alter table "external_provider" add constraint "external_provider_kind_unique" unique ("kind");`);

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

    this.addSql(`create table "distribution_state" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employee_id" uuid not null, "group_id" uuid not null, "last_assigned_at" timestamptz null, constraint "distribution_state_pkey" primary key ("id"));`);
    this.addSql(`create index "distribution_state_group_id_index" on "distribution_state" ("group_id");`);
    this.addSql(`alter table "distribution_state" add constraint "distribution_state_employee_id_group_id_unique" unique ("employee_id", "group_id");`);

    this.addSql(`create table "agent_group_membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "employee_id" uuid not null, "group_id" uuid not null, "ticket_handling" "ticket_handling" not null default 'PRIMARY_GROUP', "max_tickets" int null, "chat_handling" "chat_handling" not null default 'PRIMARY_GROUP', "auto_inactive_enabled" boolean not null default false, "auto_inactive_minutes" int null, "hand_off_on_auto_inactive" boolean not null default false, "go_active_on_login" boolean not null default true, "tickets_active" boolean not null default false, "chats_active" boolean null default false, constraint "agent_group_membership_pkey" primary key ("id"), constraint agent_group_membership_chat_na check ((chat_handling = 'CHAT_DISABLED') = (chats_active is null)));`);
    this.addSql(`create index "agent_group_membership_employee_id_index" on "agent_group_membership" ("employee_id");`);
    this.addSql(`create index "agent_group_membership_group_id_index" on "agent_group_membership" ("group_id");`);
    this.addSql(`alter table "agent_group_membership" add constraint "agent_group_membership_employee_id_group_id_unique" unique ("employee_id", "group_id");`);

    this.addSql(`create table "department_custom_field_templates" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "department_id" uuid not null, "ticket_template_id" uuid null, "live_chat_template_id" uuid null, "call_log_template_id" uuid null, constraint "department_custom_field_templates_pkey" primary key ("id"));`);
    this.addSql(`alter table "department_custom_field_templates" add constraint "department_custom_field_templates_department_id_unique" unique ("department_id");`);

    this.addSql(`create table "canned_reply" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "body" text not null, "folder_id" uuid null, "scope" "canned_reply_scope" not null, "department_id" uuid null, "owner_id" uuid null, "created_by_id" uuid null, "type" "canned_reply_type" not null default 'BOTH', "status" "canned_reply_status" not null default 'PUBLIC', "language" varchar(16) null, constraint "canned_reply_pkey" primary key ("id"));`);
    this.addSql(`create index "canned_reply_folder_id_index" on "canned_reply" ("folder_id");`);
    this.addSql(`create index "canned_reply_owner_id_index" on "canned_reply" ("owner_id");`);
    this.addSql(`create index "canned_reply_scope_department_id_index" on "canned_reply" ("scope", "department_id");`);

    this.addSql(`create table "account_role" ("account_id" uuid not null, "role_id" uuid not null, constraint "account_role_pkey" primary key ("account_id", "role_id"));`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "refresh_token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_active_at" timestamptz not null, "last_ip" varchar(64) null, "user_agent" text null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_account_id_index" on "auth_session" ("account_id");`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_refresh_token_hash_unique" unique ("refresh_token_hash");`);

    this.addSql(`create table "auth_rotated_refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "session_id" uuid not null, constraint "auth_rotated_refresh_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "auth_rotated_refresh_token" add constraint "auth_rotated_refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_rotated_refresh_token_session_id_index" on "auth_rotated_refresh_token" ("session_id");`);

    this.addSql(`create table "custom_field_value" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "owner_type" "custom_field_owner_type" not null, "owner_id" uuid not null, "field_id" uuid not null, "value" text not null, constraint "custom_field_value_pkey" primary key ("id"));`);
    this.addSql(`create index "custom_field_value_field_id_index" on "custom_field_value" ("field_id");`);
    this.addSql(`alter table "custom_field_value" add constraint "custom_field_value_owner_type_owner_id_field_id_unique" unique ("owner_type", "owner_id", "field_id");`);

    this.addSql(`create table "ticket" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_number" varchar(20) not null, "subject" varchar(500) not null, "status" "ticket_status" not null default 'ACTIVE', "priority" "ticket_priority" not null default 'NORMAL', "pinned" boolean not null default false, "direction" "ticket_direction" not null default 'INBOUND', "source" "ticket_source" not null default 'AGENT', "brand_id" uuid not null, "department_id" uuid not null, "group_id" uuid null, "assigned_agent_id" uuid null, "requester_id" uuid null, "requester_email" varchar(320) not null, "language" varchar(16) null, "counts_toward_limit" boolean not null default false, "last_activity_at" timestamptz not null, "follow_up_at" timestamptz null, "follow_up_comment" text null, "closed_at" timestamptz null, "last_transferred_at" timestamptz null, "follow_up_agent_id" uuid null, "status_before_follow_up" "ticket_status" null, "follow_up_due_at" timestamptz null, "status_before_delete" "ticket_status" null, "deleted_by_id" uuid null, "merged_into_id" uuid null, "deleted_at" timestamptz null, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`alter table "ticket" add constraint "ticket_ticket_number_unique" unique ("ticket_number");`);
    this.addSql(`create index "ticket_brand_id_index" on "ticket" ("brand_id");`);
    this.addSql(`create index "ticket_requester_id_index" on "ticket" ("requester_id");`);
    this.addSql(`create index "ticket_follow_up_at_index" on "ticket" ("follow_up_at");`);
    this.addSql(`create index "ticket_deleted_at_index" on "ticket" ("deleted_at");`);
    this.addSql(`create index "ticket_group_id_status_index" on "ticket" ("group_id", "status");`);
    this.addSql(`create index "ticket_department_id_status_index" on "ticket" ("department_id", "status");`);
    this.addSql(`create index "ticket_assigned_agent_id_status_counts_toward_limit_index" on "ticket" ("assigned_agent_id", "status", "counts_toward_limit");`);

    this.addSql(`create table "ticket_comment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" uuid not null, "type" "ticket_comment_type" not null default 'GENERAL', "author_id" uuid null, "text" text not null, constraint "ticket_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_comment_ticket_id_created_at_index" on "ticket_comment" ("ticket_id", "created_at");`);

    this.addSql(`create table "ticket_history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" uuid not null, "actor_id" uuid null, "field" varchar(64) not null, "old_value" text null, "new_value" text null, "note" text null, constraint "ticket_history_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_history_ticket_id_created_at_index" on "ticket_history" ("ticket_id", "created_at");`);

    this.addSql(`create table "ticket_hold" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" uuid not null, "employee_id" uuid not null, "kind" "ticket_hold_kind" not null, "at" timestamptz not null, constraint "ticket_hold_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_hold_employee_id_index" on "ticket_hold" ("employee_id");`);
    this.addSql(`alter table "ticket_hold" add constraint "ticket_hold_ticket_id_employee_id_kind_unique" unique ("ticket_id", "employee_id", "kind");`);

    this.addSql(`create table "ticket_link" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "a_id" uuid not null, "b_id" uuid not null, constraint "ticket_link_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_link_b_id_index" on "ticket_link" ("b_id");`);
    this.addSql(`alter table "ticket_link" add constraint "ticket_link_a_id_b_id_unique" unique ("a_id", "b_id");`);

    this.addSql(`create table "ticket_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" uuid not null, "direction" "ticket_message_direction" not null, "author_id" uuid null, "from_address" varchar(320) not null, "to" jsonb not null, "cc" jsonb not null, "bcc" jsonb not null, "subject" varchar(500) not null, "html_body" text null, "text_body" text null, constraint "ticket_message_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_message_ticket_id_created_at_index" on "ticket_message" ("ticket_id", "created_at");`);

    this.addSql(`create table "ticket_attachment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" uuid not null, "message_id" uuid null, "uploaded_by_id" uuid null, "file_name" varchar(255) not null, "content_type" varchar(128) not null, "size" int not null, "internal" boolean not null default false, constraint "ticket_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_attachment_ticket_id_index" on "ticket_attachment" ("ticket_id");`);

    this.addSql(`create table "ticket_attachment_content" ("attachment_id" uuid not null, "data" bytea not null, constraint "ticket_attachment_content_pkey" primary key ("attachment_id"));`);

    this.addSql(`create table "ticket_number_alias" ("ticket_number" varchar(20) not null, "ticket_id" uuid not null, constraint "ticket_number_alias_pkey" primary key ("ticket_number"));`);
    this.addSql(`create index "ticket_number_alias_ticket_id_index" on "ticket_number_alias" ("ticket_id");`);

    this.addSql(`create table "ticket_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "max_attachment_bytes" int not null default 2097152, constraint "ticket_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "time_log_category" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, constraint "time_log_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "time_log_category" add constraint "time_log_category_name_unique" unique ("name");`);

    this.addSql(`create table "ticket_time_log" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" uuid not null, "agent_id" uuid null, "category_id" uuid null, "minutes" int not null, "billable" boolean not null, "cost" numeric(12,2) not null default 0, "notes" text null, constraint "ticket_time_log_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_time_log_ticket_id_index" on "ticket_time_log" ("ticket_id");`);

    this.addSql(`alter table "agent_presence" add constraint "agent_presence_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_token_id_foreign" foreign key ("created_by_token_id") references "api_token" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "canned_reply_folder" add constraint "canned_reply_folder_parent_id_foreign" foreign key ("parent_id") references "canned_reply_folder" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "custom_field_template_field" add constraint "custom_field_template_field_template_id_foreign" foreign key ("template_id") references "custom_field_template" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "custom_field_template_field" add constraint "custom_field_template_field_custom_field_id_foreign" foreign key ("custom_field_id") references "custom_field" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "customer_organization_member" add constraint "customer_organization_member_organization_id_foreign" foreign key ("organization_id") references "customer_organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "presence_connection" add constraint "presence_connection_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "external_provider" add constraint "external_provider_default_user_role_id_foreign" foreign key ("default_user_role_id") references "role" ("id") on update cascade on delete set null;`);

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

    this.addSql(`alter table "distribution_state" add constraint "distribution_state_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "distribution_state" add constraint "distribution_state_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agent_group_membership" add constraint "agent_group_membership_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agent_group_membership" add constraint "agent_group_membership_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "department_custom_field_templates" add constraint "department_custom_field_templates_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "department_custom_field_templates" add constraint "department_custom_field_templates_ticket_template_id_foreign" foreign key ("ticket_template_id") references "custom_field_template" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "department_custom_field_templates" add constraint "department_custom_field_templates_live_chat_template_id_foreign" foreign key ("live_chat_template_id") references "custom_field_template" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "department_custom_field_templates" add constraint "department_custom_field_templates_call_log_template_id_foreign" foreign key ("call_log_template_id") references "custom_field_template" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "canned_reply" add constraint "canned_reply_folder_id_foreign" foreign key ("folder_id") references "canned_reply_folder" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "canned_reply" add constraint "canned_reply_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "canned_reply" add constraint "canned_reply_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "canned_reply" add constraint "canned_reply_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account_role" add constraint "account_role_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_role" add constraint "account_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_rotated_refresh_token" add constraint "auth_rotated_refresh_token_session_id_foreign" foreign key ("session_id") references "auth_session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "custom_field_value" add constraint "custom_field_value_field_id_foreign" foreign key ("field_id") references "custom_field" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket" add constraint "ticket_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ticket" add constraint "ticket_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ticket" add constraint "ticket_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_assigned_agent_id_foreign" foreign key ("assigned_agent_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_requester_id_foreign" foreign key ("requester_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_follow_up_agent_id_foreign" foreign key ("follow_up_agent_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_deleted_by_id_foreign" foreign key ("deleted_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_merged_into_id_foreign" foreign key ("merged_into_id") references "ticket" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket_comment" add constraint "ticket_comment_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_comment" add constraint "ticket_comment_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket_history" add constraint "ticket_history_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_history" add constraint "ticket_history_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket_hold" add constraint "ticket_hold_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_hold" add constraint "ticket_hold_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket_link" add constraint "ticket_link_a_id_foreign" foreign key ("a_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_link" add constraint "ticket_link_b_id_foreign" foreign key ("b_id") references "ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket_message" add constraint "ticket_message_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_message" add constraint "ticket_message_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket_attachment" add constraint "ticket_attachment_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_attachment" add constraint "ticket_attachment_message_id_foreign" foreign key ("message_id") references "ticket_message" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket_attachment" add constraint "ticket_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket_attachment_content" add constraint "ticket_attachment_content_attachment_id_foreign" foreign key ("attachment_id") references "ticket_attachment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket_number_alias" add constraint "ticket_number_alias_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket_time_log" add constraint "ticket_time_log_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_time_log" add constraint "ticket_time_log_agent_id_foreign" foreign key ("agent_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket_time_log" add constraint "ticket_time_log_category_id_foreign" foreign key ("category_id") references "time_log_category" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agent_presence" drop constraint "agent_presence_employee_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_owner_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`alter table "presence_connection" drop constraint "presence_connection_employee_id_foreign";`);

    this.addSql(`alter table "distribution_state" drop constraint "distribution_state_employee_id_foreign";`);

    this.addSql(`alter table "agent_group_membership" drop constraint "agent_group_membership_employee_id_foreign";`);

    this.addSql(`alter table "canned_reply" drop constraint "canned_reply_owner_id_foreign";`);

    this.addSql(`alter table "canned_reply" drop constraint "canned_reply_created_by_id_foreign";`);

    this.addSql(`alter table "account_role" drop constraint "account_role_account_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_account_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_assigned_agent_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_requester_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_follow_up_agent_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_deleted_by_id_foreign";`);

    this.addSql(`alter table "ticket_comment" drop constraint "ticket_comment_author_id_foreign";`);

    this.addSql(`alter table "ticket_history" drop constraint "ticket_history_actor_id_foreign";`);

    this.addSql(`alter table "ticket_hold" drop constraint "ticket_hold_employee_id_foreign";`);

    this.addSql(`alter table "ticket_message" drop constraint "ticket_message_author_id_foreign";`);

    this.addSql(`alter table "ticket_attachment" drop constraint "ticket_attachment_uploaded_by_id_foreign";`);

    this.addSql(`alter table "ticket_time_log" drop constraint "ticket_time_log_agent_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_token_id_foreign";`);

    this.addSql(`alter table "canned_reply_folder" drop constraint "canned_reply_folder_parent_id_foreign";`);

    this.addSql(`alter table "canned_reply" drop constraint "canned_reply_folder_id_foreign";`);

    this.addSql(`alter table "custom_field_template_field" drop constraint "custom_field_template_field_custom_field_id_foreign";`);

    this.addSql(`alter table "custom_field_value" drop constraint "custom_field_value_field_id_foreign";`);

    this.addSql(`alter table "custom_field_template_field" drop constraint "custom_field_template_field_template_id_foreign";`);

    this.addSql(`alter table "department_custom_field_templates" drop constraint "department_custom_field_templates_ticket_template_id_foreign";`);

    this.addSql(`alter table "department_custom_field_templates" drop constraint "department_custom_field_templates_live_chat_template_id_foreign";`);

    this.addSql(`alter table "department_custom_field_templates" drop constraint "department_custom_field_templates_call_log_template_id_foreign";`);

    this.addSql(`alter table "customer_organization_member" drop constraint "customer_organization_member_organization_id_foreign";`);

    this.addSql(`alter table "external_provider" drop constraint "external_provider_default_user_role_id_foreign";`);

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

    this.addSql(`alter table "ticket" drop constraint "ticket_brand_id_foreign";`);

    this.addSql(`alter table "holiday" drop constraint "holiday_department_id_foreign";`);

    this.addSql(`alter table "department_group" drop constraint "department_group_department_id_foreign";`);

    this.addSql(`alter table "department_custom_field_templates" drop constraint "department_custom_field_templates_department_id_foreign";`);

    this.addSql(`alter table "canned_reply" drop constraint "canned_reply_department_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_department_id_foreign";`);

    this.addSql(`alter table "distribution_state" drop constraint "distribution_state_group_id_foreign";`);

    this.addSql(`alter table "agent_group_membership" drop constraint "agent_group_membership_group_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_group_id_foreign";`);

    this.addSql(`alter table "auth_rotated_refresh_token" drop constraint "auth_rotated_refresh_token_session_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_merged_into_id_foreign";`);

    this.addSql(`alter table "ticket_comment" drop constraint "ticket_comment_ticket_id_foreign";`);

    this.addSql(`alter table "ticket_history" drop constraint "ticket_history_ticket_id_foreign";`);

    this.addSql(`alter table "ticket_hold" drop constraint "ticket_hold_ticket_id_foreign";`);

    this.addSql(`alter table "ticket_link" drop constraint "ticket_link_a_id_foreign";`);

    this.addSql(`alter table "ticket_link" drop constraint "ticket_link_b_id_foreign";`);

    this.addSql(`alter table "ticket_message" drop constraint "ticket_message_ticket_id_foreign";`);

    this.addSql(`alter table "ticket_attachment" drop constraint "ticket_attachment_ticket_id_foreign";`);

    this.addSql(`alter table "ticket_number_alias" drop constraint "ticket_number_alias_ticket_id_foreign";`);

    this.addSql(`alter table "ticket_time_log" drop constraint "ticket_time_log_ticket_id_foreign";`);

    this.addSql(`alter table "ticket_attachment" drop constraint "ticket_attachment_message_id_foreign";`);

    this.addSql(`alter table "ticket_attachment_content" drop constraint "ticket_attachment_content_attachment_id_foreign";`);

    this.addSql(`alter table "ticket_time_log" drop constraint "ticket_time_log_category_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "agent_presence" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "canned_reply_folder" cascade;`);

    this.addSql(`drop table if exists "custom_field" cascade;`);

    this.addSql(`drop table if exists "custom_field_template" cascade;`);

    this.addSql(`drop table if exists "custom_field_template_field" cascade;`);

    this.addSql(`drop table if exists "installation" cascade;`);

    this.addSql(`drop table if exists "job" cascade;`);

    this.addSql(`drop table if exists "customer_organization" cascade;`);

    this.addSql(`drop table if exists "customer_organization_member" cascade;`);

    this.addSql(`drop table if exists "presence_connection" cascade;`);

    this.addSql(`drop table if exists "provider_delivery" cascade;`);

    this.addSql(`drop table if exists "role" cascade;`);

    this.addSql(`drop table if exists "external_provider" cascade;`);

    this.addSql(`drop table if exists "brand" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "holiday" cascade;`);

    this.addSql(`drop table if exists "department_group" cascade;`);

    this.addSql(`drop table if exists "distribution_state" cascade;`);

    this.addSql(`drop table if exists "agent_group_membership" cascade;`);

    this.addSql(`drop table if exists "department_custom_field_templates" cascade;`);

    this.addSql(`drop table if exists "canned_reply" cascade;`);

    this.addSql(`drop table if exists "account_role" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "auth_rotated_refresh_token" cascade;`);

    this.addSql(`drop table if exists "custom_field_value" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_comment" cascade;`);

    this.addSql(`drop table if exists "ticket_history" cascade;`);

    this.addSql(`drop table if exists "ticket_hold" cascade;`);

    this.addSql(`drop table if exists "ticket_link" cascade;`);

    this.addSql(`drop table if exists "ticket_message" cascade;`);

    this.addSql(`drop table if exists "ticket_attachment" cascade;`);

    this.addSql(`drop table if exists "ticket_attachment_content" cascade;`);

    this.addSql(`drop table if exists "ticket_number_alias" cascade;`);

    this.addSql(`drop table if exists "ticket_settings" cascade;`);

    this.addSql(`drop table if exists "time_log_category" cascade;`);

    this.addSql(`drop table if exists "ticket_time_log" cascade;`);

    this.addSql(`drop type "account_kind";`);
    this.addSql(`drop type "authentication_method";`);
    this.addSql(`drop type "custom_field_applies_to";`);
    this.addSql(`drop type "custom_field_data_type";`);
    this.addSql(`drop type "template_field_visibility";`);
    this.addSql(`drop type "job_status";`);
    this.addSql(`drop type "organization_member_type";`);
    this.addSql(`drop type "role_type";`);
    this.addSql(`drop type "predefined_role";`);
    this.addSql(`drop type "provider_kind";`);
    this.addSql(`drop type "provider_transport";`);
    this.addSql(`drop type "provider_failure_policy";`);
    this.addSql(`drop type "ticket_handling";`);
    this.addSql(`drop type "chat_handling";`);
    this.addSql(`drop type "canned_reply_scope";`);
    this.addSql(`drop type "canned_reply_type";`);
    this.addSql(`drop type "canned_reply_status";`);
    this.addSql(`drop type "custom_field_owner_type";`);
    this.addSql(`drop type "ticket_status";`);
    this.addSql(`drop type "ticket_priority";`);
    this.addSql(`drop type "ticket_direction";`);
    this.addSql(`drop type "ticket_source";`);
    this.addSql(`drop type "ticket_comment_type";`);
    this.addSql(`drop type "ticket_hold_kind";`);
    this.addSql(`drop type "ticket_message_direction";`);
  }

}
