/** registerUser, alone and with the Registration provider over HTTP (docs/providers.md). */
import "reflect-metadata";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { succeed, type RegisterInputs } from "../../../providers/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { sql } from "../organization/testing.js";
import {
  PROVIDER_PASSWORD,
  deadUrl,
  startSampleProvider,
  type RunningProvider,
} from "../providers/testing/kit.js";

const Register = graphql(`
  mutation RegRegisterUser($input: RegisterUserInput!) {
    registerUser(input: $input) {
      session {
        accessToken
        account {
          id
          username
          email
          displayName
          authenticationMethod
          roles {
            name
          }
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
const Login = graphql(`
  mutation RegLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
      }
      userErrors {
        code
      }
    }
  }
`);
const Configure = graphql(`
  mutation RegConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CreateField = graphql(`
  mutation RegCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const Values = graphql(`
  query RegUserValues($id: ID!) {
    user(id: $id) {
      customFields {
        name
        value
      }
    }
  }
`);
const Deliveries = graphql(`
  query RegDeliveries {
    providerDeliveries(kind: REGISTRATION, first: 1) {
      totalCount
      nodes {
        method
        outcome
        request
      }
    }
  }
`);

const PASSWORD = "Register-Passw0rd!";

describe("registerUser", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;

  const register = async (username: string, more: Record<string, unknown> = {}) =>
    (
      await t.ok(Register, {
        input: { username, password: PASSWORD, email: `${username}@example.com`, ...more },
      })
    ).registerUser;
  const codes = (r: { userErrors: { code: string }[] }) => r.userErrors.map((e) => e.code);
  const accountCount = async () =>
    Number((await sql<{ n: string }>(t, "select count(*) n from account"))[0]!.n);
  const deliveries = async () => (await t.ok(Deliveries, {}, admin.token)).providerDeliveries;
  const configure = async (input: Record<string, unknown>) => {
    const r = await t.ok(
      Configure,
      {
        input: {
          kind: "REGISTRATION",
          enabled: true,
          transport: "HTTP",
          webServiceUrl: provider.url,
          webServicePassword: PROVIDER_PASSWORD,
          failurePolicy: null,
          ...input,
        },
      },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    t = await startTestServer("registration");
    admin = await adminSession(t);
    provider = await startSampleProvider({
      async Register(inputs: RegisterInputs) {
        const answer = await provider.sample.Register(inputs);
        if (!answer.ok || answer.outputs.Registration !== "OK" || !inputs.LoginUsername.startsWith("billed"))
          return answer;
        return succeed(
          {
            Registration: "OK" as const,
            EmailAddress: `${inputs.LoginUsername}@billing.example.com`,
            DisplayName: "Billed Customer",
            CustomFields: { "billing id": "4126", "No Such Field": "x" },
          },
          answer.Message,
        );
      },
    });
    await t.ok(
      CreateField,
      { input: { name: "Billing ID", appliesTo: "PEOPLE", dataType: "TEXT" } },
      admin.token,
    );
  });
  beforeEach(async () => {
    provider.mode = "sample";
    await configure({ enabled: false });
  });
  afterAll(async () => {
    await provider?.close();
    await t?.stop();
  });

  it("without a provider: a registered user with Everyone + Registered User, signed in, who can log in", async () => {
    const r = await register("newbie", { displayName: "New Bie" });
    expect(r.userErrors).toEqual([]);
    expect(r.session!.account).toMatchObject({
      username: "newbie",
      email: "newbie@example.com",
      displayName: "New Bie",
      authenticationMethod: "PASSWORD",
    });
    expect(r.session!.account.roles.map((x) => x.name).sort()).toEqual(["Everyone", "Registered User"]);
    const login = await t.ok(Login, { input: { username: "newbie", password: PASSWORD } });
    expect(login.login.userErrors).toEqual([]);
  });

  it("refuses bad input, taken usernames and a disabled portal, storing nothing", async () => {
    const before = await accountCount();
    expect(codes(await register("weak", { password: "abc" }))).toContain("WEAK_PASSWORD");
    expect(codes(await register("noemail", { email: "" }))).toEqual(["REQUIRED"]);
    expect(codes(await register("NEWBIE"))).toEqual(["TAKEN"]);
    expect(codes(await register("admin"))).toEqual(["TAKEN"]);
    await sql(t, "update brand set enable_new_user_registration = false");
    try {
      expect(codes(await register("closed"))).toEqual(["REGISTRATION_DISABLED"]);
    } finally {
      await sql(t, "update brand set enable_new_user_registration = true");
    }
    expect(await accountCount()).toBe(before);
  });

  it("asks the provider first: Registration=FAIL refuses with its message; input refused locally is never sent", async () => {
    await configure({});
    const before = await accountCount();
    const sent = (await deliveries()).totalCount;
    expect(codes(await register("weak2", { password: "abc" }))).toContain("WEAK_PASSWORD");
    expect((await deliveries()).totalCount).toBe(sent);
    // The sample refuses its own user's name (docs/providers.md).
    const refused = await register(SAMPLE.username);
    expect(refused.userErrors).toEqual([
      { code: "REGISTRATION_REFUSED", message: "That username is already taken.", field: null },
    ]);
    expect(await accountCount()).toBe(before);
    const last = (await deliveries()).nodes[0]!;
    expect(last).toMatchObject({ method: "Register", outcome: "OK" });
    const inputs = (JSON.parse((JSON.parse(last.request!) as { body: string }).body) as { Inputs: string[] })
      .Inputs;
    expect(inputs).toEqual(
      expect.arrayContaining([
        `LoginUsername=${SAMPLE.username}`,
        `EmailAddress=${SAMPLE.username}@example.com`,
      ]),
    );
    expect(last.request).not.toContain(PASSWORD);
  });

  it("Registration=OK stores the user with the provider's EmailAddress, DisplayName and People cf_* values", async () => {
    await configure({});
    const r = await register("billed1");
    expect(r.userErrors).toEqual([]);
    expect(r.session!.account).toMatchObject({
      email: "billed1@billing.example.com",
      displayName: "Billed Customer",
    });
    const values = (await t.ok(Values, { id: r.session!.account.id }, admin.token)).user.customFields;
    expect(values).toEqual([{ name: "Billing ID", value: "4126" }]);
  });

  it.each([
    ["provider down", "NETWORK", async () => ({ webServiceUrl: await deadUrl() })],
    ["HTML instead of JSON", "PROTOCOL", async () => ((provider.mode = "html"), {})],
    [
      "wrong AuthPW",
      "REFUSED",
      async () => ({ webServicePassword: "wrong", signingSecret: PROVIDER_PASSWORD }),
    ],
  ])(
    "%s: fails closed by default (PROVIDER_UNAVAILABLE, logged); FAIL_OPEN registers",
    async (_, outcome, setup) => {
      const settings = await setup();
      await configure({ signingSecret: "", ...settings });
      const before = await accountCount();
      const name = `fail${outcome.toLowerCase()}`;
      expect(codes(await register(name))).toEqual(["PROVIDER_UNAVAILABLE"]);
      expect(await accountCount()).toBe(before);
      expect((await deliveries()).nodes[0]).toMatchObject({ method: "Register", outcome });
      await configure({ signingSecret: "", ...settings, failurePolicy: "FAIL_OPEN" });
      expect((await register(name)).userErrors).toEqual([]);
      expect(await accountCount()).toBe(before + 1);
    },
  );
});
