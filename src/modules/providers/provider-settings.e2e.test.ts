import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { predefinedRoleIds, signedIn } from "../accounts/testing.js";

const Providers = graphql(`
  query ProvProviders {
    externalProviders {
      id
      kind
      enabled
      transport
      webServiceUrl
      hasPassword
      hasSigningSecret
      effectiveFailurePolicy
      effectiveTimeoutMs
    }
  }
`);

const One = graphql(`
  query ProvProvider($kind: ProviderKind!) {
    externalProvider(kind: $kind) {
      kind
      enabled
      webServiceUrl
      hasPassword
      forgotPasswordUrl
      customLoginUrl
      markEmailVerified
      enableSignInCookies
      failurePolicy
      defaultUserRole {
        name
      }
      ldap {
        url
        hasServiceAccountPassword
      }
    }
  }
`);

const UpdateProvider = graphql(`
  mutation ProvUpdate($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      externalProvider {
        kind
        enabled
        hasPassword
        hasSigningSecret
        webServiceUrl
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

describe("external provider settings", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  beforeAll(async () => {
    t = await startTestServer("providers_settings");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("lists the seven tabs, disabled, with their default policies", async () => {
    const { externalProviders } = await t.ok(Providers, {}, admin.token);
    expect(externalProviders.map((p) => p.kind)).toEqual([
      "LOGIN",
      "REGISTRATION",
      "CUSTOM_FIELDS",
      "TICKETS",
      "CHATS",
      "USER_INFO",
      "EVENTS",
    ]);
    expect(externalProviders.every((p) => !p.enabled && !p.hasPassword)).toBe(true);
    const policy = Object.fromEntries(externalProviders.map((p) => [p.kind, p.effectiveFailurePolicy]));
    expect(policy).toMatchObject({ LOGIN: "FAIL_CLOSED", TICKETS: "FAIL_OPEN", USER_INFO: "FAIL_OPEN" });
    expect(externalProviders.find((p) => p.kind === "USER_INFO")!.effectiveTimeoutMs).toBe(2000);
  });

  it("saves login settings; secrets are write-only and never come back", async () => {
    const roles = await predefinedRoleIds(t);
    const saved = await t.ok(
      UpdateProvider,
      {
        input: {
          kind: "LOGIN",
          enabled: true,
          transport: "HTTP",
          webServiceUrl: "https://billing.example.com/provider",
          webServicePassword: "s3cret-password",
          signingSecret: "signing-s3cret",
          forgotPasswordUrl: "https://billing.example.com/forgot",
          customLoginUrl: "https://billing.example.com/login",
          defaultUserRoleId: roles.EVERYONE,
          markEmailVerified: true,
          enableSignInCookies: true,
        },
      },
      admin.token,
    );
    expect(saved.updateExternalProvider.userErrors).toEqual([]);
    expect(saved.updateExternalProvider.externalProvider).toMatchObject({
      enabled: true,
      hasPassword: true,
      hasSigningSecret: true,
    });
    const result = await t.gql(One, { kind: "LOGIN" }, admin.token);
    expect(result.data!.externalProvider).toMatchObject({
      forgotPasswordUrl: "https://billing.example.com/forgot",
      markEmailVerified: true,
      enableSignInCookies: true,
      defaultUserRole: { name: expect.any(String) },
    });
    const raw = JSON.stringify(result) + JSON.stringify(await t.gql(Providers, {}, admin.token));
    expect(raw).not.toContain("s3cret-password");
    expect(raw).not.toContain("signing-s3cret");
    // Omitted secrets are kept; an empty string clears.
    const kept = await t.ok(UpdateProvider, { input: { kind: "LOGIN", signingSecret: "" } }, admin.token);
    expect(kept.updateExternalProvider.externalProvider).toMatchObject({
      hasPassword: true,
      hasSigningSecret: false,
    });
  });

  it("refuses bad URLs, login-only options elsewhere, a failing-open login, LDAP for tickets, foreign modules", async () => {
    const bad = async (input: Parameters<typeof t.ok<unknown, { input: object }>>[1]) =>
      (await t.ok(UpdateProvider, input as never, admin.token)).updateExternalProvider.userErrors.map(
        (e) => e.code,
      );
    expect(await bad({ input: { kind: "LOGIN", forgotPasswordUrl: "javascript:alert(1)" } })).toEqual([
      "INVALID_URL",
    ]);
    expect(await bad({ input: { kind: "TICKETS", markEmailVerified: true } })).toEqual(["INVALID"]);
    expect(await bad({ input: { kind: "LOGIN", failurePolicy: "FAIL_OPEN" } })).toEqual(["INVALID"]);
    expect(await bad({ input: { kind: "TICKETS", enabled: true, transport: "LDAP" } })).toEqual(["INVALID"]);
    expect(
      await bad({
        input: {
          kind: "EVENTS",
          enabled: true,
          transport: "IN_PROCESS",
          moduleSpecifier: "data:text/javascript,1",
        },
      }),
    ).toEqual(["INVALID_MODULE"]);
    expect(
      await bad({ input: { kind: "EVENTS", enabled: true, webServiceUrl: "https://x.example" } }),
    ).toEqual(["REQUIRED"]);
    expect(await bad({ input: { kind: "LOGIN", timeoutMs: 5 } })).toEqual(["OUT_OF_RANGE"]);
    const roles = await predefinedRoleIds(t);
    expect(await bad({ input: { kind: "LOGIN", defaultUserRoleId: roles.AGENT } })).toEqual([
      "ROLE_TYPE_MISMATCH",
    ]);
    const still = await t.ok(One, { kind: "TICKETS" }, admin.token);
    expect(still.externalProvider.enabled).toBe(false);
  });

  it("is FORBIDDEN to anyone but administrators", async () => {
    const agent = await signedIn(t, "prov-agent", "EMPLOYEE", ["AGENT"]);
    for (const run of [
      () => t.gql(Providers, {}, agent.token),
      () => t.gql(UpdateProvider, { input: { kind: "LOGIN", enabled: false } }, agent.token),
    ]) {
      const result = await run();
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});
