import { Entity, Enum, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Role } from "../roles/role.entity.js";
import {
  DEFAULT_FAILURE_POLICY,
  DEFAULT_TIMEOUT_MS,
  FailurePolicy,
  ProviderKind,
  ProviderTransport,
} from "./provider-kind.js";

/** LDAP options as stored (providers/ldap/config.ts); the service account password never leaves the server. */
export interface LdapSettingsData {
  url: string;
  startTls: boolean;
  bindKind: "dn-template" | "active-directory" | "search";
  dnTemplate: string | null;
  defaultDomain: string | null;
  upnSuffix: string | null;
  baseDN: string | null;
  filter: string | null;
  emailAttribute: string | null;
  displayNameAttribute: string | null;
  serviceAccountDn: string | null;
  serviceAccountPassword: string | null;
}

/**
 * One tab of Settings > External Providers (002 L7975-8058). A kind without a row is disabled. Secrets
 * (Web Service Password, signing secret, LDAP service account password) are lazy columns with no GraphQL
 * field: the API says only whether they are set (hasPassword), so they cannot leak through a query.
 */
@ObjectType({ implements: Node, description: "The settings of one external provider (administrators only)." })
@Entity({ tableName: "external_provider" })
export class ExternalProvider extends BaseEntity {
  @Field(() => ProviderKind, { description: "Which provider tab this is." })
  @Enum({ items: () => ProviderKind, nativeEnumName: "provider_kind" })
  @Unique()
  kind!: ProviderKind;

  @Field({ description: "Enable … provider (002 L7990-7998): when false the server never calls it." })
  @Property()
  enabled: boolean = false;

  @Field(() => ProviderTransport, { description: "How the provider is reached." })
  @Enum({ items: () => ProviderTransport, nativeEnumName: "provider_transport" })
  transport: ProviderTransport = ProviderTransport.HTTP;

  @Field(() => String, { nullable: true, description: "Web Service URL (HTTP transport)." })
  @Property({ type: "text", nullable: true })
  webServiceUrl?: string | null;

  /** Web Service Password, sent as AuthPW. */
  @Property({ type: "text", nullable: true, lazy: true })
  webServicePassword?: string | null;

  /** HMAC key of the request signature; the password when not set. */
  @Property({ type: "text", nullable: true, lazy: true })
  signingSecret?: string | null;

  /** True when a Web Service Password is stored (loaded by the service; the value itself is never exposed). */
  @Field({ description: "Whether a Web Service Password is set. The password itself is never returned." })
  hasPassword: boolean = false;

  @Field({ description: "Whether a separate signing secret is set (otherwise the password signs requests)." })
  hasSigningSecret: boolean = false;

  @Property({ type: "jsonb", nullable: true })
  ldap?: LdapSettingsData | null;

  @Field(() => String, {
    nullable: true,
    description:
      "In-process transport: the module (package name, file: URL or path from the working directory).",
  })
  @Property({ type: "text", nullable: true })
  moduleSpecifier?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "In-process transport: the export (default: default).",
  })
  @Property({ type: "text", nullable: true })
  moduleExport?: string | null;

  @Field(() => Int, { nullable: true, description: "Per-call timeout in milliseconds; null: the default." })
  @Property({ type: "integer", nullable: true })
  timeoutMs?: number | null;

  @Field(() => FailurePolicy, {
    nullable: true,
    description: "Overrides the default failure policy (docs/providers.md); null: the default.",
  })
  @Enum({ items: () => FailurePolicy, nativeEnumName: "provider_failure_policy", nullable: true })
  failurePolicy?: FailurePolicy | null;

  // Login tab only (002 L8004-8012).
  @Field(() => String, { nullable: true, description: "Forgot Password URL (login provider)." })
  @Property({ type: "text", nullable: true })
  forgotPasswordUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Custom Login URL (login provider): portals redirect here instead of showing their login form.",
  })
  @Property({ type: "text", nullable: true })
  customLoginUrl?: string | null;

  /** Default Role for Users; null: Registered User (the documentation recommends it, 002 L8008). */
  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  defaultUserRole?: Rel<Role> | null;

  @Field({ description: "Mark email addresses as verified for users signing in through the provider." })
  @Property()
  markEmailVerified: boolean = false;

  @Field({ description: "Enable single sign-on cookies from other sites (loginWithSignInCookie)." })
  @Property()
  enableSignInCookies: boolean = false;

  @Field(() => Int, { description: "The timeout in force (timeoutMs or the default for this kind)." })
  get effectiveTimeoutMs(): number {
    return this.timeoutMs ?? DEFAULT_TIMEOUT_MS[this.kind];
  }

  @Field(() => FailurePolicy, { description: "The failure policy in force (override or default)." })
  get effectiveFailurePolicy(): FailurePolicy {
    return this.failurePolicy ?? DEFAULT_FAILURE_POLICY[this.kind];
  }
}
