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
