import { print } from "graphql";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { waitFor } from "../../core/testing/instances.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const TicketChangedDoc = graphql(`
  subscription TktSubTicketChanged($ticketId: ID!) {
    ticketChanged(ticketId: $ticketId) {
      kind
      ticketId
      changedFields
      messageId
      commentId
      ticket {
        id
        status
        assignedAgent {
          id
        }
      }
    }
  }
`);
const MyTicketsDoc = graphql(`
  subscription TktSubMine {
    myTicketsChanged {
      kind
      ticketId
      inList
      ticket {
        id
      }
    }
  }
`);
const QueueDoc = graphql(`
  subscription TktSubQueue($departmentId: ID!, $groupId: ID) {
    departmentQueueChanged(departmentId: $departmentId, groupId: $groupId) {
      kind
      ticketId
      inList
      ticket {
        id
        subject
      }
    }
  }
`);
const CommentDoc = graphql(`
  mutation TktSubComment($input: AddTicketCommentInput!) {
    addTicketComment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ReplyDoc = graphql(`
  mutation TktSubReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const TransferDoc = graphql(`
  mutation TktSubTransfer($input: TransferTicketInput!) {
    transferTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const TakeDoc = graphql(`
  mutation TktSubTake($input: TakeTicketInput!) {
    takeTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

interface Change {
  kind: string;
  ticketId: string;
  inList?: boolean | null;
  changedFields?: string[];
  messageId?: string | null;
  commentId?: string | null;
  ticket: { id: string; status?: string; subject?: string; assignedAgent?: { id: string } | null } | null;
}

let t: TestServer;
let admin: string;
let deptA: TestDepartment;
let deptB: TestDepartment;
let agentA: SignedInAccount;
let agentB: SignedInAccount;
let customer: SignedInAccount;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestServer("tickets-subscriptions");
  admin = (await adminSession(t)).token;
  deptA = await department(t, admin, "Live A");
  deptB = await department(t, admin, "Live B");
  agentA = await agentIn(t, admin, "live-agent-a", [deptA.groupId]);
  agentB = await agentIn(t, admin, "live-agent-b", [deptB.groupId]);
  customer = await signedInAccount(t, "live-customer", END_USER, "USER");
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await new Promise((r) => setTimeout(r, 200)); // let the server see the sockets close
  await t?.stop();
});

/** Subscribes over a real graphql-ws socket; resolves once the server has accepted the subscription. */
async function watch(token: string, doc: unknown, variables: Record<string, unknown> = {}) {
  const client = t.ws(token);
  clients.push(client);
  const events: Change[] = [];
  const errors: Array<{ extensions?: { code?: string } }> = [];
  client.subscribe(
    { query: print(doc as Parameters<typeof print>[0]), variables },
    {
      next: (v) => {
        if (v.errors) errors.push(...(v.errors as unknown as typeof errors));
        else events.push(Object.values(v.data as Record<string, Change>)[0]!);
      },
      error: (e) => errors.push(...(Array.isArray(e) ? e : [e as (typeof errors)[0]])),
      complete: () => {},
    },
  );
  // graphql-ws acknowledges nothing per subscription: give the server time to subscribe (the embedded
  // database is slower).
  await new Promise((r) => setTimeout(r, 700));
  return { events, errors };
}

const kinds = (events: Change[], ticketId?: string) =>
  events.filter((e) => !ticketId || e.ticketId === ticketId).map((e) => e.kind);

describe("ticketChanged", () => {
  it("delivers status, message, comment and transfer changes; stops when the ticket leaves the scope", async () => {
    const ticket = await createTicket(t, admin, deptA.id, {
      agentId: agentA.globalId,
      requesterId: customer.globalId,
    });
    const a = await watch(agentA.token, TicketChangedDoc, { ticketId: ticket.id });
    const mine = await watch(customer.token, TicketChangedDoc, { ticketId: ticket.id });
    const outsider = await watch(agentB.token, TicketChangedDoc, { ticketId: ticket.id });
    await waitFor(async () => outsider.errors.length > 0, 5_000, "outsider refused");
    expect(outsider.errors.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);

    await t.ok(CommentDoc, { input: { ticketId: ticket.id, text: "internal" } }, admin);
    await t.ok(ReplyDoc, { input: { ticketId: ticket.id, message: { textBody: "hello" } } }, agentA.token);
    await waitFor(async () => a.events.length >= 3, 5_000, "three changes");
    expect(kinds(a.events)).toEqual(["COMMENT_ADDED", "MESSAGE_ADDED", "STATUS_CHANGED"]);
    expect(a.events[0]!.commentId).toBeTruthy();
    expect(a.events[1]!.messageId).toBeTruthy();
    expect(a.events[2]!.ticket!.status).toBe("WAITING");
    // The requester hears about the reply and the status, never the internal comment.
    await waitFor(async () => mine.events.length >= 2, 5_000, "customer changes");
    expect(kinds(mine.events)).toEqual(["MESSAGE_ADDED", "STATUS_CHANGED"]);

    // Transferred to a department agent A has no group in: agent A is no longer told anything.
    const r = await t.ok(
      TransferDoc,
      { input: { ticketId: ticket.id, departmentId: deptB.id, agentId: agentB.globalId } },
      admin,
    );
    expect(r.transferTicket.userErrors).toEqual([]);
    const b = await watch(agentB.token, TicketChangedDoc, { ticketId: ticket.id });
    await t.ok(CommentDoc, { input: { ticketId: ticket.id, text: "after transfer" } }, admin);
    await waitFor(async () => b.events.length >= 1, 5_000, "agent B hears the comment");
    expect(kinds(b.events)).toEqual(["COMMENT_ADDED"]);
    await new Promise((res) => setTimeout(res, 200));
    expect(kinds(a.events)).toEqual(["COMMENT_ADDED", "MESSAGE_ADDED", "STATUS_CHANGED"]);
    expect(a.errors).toEqual([]);
  });

  it("refuses unknown tickets and anonymous callers", async () => {
    const unknown = await watch(agentA.token, TicketChangedDoc, {
      ticketId: Buffer.from("Ticket:00000000-0000-0000-0000-000000000000").toString("base64url"),
    });
    await waitFor(async () => unknown.errors.length > 0, 5_000, "unknown refused");
    expect(unknown.errors.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
  });
});

describe("myTicketsChanged", () => {
  it("announces tickets assigned to me and the ones taken away (inList false)", async () => {
    const a = await watch(agentA.token, MyTicketsDoc);
    const b = await watch(agentB.token, MyTicketsDoc);
    const ticket = await createTicket(t, admin, deptA.id, { agentId: agentA.globalId });
    await waitFor(async () => a.events.some((e) => e.ticketId === ticket.id), 5_000, "assigned to A");
    expect(a.events.filter((e) => e.ticketId === ticket.id).every((e) => e.inList)).toBe(true);

    await t.ok(
      TransferDoc,
      { input: { ticketId: ticket.id, departmentId: deptB.id, agentId: agentB.globalId } },
      admin,
    );
    await waitFor(
      async () => a.events.some((e) => e.ticketId === ticket.id && e.inList === false),
      5_000,
      "taken from A",
    );
    const gone = a.events.find((e) => e.ticketId === ticket.id && e.inList === false)!;
    expect(gone.ticket).toBeNull(); // out of A's scope now: only the id
    await waitFor(async () => b.events.some((e) => e.ticketId === ticket.id && e.inList), 5_000, "B got it");
    expect(b.events.filter((e) => e.ticketId === ticket.id && e.kind === "CREATED")).toEqual([]);
  });
});

describe("departmentQueueChanged", () => {
  it("follows a department's queue; agents outside it are refused and hear nothing of it", async () => {
    const a = await watch(agentA.token, QueueDoc, { departmentId: deptA.id });
    const bRefused = await watch(agentB.token, QueueDoc, { departmentId: deptA.id });
    await waitFor(async () => bRefused.errors.length > 0, 5_000, "B refused");
    expect(bRefused.errors.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const bOwn = await watch(agentB.token, QueueDoc, { departmentId: deptB.id });
    const adminWatch = await watch(admin, QueueDoc, { departmentId: deptA.id, groupId: deptA.groupId });

    const queued = await createTicket(t, admin, deptA.id, { subject: "Queue me" });
    await waitFor(async () => a.events.some((e) => e.ticketId === queued.id), 5_000, "arrives in the queue");
    expect(a.events.find((e) => e.ticketId === queued.id)).toMatchObject({
      kind: "CREATED",
      inList: true,
      ticket: { subject: "Queue me" },
    });
    const take = await t.ok(TakeDoc, { input: { ticketId: queued.id } }, agentA.token);
    expect(take.takeTicket.userErrors).toEqual([]);
    await waitFor(
      async () => a.events.some((e) => e.ticketId === queued.id && e.kind === "ASSIGNED"),
      5_000,
      "leaves the queue",
    );
    expect(a.events.find((e) => e.kind === "ASSIGNED")!.inList).toBe(false);
    await waitFor(async () => adminWatch.events.length >= 2, 5_000, "admin sees both");
    expect(kinds(adminWatch.events, queued.id)).toEqual(["CREATED", "ASSIGNED"]);
    // A ticket assigned straight to an agent never enters the queue.
    await createTicket(t, admin, deptA.id, { agentId: agentA.globalId });
    await new Promise((r) => setTimeout(r, 300));
    expect(a.events.every((e) => e.ticketId === queued.id)).toBe(true);
    expect(bOwn.events).toEqual([]);
    expect(bOwn.errors).toEqual([]);
  });
});
