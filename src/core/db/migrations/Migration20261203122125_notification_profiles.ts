import { Migration } from '@mikro-orm/migrations';

export class Migration20261203122125_notification_profiles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification_profile" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "owner_id" uuid null, "name" varchar(255) not null, "is_default" boolean not null default false, "email_addresses" text[] not null default '{}', "email_enabled" boolean not null default true, "sms_addresses" text[] not null default '{}', "sms_enabled" boolean not null default false, "show_reminder" boolean not null default false, constraint "notification_profile_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_profile_owner_id_index" on "notification_profile" ("owner_id");`);
    this.addSql(`create unique index "notification_profile_one_default" on "notification_profile" (coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid)) where "is_default";`);

    this.addSql(`alter table "notification_profile" add constraint "notification_profile_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_profile" cascade;`);
  }

}
