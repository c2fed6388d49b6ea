/**
 * startChatCheck / chatStartAllowed as the chat module calls them before queueing a chat (a fake chat
 * request here: the chat module owns the call site), against a real HTTP provider configured through the
 * settings mutation.
 */
import "reflect-metadata";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { succeed, type StartChatInputs } from "../../../providers/index.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException } from "../../core/graphql/user-error.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import type { ProviderKind } from "../../core/testing/gql/graphql.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { chatStartAllowed, startChatCheck, type ChatStartRequest } from "./index.js";
import { PROVIDER_PASSWORD, deadUrl, startSampleProvider, type RunningProvider } from "./testing/kit.js";

const Configure = graphql(`
  mutation ProvChatConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const CreateDepartment = graphql(`
  mutation ProvChatCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
      }
    }
  }
`);
const CreateField = graphql(`
  mutation ProvChatCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const Deliveries = graphql(`
  query ProvChatDeliveries($kind: ProviderKind) {
    providerDeliveries(kind: $kind, first: 5) {
      nodes {
        method
        outcome
        note
        request
      }
    }
  }
`);

describe("startChatCheck: CanStartChats and StartChat before a chat is queued", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;
  let criticalId: string;
  /** Extra outputs for the next StartChat answers. */
  let extra: Record<string, string> = {};

  const configure = async (kind: `${ProviderKind}`, input: Record<string, unknown> = {}) => {
    const r = await t.ok(
      Configure,
      {
        input: {
          kind,
          enabled: true,
          transport: "HTTP",
          webServiceUrl: provider.url,
          webServicePassword: PROVIDER_PASSWORD,
          failurePolicy: null,
          signingSecret: "",
          ...input,
        },
      },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
  };
  const check = (request: Partial<ChatStartRequest>) =>
    startChatCheck(t.server.runtime, {
      departmentName: "Support Department",
      loginUsername: SAMPLE.username,
      ...request,
    });
  const refusal = async (request: Partial<ChatStartRequest>) => {
    const error = await check(request).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserErrorException);
    return (error as UserErrorException).errors.map((e) => ({ code: e.code, message: e.message }));
  };
  const lastDelivery = async (kind: `${ProviderKind}`) =>
    (await t.ok(Deliveries, { kind }, admin.token)).providerDeliveries.nodes[0]!;

  beforeAll(async () => {
    t = await startTestServer("providers_chat_start");
    admin = await adminSession(t);
    provider = await startSampleProvider({
      async StartChat(inputs: StartChatInputs) {
        const answer = await provider.sample.StartChat(inputs);
        if (!answer.ok || !answer.outputs.ChatCreation) return answer;
        const CustomFields: Record<string, string> = { ...answer.outputs.CustomFields };
        const outputs = { ...answer.outputs, CustomFields };
        for (const [key, value] of Object.entries(extra)) {
          if (key.startsWith("cf_")) outputs.CustomFields[key.slice(3)] = value;
          else (outputs as Record<string, unknown>)[key] = value;
        }
        return succeed(outputs, answer.Message);
      },
    });
    for (const name of ["Support Department", "Sales Department", "Critical Support"]) {
      const id = (
        await t.ok(
          CreateDepartment,
          { input: { name, frontLineGroup: { newGroupName: `${name} L1` } } },
          admin.token,
        )
      ).createDepartment.department!.id;
      if (name === "Critical Support") criticalId = id;
    }
    await t.ok(
      CreateField,
      { input: { name: "Billing ID", appliesTo: "DATA", dataType: "TEXT" } },
      admin.token,
    );
  });
  beforeEach(async () => {
    extra = {};
    provider.mode = "sample";
    await configure("CHATS", { enabled: false });
    await configure("CUSTOM_FIELDS", { enabled: false });
  });
  afterAll(async () => {
    await provider?.close();
    await t?.stop();
  });

  it("without providers the chat goes ahead unchanged and nothing is called", async () => {
    expect(await check({ loginUsername: null })).toEqual({
      department: null,
      customFields: {},
      notes: [],
      failure: null,
    });
    expect(
      await chatStartAllowed(t.server.runtime, { departmentName: "Support Department", loginUsername: null }),
    ).toEqual({ canStartChats: true, message: null });
  });

  it("CanStartChats=false refuses with the custom field provider's message (CHATS_NOT_ALLOWED)", async () => {
    await configure("CUSTOM_FIELDS");
    // The sample lets strangers chat with Sales only (002 L2252-2258).
    expect(await refusal({ loginUsername: null })).toEqual([
      { code: "CHATS_NOT_ALLOWED", message: SAMPLE.notPermitted },
    ]);
    expect(
      await chatStartAllowed(t.server.runtime, {
        departmentName: "Support Department",
        loginUsername: "stranger",
      }),
    ).toEqual({ canStartChats: false, message: SAMPLE.notPermitted });
    await expect(check({ loginUsername: null, departmentName: "Sales Department" })).resolves.toMatchObject({
      failure: null,
    });
    const inputs = (
      JSON.parse(JSON.parse((await lastDelivery("CUSTOM_FIELDS")).request!).body) as { Inputs: string[] }
    ).Inputs;
    expect(inputs).toEqual(expect.arrayContaining(["Location=REGULAR", "DepartmentName=Sales Department"]));
  });

  it("a failing custom field provider lets the chat through (fail open)", async () => {
    await configure("CUSTOM_FIELDS", { webServiceUrl: await deadUrl() });
    await expect(check({ loginUsername: null })).resolves.toMatchObject({ failure: null });
    expect(await lastDelivery("CUSTOM_FIELDS")).toMatchObject({
      method: "GetCustomFieldOptions",
      outcome: "NETWORK",
    });
  });

  it("ChatCreation=false refuses with the provider's message (PROVIDER_REFUSED)", async () => {
    await configure("CHATS");
    expect(await refusal({ loginUsername: SAMPLE.outOfCreditUsername })).toEqual([
      { code: "PROVIDER_REFUSED", message: SAMPLE.noMoreChats },
    ]);
  });

  it("sends the documented inputs, keeps known cf_* outputs and reroutes by department name", async () => {
    await configure("CHATS");
    extra = { departmentName: "critical support", "cf_No Such Field": "x" };
    const decision = await check({ email: "me@example.com", customFields: { "Billing ID": "1" } });
    expect(decision).toMatchObject({
      department: { name: "Critical Support" },
      // Plan Type (a sample output) and No Such Field are no fields here: ignored.
      customFields: { "Billing ID": SAMPLE.customFields["Billing ID"] },
      notes: [expect.stringContaining("rerouted the chat from Support Department")],
      failure: null,
    });
    expect(decision.department!.id).toBe(fromGlobalId(criticalId, "Department", "id"));
    const inputs = (
      JSON.parse(JSON.parse((await lastDelivery("CHATS")).request!).body) as { Inputs: string[] }
    ).Inputs;
    expect(inputs).toEqual(
      expect.arrayContaining([
        "LoginUsername=myusername",
        "EmailFrom=me@example.com",
        "DepartmentName=Support Department",
        "cf_Billing ID=1",
      ]),
    );
  });

  it("a reroute to an unknown department keeps the visitor's choice, noted and in the delivery log", async () => {
    await configure("CHATS");
    extra = { departmentName: "Nowhere" };
    const decision = await check({});
    expect(decision.department).toBeNull();
    expect(decision.notes).toEqual([expect.stringContaining("departmentName=Nowhere, which does not exist")]);
    expect(await lastDelivery("CHATS")).toMatchObject({
      outcome: "OK",
      note: expect.stringContaining("Nowhere"),
    });
  });

  it.each([
    ["provider down", "NETWORK", async () => ({ webServiceUrl: await deadUrl() })],
    ["HTML instead of JSON", "PROTOCOL", async () => ((provider.mode = "html"), {})],
    // The signature key stays right, so the request reaches the AuthPW check ("Permission Denied").
    [
      "wrong AuthPW",
      "REFUSED",
      async () => ({ webServicePassword: "wrong", signingSecret: PROVIDER_PASSWORD }),
    ],
  ])("%s: fail open queues the chat as submitted, logged; FAIL_CLOSED refuses", async (_, outcome, setup) => {
    const settings = await setup();
    await configure("CHATS", settings);
    expect(await check({})).toEqual({
      department: null,
      customFields: {},
      notes: [`Chat provider failed (${outcome}); queued as submitted.`],
      failure: outcome,
    });
    expect(await lastDelivery("CHATS")).toMatchObject({ method: "StartChat", outcome });
    await configure("CHATS", { ...settings, failurePolicy: "FAIL_CLOSED" });
    expect(await refusal({})).toEqual([
      { code: "PROVIDER_UNAVAILABLE", message: expect.stringContaining("cannot be started right now") },
    ]);
  });
});
