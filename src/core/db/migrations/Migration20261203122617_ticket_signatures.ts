import { Migration } from '@mikro-orm/migrations';

export class Migration20261203122617_ticket_signatures extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "ticket_signature" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "brand_id" uuid null, "department_id" uuid null, "group_id" uuid null, "html" text not null, constraint "ticket_signature_pkey" primary key ("id"));`);
    this.addSql(`create unique index "ticket_signature_scope" on "ticket_signature" (coalesce("brand_id", '00000000-0000-0000-0000-000000000000'), coalesce("department_id", '00000000-0000-0000-0000-000000000000'), coalesce("group_id", '00000000-0000-0000-0000-000000000000'));`);

    this.addSql(`alter table "ticket_signature" add constraint "ticket_signature_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_signature" add constraint "ticket_signature_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ticket_signature" add constraint "ticket_signature_group_id_foreign" foreign key ("group_id") references "department_group" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket_signature" cascade;`);
  }

}
