/**
 * IExternalLoginProvider against LDAP or Active Directory: "integrate their login system to LDAP"
 * (002 L2072, L7979). Authenticate binds as the user; a wrong password is the business answer
 * Authentication=FAIL, a directory that is down or slow is a failure result (the login policy decides).
 * Every connection is unbound in `finally`: after a failed bind an open socket would keep Node alive
 * (stack.md §4).
 */
import {
  Client,
  InvalidCredentialsError,
  NoSuchObjectError,
  ResultCodeError,
  SizeLimitExceededError,
  type Entry,
} from "ldapts";
import type {
  GetSignInCookieInfoInputs,
  AuthenticateInputs,
  IExternalLoginProvider,
  LoginOutputs,
} from "../contract/login.js";
import { failure, refuse, succeed, type ProviderResult } from "../contract/result.js";
import { validateLdapConfig, type LdapLoginConfig, type LdapLookup } from "./config.js";
import { fillFilter, loginIdentity, type LoginIdentity } from "./names.js";

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

const failed = (Message: string) =>
  succeed<LoginOutputs>({ Authentication: "FAIL", CustomFields: {} }, Message);

export class LdapLoginProvider implements IExternalLoginProvider {
  constructor(private readonly config: LdapLoginConfig) {
    validateLdapConfig(config);
  }

  async Authenticate(inputs: AuthenticateInputs): Promise<ProviderResult<LoginOutputs>> {
    // The sample's answer to empty inputs (002 L2123-2125). An empty password must never reach the
    // directory: LDAP treats a bind with a name and no password as an anonymous bind that succeeds.
    if (!inputs.LoginUsername || !inputs.LoginPassword) return refuse("Required Input Missing");
    const identity = loginIdentity(inputs.LoginUsername, this.config.bind);
    if (!identity) return failed("Login Failure");
    if (this.config.bind.kind === "search") return this.searchThenBind(identity, inputs.LoginPassword);
    return this.withClient(async (client) => {
      try {
        await client.bind(identity.bindName, inputs.LoginPassword);
      } catch (error) {
        if (error instanceof InvalidCredentialsError) return failed("Login Failure");
        throw error;
      }
      const lookup = this.config.lookup;
      if (!lookup)
        return succeed<LoginOutputs>({ Authentication: "OK", CustomFields: {} }, "Login Successful");
      if (lookup.serviceAccount) await client.bind(lookup.serviceAccount.dn, lookup.serviceAccount.password);
      // The password was right; an entry the lookup cannot pin down only costs the profile details.
      return succeed(this.outputs(await this.find(client, identity, lookup), lookup), "Login Successful");
    });
  }

  /**
   * Finds the one entry the filter names (as the service account, else anonymously), then binds with its
   * DN and the password. No entry, two entries or a wrong password are all Authentication=FAIL with the
   * same message, so the answer does not tell which names exist.
   */
  private async searchThenBind(
    identity: LoginIdentity,
    password: string,
  ): Promise<ProviderResult<LoginOutputs>> {
    const lookup = this.config.lookup!;
    return this.withClient(async (client) => {
      if (lookup.serviceAccount) await client.bind(lookup.serviceAccount.dn, lookup.serviceAccount.password);
      const entry = await this.find(client, identity, lookup);
      if (!entry) return failed("Login Failure");
      try {
        await client.bind(entry.dn, password);
      } catch (error) {
        if (error instanceof InvalidCredentialsError) return failed("Login Failure");
        throw error;
      }
      return succeed(this.outputs(entry, lookup), "Login Successful");
    });
  }

  async GetSignInCookieInfo(inputs: GetSignInCookieInfoInputs): Promise<ProviderResult<LoginOutputs>> {
    if (!inputs.LoginUsername) return refuse("Required Input Missing");
    const lookup = this.config.lookup;
    // Without a password the only evidence is the directory entry, which needs an account to search with.
    if (!lookup?.serviceAccount) return failed("Login Failure: single sign-on needs lookup.serviceAccount");
    const identity = loginIdentity(inputs.LoginUsername, this.config.bind);
    if (!identity) return failed("Login Failure");
    const account = lookup.serviceAccount;
    return this.withClient(async (client) => {
      await client.bind(account.dn, account.password);
      const entry = await this.find(client, identity, lookup);
      if (!entry) return failed("Login Failure");
      return succeed(this.outputs(entry, lookup), "Login Successful");
    });
  }

  /** One connection per call, always unbound; directory errors become failure results. */
  private async withClient(
    work: (client: Client) => Promise<ProviderResult<LoginOutputs>>,
  ): Promise<ProviderResult<LoginOutputs>> {
    const timeout = this.config.timeoutMs ?? 5_000;
    const options = {
      url: this.config.url,
      timeout,
      connectTimeout: timeout,
      tlsOptions: this.config.tlsOptions,
      strictDN: false,
    };
    const client = this.config.clientFactory ? this.config.clientFactory(options) : new Client(options);
    try {
      if (this.config.startTls) await client.startTLS(this.config.tlsOptions);
      return await work(client);
    } catch (error) {
      return classify(error);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  /**
   * The user's entry: the bound DN itself (DN template without baseDN), or the one entry a filtered subtree
   * search finds. Undefined when there is none or more than one: a filter that does not pin the user down
   * names nobody.
   */
  private async find(
    client: Client,
    identity: LoginIdentity,
    lookup: LdapLookup,
  ): Promise<Entry | undefined> {
    const attributes = [
      lookup.emailAttribute ?? "mail",
      lookup.displayNameAttribute ?? "displayName",
      ...Object.values(lookup.customFieldAttributes ?? {}),
    ];
    try {
      if (lookup.baseDN === undefined) {
        const { searchEntries } = await client.search(identity.bindName, {
          scope: "base",
          filter: "(objectClass=*)",
          attributes,
        });
        return searchEntries.length === 1 ? searchEntries[0] : undefined;
      }
      const filter =
        lookup.filter ??
        (this.config.bind.kind === "active-directory" ? "(sAMAccountName={username})" : "(uid={username})");
      const { searchEntries } = await client.search(lookup.baseDN, {
        scope: "sub",
        filter: fillFilter(filter, identity),
        attributes,
        sizeLimit: 2,
      });
      return searchEntries.length === 1 ? searchEntries[0] : undefined;
    } catch (error) {
      if (error instanceof NoSuchObjectError || error instanceof SizeLimitExceededError) return undefined;
      throw error;
    }
  }

  private outputs(entry: Entry | undefined, lookup: LdapLookup): LoginOutputs {
    if (!entry) return { Authentication: "OK", CustomFields: {} };
    const EmailAddress = first(entry, lookup.emailAttribute ?? "mail");
    const DisplayName = first(entry, lookup.displayNameAttribute ?? "displayName");
    const CustomFields: Record<string, string> = {};
    for (const [field, attribute] of Object.entries(lookup.customFieldAttributes ?? {})) {
      const value = first(entry, attribute);
      if (value !== undefined) CustomFields[field] = value;
    }
    return {
      Authentication: "OK",
      ...(EmailAddress === undefined ? {} : { EmailAddress }),
      ...(DisplayName === undefined ? {} : { DisplayName }),
      CustomFields,
    };
  }
}

/** The first value of an attribute, matched case-insensitively as LDAP attribute names are. */
function first(entry: Entry, attribute: string): string | undefined {
  const key = Object.keys(entry).find((name) => name.toLowerCase() === attribute.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  const one = Array.isArray(value) ? value[0] : value;
  if (one === undefined) return undefined;
  const text = Buffer.isBuffer(one) ? one.toString("utf8") : String(one);
  return text === "" ? undefined : text;
}

function classify(error: unknown): ProviderResult<LoginOutputs> {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === "string" && NETWORK_CODES.has(code))
    return failure("NETWORK", `directory unreachable: ${code}`);
  if (/timed? ?out/i.test(message)) return failure("TIMEOUT", `directory did not answer: ${message}`);
  if (/^(Socket error|Connection closed)/.test(message))
    return failure("NETWORK", message.split("\n")[0] ?? message);
  if (error instanceof ResultCodeError)
    return failure("PROVIDER_ERROR", `directory error ${error.code}: ${message}`);
  return failure("PROVIDER_ERROR", message);
}
