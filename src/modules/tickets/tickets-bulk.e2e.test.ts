import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department, fingerprint, raw } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Bulk = graphql(`
  mutation TktBulkUpdate($input: BulkUpdateTicketsInput!) {
    bulkUpdateTickets(input: $input) {
      results {
        ticketId
        ticket {
          status
          priority
        }
        userErrors {
          code
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Delete = graphql(`
  mutation TktBulkDelete($input: TicketIdsInput!) {
    deleteTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Purge = graphql(`
  mutation TktBulkPurge($input: PurgeDeletedTicketsInput!) {
    purgeDeletedTickets(input: $input) {
      purgedCount
      userErrors {
        code
      }
    }
  }
`);

const UNKNOWN = "VGlja2V0OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA";

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let strict: TestDepartment;
let agent: SignedInAccount;

beforeAll(async () => {
  t = await startTestServer("tickets_bulk");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Bulk");
  strict = await department(t, admin, "Bulk Strict", { tickets: { requireResolutionToClose: true } });
  agent = await agentIn(t, admin, "bulk-agent", [dept.groupId, strict.groupId]);
});
afterAll(() => t?.stop());

describe("tickets: bulk actions and purge", () => {
  it("reports per ticket: an unknown id and a closing refusal do not stop the others", async () => {
    const a = await createTicket(t, agent.token, dept.id);
    const b = await createTicket(t, agent.token, strict.id);
    const c = await createTicket(t, agent.token, dept.id);
    const before = await fingerprint(t, b.id);
    const r = await t.ok(
      Bulk,
      { input: { ticketIds: [a.id, UNKNOWN, b.id, c.id], status: "CLOSED", priority: "HIGH" } },
      agent.token,
    );
    const results = r.bulkUpdateTickets.results!;
    expect(results.map((x) => x.ticketId)).toEqual([a.id, UNKNOWN, b.id, c.id]);
    expect(results[0]!.ticket).toEqual({ status: "CLOSED", priority: "HIGH" });
    expect(results[1]!.userErrors[0]!.code).toBe("NOT_FOUND");
    expect(results[2]!.userErrors[0]!.code).toBe("RESOLUTION_REQUIRED");
    expect(results[2]!.ticket).toBeNull();
    expect(results[3]!.ticket).toEqual({ status: "CLOSED", priority: "HIGH" });
    expect(await fingerprint(t, b.id)).toEqual(before);
  });

  it("refuses more than 100 ids as a whole", async () => {
    const ids = Array.from({ length: 101 }, () => UNKNOWN);
    const r = await t.ok(Bulk, { input: { ticketIds: ids, priority: "LOW" } }, agent.token);
    expect(r.bulkUpdateTickets.userErrors[0]!.code).toBe("TOO_MANY");
    expect(r.bulkUpdateTickets.results).toBeNull();
  });

  it("an agent without TICKETS_DELETE cannot bulk-delete", async () => {
    const a = await createTicket(t, agent.token, dept.id);
    const r = await t.gql(Bulk, { input: { ticketIds: [a.id], delete: true } }, agent.token);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("purges tickets deleted before the cutoff only (administrators)", async () => {
    const old = await createTicket(t, admin, dept.id);
    const recent = await createTicket(t, admin, dept.id);
    await t.ok(Delete, { input: { ticketIds: [old.id, recent.id] } }, admin);
    await sql(t, "update ticket set deleted_at = now() - interval '100 days' where id = ?", [raw(old.id)]);
    const refused = await t.gql(Purge, { input: {} }, agent.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const r = await t.ok(Purge, { input: {} }, admin);
    expect(r.purgeDeletedTickets.purgedCount).toBe(1);
    const left = await sql<{ id: string }>(t, "select id from ticket where id in (?, ?)", [
      raw(old.id),
      raw(recent.id),
    ]);
    expect(left.map((x) => x.id)).toEqual([raw(recent.id)]);
    const [messages] = await sql<{ n: string }>(
      t,
      "select count(*) as n from ticket_message where ticket_id = ?",
      [raw(old.id)],
    );
    expect(messages!.n).toBe("0");
  });
});
