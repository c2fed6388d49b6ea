import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { PROVIDER_PASSWORD, deadUrl, startSampleProvider, type RunningProvider } from "./testing/kit.js";

const Login = graphql(`
  mutation ProvLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        account {
          username
          email
          emailVerified
          authenticationMethod
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
  mutation ProvSso($input: LoginWithSignInCookieInput!) {
    loginWithSignInCookie(input: $input) {
      session {
        account {
          username
          email
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const UpdateProvider = graphql(`
  mutation ProvLoginConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Deliveries = graphql(`
  query ProvDeliveries($kind: ProviderKind, $outcome: String) {
    providerDeliveries(kind: $kind, outcome: $outcome, first: 20) {
      totalCount
      nodes {
        method
        outcome
        request
        response
        status
        error
      }
    }
  }
`);

const Details = graphql(`
  query ProvUserDetails($id: ID!) {
    user(id: $id) {
      externalDetailsHtml(ticketNumber: "ABC-12345")
    }
  }
`);

describe("login provider over HTTP", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;

  const configure = async (kind: "LOGIN" | "USER_INFO", extra: Record<string, unknown> = {}) => {
    const result = await t.ok(
      UpdateProvider,
      {
        input: {
          kind,
          enabled: true,
          transport: "HTTP",
          webServiceUrl: provider.url,
          webServicePassword: PROVIDER_PASSWORD,
          ...extra,
        },
      },
      admin.token,
    );
    expect(result.updateExternalProvider.userErrors).toEqual([]);
  };
  const login = async (username: string, password: string) =>
    (await t.ok(Login, { input: { username, password } })).login;
  const lastDelivery = async (kind: "LOGIN" | "USER_INFO" = "LOGIN") =>
    (await t.ok(Deliveries, { kind }, admin.token)).providerDeliveries.nodes[0]!;

  beforeAll(async () => {
    t = await startTestServer("providers_login");
    admin = await adminSession(t);
    provider = await startSampleProvider({
      async GetUserDetails() {
        return {
          ok: true as const,
          Message: "",
          outputs: {
            UserInfoHTML:
              '<b>Plan</b> Gold<script>alert(1)</script><img src=x onerror="alert(2)">' +
              '<a href="javascript:alert(3)">x</a><a href="https://billing.example.com/c/1">account</a>',
          },
        };
      },
    });
    await configure("LOGIN", { markEmailVerified: true });
  });
  afterAll(async () => {
    await provider?.close();
    await t?.stop();
  });

  it("Authentication=OK creates the user with the default role and a verified email, and logs the call", async () => {
    const result = await login(SAMPLE.username, SAMPLE.password);
    expect(result.userErrors).toEqual([]);
    expect(result.session!.account).toMatchObject({
      username: SAMPLE.username,
      email: SAMPLE.email,
      emailVerified: true,
      authenticationMethod: "EXTERNAL_PROVIDER",
    });
    expect(result.session!.account.roles.map((r) => r.name).sort()).toHaveLength(2);
    const delivery = await lastDelivery();
    expect(delivery).toMatchObject({ method: "Authenticate", outcome: "OK", status: 200 });
    expect(delivery.request).not.toContain(SAMPLE.password);
    expect(delivery.request).not.toContain(PROVIDER_PASSWORD);
    // The second login links the same account.
    expect((await login(SAMPLE.username, SAMPLE.password)).session!.account.username).toBe(SAMPLE.username);
  });

  it("Authentication=FAIL is INVALID_CREDENTIALS", async () => {
    expect((await login(SAMPLE.username, "wrong")).userErrors.map((e) => e.code)).toEqual([
      "INVALID_CREDENTIALS",
    ]);
    expect((await login("stranger", "whatever")).userErrors.map((e) => e.code)).toEqual([
      "INVALID_CREDENTIALS",
    ]);
    expect(await lastDelivery()).toMatchObject({ method: "Authenticate", outcome: "OK" });
  });

  it("local password accounts never reach the provider", async () => {
    const before = (await t.ok(Deliveries, { kind: "LOGIN" }, admin.token)).providerDeliveries.totalCount;
    await signedIn(t, "prov-local", "USER");
    const after = (await t.ok(Deliveries, { kind: "LOGIN" }, admin.token)).providerDeliveries.totalCount;
    expect(after).toBe(before);
  });

  it("an HTML answer is PROVIDER_UNAVAILABLE, logged as PROTOCOL", async () => {
    provider.mode = "html";
    try {
      expect((await login(SAMPLE.username, SAMPLE.password)).userErrors.map((e) => e.code)).toEqual([
        "PROVIDER_UNAVAILABLE",
      ]);
    } finally {
      provider.mode = "sample";
    }
    expect(await lastDelivery()).toMatchObject({ outcome: "PROTOCOL" });
  });

  it("a wrong AuthPW is PROVIDER_UNAVAILABLE, logged as REFUSED", async () => {
    // Signed correctly (the receiver checks the signature first), but with the wrong AuthPW.
    await configure("LOGIN", { webServicePassword: "not-the-password", signingSecret: PROVIDER_PASSWORD });
    expect((await login(SAMPLE.username, SAMPLE.password)).userErrors.map((e) => e.code)).toEqual([
      "PROVIDER_UNAVAILABLE",
    ]);
    expect(await lastDelivery()).toMatchObject({ outcome: "REFUSED", error: "Permission Denied" });
    await configure("LOGIN", { signingSecret: "" });
  });

  it("a provider that is down fails closed: PROVIDER_UNAVAILABLE, logged as NETWORK", async () => {
    await t.ok(UpdateProvider, { input: { kind: "LOGIN", webServiceUrl: await deadUrl() } }, admin.token);
    expect((await login(SAMPLE.username, SAMPLE.password)).userErrors.map((e) => e.code)).toEqual([
      "PROVIDER_UNAVAILABLE",
    ]);
    expect(await lastDelivery()).toMatchObject({ outcome: "NETWORK" });
    const failed = await t.ok(Deliveries, { kind: "LOGIN", outcome: "NETWORK" }, admin.token);
    expect(failed.providerDeliveries.totalCount).toBe(1);
    await configure("LOGIN");
  });

  it("single sign-on needs the setting, then links by the returned email", async () => {
    const off = await t.ok(Sso, { input: { cookieValue: SAMPLE.username } });
    expect(off.loginWithSignInCookie.userErrors.map((e) => e.code)).toEqual(["SSO_DISABLED"]);
    await configure("LOGIN", { enableSignInCookies: true });
    const on = await t.ok(Sso, { input: { cookieValue: SAMPLE.username } });
    expect(on.loginWithSignInCookie.userErrors).toEqual([]);
    // The account created by Authenticate has the sample email: SSO signs in that one.
    expect(on.loginWithSignInCookie.session!.account).toMatchObject({
      username: SAMPLE.username,
      email: SAMPLE.email,
    });
    const refused = await t.ok(Sso, { input: { cookieValue: "forged-cookie" } });
    expect(refused.loginWithSignInCookie.userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);
    expect(await lastDelivery()).toMatchObject({ method: "GetSignInCookieInfo", outcome: "OK" });
  });

  it("externalDetailsHtml is sanitized, null when disabled, and hidden from users", async () => {
    const user = await signedIn(t, "prov-details", "USER");
    expect((await t.ok(Details, { id: user.globalId }, admin.token)).user.externalDetailsHtml).toBeNull();
    await configure("USER_INFO");
    const html = (await t.ok(Details, { id: user.globalId }, admin.token)).user.externalDetailsHtml!;
    expect(html).toContain("<b>Plan</b> Gold");
    expect(html).toContain('href="https://billing.example.com/c/1"');
    expect(html).not.toMatch(/script|onerror|javascript:|<img/i);
    expect(await lastDelivery("USER_INFO")).toMatchObject({ method: "GetUserDetails", outcome: "OK" });
    const own = await t.gql(Details, { id: user.globalId }, user.token);
    expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
