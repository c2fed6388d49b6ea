import { Migration } from '@mikro-orm/migrations';

export class Migration20261203121408_email_lower_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "account_email_lower" on "account" (lower("email"));`);

    this.addSql(`create index "mail_account_email_lower" on "mail_account" (lower("email_address"));`);

    this.addSql(`create index "smtp_account_email_lower" on "smtp_account" (lower("email_address"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "account_email_lower";`);

    this.addSql(`drop index "mail_account_email_lower";`);

    this.addSql(`drop index "smtp_account_email_lower";`);
  }

}
