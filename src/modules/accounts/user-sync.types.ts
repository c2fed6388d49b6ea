import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { User } from "./user.entity.js";

export enum SyncOutcome {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
  FAILED = "FAILED",
}
registerEnumType(SyncOutcome, {
  name: "SyncOutcome",
  description: "What syncing one user did.",
  valuesConfig: {
    CREATED: { description: "A new user was created." },
    UPDATED: { description: "An existing user was changed." },
    UNCHANGED: { description: "The user already matched; nothing was written." },
    FAILED: { description: "Nothing was written for this item; see userErrors." },
  },
});

@InputType({
  description:
    "One user as the external system (billing, WHMCS-style, 002 L2644-2680) has it. Matched by externalId, " +
    "else by email; omitted fields keep their value.",
})
export class SyncUserInput {
  @Field(() => String, { nullable: true, description: "The user's id in the external system." })
  externalId?: string | null;

  @Field({ description: "Email address; also the username when none is given (002 L2675-2677)." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Login name (default: the email address)." })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "Display name (default: the username)." })
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A new password (checked against the password requirements). Not with passwordHash.",
  })
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An argon2 hash ($argon2id$…, $argon2i$…, $argon2d$…) stored as is. Not with password.",
  })
  passwordHash?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Force password change at next login (002 L3986: applies to users created this way).",
  })
  forcePasswordChange?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Organization (created when missing) gaining a USERNAME member rule for this user.",
  })
  organizationName?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "User role names; replaces the user's roles (Everyone and Registered User are always kept).",
  })
  roleNames?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Disabled users cannot sign in; their sessions end." })
  disabled?: boolean | null;
}

@InputType({ description: "A batch of users to create or update (at most 500)." })
export class SyncUsersInput {
  @Field(() => [SyncUserInput], { description: "The users; each is applied in its own transaction." })
  users!: SyncUserInput[];
}

@ObjectType({ description: "What syncing one user did." })
export class SyncUserResult {
  @Field(() => SyncOutcome, { description: "Created, updated, unchanged or failed." })
  outcome!: SyncOutcome;

  @Field(() => String, { nullable: true, description: "The item's externalId, as given." })
  externalId!: string | null;

  @Field({ description: "The item's email, as given." })
  email!: string;

  @Field(() => User, { nullable: true, description: "The user (null when FAILED)." })
  user!: User | null;

  @Field(() => [UserError], { description: "Why this item failed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of syncUsers." })
export class SyncUsersPayload {
  @Field(() => [SyncUserResult], { description: "One result per input item, in order." })
  results?: SyncUserResult[];

  @Field(() => [UserError], { description: "Errors about the batch as a whole (nothing was done)." })
  userErrors!: UserError[];
}

@InputType({ description: "SetUsersProperties for one user (000 L21, 002 L3986)." })
export class SetUserPropertiesInput extends SyncUserInput {
  @Field(() => ID, { nullable: true, description: "The user to change; else matched as in syncUsers." })
  userId?: string | null;
}

@ObjectType({ description: "Result of setUserProperties." })
export class SetUserPropertiesPayload {
  @Field(() => User, { nullable: true, description: "The user." })
  user?: User | null;

  @Field(() => SyncOutcome, { nullable: true, description: "Created, updated or unchanged." })
  outcome?: SyncOutcome;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}
