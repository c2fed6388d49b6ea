import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, signedInAccount, sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, agentWithRole, createTicket, customTicketRole, department, raw } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Submit = graphql(`
  mutation TktPortalSubmit($input: SubmitTicketInput!) {
    submitTicket(input: $input) {
      ticket {
        id
        source
        requesterEmail
        requester {
          email
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Queue = graphql(`
  query TktPortalQueue($first: Int) {
    ticketQueue(first: $first) {
      nodes {
        id
      }
    }
  }
`);

const Get = graphql(`
  query TktPortalGet($id: ID) {
    ticket(id: $id) {
      id
    }
  }
`);

const List = graphql(`
  query TktPortalList($first: Int) {
    tickets(first: $first) {
      totalCount
      nodes {
        id
        requester {
          id
        }
        assignedAgent {
          id
        }
        department {
          id
        }
        group {
          id
        }
        lastMessage {
          textBody
        }
        customFields {
          name
          value
        }
        timeLogs {
          minutes
          category {
            name
          }
        }
        attachments {
          fileName
        }
        relatedItems {
          ticket {
            id
          }
        }
      }
    }
  }
`);

const CreateField = graphql(`
  mutation TktPortalCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);

const CreateTemplate = graphql(`
  mutation TktPortalCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
      }
    }
  }
`);

const AddField = graphql(`
  mutation TktPortalAddField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const SetTemplates = graphql(`
  mutation TktPortalSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const AddLog = graphql(`
  mutation TktPortalAddLog($input: AddTicketTimeLogInput!) {
    addTicketTimeLog(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Attach = graphql(`
  mutation TktPortalAttach($input: AddTicketAttachmentInput!) {
    addTicketAttachment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Link = graphql(`
  mutation TktPortalLink($input: LinkTicketsInput!) {
    linkTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const MyTickets = graphql(`
  query TktPortalMine {
    myPortalTickets(first: 50) {
      nodes {
        id
      }
    }
  }
`);

const Delete = graphql(`
  mutation TktPortalDelete($input: TicketIdsInput!) {
    deleteTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let open: TestDepartment;
let closed: TestDepartment;
let other: TestDepartment;
let agent: SignedInAccount;

beforeAll(async () => {
  t = await startTestServer("tickets_portal");
  admin = (await adminSession(t)).token;
  open = await department(t, admin, "Open Desk"); // New Tickets in Portal: Everyone (the default)
  closed = await department(t, admin, "Internal", { tickets: { newTicketsInPortalRoleId: null } });
  other = await department(t, admin, "Elsewhere");
  agent = await agentIn(t, admin, "portal-agent", [open.groupId]);
});
afterAll(() => t?.stop());

describe("tickets: portal submission", () => {
  it("an anonymous visitor submits with an email when the role is Everyone", async () => {
    const r = await t.ok(Submit, {
      input: {
        subject: "Cannot log in",
        departmentId: open.id,
        email: "Visitor@Example.com",
        message: { textBody: "help", bcc: ["spy@example.com"] },
      },
    });
    expect(r.submitTicket.userErrors).toEqual([]);
    expect(r.submitTicket.ticket).toMatchObject({ source: "PORTAL", requesterEmail: "visitor@example.com" });
    const [bcc] = await sql<{ bcc: string[] }>(t, "select bcc from ticket_message where ticket_id = ?", [
      raw(r.submitTicket.ticket!.id),
    ]);
    expect(bcc!.bcc).toEqual([]); // portal senders cannot blind-copy
  });

  it("an anonymous visitor without an email is refused; a signed-in user sees the ticket as theirs", async () => {
    const missing = await t.ok(Submit, {
      input: { subject: "x", departmentId: open.id, message: { textBody: "help" } },
    });
    expect(missing.submitTicket.userErrors).toEqual([{ code: "INVALID_EMAIL", field: ["email"] }]);
    const user = await signedInAccount(t, "portal-user", END_USER, "USER");
    const mine = await t.ok(
      Submit,
      { input: { subject: "Mine", departmentId: open.id, message: { textBody: "hi" } } },
      user.token,
    );
    expect(mine.submitTicket.ticket!.requester!.email).toBe("portal-user@example.com");
    const list = await t.ok(MyTickets, undefined, user.token);
    expect(list.myPortalTickets.nodes.map((n) => n.id)).toEqual([mine.submitTicket.ticket!.id]);
  });

  it("refuses a department whose New Tickets in Portal role is Nobody, writing nothing", async () => {
    const [before] = await sql<{ n: string }>(t, "select count(*) as n from ticket");
    const r = await t.ok(Submit, {
      input: { subject: "x", departmentId: closed.id, email: "a@example.com", message: { textBody: "x" } },
    });
    expect(r.submitTicket.userErrors[0]!.code).toBe("DEPARTMENT_NOT_AVAILABLE");
    const [after] = await sql<{ n: string }>(t, "select count(*) as n from ticket");
    expect(after!.n).toBe(before!.n);
  });
});

describe("tickets: queue and scope", () => {
  it("the queue lists unassigned tickets of the caller's groups, with ACCESS_QUEUE or VIEW_QUEUE only", async () => {
    const queued = await createTicket(t, admin, open.id);
    const elsewhere = await createTicket(t, admin, other.id);
    const ids = (await t.ok(Queue, { first: 100 }, agent.token)).ticketQueue.nodes.map((n) => n.id);
    expect(ids).toContain(queued.id);
    expect(ids).not.toContain(elsewhere.id);

    const viewOnly = await customTicketRole(t, admin, "Queue Blind", ["VIEW"]);
    const blind = await agentWithRole(t, admin, "queue-blind", viewOnly, [open.groupId]);
    const refused = await t.gql(Queue, { first: 10 }, blind.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const viewQueue = await customTicketRole(t, admin, "Queue Viewers", ["VIEW", "VIEW_QUEUE"]);
    const viewer = await agentWithRole(t, admin, "queue-viewer", viewQueue, [open.groupId]);
    const seen = await t.ok(Queue, { first: 100 }, viewer.token);
    expect(seen.ticketQueue.nodes.map((n) => n.id)).toContain(queued.id);
  });

  it("an agent cannot see another department's tickets; agents cannot delete", async () => {
    const ticket = await createTicket(t, admin, other.id);
    const r = await t.gql(Get, { id: ticket.id }, agent.token);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await t.ok(List, { first: 100 }, agent.token);
    expect(list.tickets.nodes.map((n) => n.id)).not.toContain(ticket.id);
    const del = await t.gql(Delete, { input: { ticketIds: [ticket.id] } }, agent.token);
    expect(del.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a page of 25 runs as many statements as a page of 5 (custom fields, time logs, files, links included)", async () => {
    const field = await t.ok(
      CreateField,
      { input: { name: "Tier", appliesTo: "DATA", dataType: "TEXT" } },
      admin,
    );
    const template = await t.ok(CreateTemplate, { input: { displayName: "Tiers" } }, admin);
    const templateId = template.createCustomFieldTemplate.template!.id;
    await t.ok(
      AddField,
      { input: { templateId, customFieldId: field.createCustomField.customField!.id } },
      admin,
    );
    await t.ok(SetTemplates, { input: { departmentId: open.id, ticketTemplateId: templateId } }, admin);
    let previous: string | null = null;
    for (let i = 0; i < 25; i++) {
      const { id } = await createTicket(t, admin, open.id, {
        customFields: [{ name: "Tier", value: `T${i}` }],
      });
      await t.ok(AddLog, { input: { ticketId: id, minutes: 5 } }, admin);
      await t.ok(Attach, { input: { ticketId: id, fileName: "a.txt", contentBase64: "aGk=" } }, admin);
      if (previous) await t.ok(Link, { input: { ticketId: id, relatedTicketId: previous } }, admin);
      previous = id;
    }
    // statementsDuring counts only the list request's own statements, so the counts are exact.
    const count = async (first: number) =>
      (await t.statementsDuring(() => t.ok(List, { first }, admin))).length;
    const small = await count(5);
    expect(small).toBeGreaterThan(3);
    expect(await count(25)).toBe(small);
  });
});
