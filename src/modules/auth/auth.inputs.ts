import { ArgsType, Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";

@InputType({ description: "Credentials for login." })
export class LoginInput {
  @Field({ description: "Username (case-insensitive)." })
  username!: string;

  @Field({ description: "Password." })
  password!: string;
}

@InputType({ description: "Input of refreshSession." })
export class RefreshSessionInput {
  @Field({
    description: "The refresh token from login or the previous refresh; it is replaced by a new one.",
  })
  refreshToken!: string;
}

@InputType({ description: "Input of changeMyPassword." })
export class ChangeMyPasswordInput {
  @Field({ description: "The password in use now." })
  currentPassword!: string;

  @Field({ description: "The new password; it must meet the password requirements (securitySettings)." })
  newPassword!: string;
}

@InputType({ description: "Input of createApiToken." })
export class CreateApiTokenInput {
  @Field({ description: "What the token is for (1-200 characters)." })
  name!: string;

  @Field(() => [String], {
    description:
      "Permission keys the token may use (see myPermissions): a subset of the owner's current permissions, " +
      "and of the calling token's when a token creates a token.",
  })
  permissions!: string[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "When the token stops working; omit for no expiry (not allowed when a token creates a token).",
  })
  expiresAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: "Employee who will own the token; omit for yourself. Another employee needs ADMINISTRATION.",
  })
  ownerId?: string | null;
}

@InputType({ description: "Input of revokeApiToken." })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: "The token to revoke; the tokens it created are revoked with it." })
  id!: string;
}

@InputType({ description: "Input of revokeSession." })
export class RevokeSessionInput {
  @Field(() => ID, { description: "One of your sessions (from mySessions)." })
  id!: string;
}

@InputType({ description: "Input of revokeAllSessionsOf." })
export class RevokeAllSessionsOfInput {
  @Field(() => ID, { description: "The employee or user to sign out everywhere." })
  accountId!: string;
}

@InputType({ description: "Input of bypassLoginLockout." })
export class BypassLoginLockoutInput {
  @Field(() => ID, { description: "The locked-out employee or user." })
  accountId!: string;
}

@ArgsType()
export class ApiTokensFilterArgs {
  @Field(() => ID, {
    nullable: true,
    description: "List this employee's tokens instead of your own (ADMINISTRATION for someone else).",
  })
  ownerId?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: "List every employee's tokens (ADMINISTRATION); ownerId is then ignored.",
  })
  allOwners?: boolean;

  @Field({ nullable: true, defaultValue: false, description: "Also list revoked and expired tokens." })
  includeInactive?: boolean;
}
