import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, agentWithRole, createTicket, department } from "../tickets/testing.js";
import type { TestDepartment } from "../tickets/testing.js";
import { createRule, eventsRole } from "./testing.js";

const TriggerDoc = graphql(`
  mutation EvManualTrigger($input: TriggerManualEventInput!) {
    triggerManualEvent(input: $input) {
      matched
      evaluation {
        eventType
        outcome
        actions {
          action
          outcome
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const CommentsDoc = graphql(`
  query EvManualTicket($id: ID!) {
    ticket(id: $id) {
      priority
      comments {
        text
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let elsewhere: TestDepartment;
let agent: SignedInAccount;
let modifier: SignedInAccount;

beforeAll(async () => {
  t = await startTestServer("events-manual");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Manual Dept");
  elsewhere = await department(t, admin, "Manual Elsewhere");
  agent = await agentIn(t, admin, "ev-manual-agent", [dept.groupId]);
  // Modify: My Events yes, "Trigger system-level manual events" no (002 L6721-6732).
  modifier = await agentWithRole(
    t,
    admin,
    "ev-manual-modify",
    await eventsRole(t, admin, "Ev modify", "MODIFY"),
    [dept.groupId],
  );
});
afterAll(async () => {
  await t?.stop();
});

describe("manual events (002 L8163-8167)", () => {
  it("an agent runs their own manual ticket event: conditions checked now, actions run only on a match", async () => {
    const ruleId = await createRule(t, agent.token, {
      name: "Escalate this one",
      scope: "AGENT",
      eventType: "MANUAL_TICKET_EVENT",
      conditions: [{ key: "STATUS", operator: "IS_ANY_OF", values: ["ACTIVE"] }],
      actions: [
        { action: "SET_TICKET_PRIORITY", parameters: [{ key: "priority", value: "HIGH" }] },
        { action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "manually escalated #number#" }] },
      ],
    });
    const ticket = await createTicket(t, admin, dept.id, { subject: "manual" });
    const r = await t.ok(TriggerDoc, { input: { ruleId, itemId: ticket.id } }, agent.token);
    expect(r.triggerManualEvent).toMatchObject({
      matched: true,
      userErrors: [],
      evaluation: {
        eventType: "MANUAL_TICKET_EVENT",
        outcome: "FIRED",
        actions: [
          { action: "SET_TICKET_PRIORITY", outcome: "RAN" },
          { action: "ADD_TICKET_COMMENT", outcome: "RAN" },
        ],
      },
    });
    const after = (await t.ok(CommentsDoc, { id: ticket.id }, admin)).ticket!;
    expect(after.priority).toBe("HIGH");
    expect(after.comments.map((c) => c.text)).toEqual([`manually escalated ${ticket.ticketNumber}`]);
    // Running it again is a new manual event: it runs again.
    const again = await t.ok(TriggerDoc, { input: { ruleId, itemId: ticket.id } }, agent.token);
    expect(again.triggerManualEvent.matched).toBe(true);
  });

  it("no match, wrong kinds and invisible items are refused without running anything", async () => {
    const ruleId = await createRule(t, agent.token, {
      name: "Only waiting",
      scope: "AGENT",
      eventType: "MANUAL_TICKET_EVENT",
      conditions: [{ key: "STATUS", operator: "IS_ANY_OF", values: ["WAITING"] }],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "should not appear" }] }],
    });
    const ticket = await createTicket(t, admin, dept.id, { subject: "not waiting" });
    const miss = await t.ok(TriggerDoc, { input: { ruleId, itemId: ticket.id } }, agent.token);
    expect(miss.triggerManualEvent).toEqual({ matched: false, evaluation: null, userErrors: [] });
    const automatic = await createRule(t, agent.token, {
      name: "Automatic",
      scope: "AGENT",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["automatic only"] }],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "x" }] }],
    });
    const notManual = await t.ok(
      TriggerDoc,
      { input: { ruleId: automatic, itemId: ticket.id } },
      agent.token,
    );
    expect(notManual.triggerManualEvent.userErrors.map((e) => e.code)).toEqual(["NOT_MANUAL"]);
    const wrongItem = await t.ok(TriggerDoc, { input: { ruleId, itemId: dept.id } }, agent.token);
    expect(wrongItem.triggerManualEvent.userErrors.map((e) => e.code)).toEqual(["WRONG_ITEM"]);
    const hidden = await createTicket(t, admin, elsewhere.id, { subject: "not yours" });
    const invisible = await t.gql(TriggerDoc, { input: { ruleId, itemId: hidden.id } }, agent.token);
    expect(invisible.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await t.ok(CommentsDoc, { id: ticket.id }, admin)).ticket!.comments).toEqual([]);
  });

  it("FORBIDDEN: a system manual event without TRIGGER_SYSTEM_MANUAL_EVENTS, another agent's manual event", async () => {
    const system = await createRule(t, admin, {
      name: "System manual",
      eventType: "MANUAL_TICKET_EVENT",
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "system manual" }] }],
    });
    const ticket = await createTicket(t, admin, dept.id, { subject: "system manual" });
    const refused = await t.gql(TriggerDoc, { input: { ruleId: system, itemId: ticket.id } }, modifier.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await createRule(t, agent.token, {
      name: "Agent's own",
      scope: "AGENT",
      eventType: "MANUAL_TICKET_EVENT",
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "agent's" }] }],
    });
    const notTheirs = await t.gql(TriggerDoc, { input: { ruleId: own, itemId: ticket.id } }, modifier.token);
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.ok(CommentsDoc, { id: ticket.id }, admin)).ticket!.comments).toEqual([]);
    // The default Agent role has Full Control of Events, which includes the flag.
    const ok = await t.ok(TriggerDoc, { input: { ruleId: system, itemId: ticket.id } }, agent.token);
    expect(ok.triggerManualEvent.matched).toBe(true);
  });
});
