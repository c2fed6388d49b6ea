import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { setSearchMatchLimitForTests } from "./ticket-search.js";
import { createTicket, department } from "./testing.js";

const Search = graphql(`
  query TktSearchCap($text: String!, $first: Int, $criteria: TicketSearchCriteria) {
    searchTickets(text: $text, first: $first, criteria: $criteria) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        priority
      }
    }
  }
`);

let t: TestServer;
let admin: string;

beforeAll(async () => {
  t = await startTestServer("tickets-search-cap");
  admin = (await adminSession(t)).token;
  const d = await department(t, admin, "Search Cap");
  for (let i = 0; i < 6; i++)
    await createTicket(t, admin, d.id, {
      subject: `Gizmo ${i}`,
      priority: i % 2 ? "HIGH" : "NORMAL",
      message: { textBody: "gizmo broken" },
    });
});
afterAll(async () => {
  setSearchMatchLimitForTests(null);
  await t?.stop();
});

describe("the text-match cap (SEARCH_MATCH_LIMIT, docs/tickets.md)", () => {
  it("below the cap everything is exact; above it totalCount reads the cap and every result still matches", async () => {
    setSearchMatchLimitForTests(null);
    const all = await t.ok(Search, { text: "gizmo", first: 25 }, admin);
    expect(all.searchTickets.totalCount).toBe(6);

    setSearchMatchLimitForTests(3);
    const capped = await t.ok(Search, { text: "gizmo", first: 25 }, admin);
    expect(capped.searchTickets.totalCount).toBe(3);
    expect(capped.searchTickets.nodes).toHaveLength(3);
    expect(capped.searchTickets.pageInfo.hasNextPage).toBe(false);
    const page = await t.ok(Search, { text: "gizmo", first: 2 }, admin);
    expect(page.searchTickets.totalCount).toBe(3);
    expect(page.searchTickets.pageInfo.hasNextPage).toBe(true);

    // Criteria apply to the capped matches: fewer results, never a wrong one.
    const high = await t.ok(Search, { text: "gizmo", first: 25, criteria: { priority: ["HIGH"] } }, admin);
    expect(high.searchTickets.totalCount).toBeLessThanOrEqual(3);
    expect(high.searchTickets.nodes.every((n) => n.priority === "HIGH")).toBe(true);
    expect(high.searchTickets.nodes.every((n) => all.searchTickets.nodes.some((a) => a.id === n.id))).toBe(
      true,
    );
    setSearchMatchLimitForTests(null);
  });
});
