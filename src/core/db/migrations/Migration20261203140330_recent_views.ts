import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140330_recent_views extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ticket_history_field_old_value_created_at_index" on "ticket_history" ("field", "old_value", "created_at");`);
    this.addSql(`create index "ticket_history_actor_id_created_at_index" on "ticket_history" ("actor_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_history_field_old_value_created_at_index";`);
    this.addSql(`drop index "ticket_history_actor_id_created_at_index";`);
  }

}
