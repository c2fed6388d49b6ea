/** submitTicket re-asks the custom field provider: CanStartTickets=false refuses, nothing is stored. */
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { sql } from "../organization/testing.js";
import { PROVIDER_PASSWORD, deadUrl, startSampleProvider, type RunningProvider } from "./testing/kit.js";

const Configure = graphql(`
  mutation ProvAllowConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CreateDepartment = graphql(`
  mutation ProvAllowCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
      }
    }
  }
`);
const Submit = graphql(`
  mutation ProvAllowSubmitTicket($input: SubmitTicketInput!) {
    submitTicket(input: $input) {
      ticket {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Deliveries = graphql(`
  query ProvAllowDeliveries {
    providerDeliveries(kind: CUSTOM_FIELDS, first: 1) {
      nodes {
        method
        outcome
        request
      }
    }
  }
`);

describe("submitTicket honours CanStartTickets", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;
  let support: string;
  let sales: string;
  let user: string;
  let stranger: string;

  const configure = async (webServiceUrl: string) => {
    const r = await t.ok(
      Configure,
      {
        input: {
          kind: "CUSTOM_FIELDS",
          enabled: true,
          transport: "HTTP",
          webServiceUrl,
          webServicePassword: PROVIDER_PASSWORD,
        },
      },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
  };
  const submit = async (token: string, departmentId = support) =>
    (await t.ok(Submit, { input: { subject: "Help", departmentId, message: { textBody: "x" } } }, token))
      .submitTicket;
  const ticketCount = async () =>
    Number((await sql<{ n: string }>(t, "select count(*) n from ticket"))[0]!.n);

  beforeAll(async () => {
    t = await startTestServer("providers_ticket_allowed");
    admin = await adminSession(t);
    provider = await startSampleProvider();
    const dept = async (name: string) =>
      (
        await t.ok(
          CreateDepartment,
          { input: { name, frontLineGroup: { newGroupName: `${name} L1` } } },
          admin.token,
        )
      ).createDepartment.department!.id;
    support = await dept("Support Department");
    sales = await dept("Sales Department");
    user = (await signedIn(t, SAMPLE.username, "USER")).token;
    stranger = (await signedIn(t, "stranger", "USER")).token;
    await configure(provider.url);
  });
  afterAll(async () => {
    await provider?.close();
    await t?.stop();
  });

  it("refuses with TICKETS_NOT_ALLOWED and the provider's message, storing nothing", async () => {
    const before = await ticketCount();
    // The sample allows only myusername to start tickets (002 L2252-2258), whatever the department.
    for (const departmentId of [support, sales])
      expect(await submit(stranger, departmentId)).toEqual({
        ticket: null,
        userErrors: [{ code: "TICKETS_NOT_ALLOWED", message: SAMPLE.notPermitted }],
      });
    expect(await ticketCount()).toBe(before);
    const inputs = (
      JSON.parse(
        (
          JSON.parse((await t.ok(Deliveries, {}, admin.token)).providerDeliveries.nodes[0]!.request!) as {
            body: string;
          }
        ).body,
      ) as { Inputs: string[] }
    ).Inputs;
    expect(inputs).toEqual(expect.arrayContaining(["LoginUsername=stranger", "Location=REGULAR"]));
  });

  it("an allowed user submits; a failing provider lets everyone submit (fail open, logged)", async () => {
    const before = await ticketCount();
    expect((await submit(user)).userErrors).toEqual([]);
    await configure(await deadUrl());
    expect((await submit(stranger)).userErrors).toEqual([]);
    expect(await ticketCount()).toBe(before + 2);
    expect((await t.ok(Deliveries, {}, admin.token)).providerDeliveries.nodes[0]).toMatchObject({
      method: "GetCustomFieldOptions",
      outcome: "NETWORK",
    });
  });
});
