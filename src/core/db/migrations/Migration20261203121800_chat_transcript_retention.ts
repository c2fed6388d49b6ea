import { Migration } from '@mikro-orm/migrations';

export class Migration20261203121800_chat_transcript_retention extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "outgoing_mail_kind" add value if not exists 'CHAT_TRANSCRIPT' after 'EVENT';`);

    this.addSql(`create index "live_chat_deleted_at_index" on "live_chat" ("deleted_at");`);
    this.addSql(`create index "live_chat_department_id_ended_at_index" on "live_chat" ("department_id", "ended_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "live_chat_deleted_at_index";`);
    this.addSql(`drop index "live_chat_department_id_ended_at_index";`);
  }

}
