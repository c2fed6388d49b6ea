/** Configuration of the LDAP / Active Directory login provider. */
import type { ConnectionOptions } from "node:tls";
import type { Client, ClientOptions } from "ldapts";
import { ProviderConfigError } from "../contract/errors.js";

/** Bind with a DN built from a template: `uid={username},ou=people,dc=example,dc=org` (OpenLDAP and most). */
export interface DnTemplateBind {
  readonly kind: "dn-template";
  /** `{username}` is replaced by the login name, escaped for a DN (RFC 4514). */
  readonly template: string;
}

/**
 * Bind the way Active Directory accepts simple binds: `DOMAIN\user` (down-level logon name) or
 * `user@domain` (user principal name). Users may type either form, or `DOMAIN/user` as the sample
 * splits (002 L2136-2140); a bare name gets `upnSuffix` (user@suffix) or else `defaultDomain` (DOMAIN\user).
 */
export interface ActiveDirectoryBind {
  readonly kind: "active-directory";
  readonly defaultDomain?: string;
  readonly upnSuffix?: string;
}

/**
 * Search, then bind: the entry is found first (`lookup.baseDN` + `lookup.filter`, as the service account
 * when one is set, else anonymously) and the user binds with the DN found. For directories whose DNs do
 * not follow one template, and for OpenLDAP users who type `DOMAIN\user` or `user@domain` as they would
 * for Active Directory: `{username}` is the name without the domain part, `{domain}` the domain and
 * `{login}` what was typed. A domain the filter does not mention is not checked.
 */
export interface SearchBind {
  readonly kind: "search";
}

/** Where EmailAddress, DisplayName and cf_* values come from after a successful bind. */
export interface LdapLookup {
  /**
   * Search under this DN with `filter`. Without it (DN template only) the user's own entry is read.
   * Required for Active Directory, whose bind names are not DNs.
   */
  readonly baseDN?: string;
  /**
   * `{username}` (the name without a domain), `{domain}` and `{login}` (as typed) are replaced, escaped
   * for a filter (RFC 4515). Default `(uid={username})`, for Active Directory `(sAMAccountName={username})`.
   */
  readonly filter?: string;
  readonly emailAttribute?: string;
  readonly displayNameAttribute?: string;
  /** Custom field name -> attribute, e.g. `{ "Billing ID": "employeeNumber" }`: sent back as cf_*. */
  readonly customFieldAttributes?: Readonly<Record<string, string>>;
  /**
   * Search as this account instead of as the user. Needed for GetSignInCookieInfo, which has no password
   * to bind with (002 L2171-2173).
   */
  readonly serviceAccount?: { readonly dn: string; readonly password: string };
}

export type LdapBind = DnTemplateBind | ActiveDirectoryBind | SearchBind;

export interface LdapLoginConfig {
  /** ldap://host:389 or ldaps://host:636. */
  readonly url: string;
  /** Upgrade an ldap:// connection with StartTLS before binding. */
  readonly startTls?: boolean;
  readonly tlsOptions?: ConnectionOptions;
  /** Connect timeout and per-operation timeout. */
  readonly timeoutMs?: number;
  readonly bind: LdapBind;
  readonly lookup?: LdapLookup;
  /** Replaceable in tests, to watch that every connection is unbound. */
  readonly clientFactory?: (options: ClientOptions) => Client;
}

export function validateLdapConfig(config: LdapLoginConfig): void {
  if (!/^ldaps?:\/\//i.test(config.url))
    throw new ProviderConfigError("LDAP provider: url must be ldap:// or ldaps://");
  if (config.bind.kind === "dn-template" && !config.bind.template.includes("{username}")) {
    throw new ProviderConfigError("LDAP provider: the DN template needs a {username} placeholder");
  }
  if (config.bind.kind === "active-directory" && config.lookup && !config.lookup.baseDN) {
    throw new ProviderConfigError("LDAP provider: an Active Directory lookup needs a baseDN");
  }
  if (config.bind.kind === "search" && !config.lookup?.baseDN) {
    throw new ProviderConfigError("LDAP provider: search-then-bind needs lookup.baseDN to search under");
  }
  if (config.lookup?.baseDN === undefined && config.lookup?.filter !== undefined) {
    throw new ProviderConfigError("LDAP provider: a lookup filter needs a baseDN to search under");
  }
}
