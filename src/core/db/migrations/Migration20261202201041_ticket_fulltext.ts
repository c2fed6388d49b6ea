import { Migration } from '@mikro-orm/migrations';

export class Migration20261202201041_ticket_fulltext extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ticket_subject_fts" on "ticket" using gin (to_tsvector('simple', "subject"));`);

    this.addSql(`create index "ticket_message_fts" on "ticket_message" using gin (to_tsvector('simple', coalesce("text_body", '')));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_subject_fts";`);

    this.addSql(`drop index "ticket_message_fts";`);
  }

}
