import { Field, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";

/** Inclusive ranges accepted by updateSecuritySettings (the seed gives none; these keep the values sane). */
export const SECURITY_LIMITS = {
  maxFailedLoginAttempts: { min: 1, max: 100 },
  lockoutMinutes: { min: 1, max: 1440 },
  minimumPasswordLength: { min: 1, max: 128 },
} as const;

@ObjectType({
  description:
    "Sign-in security (Settings > Security: Options > Security and Password Requirements, 002 L7540-7565).",
})
export class SecuritySettings {
  @Field({
    description: "Enable brute force protection: lock an account after repeated failed sign-ins (002 L7542).",
  })
  bruteForceProtectionEnabled!: boolean;

  @Field(() => Int, { description: "Failed sign-ins that lock the account (default 10)." })
  maxFailedLoginAttempts!: number;

  @Field(() => Int, { description: "How long a lockout lasts, in minutes (default 5)." })
  lockoutMinutes!: number;

  @Field(() => Int, { description: "Minimum Password Length (002 L7553)." })
  minimumPasswordLength!: number;

  @Field({ description: "Require numbers (002 L7557)." })
  requireNumbers!: boolean;

  @Field({ description: "Require uppercase letters (002 L7558)." })
  requireUppercase!: boolean;

  @Field({ description: "Require lowercase letters (002 L7559)." })
  requireLowercase!: boolean;

  @Field({ description: "Require symbol (002 L7560)." })
  requireSymbol!: boolean;

  @Field({ description: "Require password does not match username (002 L7561)." })
  requirePasswordNotUsername!: boolean;

  @Field({
    description:
      "Disable password strength for existing passwords: changed requirements only affect new passwords " +
      "(002 L7565). When false, an account whose password no longer meets them must change it at its next " +
      "sign-in.",
  })
  disablePasswordStrengthForExistingPasswords!: boolean;
}

@InputType({ description: "Changes to the security settings; omitted (or null) fields keep their value." })
export class UpdateSecuritySettingsInput {
  @Field(() => Boolean, { nullable: true, description: "Enable brute force protection." })
  bruteForceProtectionEnabled?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: `Failed sign-ins before lockout (${SECURITY_LIMITS.maxFailedLoginAttempts.min}-${SECURITY_LIMITS.maxFailedLoginAttempts.max}).`,
  })
  maxFailedLoginAttempts?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Lockout duration in minutes (${SECURITY_LIMITS.lockoutMinutes.min}-${SECURITY_LIMITS.lockoutMinutes.max}).`,
  })
  lockoutMinutes?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Minimum password length (${SECURITY_LIMITS.minimumPasswordLength.min}-${SECURITY_LIMITS.minimumPasswordLength.max}).`,
  })
  minimumPasswordLength?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Require numbers." })
  requireNumbers?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Require uppercase letters." })
  requireUppercase?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Require lowercase letters." })
  requireLowercase?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Require symbol." })
  requireSymbol?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Require password does not match username." })
  requirePasswordNotUsername?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Disable password strength for existing passwords.",
  })
  disablePasswordStrengthForExistingPasswords?: boolean | null;
}

@ObjectType({ description: "Result of updateSecuritySettings." })
export class UpdateSecuritySettingsPayload {
  @Field(() => SecuritySettings, { nullable: true, description: "The settings now in force." })
  securitySettings?: SecuritySettings;

  @Field(() => [UserError], {
    description: "Expected failures (OUT_OF_RANGE); when present, nothing was changed.",
  })
  userErrors!: UserError[];
}
