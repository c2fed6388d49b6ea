import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { processDueFollowUps } from "./index.js";
import { agentIn, department, fingerprint as fp } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const CreateDoc = graphql(`
  mutation TktCreate($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        id
        ticketNumber
        status
        countsTowardLimit
        assignedAgent {
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

const TicketDoc = graphql(`
  query TktGet($id: ID, $number: String) {
    ticket(id: $id, number: $number) {
      id
      ticketNumber
      status
      subject
      pinned
      followUpAt
      group {
        id
      }
      assignedAgent {
        id
      }
      messages {
        direction
        textBody
      }
      comments {
        type
        text
      }
      history(first: 50) {
        totalCount
        nodes {
          field
          oldValue
          newValue
          note
        }
      }
    }
  }
`);

const ReplyDoc = graphql(`
  mutation TktReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      ticket {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const MyReplyDoc = graphql(`
  mutation TktMyReply($input: ReplyToMyTicketInput!) {
    replyToMyTicket(input: $input) {
      ticket {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const StatusDoc = graphql(`
  mutation TktStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      ticket {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const TransferDoc = graphql(`
  mutation TktTransfer($input: TransferTicketInput!) {
    transferTicket(input: $input) {
      ticket {
        group {
          id
        }
        assignedAgent {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const MergeDoc = graphql(`
  mutation TktMerge($input: MergeTicketsInput!) {
    mergeTickets(input: $input) {
      ticket {
        id
        messages {
          textBody
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const FollowUpDoc = graphql(`
  mutation TktFollowUp($input: SetFollowUpInput!) {
    setFollowUp(input: $input) {
      ticket {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const DeleteDoc = graphql(`
  mutation TktDelete($input: TicketIdsInput!) {
    deleteTickets(input: $input) {
      tickets {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const RestoreDoc = graphql(`
  mutation TktRestore($input: TicketIdsInput!) {
    restoreTickets(input: $input) {
      tickets {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let deptA: TestDepartment;
let deptB: TestDepartment;
let agentA: SignedInAccount;
let agentB: SignedInAccount;

const msg = (text: string) => ({ textBody: text });

async function create(token: string, extra: Record<string, unknown> = {}) {
  const r = await t.ok(
    CreateDoc,
    {
      input: {
        subject: "Printer on fire",
        departmentId: deptA.id,
        requesterEmail: "cust@example.com",
        message: msg("help"),
        ...extra,
      },
    },
    token,
  );
  return r.createTicket;
}

const fingerprint = (id: string) => fp(t, id);

beforeAll(async () => {
  t = await startTestServer("tickets_lifecycle");
  admin = (await adminSession(t)).token;
  deptA = await department(t, admin, "Support A");
  deptB = await department(t, admin, "Support B");
  agentA = await agentIn(t, admin, "agent-a", [deptA.groupId]);
  agentB = await agentIn(t, admin, "agent-b", [deptB.groupId]);
}, 60_000);
afterAll(() => t?.stop());

describe("tickets: lifecycle", () => {
  it("creates with a 3-8-4 number, records the assigner's explanation", async () => {
    const { ticket, userErrors } = await create(agentA.token);
    expect(userErrors).toEqual([]);
    expect(ticket!.ticketNumber).toMatch(/^[0-9A-F]{3}-[0-9A-F]{8}-[0-9A-F]{4}$/);
    expect(ticket!.status).toBe("ACTIVE");
    expect(ticket!.assignedAgent).toBeNull();
    const got = (await t.ok(TicketDoc, { number: ticket!.ticketNumber }, agentA.token)).ticket;
    // Whatever assigner is installed (distribution's or the default), its explanation is recorded.
    expect(got.history.nodes.some((h) => h.field === "assignedAgent" && h.note?.startsWith("NEW: "))).toBe(
      true,
    );
  });

  it("numbers stay unique under 50 concurrent creations", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => create(admin)));
    const numbers = new Set(results.map((r) => r.ticket!.ticketNumber));
    expect(numbers.size).toBe(50);
  }, 60_000);

  it("agent reply -> WAITING, customer reply re-opens, locked refuses with the ticket unchanged", async () => {
    const customer = await signedInAccount(t, "cust1", END_USER, "USER");
    const { ticket } = await create(agentA.token, {
      requesterId: customer.globalId,
      requesterEmail: null,
      agentId: agentA.globalId,
    });
    const reply = await t.ok(
      ReplyDoc,
      { input: { ticketId: ticket!.id, message: msg("try this") } },
      agentA.token,
    );
    expect(reply.replyToTicket.ticket!.status).toBe("WAITING");
    const back = await t.ok(
      MyReplyDoc,
      { input: { ticketId: ticket!.id, message: msg("no luck") } },
      customer.token,
    );
    expect(back.replyToMyTicket.ticket!.status).toBe("ACTIVE");
    await t.ok(StatusDoc, { input: { ticketId: ticket!.id, status: "CLOSED_AND_LOCKED" } }, agentA.token);
    const before = await fingerprint(ticket!.id);
    const locked = await t.ok(
      MyReplyDoc,
      { input: { ticketId: ticket!.id, message: msg("hello?") } },
      customer.token,
    );
    expect(locked.replyToMyTicket.userErrors[0]!.code).toBe("TICKET_LOCKED");
    expect(await fingerprint(ticket!.id)).toEqual(before);
  });

  it("refuses unknown ids, merge into itself, transfer to an agent outside the group", async () => {
    const { ticket } = await create(agentA.token);
    const unknown = await t.gql(
      StatusDoc,
      { input: { ticketId: "VGlja2V0OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA", status: "CLOSED" } },
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const before = await fingerprint(ticket!.id);
    const self = await t.ok(
      MergeDoc,
      { input: { primaryTicketId: ticket!.id, ticketIds: [ticket!.id] } },
      admin,
    );
    expect(self.mergeTickets.userErrors[0]!.code).toBe("MERGE_INTO_SELF");
    const tr = await t.ok(TransferDoc, { input: { ticketId: ticket!.id, agentId: agentB.globalId } }, admin);
    expect(tr.transferTicket.userErrors[0]!.code).toBe("AGENT_NOT_IN_GROUP");
    expect(await fingerprint(ticket!.id)).toEqual(before);
  });

  it("transfers to another department's group; merge forwards old numbers", async () => {
    const one = (await create(admin)).ticket!;
    const two = (await create(admin)).ticket!;
    const tr = await t.ok(
      TransferDoc,
      { input: { ticketId: one.id, departmentId: deptB.id, comment: "billing" } },
      admin,
    );
    expect(tr.transferTicket.ticket!.group!.id).toBe(deptB.groupId);
    const m = await t.ok(MergeDoc, { input: { primaryTicketId: one.id, ticketIds: [two.id] } }, admin);
    expect(m.mergeTickets.userErrors).toEqual([]);
    expect(m.mergeTickets.ticket!.messages).toHaveLength(2);
    const viaOld = await t.ok(TicketDoc, { number: two.ticketNumber }, admin);
    expect(viaOld.ticket.id).toBe(one.id);
  });

  it("follow-ups: waiting until due, then active for the agent without counting", async () => {
    const { ticket } = await create(agentA.token, { agentId: agentA.globalId });
    const at = new Date(Date.now() + 60_000).toISOString();
    const f = await t.ok(
      FollowUpDoc,
      { input: { ticketId: ticket!.id, followUpAt: at, note: "call back" } },
      agentA.token,
    );
    expect(f.setFollowUp.ticket!.status).toBe("WAITING");
    await processDueFollowUps(t.server.runtime, new Date(Date.now() + 120_000));
    const got = (await t.ok(TicketDoc, { id: ticket!.id }, agentA.token)).ticket;
    expect(got.status).toBe("ACTIVE");
    expect(got.assignedAgent!.id).toBe(agentA.globalId);
    expect(got.followUpAt).toBeNull();
    expect(got.comments.map((c) => c.type)).toContain("FOLLOW_UP");
  });

  it("delete and restore", async () => {
    const { ticket } = await create(admin);
    const d = await t.ok(DeleteDoc, { input: { ticketIds: [ticket!.id] } }, admin);
    expect(d.deleteTickets.tickets![0]!.status).toBe("CLOSED_AND_LOCKED");
    const r = await t.ok(RestoreDoc, { input: { ticketIds: [ticket!.id] } }, admin);
    expect(r.restoreTickets.tickets![0]!.status).toBe("ACTIVE");
  });
});
