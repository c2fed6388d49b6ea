import { ArgsType, Field, ID, InputType } from "type-graphql";
import { AuthenticationMethod } from "./account.entity.js";
import { AccountListArgs, AccountProfileFields } from "./account.inputs.js";

@ArgsType()
export class UsersArgs extends AccountListArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only users matched by a member rule of this organization.",
  })
  organizationId?: string | null;
}

@InputType({ description: "A new end user (002 L3971-4029)." })
export class CreateUserInput extends AccountProfileFields {
  @Field({ description: "Username for the portal, unique across employees and users." })
  username!: string;

  @Field(() => String, {
    nullable: true,
    description: "Display Name (the friendly name); default the username.",
  })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "Email Address." })
  email?: string | null;

  @Field(() => AuthenticationMethod, {
    nullable: true,
    description: "How the user signs in (default PASSWORD).",
  })
  authenticationMethod?: AuthenticationMethod | null;

  @Field(() => String, {
    nullable: true,
    description: "Authentication Domain; required for ACTIVE_DIRECTORY.",
  })
  authenticationDomain?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Required for PASSWORD authentication; checked against the password requirements.",
  })
  password?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Force password change at next login (PASSWORD only).",
  })
  forcePasswordChange?: boolean | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "User roles; Everyone and Registered User are always added (the default set, 002 L3943-3945).",
  })
  roleIds?: string[] | null;
}

@InputType({ description: "Changes to a user; omitted fields stay as they are, null clears a text field." })
export class UpdateUserInput extends AccountProfileFields {
  @Field(() => ID, { description: "The user." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New username, unique across employees and users." })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "Display Name." })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "Email Address; null removes it." })
  email?: string | null;

  @Field(() => AuthenticationMethod, {
    nullable: true,
    description: "How the user signs in; leaving PASSWORD discards the stored password.",
  })
  authenticationMethod?: AuthenticationMethod | null;

  @Field(() => String, { nullable: true, description: "Authentication Domain (ACTIVE_DIRECTORY only)." })
  authenticationDomain?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A new password; needed when switching to PASSWORD authentication.",
  })
  password?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Force password change at next login (PASSWORD only).",
  })
  forcePasswordChange?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Banned from the Community (002 L4016)." })
  banned?: boolean | null;

  @Field(() => String, { nullable: true, description: "Why the user is banned; cleared when unbanned." })
  banReason?: string | null;
}

@InputType({ description: "Sets a user's password (002 L3984-3986)." })
export class SetUserPasswordInput {
  @Field(() => ID, { description: "The user." })
  userId!: string;

  @Field({ description: "The new password; checked against the password requirements." })
  password!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Force a password change at next login; omitted = unchanged.",
  })
  forcePasswordChange?: boolean | null;
}

@InputType({ description: "Users to delete; they cannot be recovered (002 L4074-4078)." })
export class DeleteUsersInput {
  @Field(() => [ID], { description: "The users." })
  ids!: string[];
}
