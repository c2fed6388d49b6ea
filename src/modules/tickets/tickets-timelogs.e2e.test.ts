import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import {
  agentIn,
  agentWithRole,
  childCounts,
  createTicket,
  customTicketRole,
  department,
  raw,
} from "./testing.js";
import type { TestDepartment } from "./testing.js";

const CreateCategory = graphql(`
  mutation TktLogCreateCategory($input: CreateTimeLogCategoryInput!) {
    createTimeLogCategory(input: $input) {
      category {
        id
        name
      }
      userErrors {
        code
      }
    }
  }
`);

const RenameCategory = graphql(`
  mutation TktLogRenameCategory($input: UpdateTimeLogCategoryInput!) {
    updateTimeLogCategory(input: $input) {
      category {
        name
      }
      userErrors {
        code
      }
    }
  }
`);

const DeleteCategory = graphql(`
  mutation TktLogDeleteCategory($id: ID!) {
    deleteTimeLogCategory(id: $id) {
      deletedCategoryId
      userErrors {
        code
      }
    }
  }
`);

const AddLog = graphql(`
  mutation TktLogAdd($input: AddTicketTimeLogInput!) {
    addTicketTimeLog(input: $input) {
      timeLog {
        id
        minutes
        billable
        cost
        notes
        category {
          name
        }
        agent {
          id
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const UpdateLog = graphql(`
  mutation TktLogUpdate($input: UpdateTicketTimeLogInput!) {
    updateTicketTimeLog(input: $input) {
      timeLog {
        minutes
        cost
        billable
      }
      userErrors {
        code
      }
    }
  }
`);

const DeleteLog = graphql(`
  mutation TktLogDelete($timeLogId: ID!) {
    deleteTicketTimeLog(timeLogId: $timeLogId) {
      deletedTimeLogId
      userErrors {
        code
      }
    }
  }
`);

const Tabs = graphql(`
  query TktLogTabs($id: ID) {
    ticket(id: $id) {
      timeLogs {
        minutes
        category {
          name
        }
      }
      relatedItems {
        kind
        ticket {
          id
        }
      }
    }
  }
`);

const Link = graphql(`
  mutation TktLogLink($input: LinkTicketsInput!) {
    linkTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Unlink = graphql(`
  mutation TktLogUnlink($input: LinkTicketsInput!) {
    unlinkTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let billable: TestDepartment;
let plain: TestDepartment;
let agent: SignedInAccount;

beforeAll(async () => {
  t = await startTestServer("tickets_timelogs");
  admin = (await adminSession(t)).token;
  billable = await department(t, admin, "Consulting", { markTimeLogsBillableByDefault: true });
  plain = await department(t, admin, "Helpdesk");
  agent = await agentIn(t, admin, "log-agent", [billable.groupId, plain.groupId]);
  await sql(t, "update account set hourly_cost = 42.5 where id = ?", [agent.id]);
});
afterAll(() => t?.stop());

describe("tickets: time logs", () => {
  it("category CRUD for administrators only; names are unique", async () => {
    const refused = await t.gql(CreateCategory, { input: { name: "Research" } }, agent.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const c = await t.ok(CreateCategory, { input: { name: "Research" } }, admin);
    expect(c.createTimeLogCategory.category!.name).toBe("Research");
    const dup = await t.ok(CreateCategory, { input: { name: "research" } }, admin);
    expect(dup.createTimeLogCategory.userErrors[0]!.code).toBe("TAKEN");
    const id = c.createTimeLogCategory.category!.id;
    const renamed = await t.ok(RenameCategory, { input: { id, name: "Investigation" } }, admin);
    expect(renamed.updateTimeLogCategory.category!.name).toBe("Investigation");
    const del = await t.ok(DeleteCategory, { id }, admin);
    expect(del.deleteTimeLogCategory.deletedCategoryId).toBe(id);
  });

  it("logs time with the department's billable default and cost = minutes x hourly cost", async () => {
    const phone = (await t.ok(CreateCategory, { input: { name: "Phone" } }, admin)).createTimeLogCategory
      .category!;
    const ticket = await createTicket(t, agent.token, billable.id);
    const r = await t.ok(
      AddLog,
      { input: { ticketId: ticket.id, minutes: 30, categoryId: phone.id, notes: " call " } },
      agent.token,
    );
    expect(r.addTicketTimeLog.timeLog).toMatchObject({
      minutes: 30,
      billable: true,
      cost: 21.25,
      notes: "call",
      category: { name: "Phone" },
      agent: { id: agent.globalId },
    });
    const other = await createTicket(t, agent.token, plain.id);
    const p = await t.ok(AddLog, { input: { ticketId: other.id, minutes: 6 } }, agent.token);
    expect(p.addTicketTimeLog.timeLog).toMatchObject({ billable: false, cost: 4.25 });

    const logId = r.addTicketTimeLog.timeLog!.id;
    const u = await t.ok(
      UpdateLog,
      { input: { timeLogId: logId, minutes: 60, billable: false } },
      agent.token,
    );
    expect(u.updateTicketTimeLog.timeLog).toEqual({ minutes: 60, cost: 42.5, billable: false });
    const tabs = (await t.ok(Tabs, { id: ticket.id }, agent.token)).ticket;
    expect(tabs.timeLogs).toEqual([{ minutes: 60, category: { name: "Phone" } }]);
    const d = await t.ok(DeleteLog, { timeLogId: logId }, agent.token);
    expect(d.deleteTicketTimeLog.deletedTimeLogId).toBe(logId);
    expect((await t.ok(Tabs, { id: ticket.id }, agent.token)).ticket.timeLogs).toEqual([]);
  });

  it("refuses bad minutes and callers without TICKETS_ADD_TIME_LOG, writing nothing", async () => {
    const ticket = await createTicket(t, agent.token, plain.id);
    const before = await childCounts(t, ticket.id);
    const bad = await t.ok(AddLog, { input: { ticketId: ticket.id, minutes: 0 } }, agent.token);
    expect(bad.addTicketTimeLog.userErrors[0]!.code).toBe("OUT_OF_RANGE");
    const role = await customTicketRole(t, admin, "No Time Logs", ["VIEW", "REPLY", "ADD_RELATED_ITEM"]);
    const limited = await agentWithRole(t, admin, "no-logs", role, [plain.groupId]);
    const refused = await t.gql(AddLog, { input: { ticketId: ticket.id, minutes: 5 } }, limited.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await childCounts(t, ticket.id)).toEqual(before);
  });
});

describe("tickets: related items", () => {
  it("links both ways, refuses self and duplicates, unlinks", async () => {
    const a = await createTicket(t, agent.token, plain.id);
    const b = await createTicket(t, agent.token, plain.id);
    expect(
      (await t.ok(Link, { input: { ticketId: a.id, relatedTicketId: b.id } }, agent.token)).linkTickets
        .userErrors,
    ).toEqual([]);
    const fromB = (await t.ok(Tabs, { id: b.id }, agent.token)).ticket.relatedItems;
    expect(fromB).toEqual([{ kind: "TICKET", ticket: { id: a.id } }]);
    const dup = await t.ok(Link, { input: { ticketId: b.id, relatedTicketId: a.id } }, agent.token);
    expect(dup.linkTickets.userErrors[0]!.code).toBe("ALREADY_LINKED");
    const self = await t.ok(Link, { input: { ticketId: a.id, relatedTicketId: a.id } }, agent.token);
    expect(self.linkTickets.userErrors[0]!.code).toBe("LINK_TO_SELF");
    const [rows] = await sql<{ n: string }>(t, "select count(*) as n from ticket_link where a_id in (?, ?)", [
      raw(a.id),
      raw(b.id),
    ]);
    expect(rows!.n).toBe("1");
    await t.ok(Unlink, { input: { ticketId: b.id, relatedTicketId: a.id } }, agent.token);
    expect((await t.ok(Tabs, { id: a.id }, agent.token)).ticket.relatedItems).toEqual([]);
    const again = await t.ok(Unlink, { input: { ticketId: b.id, relatedTicketId: a.id } }, agent.token);
    expect(again.unlinkTickets.userErrors[0]!.code).toBe("NOT_LINKED");
  });

  it("refuses a caller without TICKETS_ADD_RELATED_ITEM", async () => {
    const a = await createTicket(t, agent.token, plain.id);
    const b = await createTicket(t, agent.token, plain.id);
    const role = await customTicketRole(t, admin, "No Related", ["VIEW", "ADD_TIME_LOG"]);
    const limited = await agentWithRole(t, admin, "no-related", role, [plain.groupId]);
    const r = await t.gql(Link, { input: { ticketId: a.id, relatedTicketId: b.id } }, limited.token);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
