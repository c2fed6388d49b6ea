import { Migration } from '@mikro-orm/migrations';

export class Migration20261203081059_ticket_search extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ticket_requester_email_lower" on "ticket" (lower("requester_email"));`);

    this.addSql(`create index "ticket_comment_fts" on "ticket_comment" using gin (to_tsvector('simple', "text"));`);

    this.addSql(`create index "ticket_message_html_fts" on "ticket_message" using gin (to_tsvector('simple', regexp_replace(coalesce("html_body", ''), '<[^>]*>', ' ', 'g'))) where "text_body" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_requester_email_lower";`);

    this.addSql(`drop index "ticket_comment_fts";`);

    this.addSql(`drop index "ticket_message_html_fts";`);
  }

}
