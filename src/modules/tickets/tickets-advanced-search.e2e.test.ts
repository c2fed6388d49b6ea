import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import type {
  CustomFieldAppliesTo,
  CustomFieldDataType,
  TktAdvSearchQueryVariables,
} from "../../core/testing/gql/graphql.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department, raw } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Search = graphql(`
  query TktAdvSearch(
    $text: String
    $criteria: TicketSearchCriteria
    $sortBy: TicketSortField
    $descending: Boolean
    $first: Int
    $after: String
  ) {
    searchTickets(
      text: $text
      criteria: $criteria
      sortBy: $sortBy
      descending: $descending
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);

const CreateField = graphql(`
  mutation TktAdvCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const CreateTemplate = graphql(`
  mutation TktAdvCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
      }
    }
  }
`);
const AddField = graphql(`
  mutation TktAdvAddField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const SetTemplates = graphql(`
  mutation TktAdvSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CreateGroup = graphql(`
  mutation TktAdvCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group {
        id
      }
    }
  }
`);
const Comment = graphql(`
  mutation TktAdvComment($input: AddTicketCommentInput!) {
    addTicketComment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Status = graphql(`
  mutation TktAdvStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Delete = graphql(`
  mutation TktAdvDelete($input: TicketIdsInput!) {
    deleteTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let adminId: string;
let a: TestDepartment;
let b: TestDepartment;
let groupA2: string;
let agentA: SignedInAccount;
let agentB: SignedInAccount;
let carol: string;
let tierFieldId: string;
let peopleFieldId: string;
const ids: Record<string, string> = {};
const numbers: Record<string, string> = {};

async function field(
  name: string,
  dataType: CustomFieldDataType,
  listOptions: string[] = [],
  appliesTo: CustomFieldAppliesTo = "DATA",
) {
  const r = await t.ok(CreateField, { input: { name, appliesTo, dataType, listOptions } }, admin);
  return r.createCustomField.customField!.id;
}

beforeAll(async () => {
  t = await startTestServer("tickets-adv-search");
  const session = await adminSession(t);
  admin = session.token;
  adminId = session.adminId;
  a = await department(t, admin, "Adv A");
  b = await department(t, admin, "Adv B");
  groupA2 = (await t.ok(CreateGroup, { input: { departmentId: a.id, name: "Adv A2" } }, admin)).createGroup
    .group!.id;
  agentA = await agentIn(t, admin, "adv-agent-a", [a.groupId]);
  agentB = await agentIn(t, admin, "adv-agent-b", [b.groupId]);
  carol = (await signedIn(t, "carol", "USER")).globalId;
  tierFieldId = await field("Tier", "TEXT");
  const regionFieldId = await field("Region", "DROP_DOWN_LIST", ["EU", "US"]);
  peopleFieldId = await field("Shoe size", "NUMBER", [], "PEOPLE");
  const template = (await t.ok(CreateTemplate, { input: { displayName: "Adv" } }, admin))
    .createCustomFieldTemplate.template!.id;
  for (const customFieldId of [tierFieldId, regionFieldId])
    await t.ok(AddField, { input: { templateId: template, customFieldId } }, admin);
  await t.ok(SetTemplates, { input: { departmentId: a.id, ticketTemplateId: template } }, admin);

  const make = async (key: string, departmentId: string, extra: Record<string, unknown>) => {
    const ticket = await createTicket(t, admin, departmentId, extra);
    ids[key] = ticket.id;
    numbers[key] = ticket.ticketNumber;
  };
  await make("router", a.id, {
    subject: "Router blinking red",
    requesterEmail: "Alice@Example.com",
    priority: "HIGH",
    agentId: agentA.globalId,
    customFields: [
      { name: "Tier", value: "Gold plan" },
      { name: "Region", value: "EU" },
    ],
  });
  await make("billing", a.id, {
    subject: "Billing question",
    groupId: groupA2,
    requesterId: carol,
    requesterEmail: null,
    priority: "LOW",
    message: { htmlBody: "<p>My <b>refund</b> please</p>" },
    customFields: [{ name: "Region", value: "US" }],
  });
  await make("routerB", b.id, {
    subject: "Router blinking red too",
    requesterEmail: "alice@example.com",
    agentId: agentB.globalId,
  });
  await make("noted", a.id, { subject: "Something else", requesterEmail: "dan@example.com" });
  await t.ok(Comment, { input: { ticketId: ids.noted!, text: "escalated to the vendor" } }, admin);
  await make("closed", a.id, { subject: "Done and dusted", requesterEmail: "erin@example.com" });
  await t.ok(Status, { input: { ticketId: ids.closed!, status: "CLOSED" } }, admin);
  await make("deleted", a.id, { subject: "Deleted router", requesterEmail: "fred@example.com" });
  await t.ok(Delete, { input: { ticketIds: [ids.deleted!] } }, admin);
  await sql(t, `update ticket set created_at = '2021-05-01T10:00:00Z' where id = ?`, [raw(ids.router!)]);
});
afterAll(async () => {
  await t?.stop();
});

type Vars = Omit<TktAdvSearchQueryVariables, "first" | "after">;
const search = (vars: Vars, token = admin) => t.gql(Search, { first: 50, ...vars }, token);
const listed = async (vars: Vars, token = admin) => {
  const r = await search(vars, token);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data!.searchTickets.nodes.map((n) => n.id);
};
const found = async (vars: Vars, token = admin) => (await listed(vars, token)).sort();
const refusal = async (vars: Vars, token = admin) => (await search(vars, token)).errors?.[0]?.extensions;
const only = (...keys: string[]) => keys.map((k) => ids[k]!).sort();

describe("advanced search: each General Criterion (002 L3282-3302)", () => {
  it("Ticket Number: exact, case-insensitive; an unknown number finds nothing", async () => {
    expect(await found({ criteria: { ticketNumber: numbers.router!.toLowerCase() } })).toEqual(
      only("router"),
    );
    expect(await found({ criteria: { ticketNumber: "000-00000000-0000" } })).toEqual([]);
  });

  it("Search String: subject, HTML-only message body and notes (comments)", async () => {
    expect(await found({ text: "router" })).toEqual(only("router", "routerB"));
    expect(await found({ text: "refund" })).toEqual(only("billing"));
    expect(await found({ text: "vendor" })).toEqual(only("noted"));
    // Tags are not words.
    expect(await found({ text: "b" })).toEqual([]);
  });

  it("Email Address: the requester's address, case-insensitive and exact", async () => {
    expect(await found({ criteria: { email: "ALICE@example.com" } })).toEqual(only("router", "routerB"));
    expect(await found({ criteria: { email: "alice@" } })).toEqual([]);
  });

  it("Customer Username and customer name", async () => {
    expect(await found({ criteria: { customerUsername: "Carol" } })).toEqual(only("billing"));
    expect(await found({ criteria: { customerUsername: "alice@example.com" } })).toEqual(
      only("router", "routerB"),
    );
    expect(await found({ criteria: { customerName: "ARO" } })).toEqual(only("billing"));
  });

  it("Date Range on creation, last activity or closing", async () => {
    const range = { dateFrom: "2021-01-01T00:00:00Z", dateTo: "2021-12-31T23:59:59Z" };
    expect(await found({ criteria: range })).toEqual(only("router"));
    const today = {
      dateFrom: new Date(Date.now() - 3_600_000).toISOString(),
      dateTo: new Date(Date.now() + 60_000).toISOString(),
    };
    expect(await found({ criteria: { ...today, dateField: "CLOSED" } })).toEqual(only("closed"));
    expect(await found({ criteria: { ...today, dateField: "CREATED", email: "alice@example.com" } })).toEqual(
      only("routerB"),
    );
  });

  it("Items to Include: deleted items only on request, with the agent who deleted them", async () => {
    expect(await found({ text: "deleted" })).toEqual([]);
    expect(await found({ text: "deleted", criteria: { items: "ONLY_DELETED" } })).toEqual(only("deleted"));
    expect(await found({ criteria: { items: "ONLY_DELETED", deletedById: adminId } })).toEqual(
      only("deleted"),
    );
    expect(await found({ criteria: { items: "ONLY_DELETED", deletedById: agentA.globalId } })).toEqual([]);
  });

  it("Departments/Groups, Agent, Status and Priority", async () => {
    expect(await found({ criteria: { departmentId: b.id } })).toEqual(only("routerB"));
    expect(await found({ criteria: { groupId: groupA2 } })).toEqual(only("billing"));
    expect(await found({ criteria: { agentId: agentA.globalId } })).toEqual(only("router"));
    expect(await found({ criteria: { status: ["CLOSED"] } })).toEqual(only("closed"));
    expect(await found({ criteria: { priority: ["HIGH", "LOW"] } })).toEqual(only("router", "billing"));
    // Criteria combine with AND.
    expect(await found({ text: "router", criteria: { departmentId: a.id, priority: ["HIGH"] } })).toEqual(
      only("router"),
    );
    expect(await found({ text: "router", criteria: { departmentId: a.id, priority: ["LOW"] } })).toEqual([]);
  });

  it("Custom Fields: text contains (case-insensitive), other types exactly, by name or id", async () => {
    expect(await found({ criteria: { customFields: [{ name: "tier", value: "GOLD" }] } })).toEqual(
      only("router"),
    );
    expect(await found({ criteria: { customFields: [{ name: "Region", value: "US" }] } })).toEqual(
      only("billing"),
    );
    expect(await found({ criteria: { customFields: [{ name: "Region", value: "U" }] } })).toEqual([]);
    expect(
      await found({
        criteria: {
          customFields: [
            { fieldId: tierFieldId, value: "plan" },
            { name: "Region", value: "EU" },
          ],
        },
      }),
    ).toEqual(only("router"));
  });
});

describe("advanced search: refusals, scope and sorting", () => {
  it("refuses bad input with BAD_USER_INPUT and the field, unknown ids with NOT_FOUND", async () => {
    expect(await refusal({ criteria: { customFields: [{ name: "Nope", value: "x" }] } })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["criteria", "customFields", "0", "name"],
    });
    expect(
      await refusal({ criteria: { customFields: [{ fieldId: peopleFieldId, value: "42" }] } }),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: ["criteria", "customFields", "0", "fieldId"] });
    expect(await refusal({ criteria: { customFields: [{ name: "Tier", value: " " }] } })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["criteria", "customFields", "0", "value"],
    });
    expect(
      await refusal({ criteria: { dateFrom: "2022-01-01T00:00:00Z", dateTo: "2021-01-01T00:00:00Z" } }),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: ["criteria", "dateTo"] });
    expect((await refusal({ criteria: { dateFrom: "yesterday" } }))?.code).toBe("BAD_USER_INPUT");
    expect(await refusal({ criteria: { email: "  " } })).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await refusal({})).toMatchObject({ code: "BAD_USER_INPUT", field: ["text"] });
    expect(await refusal({ criteria: { departmentId: "garbage" } })).toMatchObject({
      code: "BAD_USER_INPUT",
    });
    const ghost = Buffer.from("Department:00000000-0000-4000-8000-000000000001").toString("base64url");
    expect(await refusal({ criteria: { departmentId: ghost } })).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal({ criteria: { status: ["ACTIVE"] }, sortBy: "RELEVANCE" })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["sortBy"],
    });
  });

  it("is scoped: an agent finds only tickets of their groups (or assigned to them); users are refused", async () => {
    expect(await found({ text: "router" }, agentA.token)).toEqual(only("router"));
    expect(await found({ criteria: { email: "alice@example.com" } }, agentB.token)).toEqual(only("routerB"));
    expect(await found({ criteria: { departmentId: b.id } }, agentA.token)).toEqual([]);
    expect(await found({ criteria: { groupId: groupA2 } }, agentA.token)).toEqual([]);
    const user = await signedIn(t, "adv-user", "USER");
    expect((await refusal({ text: "router" }, user.token))?.code).toBe("FORBIDDEN");
  });

  it("sorts by relevance when there is text, else by any list key, and pages with cursors", async () => {
    await createTicket(t, admin, a.id, {
      subject: "Kettle",
      message: { textBody: "the kettle and the toaster" },
    });
    await createTicket(t, admin, a.id, { subject: "Toaster toaster", message: { textBody: "toaster" } });
    const [toaster] = await sql<{ id: string }>(t, `select id from ticket where subject = 'Toaster toaster'`);
    // The subject match weighs more than a message match.
    const ranked = await listed({ text: "toaster" });
    expect(ranked).toHaveLength(2);
    expect(raw(ranked[0]!)).toBe(toaster!.id);
    expect(raw((await listed({ text: "toaster", descending: true }))[1]!)).toBe(toaster!.id);
    // Any list key instead; LOW sorts before HIGH ascending.
    expect(
      await listed({ criteria: { departmentId: a.id, priority: ["HIGH", "LOW"] }, sortBy: "PRIORITY" }),
    ).toEqual([ids.billing, ids.router]);
    const page1 = await t.ok(
      Search,
      { criteria: { email: "alice@example.com" }, sortBy: "NUMBER", first: 1 },
      admin,
    );
    expect(page1.searchTickets).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = await t.ok(
      Search,
      {
        criteria: { email: "alice@example.com" },
        sortBy: "NUMBER",
        first: 1,
        after: page1.searchTickets.pageInfo.endCursor,
      },
      admin,
    );
    expect(page2.searchTickets.pageInfo.hasNextPage).toBe(false);
    expect([page1.searchTickets.nodes[0]!.id, page2.searchTickets.nodes[0]!.id].sort()).toEqual(
      only("router", "routerB"),
    );
  });
});
