/**
 * The login tab of Settings > External Providers (002 L8000-8012), setting by setting, through the real
 * path: each one's effect (Forgot Password URL and Custom Login URL reach the sign-in page through the
 * public loginOptions; Default Role for Users; Mark email addresses as verified; Enable single sign-on
 * cookies from other sites), secrets never returned by any query, and the settings closed to everyone
 * but administrators. provider-settings.e2e.test.ts covers saving and validation, login-provider.e2e the
 * login calls themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { succeed, type AuthenticateInputs } from "../../../providers/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { insertRole, predefinedRoleIds, signedIn } from "../accounts/testing.js";
import { PROVIDER_PASSWORD, startSampleProvider, type RunningProvider } from "./testing/kit.js";

const Options = graphql(`
  query ProvLoginOptions {
    loginOptions {
      externalLoginEnabled
      forgotPasswordUrl
      customLoginUrl
      signInCookiesEnabled
    }
  }
`);

const Configure = graphql(`
  mutation ProvLoginSettingsConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      externalProvider {
        id
        kind
        enabled
        transport
        webServiceUrl
        hasPassword
        hasSigningSecret
        forgotPasswordUrl
        customLoginUrl
        markEmailVerified
        enableSignInCookies
        ldap {
          url
          bindKind
          serviceAccountDn
          hasServiceAccountPassword
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Login = graphql(`
  mutation ProvLoginSettingsLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        account {
          username
          email
          emailVerified
          roles {
            name
          }
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Sso = graphql(`
  mutation ProvLoginSettingsSso($input: LoginWithSignInCookieInput!) {
    loginWithSignInCookie(input: $input) {
      session {
        account {
          username
        }
      }
      userErrors {
        code
      }
    }
  }
`);

/** Every field of every provider-settings query an administrator can read, for the secrets check. */
const EverythingAdmin = graphql(`
  query ProvLoginSettingsEverything($id: ID!) {
    externalProviders {
      id
      kind
      enabled
      transport
      webServiceUrl
      hasPassword
      hasSigningSecret
      moduleSpecifier
      moduleExport
      timeoutMs
      failurePolicy
      forgotPasswordUrl
      customLoginUrl
      markEmailVerified
      enableSignInCookies
      effectiveTimeoutMs
      effectiveFailurePolicy
      defaultUserRole {
        name
      }
      ldap {
        url
        startTls
        bindKind
        dnTemplate
        defaultDomain
        upnSuffix
        baseDN
        filter
        emailAttribute
        displayNameAttribute
        serviceAccountDn
        hasServiceAccountPassword
      }
    }
    externalProvider(kind: LOGIN) {
      webServiceUrl
      hasPassword
      ldap {
        hasServiceAccountPassword
      }
    }
    node(id: $id) {
      ... on ExternalProvider {
        kind
        hasPassword
        hasSigningSecret
        ldap {
          serviceAccountDn
          hasServiceAccountPassword
        }
      }
    }
    providerDeliveries(kind: LOGIN, first: 50) {
      nodes {
        method
        target
        request
        response
        error
        note
      }
    }
    loginOptions {
      externalLoginEnabled
      forgotPasswordUrl
      customLoginUrl
      signInCookiesEnabled
    }
  }
`);

const SettingsTypes = graphql(`
  query ProvLoginSettingsTypes {
    __schema {
      types {
        name
        fields {
          name
        }
      }
    }
  }
`);

const ReadOne = graphql(`
  query ProvLoginSettingsReadOne {
    externalProvider(kind: LOGIN) {
      kind
    }
  }
`);
const ReadDeliveries = graphql(`
  query ProvLoginSettingsReadDeliveries {
    providerDeliveries(first: 1) {
      totalCount
    }
  }
`);
const ReadNode = graphql(`
  query ProvLoginSettingsReadNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const ReadNodeFlags = graphql(`
  query ProvLoginSettingsReadNodeFlags($id: ID!) {
    node(id: $id) {
      ... on ExternalProvider {
        hasPassword
        hasSigningSecret
      }
    }
  }
`);
const Token = graphql(`
  mutation ProvLoginSettingsToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      userErrors {
        code
      }
    }
  }
`);

/** Accepts any username with this password, so each case can sign in a brand-new provider user. */
const PROVIDER_USER_PASSWORD = "external-pw";
const SIGNING_SECRET = "signing-secret-never-shown";
const LDAP_PASSWORD = "ldap-service-secret-never-shown";

describe("login provider settings and their effects", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;
  let loginRowId: string;

  const configure = async (input: Record<string, unknown>) => {
    const r = await t.ok(Configure, { input: { kind: "LOGIN", ...input } }, admin.token);
    expect(r.updateExternalProvider.userErrors).toEqual([]);
    return r.updateExternalProvider.externalProvider!;
  };
  const login = async (username: string) =>
    (await t.ok(Login, { input: { username, password: PROVIDER_USER_PASSWORD } })).login;
  const options = async () => (await t.ok(Options, {})).loginOptions;

  beforeAll(async () => {
    t = await startTestServer("providers_login_settings");
    admin = await adminSession(t);
    provider = await startSampleProvider({
      async Authenticate(inputs: AuthenticateInputs) {
        if (inputs.LoginPassword !== PROVIDER_USER_PASSWORD) {
          return succeed({ Authentication: "FAIL" as const, CustomFields: {} });
        }
        return succeed({
          Authentication: "OK" as const,
          EmailAddress: `${inputs.LoginUsername}@billing.example.com`,
          DisplayName: inputs.LoginUsername,
          CustomFields: {},
        });
      },
    });
    loginRowId = (
      await configure({
        enabled: true,
        transport: "HTTP",
        webServiceUrl: provider.url,
        webServicePassword: PROVIDER_PASSWORD,
      })
    ).id;
  });
  afterAll(async () => {
    await provider?.close();
    await t?.stop();
  });

  it("loginOptions is public and gives the sign-in page the Forgot Password and Custom Login URLs", async () => {
    await configure({ enabled: false });
    // Saved on a disabled provider, they do nothing: the page must keep its own form and reset.
    await configure({
      forgotPasswordUrl: "https://billing.example.com/forgot",
      customLoginUrl: "https://billing.example.com/login",
    });
    expect(await options()).toEqual({
      externalLoginEnabled: false,
      forgotPasswordUrl: null,
      customLoginUrl: null,
      signInCookiesEnabled: false,
    });
    await configure({ enabled: true });
    // No token at all: a sign-in page asks before anyone is signed in.
    const anonymous = await t.gql(Options, {});
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.loginOptions).toEqual({
      externalLoginEnabled: true,
      forgotPasswordUrl: "https://billing.example.com/forgot",
      customLoginUrl: "https://billing.example.com/login",
      signInCookiesEnabled: false,
    });
    // Cleared with an empty string: the page shows its own form again.
    await configure({ customLoginUrl: "", forgotPasswordUrl: "" });
    expect(await options()).toMatchObject({ forgotPasswordUrl: null, customLoginUrl: null });
  });

  it("Default Role for Users: Registered User by default, else the chosen user role (or only Everyone)", async () => {
    const roles = await predefinedRoleIds(t);
    const roleNames = async (username: string) => {
      const r = await login(username);
      expect(r.userErrors).toEqual([]);
      return r.session!.account.roles.map((x) => x.name).sort();
    };
    await configure({ defaultUserRoleId: null });
    const registered = await roleNames("ls-default");
    expect(registered).toHaveLength(2);
    expect(registered).toContain("Everyone");

    const gold = await insertRole(t, "Gold Customers", "USER", []);
    await configure({ defaultUserRoleId: gold });
    expect(await roleNames("ls-gold")).toEqual(["Everyone", "Gold Customers"]);

    // "Anonymous" (002 L8008): Everyone only; the administrator grants a user role by hand.
    await configure({ defaultUserRoleId: roles.EVERYONE });
    expect(await roleNames("ls-anonymous")).toEqual(["Everyone"]);

    // It applies to new users only: an existing one keeps the roles it has.
    expect(await roleNames("ls-gold")).toEqual(["Everyone", "Gold Customers"]);
    expect(registered).not.toContain("Gold Customers");
    await configure({ defaultUserRoleId: null });
  });

  it("Mark email addresses as verified: off leaves the provider's email unverified, on verifies it", async () => {
    await configure({ markEmailVerified: false });
    const off = await login("ls-verify");
    expect(off.session!.account).toMatchObject({
      email: "ls-verify@billing.example.com",
      emailVerified: false,
    });
    await configure({ markEmailVerified: true });
    // The next login of the same account verifies it; a new account is verified at once.
    expect((await login("ls-verify")).session!.account.emailVerified).toBe(true);
    expect((await login("ls-verify-new")).session!.account.emailVerified).toBe(true);
    await configure({ markEmailVerified: false });
  });

  it("Enable single sign-on cookies from other sites: loginOptions says so and loginWithSignInCookie follows it", async () => {
    const sso = async () =>
      (await t.ok(Sso, { input: { cookieValue: "myusername" } })).loginWithSignInCookie.userErrors.map(
        (e) => e.code,
      );
    await configure({ enableSignInCookies: true });
    expect((await options()).signInCookiesEnabled).toBe(true);
    expect(await sso()).toEqual([]);
    // Switched off again, it takes effect at once.
    await configure({ enableSignInCookies: false });
    expect((await options()).signInCookiesEnabled).toBe(false);
    expect(await sso()).toEqual(["SSO_DISABLED"]);
  });

  it("no query returns a secret: only hasPassword, hasSigningSecret and hasServiceAccountPassword", async () => {
    // A call first, so the delivery log has a request (AuthPW and LoginPassword masked).
    expect((await login("ls-secrets")).userErrors).toEqual([]);
    const saved = await configure({
      signingSecret: SIGNING_SECRET,
      enableSignInCookies: true,
      ldap: {
        url: "ldap://127.0.0.1:389",
        bindKind: "SEARCH",
        baseDN: "ou=people,dc=example,dc=org",
        filter: "(uid={username})",
        serviceAccountDn: "cn=reader,dc=example,dc=org",
        serviceAccountPassword: LDAP_PASSWORD,
      },
    });
    expect(saved).toMatchObject({
      hasPassword: true,
      hasSigningSecret: true,
      ldap: { hasServiceAccountPassword: true },
    });
    // node(id) resolved before anything else loads the row (a fresh request) still has its flags.
    const alone = await t.gql(ReadNodeFlags, { id: loginRowId }, admin.token);
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.node).toMatchObject({ hasPassword: true, hasSigningSecret: true });
    const everything = await t.gql(EverythingAdmin, { id: loginRowId }, admin.token);
    expect(everything.errors).toBeUndefined();
    expect(everything.data!.providerDeliveries.nodes.length).toBeGreaterThan(0);
    const text = JSON.stringify(everything) + JSON.stringify(saved);
    for (const secret of [PROVIDER_PASSWORD, SIGNING_SECRET, LDAP_PASSWORD, PROVIDER_USER_PASSWORD]) {
      expect(text).not.toContain(secret);
    }
    // And the schema has no field that could: the settings types expose flags only.
    const types = (await t.ok(SettingsTypes, {})).__schema.types;
    for (const name of ["ExternalProvider", "LdapSettings", "LoginOptions", "ProviderDelivery"]) {
      const fields = types.find((x) => x.name === name)!.fields!.map((f) => f.name);
      const suspicious = fields.filter((f) => /password|secret/i.test(f) && !/^has/.test(f));
      // The Forgot Password URL is a public link, not a secret.
      expect(suspicious.filter((f) => f !== "forgotPasswordUrl")).toEqual([]);
    }
    // loginOptions never carries the Web Service URL or password, even with everything set.
    const publicText = JSON.stringify(await t.gql(Options, {}));
    expect(publicText).not.toContain(provider.url);
    expect(publicText).not.toContain("127.0.0.1");
    await configure({ signingSecret: "", enableSignInCookies: false });
  });

  it("reading or changing provider settings is FORBIDDEN to agents, users and tokens without ADMINISTRATION", async () => {
    const agent = await signedIn(t, "ls-agent", "EMPLOYEE", ["AGENT"]);
    const user = await signedIn(t, "ls-user", "USER");
    await insertRole(t, "ls Users Admin", "EMPLOYEE", [
      { feature: "USERS_ORGANIZATIONS", level: "FULL_CONTROL" },
    ] as never);
    const staff = await signedIn(t, "ls-staff", "EMPLOYEE", ["AGENT", "ls Users Admin"]);
    const apiToken = (
      await t.ok(
        Token,
        { input: { name: "ls", permissions: ["USERS_ORGANIZATIONS_CREATE", "USERS_ORGANIZATIONS_EDIT"] } },
        staff.token,
      )
    ).createApiToken.secret!;
    const before = JSON.stringify(
      (await t.ok(EverythingAdmin, { id: loginRowId }, admin.token)).externalProviders,
    );
    for (const token of [agent.token, user.token, apiToken]) {
      for (const run of [
        () => t.gql(ReadOne, {}, token),
        () => t.gql(ReadDeliveries, {}, token),
        () => t.gql(ReadNode, { id: loginRowId }, token),
        () =>
          t.gql(
            Configure,
            { input: { kind: "LOGIN", enabled: false, customLoginUrl: "https://evil.example/login" } },
            token,
          ),
      ]) {
        const result = await run();
        expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
    }
    const after = JSON.stringify(
      (await t.ok(EverythingAdmin, { id: loginRowId }, admin.token)).externalProviders,
    );
    expect(after).toBe(before);
    // The public part stays readable by all of them.
    expect((await t.ok(Options, {}, user.token)).loginOptions.externalLoginEnabled).toBe(true);
  });
});
