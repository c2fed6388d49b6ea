import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { isOwnAddress } from "../email/inbound/loop-guard.js";
import { sql } from "../organization/testing.js";
import { createTicket, department } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Requester = graphql(`
  query TktEmailLookupRequester($id: ID!) {
    ticket(id: $id) {
      requester {
        id
        email
      }
    }
  }
`);

const CreateSmtp = graphql(`
  mutation TktEmailLookupSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let brandId: string;
let dept: TestDepartment;

beforeAll(async () => {
  t = await startTestServer("tickets-email-lookup");
  const session = await adminSession(t);
  admin = session.token;
  brandId = session.brandId;
  dept = await department(t, admin, "Email Lookup");
});

afterAll(async () => t?.stop());

async function requesterOf(ticketId: string) {
  const r = await t.ok(Requester, { id: ticketId }, admin);
  return r.ticket!.requester!;
}

describe("email lookups compare lower(email) = lower(?)", () => {
  it("an address with _ links to its own user, never to one the _ would match as a LIKE wildcard", async () => {
    const first = await createTicket(t, admin, dept.id, { requesterEmail: "axb@example.test" });
    const other = await requesterOf(first.id);
    expect(other.email).toBe("axb@example.test");

    const second = await createTicket(t, admin, dept.id, { requesterEmail: "a_b@example.test" });
    const own = await requesterOf(second.id);
    expect(own.id).not.toBe(other.id);
    expect(own.email).toBe("a_b@example.test");

    // Case does not matter: A_B@EXAMPLE.TEST is the same person as a_b@example.test.
    const third = await createTicket(t, admin, dept.id, { requesterEmail: "A_B@Example.Test" });
    expect((await requesterOf(third.id)).id).toBe(own.id);

    const [row] = await sql<{ n: string }>(
      t,
      `select count(*) as n from account where lower(email) in ('axb@example.test', 'a_b@example.test')`,
    );
    expect(Number(row!.n)).toBe(2);
  });

  it("the requester lookup runs as lower(email) = ? and is served by the account_email_lower index", async () => {
    const statements = await t.statementsDuring(() =>
      createTicket(t, admin, dept.id, { requesterEmail: "Indexed.Person@Example.Test" }),
    );
    const lookups = statements.filter((s) => /from "account"/.test(s) && /lower\(/.test(s));
    expect(lookups.length).toBeGreaterThan(0);
    expect(statements.some((s) => /from "account".*ilike/i.test(s))).toBe(false);
    for (const statement of lookups) {
      // The logged statement has placeholders; EXPLAIN needs values (PostgreSQL 15 has no generic_plan).
      const query = statement
        .replace(/ \[took .*$/s, "")
        .replace(/lower\(([^)]*)\) = \$\d+/g, "lower($1) = 'indexed.person@example.test'")
        .replace(/"kind" = \$\d+/g, `"kind" = 'USER'`)
        .replace(/limit \$\d+/g, "limit 1");
      expect(query).not.toMatch(/\$\d/);
      const plan = await t.server.runtime.orm.em.fork().transactional(async (em) => {
        await em.execute(`set local enable_seqscan = off`);
        const rows = await em.execute<Array<{ "QUERY PLAN": string }>>(`explain ${query}`);
        return rows.map((p) => p["QUERY PLAN"]).join("\n");
      });
      expect(plan).toContain("account_email_lower");
    }
  });

  it("the loop guard knows its own address in any case, and an _ in it is no wildcard", async () => {
    const r = await t.ok(
      CreateSmtp,
      { input: { brandId, server: "127.0.0.1", port: 2525, emailAddress: "help_desk@example.test" } },
      admin,
    );
    expect(r.createSmtpAccount.userErrors).toEqual([]);
    const em = t.server.runtime.orm.em.fork();
    expect(await isOwnAddress(em, "Help_Desk@Example.Test")).toBe(true);
    expect(await isOwnAddress(em, "helpxdesk@example.test")).toBe(false);
  });
});
