import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { ExternalProvider } from "./external-provider.entity.js";
import { FailurePolicy, ProviderKind, ProviderTransport } from "./provider-kind.js";

export enum LdapBindKind {
  DN_TEMPLATE = "DN_TEMPLATE",
  ACTIVE_DIRECTORY = "ACTIVE_DIRECTORY",
  SEARCH = "SEARCH",
}

/** GraphQL value <-> stored value (providers/ldap/config.ts names). */
export const BIND_KIND_STORED = {
  [LdapBindKind.DN_TEMPLATE]: "dn-template",
  [LdapBindKind.ACTIVE_DIRECTORY]: "active-directory",
  [LdapBindKind.SEARCH]: "search",
} as const;
export const BIND_KIND_OF = {
  "dn-template": LdapBindKind.DN_TEMPLATE,
  "active-directory": LdapBindKind.ACTIVE_DIRECTORY,
  search: LdapBindKind.SEARCH,
} as const;
registerEnumType(LdapBindKind, {
  name: "LdapBindKind",
  description: "How the login name becomes an LDAP bind name (docs/providers.md, LDAP / Active Directory).",
  valuesConfig: {
    DN_TEMPLATE: {
      description: "A DN built from a template such as uid={username},ou=people,dc=example,dc=org.",
    },
    ACTIVE_DIRECTORY: { description: "DOMAIN\\user or user@domain, as Active Directory accepts." },
    SEARCH: {
      description:
        "Search then bind: the entry is found under baseDN with filter (as the service account), then the " +
        "user binds with its DN. Users may type user, DOMAIN\\user or user@domain: {username} is the name " +
        "without the domain, {domain} the domain, {login} as typed. Needs baseDN.",
    },
  },
});

@ObjectType({ description: "LDAP / Active Directory options of the login provider (secrets not returned)." })
export class LdapSettings {
  @Field({ description: "ldap://host:389 or ldaps://host:636." })
  url!: string;

  @Field({ description: "Upgrade an ldap:// connection with StartTLS before binding." })
  startTls!: boolean;

  @Field(() => LdapBindKind, { description: "How the bind name is formed." })
  bindKind!: LdapBindKind;

  @Field(() => String, { nullable: true, description: "DN template with {username} (DN_TEMPLATE)." })
  dnTemplate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Domain for bare names: DOMAIN\\user (Active Directory).",
  })
  defaultDomain!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "UPN suffix for bare names: user@suffix (Active Directory).",
  })
  upnSuffix!: string | null;

  @Field(() => String, { nullable: true, description: "Search base for the user's entry." })
  baseDN!: string | null;

  @Field(() => String, { nullable: true, description: "Search filter ({username}, {domain}, {login})." })
  filter!: string | null;

  @Field(() => String, { nullable: true, description: "Attribute holding the email address (default mail)." })
  emailAttribute!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Attribute holding the display name (default displayName).",
  })
  displayNameAttribute!: string | null;

  @Field(() => String, { nullable: true, description: "Service account DN (needed for single sign-on)." })
  serviceAccountDn!: string | null;

  @Field({ description: "Whether a service account password is set; it is never returned." })
  hasServiceAccountPassword!: boolean;
}

@InputType({ description: "LDAP / Active Directory options; replaces the stored ones." })
export class LdapSettingsInput {
  @Field({ description: "ldap://host:389 or ldaps://host:636." })
  url!: string;

  @Field(() => Boolean, { nullable: true, description: "Use StartTLS (default false)." })
  startTls?: boolean | null;

  @Field(() => LdapBindKind, { description: "How the bind name is formed." })
  bindKind!: LdapBindKind;

  @Field(() => String, { nullable: true, description: "DN template with {username} (DN_TEMPLATE)." })
  dnTemplate?: string | null;

  @Field(() => String, { nullable: true, description: "Domain for bare names (Active Directory)." })
  defaultDomain?: string | null;

  @Field(() => String, { nullable: true, description: "UPN suffix for bare names (Active Directory)." })
  upnSuffix?: string | null;

  @Field(() => String, { nullable: true, description: "Search base for the user's entry." })
  baseDN?: string | null;

  @Field(() => String, { nullable: true, description: "Search filter." })
  filter?: string | null;

  @Field(() => String, { nullable: true, description: "Email attribute (default mail)." })
  emailAttribute?: string | null;

  @Field(() => String, { nullable: true, description: "Display name attribute (default displayName)." })
  displayNameAttribute?: string | null;

  @Field(() => String, { nullable: true, description: "Service account DN." })
  serviceAccountDn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Service account password: omitted or null keeps the stored one, empty string clears it.",
  })
  serviceAccountPassword?: string | null;
}

@InputType({
  description:
    "Changes to one provider's settings; omitted fields keep their value. Secrets: omitted or null keeps, " +
    "an empty string clears.",
})
export class UpdateExternalProviderInput {
  @Field(() => ProviderKind, { description: "The provider tab to change." })
  kind!: ProviderKind;

  @Field(() => Boolean, { nullable: true, description: "Enable the provider." })
  enabled?: boolean | null;

  @Field(() => ProviderTransport, { nullable: true, description: "How the provider is reached." })
  transport?: ProviderTransport | null;

  @Field(() => String, { nullable: true, description: "Web Service URL (http or https)." })
  webServiceUrl?: string | null;

  @Field(() => String, { nullable: true, description: "Web Service Password (write-only)." })
  webServicePassword?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Signing secret of the request signature (write-only).",
  })
  signingSecret?: string | null;

  @Field(() => LdapSettingsInput, { nullable: true, description: "LDAP options (login provider only)." })
  ldap?: LdapSettingsInput | null;

  @Field(() => String, {
    nullable: true,
    description: "In-process module: a package name or a path under plugins/ (installed by the operator).",
  })
  moduleSpecifier?: string | null;

  @Field(() => String, { nullable: true, description: "In-process module export (default: default)." })
  moduleExport?: string | null;

  @Field(() => Int, { nullable: true, description: "Per-call timeout, 100-60000 ms; null: the default." })
  timeoutMs?: number | null;

  @Field(() => FailurePolicy, { nullable: true, description: "Failure policy override; null: the default." })
  failurePolicy?: FailurePolicy | null;

  @Field(() => String, { nullable: true, description: "Forgot Password URL (login provider)." })
  forgotPasswordUrl?: string | null;

  @Field(() => String, { nullable: true, description: "Custom Login URL (login provider)." })
  customLoginUrl?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Default Role for Users (a user role); null: Registered User (login provider).",
  })
  defaultUserRoleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Mark email addresses as verified (login provider)." })
  markEmailVerified?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Enable single sign-on cookies from other sites (login provider).",
  })
  enableSignInCookies?: boolean | null;
}

@ObjectType({ description: "Result of updateExternalProvider." })
export class UpdateExternalProviderPayload {
  @Field(() => ExternalProvider, { nullable: true, description: "The settings as saved." })
  externalProvider?: ExternalProvider;

  @Field(() => [UserError], { description: "Why nothing was saved." })
  userErrors!: UserError[];
}
