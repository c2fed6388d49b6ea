import { Migration } from '@mikro-orm/migrations';

export class Migration20261202185158_events extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "event_rule_scope" as enum ('SYSTEM', 'AGENT');`);
    this.addSql(`create type "event_rule_evaluation_outcome" as enum ('FIRED', 'PARTIAL_FAILURE', 'FAILED', 'SKIPPED');`);
    this.addSql(`create table "event_action_throttle" ("key" text not null, "last_run_at" timestamptz not null, constraint "event_action_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "event_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "enabled" boolean not null default true, "scope" "event_rule_scope" not null, "owner_id" uuid null, "category" varchar(32) not null, "event_type" varchar(64) not null, "conditions" jsonb not null, "actions" jsonb not null, constraint "event_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "event_rule_owner_id_index" on "event_rule" ("owner_id");`);
    this.addSql(`create index "event_rule_event_type_enabled_index" on "event_rule" ("event_type", "enabled");`);

    this.addSql(`create table "event_rule_evaluation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "rule_id" uuid not null, "rule_name" varchar(255) not null, "rule_scope" "event_rule_scope" not null, "owner_id" uuid null, "domain_event_id" uuid not null, "domain_event_type" varchar(128) not null, "event_type" varchar(64) not null, "event_type_id" int not null, "subject_type" varchar(64) not null, "subject_id" varchar(64) not null, "outcome" "event_rule_evaluation_outcome" not null, "reason" text null, "condition_trace" jsonb not null, "action_trace" jsonb not null, "event" jsonb not null, "occurred_at" timestamptz not null, "evaluated_at" timestamptz not null, constraint "event_rule_evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "event_rule_evaluation_owner_id_index" on "event_rule_evaluation" ("owner_id");`);
    this.addSql(`create index "event_rule_evaluation_created_at_index" on "event_rule_evaluation" ("created_at");`);
    this.addSql(`create index "event_rule_evaluation_rule_id_created_at_index" on "event_rule_evaluation" ("rule_id", "created_at");`);
    this.addSql(`alter table "event_rule_evaluation" add constraint "event_rule_evaluation_once" unique ("domain_event_id", "rule_id");`);

    this.addSql(`create table "event_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stop_idle_events_after_days" int null default 30, constraint "event_settings_pkey" primary key ("id"));`);

    this.addSql(`alter table "event_rule" add constraint "event_rule_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_action_throttle" cascade;`);

    this.addSql(`drop table if exists "event_rule" cascade;`);

    this.addSql(`drop table if exists "event_rule_evaluation" cascade;`);

    this.addSql(`drop table if exists "event_settings" cascade;`);

    this.addSql(`drop type "event_rule_scope";`);
    this.addSql(`drop type "event_rule_evaluation_outcome";`);
  }

}
