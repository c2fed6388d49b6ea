/**
 * The in-process transport through the server: an administrator names a `.mjs` file under plugins/ (as the
 * settings allow, without "./"), and the server calls the module's StartTicket in process: refuse with its
 * Message, reroute, set cf_*; a throw is PROVIDER_ERROR and the ticket is created as submitted (fail open);
 * every call is in the delivery log with the target inprocess:<module>. A module that lacks the contract's
 * method is refused when saved.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { createDepartment } from "../distribution/testing.js";

const Configure = graphql(`
  mutation ProvInProcConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      externalProvider {
        transport
        moduleSpecifier
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const CreateField = graphql(`
  mutation ProvInProcCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const Submit = graphql(`
  mutation ProvInProcSubmit($input: SubmitTicketInput!) {
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
const View = graphql(`
  query ProvInProcTicket($id: ID!) {
    ticket(id: $id) {
      department {
        name
      }
      customFields {
        name
        value
      }
      history(first: 20) {
        nodes {
          note
        }
      }
    }
  }
`);
const Deliveries = graphql(`
  query ProvInProcDeliveries {
    providerDeliveries(kind: TICKETS, first: 5) {
      nodes {
        method
        outcome
        target
        error
      }
    }
  }
`);

const STAMP = `${process.pid}-${Date.now()}`;
const DIR = join(process.cwd(), "plugins", `.test-${STAMP}`);
const MODULE = `plugins/.test-${STAMP}/ticket-provider.mjs`;
const BROKEN = `plugins/.test-${STAMP}/no-start-ticket.mjs`;

/** A plain module a site would write: the typed contract, no HTTP. */
const SOURCE = `
export default {
  async StartTicket(inputs) {
    if (inputs.Subject.includes("explode")) throw new Error("billing database unreachable");
    if (inputs.LoginUsername === "broke") {
      return { ok: true, Message: "Your plan has no tickets left.", outputs: { TicketCreation: false, CustomFields: {} } };
    }
    const urgent = inputs.Subject.toUpperCase().includes("URGENT");
    return {
      ok: true,
      Message: "ok",
      outputs: {
        TicketCreation: true,
        ...(urgent ? { departmentName: "Critical Support" } : {}),
        CustomFields: { "Billing ID": "in-process-" + inputs.LoginUsername },
      },
    };
  },
};
`;

describe("in-process provider through the server", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let support: string;
  let customer: string;
  let broke: string;

  const submit = async (subject: string, token = customer) => {
    const r = (
      await t.ok(Submit, { input: { subject, departmentId: support, message: { textBody: "help" } } }, token)
    ).submitTicket;
    const ticket = r.ticket ? (await t.ok(View, { id: r.ticket.id }, admin.token)).ticket : null;
    return { ticket, userErrors: r.userErrors };
  };
  const lastDelivery = async () => (await t.ok(Deliveries, {}, admin.token)).providerDeliveries.nodes[0]!;

  beforeAll(async () => {
    await mkdir(DIR, { recursive: true });
    await writeFile(join(process.cwd(), MODULE), SOURCE);
    await writeFile(join(process.cwd(), BROKEN), "export default { async StartChat() {} };\n");
    t = await startTestServer("providers_inprocess");
    admin = await adminSession(t);
    support = (await createDepartment(t, admin.token, "Support")).departmentId;
    await createDepartment(t, admin.token, "Critical Support");
    await t.ok(
      CreateField,
      { input: { name: "Billing ID", appliesTo: "DATA", dataType: "TEXT" } },
      admin.token,
    );
    customer = (await signedIn(t, "inproc-customer", "USER")).token;
    broke = (await signedIn(t, "broke", "USER")).token;
  });
  afterAll(async () => {
    await t?.stop();
    await rm(DIR, { recursive: true, force: true });
  });

  it("a module missing the contract's method is refused when saved", async () => {
    const r = await t.ok(
      Configure,
      { input: { kind: "TICKETS", enabled: true, transport: "IN_PROCESS", moduleSpecifier: BROKEN } },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors.map((e) => e.code)).toEqual(["INVALID_CONFIGURATION"]);
    expect(r.updateExternalProvider.userErrors[0]!.message).toMatch(/StartTicket/);
  });

  it("the named module's StartTicket reroutes, sets cf_* and refuses, each logged as inprocess", async () => {
    const saved = await t.ok(
      Configure,
      { input: { kind: "TICKETS", enabled: true, transport: "IN_PROCESS", moduleSpecifier: MODULE } },
      admin.token,
    );
    expect(saved.updateExternalProvider.userErrors).toEqual([]);
    const urgent = await submit("Urgent: in process");
    expect(urgent.userErrors).toEqual([]);
    expect(urgent.ticket!.department.name).toBe("Critical Support");
    expect(urgent.ticket!.customFields).toContainEqual({
      name: "Billing ID",
      value: "in-process-inproc-customer",
    });
    expect(await lastDelivery()).toMatchObject({
      method: "StartTicket",
      outcome: "OK",
      target: expect.stringMatching(/^inprocess:.*ticket-provider\.mjs$/),
    });

    const refused = await submit("Anything", broke);
    expect(refused.ticket).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: "PROVIDER_REFUSED", message: "Your plan has no tickets left." },
    ]);
  });

  it("a module that throws is PROVIDER_ERROR: the ticket is created as submitted (fail open)", async () => {
    const r = await submit("Please explode");
    expect(r.userErrors).toEqual([]);
    expect(r.ticket!.department.name).toBe("Support");
    expect(r.ticket!.history.nodes.map((h) => h.note)).toContainEqual(
      expect.stringContaining("PROVIDER_ERROR"),
    );
    expect(await lastDelivery()).toMatchObject({ method: "StartTicket", outcome: "PROVIDER_ERROR" });
  });
});
