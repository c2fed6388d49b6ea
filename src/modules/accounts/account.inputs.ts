import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../../core/graphql/pagination.js";

/**
 * Fields shared by employees and users, optional in create and update alike: omitted = unchanged (or the
 * default on create); null clears a text field.
 */
// Registered so subclasses inherit the fields; never referenced itself, so not in the schema.
@InputType("AccountProfileFields", { description: "Profile fields shared by employees and users." })
export abstract class AccountProfileFields {
  @Field(() => String, { nullable: true, description: "Time Zone, an IANA name such as Europe/Berlin." })
  timeZone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Preferred Language, a language tag such as en or de-DE.",
  })
  preferredLanguage?: string | null;

  @Field(() => String, { nullable: true, description: "Website." })
  website?: string | null;

  @Field(() => String, { nullable: true, description: "Home Phone." })
  homePhone?: string | null;

  @Field(() => String, { nullable: true, description: "Cell Phone." })
  cellPhone?: string | null;

  @Field(() => String, { nullable: true, description: "Work Phone." })
  workPhone?: string | null;

  @Field(() => String, { nullable: true, description: "Other Phone." })
  otherPhone?: string | null;

  @Field(() => String, { nullable: true, description: "Company." })
  company?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address (Home Address for employees)." })
  address?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Subscribe to community posts automatically." })
  subscribeToCommunityPostsAutomatically?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Email summaries of subscribed community posts." })
  emailSummariesOfSubscribedCommunityPosts?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Email new messages from conversations." })
  emailNewMessagesFromConversations?: boolean | null;

  @Field(() => String, { nullable: true, description: "Portal Signature." })
  portalSignature?: string | null;

  @Field(() => String, { nullable: true, description: "Id in an external system; unique." })
  externalId?: string | null;
}

export enum AccountSortField {
  DISPLAY_NAME = "DISPLAY_NAME",
  USERNAME = "USERNAME",
  EMAIL = "EMAIL",
  LAST_LOGIN_AT = "LAST_LOGIN_AT",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(AccountSortField, {
  name: "AccountSortField",
  description: "Sort keys of account lists (002 L3947-3952, L3967).",
});

@ArgsType()
export class AccountListArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: "Text contained in the username, display name or email address.",
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "Only accounts holding this role." })
  roleId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only disabled (true) or only enabled (false) accounts.",
  })
  disabled?: boolean | null;

  @Field(() => AccountSortField, { nullable: true, description: "Sort key; DISPLAY_NAME by default." })
  sortBy?: AccountSortField | null;

  @Field(() => Boolean, { nullable: true, description: "Sort descending." })
  descending?: boolean | null;
}

@InputType({ description: "The complete role set of an account." })
export class SetAccountRolesInput {
  @Field(() => ID, { description: "The employee or user." })
  accountId!: string;

  @Field(() => [ID], {
    description:
      "Every role the account should hold; Everyone and Registered User must stay. Employee roles only on employees.",
  })
  roleIds!: string[];
}

@InputType({ description: "The account to disable: it can no longer sign in and its sessions end." })
export class DisableAccountInput {
  @Field(() => ID, { description: "The employee or user." })
  accountId!: string;
}

@InputType({ description: "The account to enable again." })
export class EnableAccountInput {
  @Field(() => ID, { description: "The employee or user." })
  accountId!: string;
}
