import { Migration } from '@mikro-orm/migrations';

export class Migration20261202185750_ticket_presence extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "ticket_presence_kind" as enum ('VIEWING', 'REPLYING');`);
    this.addSql(`create table "ticket_presence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "ticket_id" uuid not null, "employee_id" uuid not null, "kind" "ticket_presence_kind" not null, "instance_id" uuid null, "expires_at" timestamptz not null, constraint "ticket_presence_pkey" primary key ("id"));`);
    this.addSql(`create index "ticket_presence_expires_at_index" on "ticket_presence" ("expires_at");`);
    this.addSql(`create index "ticket_presence_ticket_id_expires_at_index" on "ticket_presence" ("ticket_id", "expires_at");`);

    this.addSql(`alter table "ticket_presence" add constraint "ticket_presence_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_presence" add constraint "ticket_presence_employee_id_foreign" foreign key ("employee_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket_presence" cascade;`);

    this.addSql(`drop type "ticket_presence_kind";`);
  }

}
