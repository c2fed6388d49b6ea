import { Migration } from '@mikro-orm/migrations';

export class Migration20261203111222_drop_unlinked_chat_extras extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "chat_attachment_content" drop constraint "chat_attachment_content_attachment_id_foreign";`);

    this.addSql(`drop table if exists "chat_attachment" cascade;`);

    this.addSql(`drop table if exists "chat_attachment_content" cascade;`);

    this.addSql(`drop table if exists "chat_comment" cascade;`);

    this.addSql(`drop table if exists "chat_time_log" cascade;`);

    this.addSql(`drop type "chat_side";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create type "chat_side" as enum ('CUSTOMER', 'AGENT');`);
    this.addSql(`create table "chat_attachment" ("id" uuid not null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, "chat_id" uuid not null, "message_id" uuid null, "uploaded_by_id" uuid null, "side" "chat_side" not null, "file_name" varchar(255) not null, "content_type" varchar(128) not null, "size" int4 not null, constraint "chat_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "chat_attachment_chat_id_index" on "chat_attachment" ("chat_id");`);
    this.addSql(`create index "chat_attachment_message_id_index" on "chat_attachment" ("message_id");`);

    this.addSql(`create table "chat_attachment_content" ("attachment_id" uuid not null, "data" bytea not null, constraint "chat_attachment_content_pkey" primary key ("attachment_id"));`);

    this.addSql(`create table "chat_comment" ("id" uuid not null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, "chat_id" uuid not null, "type" "ticket_comment_type" not null default 'GENERAL', "author_id" uuid null, "text" text not null, constraint "chat_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "chat_comment_chat_id_index" on "chat_comment" ("chat_id");`);

    this.addSql(`create table "chat_time_log" ("id" uuid not null, "created_at" timestamptz(6) not null, "updated_at" timestamptz(6) not null, "chat_id" uuid not null, "agent_id" uuid null, "category_id" uuid null, "minutes" int4 not null, "billable" bool not null, "cost" numeric(12,2) not null default 0, "notes" text null, constraint "chat_time_log_pkey" primary key ("id"));`);
    this.addSql(`create index "chat_time_log_chat_id_index" on "chat_time_log" ("chat_id");`);

    this.addSql(`alter table "chat_attachment" add constraint "chat_attachment_chat_id_foreign" foreign key ("chat_id") references "live_chat" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "chat_attachment" add constraint "chat_attachment_message_id_foreign" foreign key ("message_id") references "chat_message" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "chat_attachment" add constraint "chat_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "chat_attachment_content" add constraint "chat_attachment_content_attachment_id_foreign" foreign key ("attachment_id") references "chat_attachment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "chat_comment" add constraint "chat_comment_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "chat_comment" add constraint "chat_comment_chat_id_foreign" foreign key ("chat_id") references "live_chat" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "chat_time_log" add constraint "chat_time_log_agent_id_foreign" foreign key ("agent_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "chat_time_log" add constraint "chat_time_log_category_id_foreign" foreign key ("category_id") references "time_log_category" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "chat_time_log" add constraint "chat_time_log_chat_id_foreign" foreign key ("chat_id") references "live_chat" ("id") on update cascade on delete cascade;`);
  }

}
