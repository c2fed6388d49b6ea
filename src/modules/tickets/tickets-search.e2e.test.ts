import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department } from "./testing.js";

const SearchDoc = graphql(`
  query TktSearch($text: String!, $filter: TicketFilter) {
    searchTickets(text: $text, first: 25, filter: $filter) {
      totalCount
      nodes {
        id
        subject
      }
    }
  }
`);

const SearchPage = graphql(`
  query TktSearchPage($first: Int, $criteria: TicketSearchCriteria) {
    searchTickets(text: "widget", first: $first, criteria: $criteria) {
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
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let agentB: SignedInAccount;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestServer("tickets-search");
  admin = (await adminSession(t)).token;
  const a = await department(t, admin, "Search A");
  const b = await department(t, admin, "Search B");
  agentB = await agentIn(t, admin, "search-agent-b", [b.groupId]);
  ids.printer = (await createTicket(t, admin, a.id, { subject: "Printer jammed again" })).id;
  ids.invoice = (
    await createTicket(t, admin, a.id, { subject: "Question", message: { textBody: "my invoice is wrong" } })
  ).id;
  ids.other = (await createTicket(t, admin, b.id, { subject: "Invoice copy please" })).id;
});
afterAll(async () => {
  await t?.stop();
});

const found = async (text: string, token = admin, filter?: Record<string, unknown>) =>
  (await t.ok(SearchDoc, { text, filter }, token)).searchTickets.nodes.map((n) => n.id).sort();

describe("searchTickets", () => {
  it("finds words in subjects and in message text, within the caller's scope", async () => {
    expect(await found("printer")).toEqual([ids.printer]);
    expect(await found("invoice")).toEqual([ids.invoice!, ids.other!].sort());
    expect(await found("invoice wrong")).toEqual([ids.invoice]);
    // Agent B sees only department B's tickets.
    expect(await found("invoice", agentB.token)).toEqual([ids.other]);
    expect(await found("nothing-like-this")).toEqual([]);
  });

  it("finds a ticket by number and refuses empty text", async () => {
    const [row] = await sql<{ n: string }>(t, `select ticket_number as n from ticket where subject = ?`, [
      "Printer jammed again",
    ]);
    expect(await found(row!.n.toLowerCase())).toEqual([ids.printer]);
    const r = await t.gql(SearchDoc, { text: "  " }, admin);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a page of 25 search results runs as many statements as a page of 5", async () => {
    const d = await department(t, admin, "Search N+1");
    const agent = await agentIn(t, admin, "search-n1-agent", [d.groupId]);
    for (let i = 0; i < 26; i++)
      await createTicket(t, admin, d.id, {
        subject: `Widget ${i} broken`,
        requesterEmail: `w${i}@example.com`,
        agentId: agent.globalId,
        message: { textBody: `widget number ${i}` },
      });
    const criteria = { departmentId: d.id, priority: ["NORMAL" as const] };
    const count = async (first: number) => {
      const statements = await t.statementsDuring(() => t.ok(SearchPage, { first, criteria }, admin));
      return statements.length;
    };
    const page = await t.ok(SearchPage, { first: 25, criteria }, admin);
    expect(page.searchTickets.totalCount).toBe(26);
    expect(page.searchTickets.nodes.every((n) => n.requester && n.assignedAgent && n.lastMessage)).toBe(true);
    const small = await count(5);
    expect(small).toBeGreaterThan(3);
    expect(await count(25)).toBe(small);
  }, 120_000);

  it("the new predicates are served by their indexes (comments, HTML-only bodies, requester address)", async () => {
    const plans: string[] = [];
    await sql(t, `set enable_seqscan = off`);
    for (const q of [
      `select ticket_id from ticket_comment where to_tsvector('simple', "text") @@ plainto_tsquery('simple', 'x')`,
      `select m.ticket_id from ticket_message m where m."text_body" is null and to_tsvector('simple', ` +
        `regexp_replace(coalesce(m."html_body", ''), '<[^>]*>', ' ', 'g')) @@ plainto_tsquery('simple', 'x')`,
      `select e.id from ticket e where lower(e."requester_email") = 'a@b.c'`,
    ])
      plans.push(
        (await sql<{ "QUERY PLAN": string }>(t, `explain ${q}`)).map((p) => p["QUERY PLAN"]).join("\n"),
      );
    await sql(t, `set enable_seqscan = on`);
    expect(plans[0]).toContain("ticket_comment_fts");
    expect(plans[1]).toContain("ticket_message_html_fts");
    expect(plans[2]).toContain("ticket_requester_email_lower");
  });

  it("the predicates are served by the GIN indexes", async () => {
    const plan = await sql<{ "QUERY PLAN": string }>(
      t,
      `explain select id from ticket where to_tsvector('simple', "subject") @@ plainto_tsquery('simple', 'printer')`,
    );
    const text = plan.map((p) => p["QUERY PLAN"]).join("\n");
    // A sequential scan is cheaper on three rows; the index must at least be usable when scans are off.
    await sql(t, `set enable_seqscan = off`);
    const forced = await sql<{ "QUERY PLAN": string }>(
      t,
      `explain select id from ticket where to_tsvector('simple', "subject") @@ plainto_tsquery('simple', 'printer')`,
    );
    await sql(t, `set enable_seqscan = on`);
    expect(text.length).toBeGreaterThan(0);
    expect(forced.map((p) => p["QUERY PLAN"]).join("\n")).toContain("ticket_subject_fts");
  });
});
