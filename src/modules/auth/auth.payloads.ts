import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../../core/graphql/pagination.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { UserError } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/account.entity.js";
import { AccountChangeReason } from "./account-events.js";
import { ApiToken } from "./api-token.entity.js";
import { Session } from "./session.entity.js";

const USER_ERRORS = "Expected failures; when present, nothing was changed.";

@ObjectType({ description: "Tokens of a session: send `Authorization: Bearer <accessToken>`." })
export class SessionTokens {
  @Field({ description: "Short-lived JWT for the Authorization header and graphql-ws connection_init." })
  accessToken!: string;

  @Field(() => DateTimeScalar, { description: "When the access token expires." })
  accessTokenExpiresAt!: Date;

  @Field({
    description:
      "Exchange with refreshSession for new tokens; single use — presenting it twice ends the session.",
  })
  refreshToken!: string;

  @Field(() => DateTimeScalar, { description: "When the refresh token (and the session) expires." })
  refreshTokenExpiresAt!: Date;

  @Field(() => Account, { description: "The signed-in account." })
  account!: Account;

  @Field({ description: "True when the account must change its password before doing anything else." })
  mustChangePassword!: boolean;
}

@ObjectType({ description: "Result of login and refreshSession." })
export class LoginPayload {
  @Field(() => SessionTokens, { nullable: true, description: "The new tokens; null on failure." })
  session?: SessionTokens;

  @Field(() => [UserError], {
    description: `${USER_ERRORS} INVALID_CREDENTIALS, ACCOUNT_LOCKED, ACCOUNT_DISABLED, INVALID_REFRESH_TOKEN.`,
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of logout." })
export class LogoutPayload {
  @Field({ description: "True when the session was ended." })
  success!: boolean;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of changeMyPassword." })
export class ChangeMyPasswordPayload {
  @Field(() => Account, { nullable: true, description: "The account, with forcePasswordChange cleared." })
  account?: Account;

  @Field(() => [UserError], {
    description: `${USER_ERRORS} INVALID_CREDENTIALS, PASSWORD_REUSED, WEAK_PASSWORD, NOT_PASSWORD_ACCOUNT.`,
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of createApiToken." })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: "The new token (without its secret)." })
  apiToken?: ApiToken;

  @Field(() => String, {
    nullable: true,
    description: 'The token itself ("dgt_…"), shown this once: only its hash is stored.',
  })
  secret?: string;

  @Field(() => [UserError], {
    description:
      `${USER_ERRORS} REQUIRED, TOO_LONG, INVALID, UNKNOWN_PERMISSION, NOT_A_SUBSET, OWNER_DISABLED, ` +
      "EXPIRES_AFTER_CREATOR.",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of revokeApiToken." })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: "The revoked token." })
  apiToken?: ApiToken;

  @Field(() => Int, {
    nullable: true,
    description: "How many tokens were revoked: this one and the live tokens it created.",
  })
  revokedCount?: number;

  @Field(() => [UserError], { description: `${USER_ERRORS} ALREADY_REVOKED.` })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of revokeSession." })
export class RevokeSessionPayload {
  @Field(() => Session, { nullable: true, description: "The ended session." })
  session?: Session;

  @Field(() => [UserError], { description: `${USER_ERRORS} ALREADY_REVOKED.` })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of revokeAllSessionsOf." })
export class RevokeAllSessionsOfPayload {
  @Field(() => Account, { nullable: true, description: "The account that was signed out." })
  account?: Account;

  @Field(() => Int, { nullable: true, description: "How many live sessions were ended." })
  revokedCount?: number;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of bypassLoginLockout." })
export class BypassLoginLockoutPayload {
  @Field(() => Account, { nullable: true, description: "The account, no longer locked." })
  account?: Account;

  @Field(() => [UserError], { description: `${USER_ERRORS} NOT_LOCKED.` })
  userErrors!: UserError[];
}

@ObjectType({ description: "An event of myAccountChanged." })
export class AccountChange {
  @Field(() => AccountChangeReason, { description: "What changed." })
  reason!: AccountChangeReason;

  @Field(() => DateTimeScalar, { description: "When it changed." })
  occurredAt!: Date;

  @Field(() => Account, { description: "The account as it is now." })
  account!: Account;

  @Field(() => [String], {
    description: "Your effective permission keys now (for an API token: its scopes within the owner's).",
  })
  permissions!: string[];

  @Field(() => ID, {
    nullable: true,
    description: "The ended session when exactly one was (compare with your own to know if it was you).",
  })
  sessionId?: string | null;
}

export const ApiTokenConnection = Connection(ApiToken);
export const SessionConnection = Connection(Session);
