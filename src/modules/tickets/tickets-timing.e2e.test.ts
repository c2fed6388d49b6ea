import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { applyDepartmentTicketTiming } from "./index.js";
import { createTicket, department, raw } from "./testing.js";

const ChangeStatus = graphql(`
  mutation TktTimingStatus($input: ChangeTicketStatusInput!) {
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

const TicketState = graphql(`
  query TktTimingState($id: ID!) {
    ticket(id: $id) {
      status
      deletedAt
    }
  }
`);

const SetTiming = graphql(`
  mutation TktTimingDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

/** Auto-Close, Auto-Lock and Auto-Delete of the department's Tickets tab (002 L6021-6023). */
describe("department ticket timing", () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    t = await startTestServer("tickets_timing");
    admin = (await adminSession(t)).token;
  }, 60_000);
  afterAll(() => t?.stop());

  const sql = (query: string, params: unknown[]) =>
    t.server.runtime.orm.em.fork().getConnection().execute(query, params);
  const sweep = () =>
    t.server.runtime.orm.em
      .fork()
      .transactional((em) => applyDepartmentTicketTiming(t.server.runtime, em as EntityManager));
  const state = async (id: string) => (await t.ok(TicketState, { id }, admin)).ticket;

  it("closes waiting tickets after Auto-Close hours, locks closed ones after Auto-Lock, deletes after Auto-Delete", async () => {
    const dept = await department(t, admin, "Timing");
    const ticket = await createTicket(t, admin, dept.id);
    const waiting = await t.ok(ChangeStatus, { input: { ticketId: ticket.id, status: "WAITING" } }, admin);
    expect(waiting.changeTicketStatus.ticket!.status).toBe("WAITING");

    // Recent activity: nothing happens (default Auto-Close is 168 hours).
    await sweep();
    expect((await state(ticket.id)).status).toBe("WAITING");

    await sql(`update ticket set last_activity_at = now() - interval '169 hours' where id = ?`, [
      raw(ticket.id),
    ]);
    expect((await sweep()).AUTO_CLOSE).toBe(1);
    expect((await state(ticket.id)).status).toBe("CLOSED");

    await sql(`update ticket set closed_at = now() - interval '323 hours' where id = ?`, [raw(ticket.id)]);
    expect((await sweep()).AUTO_LOCK).toBe(1);
    expect((await state(ticket.id)).status).toBe("CLOSED_AND_LOCKED");

    await sql(`update ticket set closed_at = now() - interval '366 days' where id = ?`, [raw(ticket.id)]);
    expect((await sweep()).AUTO_DELETE).toBe(1);
    expect((await state(ticket.id)).deletedAt).not.toBeNull();
  });

  it("never touches tickets of a department whose timings are off (null), nor active ones", async () => {
    const dept = await department(t, admin, "No timing");
    const off = await t.ok(
      SetTiming,
      {
        input: {
          id: dept.id,
          tickets: { autoCloseAfterHours: null, autoLockAfterHours: null, autoDeleteAfterDays: null },
        },
      },
      admin,
    );
    expect(off.updateDepartment.userErrors).toEqual([]);
    const waiting = await createTicket(t, admin, dept.id);
    await t.ok(ChangeStatus, { input: { ticketId: waiting.id, status: "WAITING" } }, admin);
    const active = await createTicket(t, admin, (await department(t, admin, "Active only")).id);
    await sql(`update ticket set last_activity_at = now() - interval '1000 days' where id in (?, ?)`, [
      raw(waiting.id),
      raw(active.id),
    ]);
    await sweep();
    expect((await state(waiting.id)).status).toBe("WAITING");
    expect((await state(active.id)).status).toBe("ACTIVE");
  });
});
