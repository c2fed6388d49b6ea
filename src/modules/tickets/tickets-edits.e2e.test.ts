import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, MANAGER, signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { setOpenTaskCounter } from "./index.js";
import { agentIn, childCounts, createTicket, department, fingerprint, raw } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Comment = graphql(`
  mutation TktEditComment($input: AddTicketCommentInput!) {
    addTicketComment(input: $input) {
      comment {
        type
        text
      }
      userErrors {
        code
      }
    }
  }
`);

const View = graphql(`
  query TktEditView($id: ID) {
    ticket(id: $id) {
      status
      priority
      pinned
      subject
      requesterEmail
      followUpAt
      comments {
        type
        text
      }
      history(first: 50) {
        nodes {
          field
          oldValue
          newValue
        }
      }
    }
  }
`);

const Status = graphql(`
  mutation TktEditStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      ticket {
        status
        closedAt
      }
      userErrors {
        code
      }
    }
  }
`);

const Priority = graphql(`
  mutation TktEditPriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) {
      ticket {
        priority
      }
      userErrors {
        code
      }
    }
  }
`);

const Pin = graphql(`
  mutation TktEditPin($input: SetTicketPinnedInput!) {
    setTicketPinned(input: $input) {
      ticket {
        pinned
      }
      userErrors {
        code
      }
    }
  }
`);

const Header = graphql(`
  mutation TktEditHeader($input: UpdateTicketHeaderInput!) {
    updateTicketHeader(input: $input) {
      ticket {
        subject
        requesterEmail
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Reply = graphql(`
  mutation TktEditReply($input: ReplyToTicketInput!) {
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

const Composing = graphql(`
  mutation TktEditComposing($ticketId: ID!) {
    markComposing(ticketId: $ticketId) {
      userErrors {
        code
      }
    }
  }
`);

const FollowUp = graphql(`
  mutation TktEditFollowUp($input: SetFollowUpInput!) {
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

const RemoveFollowUp = graphql(`
  mutation TktEditRemoveFollowUp($ticketId: ID!) {
    removeFollowUp(ticketId: $ticketId) {
      ticket {
        status
        followUpAt
      }
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let strict: TestDepartment;
let agent: SignedInAccount;

beforeAll(async () => {
  t = await startTestServer("tickets_edits");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Edits");
  strict = await department(t, admin, "Strict", {
    tickets: { requireResolutionToClose: true, requireAllTasksCompletedToClose: true },
  });
  agent = await agentIn(t, admin, "edit-agent", [dept.groupId, strict.groupId]);
});
afterAll(() => t?.stop());
afterEach(() => setOpenTaskCounter(() => Promise.resolve(0)));

describe("tickets: comments and header edits", () => {
  it("adds comments, sticky first; end users never see comments", async () => {
    const customer = await signedInAccount(t, "edit-cust", END_USER, "USER");
    const ticket = await createTicket(t, agent.token, dept.id, {
      requesterId: customer.globalId,
      requesterEmail: null,
    });
    const general = await t.ok(
      Comment,
      { input: { ticketId: ticket.id, text: " called the customer " } },
      agent.token,
    );
    expect(general.addTicketComment.comment).toEqual({ type: "GENERAL", text: "called the customer" });
    await t.ok(Comment, { input: { ticketId: ticket.id, type: "STICKY", text: "VIP" } }, agent.token);
    const got = (await t.ok(View, { id: ticket.id }, agent.token)).ticket;
    expect(got.comments.map((c) => c.type)).toEqual(["STICKY", "GENERAL"]);
    const mine = (await t.ok(View, { id: ticket.id }, customer.token)).ticket;
    expect(mine.comments).toEqual([]);
    expect(mine.history.nodes).toEqual([]);
    // End users cannot add comments at all.
    const refused = await t.gql(Comment, { input: { ticketId: ticket.id, text: "hi" } }, customer.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses an empty comment and writes nothing", async () => {
    const ticket = await createTicket(t, agent.token, dept.id);
    const before = await childCounts(t, ticket.id);
    const r = await t.ok(Comment, { input: { ticketId: ticket.id, text: "   " } }, agent.token);
    expect(r.addTicketComment.userErrors[0]!.code).toBe("REQUIRED");
    expect(await childCounts(t, ticket.id)).toEqual(before);
  });

  it("changes status, priority, pin, subject and email, each recorded in the history", async () => {
    const ticket = await createTicket(t, agent.token, dept.id, { agentId: agent.globalId });
    const s = await t.ok(Status, { input: { ticketId: ticket.id, status: "WAITING" } }, agent.token);
    expect(s.changeTicketStatus.ticket!.status).toBe("WAITING");
    const p = await t.ok(Priority, { input: { ticketId: ticket.id, priority: "URGENT" } }, agent.token);
    expect(p.changeTicketPriority.ticket!.priority).toBe("URGENT");
    const pin = await t.ok(Pin, { input: { ticketId: ticket.id, pinned: true } }, agent.token);
    expect(pin.setTicketPinned.ticket!.pinned).toBe(true);
    const h = await t.ok(
      Header,
      { input: { ticketId: ticket.id, subject: "Printer fixed?", requesterEmail: "New@Example.com" } },
      agent.token,
    );
    expect(h.updateTicketHeader.ticket).toEqual({
      subject: "Printer fixed?",
      requesterEmail: "new@example.com",
    });
    const history = (await t.ok(View, { id: ticket.id }, agent.token)).ticket.history.nodes;
    for (const [field, newValue] of [
      ["status", "WAITING"],
      ["priority", "URGENT"],
      ["pinned", "true"],
      ["subject", "Printer fixed?"],
      ["requesterEmail", "new@example.com"],
    ])
      expect(history).toContainEqual(expect.objectContaining({ field, newValue }));
  });

  it("refuses pinning a queue ticket and a bad email, ticket unchanged", async () => {
    const ticket = await createTicket(t, agent.token, dept.id);
    const before = await fingerprint(t, ticket.id);
    const pin = await t.ok(Pin, { input: { ticketId: ticket.id, pinned: true } }, agent.token);
    expect(pin.setTicketPinned.userErrors[0]!.code).toBe("NOT_ASSIGNED");
    const bad = await t.ok(
      Header,
      { input: { ticketId: ticket.id, requesterEmail: "not-an-email" } },
      agent.token,
    );
    expect(bad.updateTicketHeader.userErrors[0]).toEqual({
      code: "INVALID_EMAIL",
      field: ["requesterEmail"],
    });
    expect(await fingerprint(t, ticket.id)).toEqual(before);
  });
});

describe("tickets: requesters are matched by exact address", () => {
  it("does not take _ or % in an address as a pattern (john_doe@ is not johnxdoe@)", async () => {
    const first = await createTicket(t, admin, dept.id, { requesterEmail: "johnxdoe@example.com" });
    const second = await createTicket(t, admin, dept.id, { requesterEmail: "John_Doe@example.com" });
    const third = await createTicket(t, admin, dept.id, { requesterEmail: "john_doe@EXAMPLE.com" });
    const em = t.server.runtime.orm.em.fork();
    const requester = async (id: string) =>
      (
        await em.execute<Array<{ requester_id: string | null }>>(
          `select "requester_id" from "ticket" where "id" = ?`,
          [raw(id)],
        )
      )[0]!.requester_id;
    expect(await requester(first.id)).not.toBeNull();
    expect(await requester(second.id)).not.toBe(await requester(first.id));
    // Case does not matter: the same address links the same user.
    expect(await requester(third.id)).toBe(await requester(second.id));
  });
});

describe("tickets: only the owning agent replies (002 L2994)", () => {
  it("refuses other agents and queue tickets (NOT_TICKET_OWNER, nothing written); managers and admins may", async () => {
    const colleague = await agentIn(t, admin, "edit-colleague", [dept.groupId]);
    const manager = await agentIn(t, admin, "edit-manager", [dept.groupId], MANAGER);
    const owned = await createTicket(t, agent.token, dept.id, { agentId: agent.globalId });
    const queued = await createTicket(t, agent.token, dept.id);
    const reply = (ticketId: string, token: string) =>
      t.ok(Reply, { input: { ticketId, message: { textBody: "hello" } } }, token);
    for (const [ticketId, token] of [
      [owned.id, colleague.token],
      [queued.id, agent.token],
    ] as const) {
      const before = [await fingerprint(t, ticketId), await childCounts(t, ticketId)];
      expect((await reply(ticketId, token)).replyToTicket.userErrors[0]!.code).toBe("NOT_TICKET_OWNER");
      const composing = await t.ok(Composing, { ticketId }, token);
      expect(composing.markComposing.userErrors[0]!.code).toBe("NOT_TICKET_OWNER");
      expect([await fingerprint(t, ticketId), await childCounts(t, ticketId)]).toEqual(before);
    }
    expect((await reply(owned.id, agent.token)).replyToTicket.ticket!.status).toBe("WAITING");
    expect((await reply(owned.id, manager.token)).replyToTicket.userErrors).toEqual([]);
    expect((await reply(queued.id, admin)).replyToTicket.userErrors).toEqual([]);
  });
});

describe("tickets: closing checks and follow-ups", () => {
  it("RESOLUTION_REQUIRED when the department requires one; a resolution comment lets it close", async () => {
    const ticket = await createTicket(t, agent.token, strict.id);
    const before = await fingerprint(t, ticket.id);
    const refused = await t.ok(Status, { input: { ticketId: ticket.id, status: "CLOSED" } }, agent.token);
    expect(refused.changeTicketStatus.userErrors.map((e) => e.code)).toEqual(["RESOLUTION_REQUIRED"]);
    expect(await fingerprint(t, ticket.id)).toEqual(before);
    await t.ok(
      Comment,
      { input: { ticketId: ticket.id, type: "RESOLUTION", text: "Replaced toner" } },
      agent.token,
    );
    const closed = await t.ok(Status, { input: { ticketId: ticket.id, status: "CLOSED" } }, agent.token);
    expect(closed.changeTicketStatus.userErrors).toEqual([]);
    expect(closed.changeTicketStatus.ticket!.closedAt).not.toBeNull();
  });

  it("a department without the flag closes without a resolution", async () => {
    const ticket = await createTicket(t, agent.token, dept.id);
    const closed = await t.ok(Status, { input: { ticketId: ticket.id, status: "CLOSED" } }, agent.token);
    expect(closed.changeTicketStatus.ticket!.status).toBe("CLOSED");
  });

  it("TASKS_OPEN through the open-task hook", async () => {
    const ticket = await createTicket(t, agent.token, strict.id);
    await t.ok(Comment, { input: { ticketId: ticket.id, type: "RESOLUTION", text: "done" } }, agent.token);
    setOpenTaskCounter(() => Promise.resolve(2));
    const before = await fingerprint(t, ticket.id);
    const refused = await t.ok(
      Status,
      { input: { ticketId: ticket.id, status: "CLOSED_AND_LOCKED" } },
      agent.token,
    );
    expect(refused.changeTicketStatus.userErrors.map((e) => e.code)).toEqual(["TASKS_OPEN"]);
    expect(await fingerprint(t, ticket.id)).toEqual(before);
    setOpenTaskCounter(() => Promise.resolve(0));
    const closed = await t.ok(Status, { input: { ticketId: ticket.id, status: "CLOSED" } }, agent.token);
    expect(closed.changeTicketStatus.userErrors).toEqual([]);
  });

  it("removeFollowUp restores the previous status; without one: NO_FOLLOW_UP", async () => {
    const ticket = await createTicket(t, agent.token, dept.id, { agentId: agent.globalId });
    const none = await t.ok(RemoveFollowUp, { ticketId: ticket.id }, agent.token);
    expect(none.removeFollowUp.userErrors[0]!.code).toBe("NO_FOLLOW_UP");
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const f = await t.ok(FollowUp, { input: { ticketId: ticket.id, followUpAt: at } }, agent.token);
    expect(f.setFollowUp.ticket!.status).toBe("WAITING");
    const r = await t.ok(RemoveFollowUp, { ticketId: ticket.id }, agent.token);
    expect(r.removeFollowUp.ticket).toEqual({ status: "ACTIVE", followUpAt: null });
  });
});
