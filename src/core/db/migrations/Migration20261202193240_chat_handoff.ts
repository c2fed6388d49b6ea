import { Migration } from '@mikro-orm/migrations';

export class Migration20261202193240_chat_handoff extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "live_chat_settings" add column "hand_off_no_initial_response_seconds" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "live_chat_settings" drop column "hand_off_no_initial_response_seconds";`);
  }

}
