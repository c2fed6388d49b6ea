import { Entity, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Node } from "../../core/graphql/node.js";

/** Brute-force protection and password requirements (002 L7540-7565). */
export interface SecuritySettingsData {
  bruteForceProtectionEnabled: boolean;
  maxFailedLoginAttempts: number;
  lockoutMinutes: number;
  minimumPasswordLength: number;
  requireNumbers: boolean;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireSymbol: boolean;
  requirePasswordNotUsername: boolean;
  /** "Disable password strength for existing passwords": new rules apply only to new passwords. */
  disablePasswordStrengthForExistingPasswords: boolean;
}

/** Defaults: 10 failures lock for 5 minutes (002 L7542); the length minimum is ours (the seed names none). */
export const DEFAULT_SECURITY_SETTINGS: SecuritySettingsData = {
  bruteForceProtectionEnabled: true,
  maxFailedLoginAttempts: 10,
  lockoutMinutes: 5,
  minimumPasswordLength: 8,
  requireNumbers: false,
  requireUppercase: false,
  requireLowercase: false,
  requireSymbol: false,
  requirePasswordNotUsername: true,
  disablePasswordStrengthForExistingPasswords: true,
};

/** The one row describing this installation, written by first-run setup (002 L1668-1806). */
@ObjectType({ implements: Node, description: "This help desk installation." })
@Entity({ tableName: "installation" })
export class Installation extends BaseEntity {
  @Field({ description: "Company name, shown to customers." })
  @Property({ length: 255 })
  companyName!: string;

  @Field({ description: "Default time zone (IANA) for business hours and reports (002 L5906)." })
  @Property({ length: 64 })
  timeZone!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When first-run setup completed; null before.",
  })
  @Property({ type: "timestamptz", nullable: true })
  setupCompletedAt?: Date | null;

  /** Signs access tokens when JWT_SECRET is not configured; never exposed. */
  @Property({ type: "text", lazy: true })
  tokenSecret!: string;

  @Property({ type: "jsonb" })
  security: SecuritySettingsData = { ...DEFAULT_SECURITY_SETTINGS };
}
