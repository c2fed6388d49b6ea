import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { agentIn, createTicket, department, raw } from "./testing.js";
import { FOLLOW_UPS_SWEEP_SECONDS } from "./index.js";

const SetFollowUp = graphql(`
  mutation TktTimerFollowUp($input: SetFollowUpInput!) {
    setFollowUp(input: $input) {
      ticket {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const Status = graphql(`
  query TktTimerStatus($id: ID!) {
    ticket(id: $id) {
      status
      followUpAt
      assignedAgent {
        id
      }
    }
  }
`);

/** The follow-up sweep is a durable recurring job: no test calls processDueFollowUps here, the worker does. */
describe("follow-ups coming due through the job worker", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("tickets_followup_timer", { jobsPollMs: 200 });
  }, 60_000);
  afterAll(() => t?.stop());

  it(
    "makes a due follow-up active for its agent without anyone calling the sweep",
    async () => {
      const admin = (await adminSession(t)).token;
      const dept = await department(t, admin, "Timers");
      const agent = await agentIn(t, admin, "timer-agent", [dept.groupId]);
      const ticket = await createTicket(t, agent.token, dept.id, { agentId: agent.globalId });
      const later = new Date(Date.now() + 3_600_000).toISOString();
      const set = await t.ok(SetFollowUp, { input: { ticketId: ticket.id, followUpAt: later } }, agent.token);
      expect(set.setFollowUp.ticket!.status).toBe("WAITING");

      // Time travel for the row only: the follow-up is now overdue.
      await t.server.runtime.orm.em
        .fork()
        .getConnection()
        .execute(`update ticket set follow_up_at = now() - interval '1 minute' where id = ?`, [
          raw(ticket.id),
        ]);

      const deadline = Date.now() + (FOLLOW_UPS_SWEEP_SECONDS + 10) * 1000;
      let status = "WAITING";
      while (Date.now() < deadline) {
        status = (await t.ok(Status, { id: ticket.id }, agent.token)).ticket.status;
        if (status === "ACTIVE") break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe("ACTIVE");
      const got = (await t.ok(Status, { id: ticket.id }, agent.token)).ticket;
      expect(got.followUpAt).toBeNull();
      expect(got.assignedAgent!.id).toBe(agent.globalId);
    },
    (FOLLOW_UPS_SWEEP_SECONDS + 20) * 1000,
  );
});
