import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department, fingerprint } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const CreateField = graphql(`
  mutation TktCfCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const CreateTemplate = graphql(`
  mutation TktCfCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const AddField = graphql(`
  mutation TktCfAddField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const SetTemplates = graphql(`
  mutation TktCfSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Create = graphql(`
  mutation TktCfCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        id
        customFields {
          name
          value
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Submit = graphql(`
  mutation TktCfSubmit($input: SubmitTicketInput!) {
    submitTicket(input: $input) {
      ticket {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation TktCfUpdate($input: UpdateTicketHeaderInput!) {
    updateTicketHeader(input: $input) {
      ticket {
        customFields {
          name
          value
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Status = graphql(`
  mutation TktCfStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      ticket {
        status
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Values = graphql(`
  query TktCfValues($id: ID) {
    ticket(id: $id) {
      customFields {
        name
        value
      }
    }
  }
`);

const Merge = graphql(`
  mutation TktCfMerge($input: MergeTicketsInput!) {
    mergeTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let agent: SignedInAccount;

async function field(
  name: string,
  dataType: "TEXT" | "NUMBER" | "DROP_DOWN_LIST",
  extra: Record<string, unknown> = {},
) {
  const r = await t.ok(CreateField, { input: { name, appliesTo: "DATA", dataType, ...extra } }, admin);
  return r.createCustomField.customField!.id;
}

beforeAll(async () => {
  t = await startTestServer("tickets_custom_fields");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Orders");
  agent = await agentIn(t, admin, "cf-agent", [dept.groupId]);
  const product = await field("Product", "DROP_DOWN_LIST", { listOptions: ["Pro", "Lite"] });
  const order = await field("Order", "NUMBER");
  const serial = await field("Serial", "TEXT", { defaultValue: "unknown" });
  const template = (await t.ok(CreateTemplate, { input: { displayName: "Order form" } }, admin))
    .createCustomFieldTemplate.template!.id;
  const add = async (customFieldId: string, flags: Record<string, unknown>) => {
    const r = await t.ok(AddField, { input: { templateId: template, customFieldId, ...flags } }, admin);
    expect(r.addTemplateField.userErrors).toEqual([]);
  };
  await add(product, { requiredByUsers: true });
  await add(order, { visibility: "AGENTS", requiredForAgentsToClose: true });
  await add(serial, { requiredForAgentsToSaveOrSend: true });
  await t.ok(SetTemplates, { input: { departmentId: dept.id, ticketTemplateId: template } }, admin);
});
afterAll(() => t?.stop());

describe("tickets: custom fields", () => {
  it("createTicket validates against the template (AGENT_SAVE), fills defaults and stores the values", async () => {
    const bad = await t.ok(
      Create,
      {
        input: {
          subject: "x",
          departmentId: dept.id,
          requesterEmail: "c@example.com",
          customFields: [
            { name: "Product", value: "Max" },
            { name: "Colour", value: "red" },
          ],
        },
      },
      agent.token,
    );
    expect(bad.createTicket.userErrors.map((e) => e.code).sort()).toEqual([
      "INVALID_CUSTOM_FIELD_VALUE",
      "UNKNOWN_CUSTOM_FIELD",
    ]);
    const ok = await t.ok(
      Create,
      {
        input: {
          subject: "x",
          departmentId: dept.id,
          requesterEmail: "c@example.com",
          customFields: [{ name: "product", value: "Pro" }],
        },
      },
      agent.token,
    );
    expect(ok.createTicket.userErrors).toEqual([]);
    expect(ok.createTicket.ticket!.customFields.map((v) => [v.name, v.value]).sort()).toEqual([
      ["Product", "Pro"],
      ["Serial", "unknown"],
    ]);
  });

  it("portal submission uses USER_SUBMIT: required-by-users fields, agent-only fields refused", async () => {
    const base = { subject: "x", departmentId: dept.id, email: "v@example.com", message: { textBody: "x" } };
    const missing = await t.ok(Submit, { input: base });
    expect(missing.submitTicket.userErrors.map((e) => e.code)).toEqual(["REQUIRED_CUSTOM_FIELD"]);
    const agentsOnly = await t.ok(Submit, {
      input: {
        ...base,
        customFields: [
          { name: "Product", value: "Lite" },
          { name: "Order", value: "7" },
        ],
      },
    });
    expect(agentsOnly.submitTicket.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CUSTOM_FIELD"]);
    const ok = await t.ok(Submit, { input: { ...base, customFields: [{ name: "Product", value: "Lite" }] } });
    expect(ok.submitTicket.userErrors).toEqual([]);
  });

  it("closing needs Required for Agents to close fields (AGENT_CLOSE); updateTicketHeader sets them", async () => {
    const ticket = await createTicket(t, agent.token, dept.id, {
      customFields: [{ name: "Product", value: "Pro" }],
    });
    const before = await fingerprint(t, ticket.id);
    const refused = await t.ok(Status, { input: { ticketId: ticket.id, status: "CLOSED" } }, agent.token);
    expect(refused.changeTicketStatus.userErrors).toEqual([
      { code: "REQUIRED_CUSTOM_FIELD", field: ["input", "customFields", "Order"] },
    ]);
    expect(await fingerprint(t, ticket.id)).toEqual(before);
    const set = await t.ok(
      Update,
      { input: { ticketId: ticket.id, customFields: [{ name: "Order", value: "1234" }] } },
      agent.token,
    );
    expect(set.updateTicketHeader.userErrors).toEqual([]);
    expect(set.updateTicketHeader.ticket!.customFields.map((v) => v.name).sort()).toEqual([
      "Order",
      "Product",
      "Serial",
    ]);
    // Clearing a save-required field is refused; the stored value stays.
    const clear = await t.ok(
      Update,
      { input: { ticketId: ticket.id, customFields: [{ name: "Serial", value: "" }] } },
      agent.token,
    );
    expect(clear.updateTicketHeader.userErrors[0]!.code).toBe("REQUIRED_CUSTOM_FIELD");
    const closed = await t.ok(Status, { input: { ticketId: ticket.id, status: "CLOSED" } }, agent.token);
    expect(closed.changeTicketStatus.ticket!.status).toBe("CLOSED");
  });

  it("a merge keeps the primary's values", async () => {
    const primary = await createTicket(t, agent.token, dept.id, {
      customFields: [{ name: "Product", value: "Pro" }],
    });
    const other = await createTicket(t, agent.token, dept.id, {
      customFields: [
        { name: "Product", value: "Lite" },
        { name: "Order", value: "9" },
      ],
    });
    await t.ok(Merge, { input: { primaryTicketId: primary.id, ticketIds: [other.id] } }, agent.token);
    const values = (await t.ok(Values, { id: primary.id }, agent.token)).ticket.customFields;
    expect(values.map((v) => [v.name, v.value]).sort()).toEqual([
      ["Product", "Pro"],
      ["Serial", "unknown"],
    ]);
    const [stored] = await sql<{ n: string }>(t, "select count(*) as n from custom_field_value");
    expect(Number(stored!.n)).toBeGreaterThan(0);
  });
});
