import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOMAIN_EVENT_TOPIC } from "../../core/events/domain-events.js";
import type { DomainEvent } from "../../core/events/domain-events.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { waitFor } from "../../core/testing/instances.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { processDueFollowUps } from "./index.js";
import { agentIn, createTicket, department, raw } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const ReplyDoc = graphql(`
  mutation TktEvReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      message {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const MyReplyDoc = graphql(`
  mutation TktEvMyReply($input: ReplyToMyTicketInput!) {
    replyToMyTicket(input: $input) {
      message {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const CommentDoc = graphql(`
  mutation TktEvComment($input: AddTicketCommentInput!) {
    addTicketComment(input: $input) {
      comment {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const StatusDoc = graphql(`
  mutation TktEvStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const PriorityDoc = graphql(`
  mutation TktEvPriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const TransferDoc = graphql(`
  mutation TktEvTransfer($input: TransferTicketInput!) {
    transferTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const TakeDoc = graphql(`
  mutation TktEvTake($input: TakeTicketInput!) {
    takeTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ReleaseDoc = graphql(`
  mutation TktEvRelease($input: ReleaseTicketToQueueInput!) {
    releaseTicketToQueue(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const MergeDoc = graphql(`
  mutation TktEvMerge($input: MergeTicketsInput!) {
    mergeTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const FollowUpDoc = graphql(`
  mutation TktEvFollowUp($input: SetFollowUpInput!) {
    setFollowUp(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const DeleteDoc = graphql(`
  mutation TktEvDelete($input: TicketIdsInput!) {
    deleteTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const RestoreDoc = graphql(`
  mutation TktEvRestore($input: TicketIdsInput!) {
    restoreTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const BASE_KEYS = [
  "ticketId",
  "number",
  "brandId",
  "departmentId",
  "groupId",
  "agentId",
  "requesterId",
  "status",
  "priority",
];

let t: TestServer;
let admin: string;
let deptA: TestDepartment;
let deptB: TestDepartment;
let agentA: SignedInAccount;
let agentB: SignedInAccount;
let customer: SignedInAccount;
const events: DomainEvent[] = [];
let stopListening: () => void = () => {};

beforeAll(async () => {
  t = await startTestServer("tickets-events");
  admin = (await adminSession(t)).token;
  deptA = await department(t, admin, "Events A");
  deptB = await department(t, admin, "Events B");
  agentA = await agentIn(t, admin, "ev-agent-a", [deptA.groupId]);
  agentB = await agentIn(t, admin, "ev-agent-b", [deptB.groupId]);
  customer = await signedInAccount(t, "ev-customer", END_USER, "USER");
  const iterator = t.server.runtime.pubsub.subscribe(DOMAIN_EVENT_TOPIC)[Symbol.asyncIterator]();
  let open = true;
  stopListening = () => {
    open = false;
    void iterator.return?.();
  };
  void (async () => {
    while (open) {
      const next = await iterator.next();
      if (next.done) break;
      events.push(next.value as DomainEvent);
    }
  })();
});
afterAll(async () => {
  stopListening();
  await t?.stop();
});

/** Waits for the event of `type` about the ticket, then checks it carries the base facts exactly once. */
async function eventOf(type: string, ticketGlobalId: string, match?: (e: DomainEvent) => boolean) {
  const id = raw(ticketGlobalId);
  const find = () => events.filter((e) => e.type === type && e.subject.id === id && (!match || match(e)));
  await waitFor(async () => find().length > 0, 5_000);
  const found = find();
  expect(found).toHaveLength(1);
  const event = found[0]!;
  expect(event.subject).toEqual({ type: "Ticket", id });
  for (const key of BASE_KEYS) expect(event.data).toHaveProperty(key);
  expect(event.data.ticketId).toBe(id);
  return event;
}

const typesOf = (ticketGlobalId: string) =>
  events.filter((e) => e.subject.id === raw(ticketGlobalId)).map((e) => e.type);

describe("ticket domain events", () => {
  it("ticket.created carries source and direction; queued tickets have no ticket.assigned", async () => {
    const ticket = await createTicket(t, admin, deptA.id, { requesterId: customer.globalId });
    const created = await eventOf("ticket.created", ticket.id);
    expect(created.data).toMatchObject({
      number: ticket.ticketNumber,
      departmentId: raw(deptA.id),
      groupId: raw(deptA.groupId),
      requesterId: customer.id,
      status: "ACTIVE",
      priority: "NORMAL",
      source: "AGENT",
      direction: "INBOUND",
    });
    expect(Object.keys(created.data).sort()).toEqual([...BASE_KEYS, "source", "direction"].sort());
    expect(created.actorAccountId).not.toBeNull();
  });

  it("ticket.assigned on creation with an agent, take and release (with previousAgentId and reason)", async () => {
    const direct = await createTicket(t, admin, deptA.id, { agentId: agentA.globalId });
    const onCreate = await eventOf("ticket.assigned", direct.id);
    expect(onCreate.data).toMatchObject({
      agentId: agentA.id,
      previousAgentId: null,
      reason: "ASSIGNED_ON_CREATION",
    });

    const queued = await createTicket(t, admin, deptA.id);
    await eventOf("ticket.created", queued.id);
    const take = await t.ok(TakeDoc, { input: { ticketId: queued.id } }, agentA.token);
    expect(take.takeTicket.userErrors).toEqual([]);
    const taken = await eventOf("ticket.assigned", queued.id, (e) => e.data.reason === "TAKEN_FROM_QUEUE");
    expect(taken.data).toMatchObject({ agentId: agentA.id, previousAgentId: null });
    expect(taken.actorAccountId).toBe(agentA.id);

    const release = await t.ok(ReleaseDoc, { input: { ticketId: queued.id } }, agentA.token);
    expect(release.releaseTicketToQueue.userErrors).toEqual([]);
    const released = await eventOf(
      "ticket.assigned",
      queued.id,
      (e) => e.data.reason === "RETURNED_TO_QUEUE",
    );
    expect(released.data).toMatchObject({ agentId: null, previousAgentId: agentA.id });
  });

  it("ticket.messageAdded (agent and customer) with the status changes they cause", async () => {
    const ticket = await createTicket(t, admin, deptA.id, {
      requesterId: customer.globalId,
      agentId: agentA.globalId,
    });
    const reply = await t.ok(
      ReplyDoc,
      { input: { ticketId: ticket.id, message: { textBody: "hi" } } },
      agentA.token,
    );
    expect(reply.replyToTicket.userErrors).toEqual([]);
    const agentMessage = await eventOf("ticket.messageAdded", ticket.id, (e) => e.data.author === "AGENT");
    expect(agentMessage.data.messageId).toBe(raw(reply.replyToTicket.message!.id));
    const waiting = await eventOf("ticket.statusChanged", ticket.id, (e) => e.data.to === "WAITING");
    expect(waiting.data).toMatchObject({ from: "ACTIVE", status: "WAITING" });

    const mine = await t.ok(
      MyReplyDoc,
      { input: { ticketId: ticket.id, message: { textBody: "thanks" } } },
      customer.token,
    );
    expect(mine.replyToMyTicket.userErrors).toEqual([]);
    const customerMessage = await eventOf(
      "ticket.messageAdded",
      ticket.id,
      (e) => e.data.author === "CUSTOMER",
    );
    expect(customerMessage.data.messageId).toBe(raw(mine.replyToMyTicket.message!.id));
    expect(customerMessage.actorAccountId).toBe(customer.id);
    await eventOf(
      "ticket.statusChanged",
      ticket.id,
      (e) => e.data.from === "WAITING" && e.data.to === "ACTIVE",
    );
  });

  it("ticket.commentAdded, ticket.updated { changed } and no event for a refused change", async () => {
    const ticket = await createTicket(t, admin, deptA.id);
    const comment = await t.ok(
      CommentDoc,
      { input: { ticketId: ticket.id, text: "note", type: "STICKY" } },
      admin,
    );
    const added = await eventOf("ticket.commentAdded", ticket.id);
    expect(added.data).toMatchObject({
      commentId: raw(comment.addTicketComment.comment!.id),
      commentType: "STICKY",
    });

    await t.ok(PriorityDoc, { input: { ticketId: ticket.id, priority: "URGENT" } }, admin);
    const updated = await eventOf("ticket.updated", ticket.id);
    expect(updated.data).toMatchObject({ changed: ["priority"], priority: "URGENT" });

    // Locked tickets refuse replies: nothing is written, so nothing is announced.
    await t.ok(StatusDoc, { input: { ticketId: ticket.id, status: "CLOSED_AND_LOCKED" } }, admin);
    await eventOf("ticket.statusChanged", ticket.id, (e) => e.data.to === "CLOSED_AND_LOCKED");
    const before = typesOf(ticket.id).length;
    const refused = await t.ok(
      ReplyDoc,
      { input: { ticketId: ticket.id, message: { textBody: "x" } } },
      admin,
    );
    expect(refused.replyToTicket.userErrors[0]!.code).toBe("TICKET_LOCKED");
    await new Promise((r) => setTimeout(r, 100));
    expect(typesOf(ticket.id)).toHaveLength(before);
  });

  it("ticket.transferred with the previous department, group and agent", async () => {
    const ticket = await createTicket(t, admin, deptA.id, { agentId: agentA.globalId });
    const r = await t.ok(
      TransferDoc,
      { input: { ticketId: ticket.id, departmentId: deptB.id, agentId: agentB.globalId, comment: "yours" } },
      admin,
    );
    expect(r.transferTicket.userErrors).toEqual([]);
    const transferred = await eventOf("ticket.transferred", ticket.id);
    expect(transferred.data).toMatchObject({
      departmentId: raw(deptB.id),
      groupId: raw(deptB.groupId),
      agentId: agentB.id,
      previousDepartmentId: raw(deptA.id),
      previousGroupId: raw(deptA.groupId),
      previousAgentId: agentA.id,
    });
    await eventOf("ticket.assigned", ticket.id, (e) => e.data.reason === "TRANSFERRED_TO_AGENT");
    await eventOf("ticket.commentAdded", ticket.id, (e) => e.data.commentType === "TRANSFER");
  });

  it("ticket.deleted, ticket.restored and ticket.merged { mergedTicketIds }", async () => {
    const a = await createTicket(t, admin, deptA.id);
    await t.ok(DeleteDoc, { input: { ticketIds: [a.id] } }, admin);
    const deleted = await eventOf("ticket.deleted", a.id);
    expect(deleted.data.status).toBe("CLOSED_AND_LOCKED");
    expect(typesOf(a.id)).not.toContain("ticket.statusChanged");
    await t.ok(RestoreDoc, { input: { ticketIds: [a.id] } }, admin);
    await eventOf("ticket.restored", a.id);

    const primary = await createTicket(t, admin, deptA.id);
    const other = await createTicket(t, admin, deptA.id);
    const merged = await t.ok(
      MergeDoc,
      { input: { primaryTicketId: primary.id, ticketIds: [other.id] } },
      admin,
    );
    expect(merged.mergeTickets.userErrors).toEqual([]);
    const event = await eventOf("ticket.merged", primary.id);
    expect(event.data.mergedTicketIds).toEqual([raw(other.id)]);
  });

  it("ticket.followUpDue when a follow-up comes due (system actor), with its status change", async () => {
    const ticket = await createTicket(t, admin, deptA.id, { agentId: agentA.globalId });
    const r = await t.ok(
      FollowUpDoc,
      {
        input: {
          ticketId: ticket.id,
          followUpAt: new Date(Date.now() + 60_000).toISOString(),
          agentId: agentA.globalId,
        },
      },
      admin,
    );
    expect(r.setFollowUp.userErrors).toEqual([]);
    const scheduled = await eventOf("ticket.updated", ticket.id);
    expect(scheduled.data.changed).toEqual(["followUpAt"]);
    await processDueFollowUps(t.server.runtime, new Date(Date.now() + 120_000));
    const due = await eventOf("ticket.followUpDue", ticket.id);
    expect(due.actorAccountId).toBeNull();
    expect(due.data).toMatchObject({ status: "ACTIVE", agentId: agentA.id });
    await eventOf(
      "ticket.statusChanged",
      ticket.id,
      (e) => e.data.from === "WAITING" && e.data.to === "ACTIVE",
    );
  });
});
