/** cf_* outputs of Authenticate land on the user's People custom fields (002 L2112-2113, L2138). */
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { succeed, type AuthenticateInputs } from "../../../providers/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { PROVIDER_PASSWORD, startSampleProvider, type RunningProvider } from "./testing/kit.js";

const Configure = graphql(`
  mutation ProvLoginCfConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CreateField = graphql(`
  mutation ProvLoginCfCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const Login = graphql(`
  mutation ProvLoginCfLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        account {
          id
          email
          displayName
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const Values = graphql(`
  query ProvLoginCfValues($id: ID!) {
    user(id: $id) {
      customFields {
        name
        value
      }
    }
  }
`);

describe("login provider cf_* outputs", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;
  let outputs: Record<string, string> = {};

  const login = async () =>
    (await t.ok(Login, { input: { username: "CfUser", password: "cf-password" } })).login;
  const values = async (id: string) =>
    Object.fromEntries(
      (await t.ok(Values, { id }, admin.token)).user.customFields.map((f) => [f.name, f.value]),
    );

  beforeAll(async () => {
    t = await startTestServer("providers_login_cf");
    admin = await adminSession(t);
    provider = await startSampleProvider({
      async Authenticate(inputs: AuthenticateInputs) {
        if (inputs.LoginUsername !== "CfUser" || inputs.LoginPassword !== "cf-password")
          return succeed({ Authentication: "FAIL" as const, CustomFields: {} }, "Login Failure");
        return succeed(
          {
            Authentication: "OK" as const,
            EmailAddress: "cf.user@example.com",
            DisplayName: "Cf User",
            CustomFields: outputs,
          },
          "Login Successful",
        );
      },
    });
    const field = async (name: string, appliesTo: "PEOPLE" | "DATA", more = {}) =>
      t.ok(CreateField, { input: { name, appliesTo, dataType: "TEXT", ...more } }, admin.token);
    await field("Billing ID", "PEOPLE");
    await field("Plan Type", "PEOPLE");
    await field("Tier", "PEOPLE", { dataType: "DROP_DOWN_LIST", listOptions: ["Gold", "Silver"] });
    await field("Ticket Only", "DATA");
    const r = await t.ok(
      Configure,
      {
        input: {
          kind: "LOGIN",
          enabled: true,
          transport: "HTTP",
          webServiceUrl: provider.url,
          webServicePassword: PROVIDER_PASSWORD,
        },
      },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
  });
  afterAll(async () => {
    await provider?.close();
    await t?.stop();
  });

  it("creates the user with EmailAddress, DisplayName and the People values; unknown or invalid ones are ignored", async () => {
    outputs = {
      "billing id": "4126", // names match case-insensitively
      "Plan Type": "ASP.NET Semi-dedicated",
      Tier: "Platinum", // not an option of the list: ignored, the login still succeeds
      "Ticket Only": "x", // a DATA field, not a People one: ignored
      "No Such Field": "x",
    };
    const r = await login();
    expect(r.userErrors).toEqual([]);
    expect(r.session!.account).toMatchObject({ email: "cf.user@example.com", displayName: "Cf User" });
    expect(await values(r.session!.account.id)).toEqual({
      "Billing ID": "4126",
      "Plan Type": "ASP.NET Semi-dedicated",
    });
  });

  it("a later login links the same user and replaces, adds and clears values", async () => {
    outputs = { "Billing ID": "9999", Tier: "Gold", "Plan Type": "" };
    const r = await login();
    expect(r.userErrors).toEqual([]);
    expect(await values(r.session!.account.id)).toEqual({ "Billing ID": "9999", Tier: "Gold" });
  });
});
