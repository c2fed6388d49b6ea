import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { RECENT_VIEW_SIZE } from "./ticket-list.js";
import { agentIn, createTicket, department } from "./testing.js";
import type { TestDepartment } from "./testing.js";

/** The Recent and Recently Transferred views of 002 L3084-3087. */
const MyRecent = graphql(`
  query TktRecentViews($filter: TicketFilter, $first: Int) {
    tickets(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);

const Portal = graphql(`
  query TktRecentPortal($filter: TicketFilter) {
    myPortalTickets(filter: $filter) {
      totalCount
    }
  }
`);

const Comment = graphql(`
  mutation TktRecentComment($input: AddTicketCommentInput!) {
    addTicketComment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Reply = graphql(`
  mutation TktRecentReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Transfer = graphql(`
  mutation TktRecentTransfer($input: TransferTicketInput!) {
    transferTicket(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let amy: SignedInAccount;
let ben: SignedInAccount;

const ids = async (token: string, filter: Record<string, unknown>, first = 100) =>
  (await t.ok(MyRecent, { filter, first }, token)).tickets.nodes.map((n) => n.id);

beforeAll(async () => {
  t = await startTestServer("tickets_recent_views");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Recent");
  amy = await agentIn(t, admin, "recent-amy", [dept.groupId]);
  ben = await agentIn(t, admin, "recent-ben", [dept.groupId]);
}, 60_000);
afterAll(async () => t?.stop());

describe("Recent and Recently Transferred", () => {
  it("Recent: what I replied to, commented or changed, any status, most recent activity first; not others'", async () => {
    const one = await createTicket(t, admin, dept.id, { agentId: amy.globalId, subject: "one" });
    const two = await createTicket(t, admin, dept.id, { agentId: amy.globalId, subject: "two" });
    const untouched = await createTicket(t, admin, dept.id, { agentId: amy.globalId, subject: "three" });
    await t.ok(Comment, { input: { ticketId: one.id, text: "Looking into it." } }, amy.token);
    await new Promise((r) => setTimeout(r, 20));
    const replied = await t.ok(
      Reply,
      { input: { ticketId: two.id, message: { textBody: "Fixed." }, status: "CLOSED" } },
      amy.token,
    );
    expect(replied.replyToTicket.userErrors).toEqual([]);
    const recent = await ids(amy.token, { recent: true });
    expect(recent).toContain(one.id);
    expect(recent).toContain(two.id);
    expect(recent).not.toContain(untouched.id);
    expect(recent.indexOf(two.id)).toBeLessThan(recent.indexOf(one.id));
    // Ben touched none of them.
    expect(await ids(ben.token, { recent: true })).toEqual([]);
  });

  it("Recently Transferred: tickets that left my queue, not the ones that came to me", async () => {
    const moved = await createTicket(t, admin, dept.id, { agentId: amy.globalId, subject: "moved" });
    const kept = await createTicket(t, admin, dept.id, { agentId: amy.globalId, subject: "kept" });
    const r = await t.ok(
      Transfer,
      { input: { ticketId: moved.id, agentId: ben.globalId, comment: "Ben knows this one." } },
      amy.token,
    );
    expect(r.transferTicket.userErrors).toEqual([]);
    expect(await ids(amy.token, { recentlyTransferred: true })).toEqual([moved.id]);
    expect(await ids(ben.token, { recentlyTransferred: true })).toEqual([]);
    expect(await ids(amy.token, { recentlyTransferred: true })).not.toContain(kept.id);
  });

  it(`holds the ${RECENT_VIEW_SIZE} most recent only, and is for agents`, { timeout: 180_000 }, async () => {
    const created = [];
    for (let batch = 0; batch < 11; batch++) {
      created.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            createTicket(t, admin, dept.id, { agentId: ben.globalId, subject: `bulk ${batch}-${i}` }),
          ),
        )),
      );
    }
    for (const ticket of created)
      await t.ok(Comment, { input: { ticketId: ticket.id, text: "seen" } }, ben.token);
    const recent = await ids(ben.token, { recent: true });
    expect(recent).toHaveLength(RECENT_VIEW_SIZE);
    // The ten commented first fell out.
    for (const early of created.slice(0, created.length - RECENT_VIEW_SIZE))
      expect(recent).not.toContain(early.id);
    const total = (await t.ok(MyRecent, { filter: { recent: true }, first: 5 }, ben.token)).tickets
      .totalCount;
    expect(total).toBe(RECENT_VIEW_SIZE);
    const customer = await signedInAccount(t, "recent-customer", [], "USER");
    for (const filter of [{ recent: true }, { recentlyTransferred: true }]) {
      const refused = await t.gql(Portal, { filter }, customer.token);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});
