import { Collection, Entity, Enum, Index, ManyToMany, Property, Unique } from "@mikro-orm/core";
import { Field, InterfaceType, registerEnumType, UseMiddleware } from "type-graphql";
import { PrivateToColleagues } from "./employee-privacy.js";
import { BaseEntity } from "../../core/db/base.entity.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Node } from "../../core/graphql/node.js";
import { Role } from "../roles/role.entity.js";

export enum AccountKind {
  EMPLOYEE = "EMPLOYEE",
  USER = "USER",
}
registerEnumType(AccountKind, {
  name: "AccountKind",
  description: "Employee (agent, manager, administrator) or end user.",
});

export enum AuthenticationMethod {
  PASSWORD = "PASSWORD",
  ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY",
  EXTERNAL_PROVIDER = "EXTERNAL_PROVIDER",
}
registerEnumType(AuthenticationMethod, {
  name: "AuthenticationMethod",
  description:
    "How an account signs in (000 L12): standard password, Active Directory, or an external provider.",
});

/**
 * Anyone who can sign in: employees and end users share one table (single-table inheritance), so a
 * username is unique across both, as the one login form of the documentation requires.
 */
@InterfaceType("Account", {
  implements: Node,
  description: "An employee or an end user.",
  resolveType: (value: { kind?: AccountKind }) => (value.kind === AccountKind.EMPLOYEE ? "Employee" : "User"),
})
@Entity({ tableName: "account", abstract: true, discriminatorColumn: "kind" })
// Requesters, provider logins and user sync find accounts by address case-insensitively (lowerEquals).
@Index({
  name: "account_email_lower",
  expression: `create index "account_email_lower" on "account" (lower("email"))`,
})
export abstract class Account extends BaseEntity {
  @Field(() => AccountKind, { description: "Employee or end user." })
  @Enum({ items: () => AccountKind, nativeEnumName: "account_kind" })
  kind!: AccountKind;

  @Field({ description: "Login name, unique across employees and users (case-insensitive)." })
  @Property({ length: 255 })
  username!: string;

  /** Lower-cased username: the unique login key. */
  @Property({ length: 255 })
  @Unique()
  usernameKey!: string;

  @Field({ description: "Display Name." })
  @Property({ length: 255 })
  displayName!: string;

  @Field(() => String, { nullable: true, description: "Email Address." })
  @Property({ length: 320, nullable: true })
  @Index()
  email?: string | null;

  @Field({ description: "True once the email address has been confirmed." })
  @Property()
  emailVerified: boolean = false;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => AuthenticationMethod, { description: "How the account signs in." })
  @Enum({ items: () => AuthenticationMethod, nativeEnumName: "authentication_method" })
  authenticationMethod: AuthenticationMethod = AuthenticationMethod.PASSWORD;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Authentication Domain (Active Directory only)." })
  @Property({ length: 255, nullable: true })
  authenticationDomain?: string | null;

  /** argon2id hash; null for accounts that authenticate elsewhere. */
  @Property({ type: "text", nullable: true, lazy: true })
  passwordHash?: string | null;

  @Property({ type: "timestamptz", nullable: true })
  passwordChangedAt?: Date | null;

  @UseMiddleware(PrivateToColleagues)
  @Field({ description: "Force password change at next login (000 L16-22)." })
  @Property()
  forcePasswordChange: boolean = false;

  @Field({ description: "A disabled account cannot sign in and its credentials stop working." })
  @Property()
  disabled: boolean = false;

  @Field(() => String, { nullable: true, description: "Time Zone (IANA name)." })
  @Property({ length: 64, nullable: true })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: "Preferred Language (e.g. en, de-DE)." })
  @Property({ length: 16, nullable: true })
  preferredLanguage?: string | null;

  /** Id in an external system (billing sync, external login provider). */
  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, {
    nullable: true,
    description: "Id of this account in an external system (user sync).",
  })
  @Property({ length: 255, nullable: true })
  @Unique()
  externalId?: string | null;

  @Property()
  failedLoginCount: number = 0;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Locked out by brute-force protection until then.",
  })
  @Property({ type: "timestamptz", nullable: true })
  lockedUntil?: Date | null;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => DateTimeScalar, { nullable: true, description: "Last successful sign-in." })
  @Property({ type: "timestamptz", nullable: true })
  lastLoginAt?: Date | null;

  // Contact Info (000 L29-37; users: 002 L3995-4004)
  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Website." })
  @Property({ length: 500, nullable: true })
  website?: string | null;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Home Phone." })
  @Property({ length: 64, nullable: true })
  homePhone?: string | null;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Cell Phone." })
  @Property({ length: 64, nullable: true })
  cellPhone?: string | null;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Work Phone." })
  @Property({ length: 64, nullable: true })
  workPhone?: string | null;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Other Phone." })
  @Property({ length: 64, nullable: true })
  otherPhone?: string | null;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Company." })
  @Property({ length: 255, nullable: true })
  company?: string | null;

  /** One column for the employee's Home Address (000 L37) and the user's Address (002 L3989, L4004). */
  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, { nullable: true, description: "Postal address (an employee's Home Address)." })
  @Property({ type: "text", nullable: true })
  address?: string | null;

  // Portal Settings (000 L38-45; users: 002 L4008-4017)
  @UseMiddleware(PrivateToColleagues)
  @Field({ description: "Subscribe automatically to Community threads they create or post in." })
  @Property({ default: false })
  subscribeToCommunityPostsAutomatically: boolean = false;

  @UseMiddleware(PrivateToColleagues)
  @Field({
    description: "Email summaries of subscribed Community threads (new reply, status or type change).",
  })
  @Property({ default: false })
  emailSummariesOfSubscribedCommunityPosts: boolean = false;

  @UseMiddleware(PrivateToColleagues)
  @Field({ description: "Email new messages from Community conversations." })
  @Property({ default: false })
  emailNewMessagesFromConversations: boolean = false;

  @UseMiddleware(PrivateToColleagues)
  @Field(() => String, {
    nullable: true,
    description: "Portal Signature, shown in Community threads and replies.",
  })
  @Property({ type: "text", nullable: true })
  portalSignature?: string | null;

  /** Read through the roles DataLoader (Account.roles field resolver), never lazily. */
  @ManyToMany(() => Role, undefined, { pivotTable: "account_role", owner: true })
  roles = new Collection<Role>(this);
}

export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}
