import http from "node:http";
import type { AddressInfo } from "node:net";
import type { EntityManager } from "@mikro-orm/postgresql";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent } from "../../core/events/domain-events.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { waitFor } from "../../core/testing/instances.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { collect } from "../presence/testing.js";
import { createTicket, department, raw } from "../tickets/testing.js";
import type { TestDepartment } from "../tickets/testing.js";
import { EVENT_RULES_CONSUMER, eventsModule } from "./index.js";
import { createRule, eventsIdle, rows } from "./testing.js";

const EvaluationsDoc = graphql(`
  query EvEngineEvaluations($ruleId: ID, $subjectId: ID) {
    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {
      totalCount
      nodes {
        id
        ruleName
        eventType
        eventTypeId
        domainEventType
        outcome
        reason
        subjectId
        rule {
          id
        }
        conditions {
          key
          operator
          values
          actual
          matched
        }
        actions {
          action
          outcome
          attempts
          message
        }
      }
    }
  }
`);
const TicketDoc = graphql(`
  query EvEngineTicket($id: ID!) {
    ticket(id: $id) {
      status
      priority
      comments {
        text
      }
    }
  }
`);
const Reminders = graphql(`
  subscription EvEngineReminders {
    eventReminders {
      ruleName
      eventType
      subjectId
      text
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let other: TestDepartment;

beforeAll(async () => {
  t = await startTestServer("events-engine", { jobsPollMs: 50 });
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Engine Dept");
  other = await department(t, admin, "Engine Other");
});
afterAll(async () => {
  await t?.stop();
});

async function evaluations(vars: { ruleId?: string; subjectId?: string }, token = admin) {
  await eventsIdle(t);
  return (await t.ok(EvaluationsDoc, vars, token)).eventRuleEvaluations;
}
const ticketOf = async (id: string) => (await t.ok(TicketDoc, { id }, admin)).ticket!;

describe("evaluation of ticket events", () => {
  it("fires a matching rule: conditions with their values, actions in order (a mail action included), reminder", async () => {
    const watcher = collect<{ eventReminders: { ruleName: string; subjectId: string; text: string } }>(
      t.ws(admin),
      print(Reminders),
    );
    await new Promise((r) => setTimeout(r, 200));
    const ruleId = await createRule(t, admin, {
      name: "Emergency intake",
      eventType: "TICKET_CREATED",
      conditions: [
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [dept.id] },
        { key: "SUBJECT", operator: "CONTAINS", values: ["emergency", "outage"] },
        { key: "AGENT_ASSIGNED", operator: "IS_EMPTY", values: [] },
      ],
      actions: [
        { action: "SET_TICKET_PRIORITY", parameters: [{ key: "priority", value: "URGENT" }] },
        {
          action: "ADD_TICKET_COMMENT",
          parameters: [{ key: "text", value: "Emergency #number# (#subject#)" }],
        },
        { action: "SEND_EMAIL", parameters: [{ key: "recipients", value: "oncall@example.com" }] },
        { action: "SHOW_REMINDER", parameters: [{ key: "text", value: "New emergency #number#" }] },
      ],
    });
    const hit = await createTicket(t, admin, dept.id, { subject: "EMERGENCY: mail server down" });
    const miss = await createTicket(t, admin, dept.id, { subject: "A question" });
    const elsewhere = await createTicket(t, admin, other.id, { subject: "Emergency elsewhere" });
    const list = await evaluations({ ruleId });
    expect(list.totalCount).toBe(1);
    const e = list.nodes[0]!;
    expect(e).toMatchObject({
      ruleName: "Emergency intake",
      eventType: "TICKET_CREATED",
      eventTypeId: 502000,
      domainEventType: "ticket.created",
      outcome: "FIRED",
      subjectId: hit.id,
      rule: { id: ruleId },
    });
    expect(e.conditions).toEqual([
      {
        key: "DEPARTMENT",
        operator: "IS_ANY_OF",
        values: [raw(dept.id)],
        actual: raw(dept.id),
        matched: true,
      },
      {
        key: "SUBJECT",
        operator: "CONTAINS",
        values: ["emergency", "outage"],
        actual: "EMERGENCY: mail server down",
        matched: true,
      },
      { key: "AGENT_ASSIGNED", operator: "IS_EMPTY", values: [], actual: null, matched: true },
    ]);
    expect(e.actions.map((a) => [a.action, a.outcome])).toEqual([
      ["SET_TICKET_PRIORITY", "RAN"],
      ["ADD_TICKET_COMMENT", "RAN"],
      ["SEND_EMAIL", "RAN"],
      ["SHOW_REMINDER", "RAN"],
    ]);
    const ticket = await ticketOf(hit.id);
    expect(ticket.priority).toBe("URGENT");
    expect(ticket.comments.map((c) => c.text)).toEqual([
      `Emergency ${hit.ticketNumber} (EMERGENCY: mail server down)`,
    ]);
    expect((await ticketOf(miss.id)).comments).toEqual([]);
    expect((await ticketOf(elsewhere.id)).priority).toBe("NORMAL");
    await waitFor(async () => watcher.events.length > 0, 5_000, "reminder");
    expect(watcher.events[0]!.eventReminders).toEqual({
      ruleName: "Emergency intake",
      eventType: "TICKET_CREATED",
      subjectId: hit.id,
      text: `New emergency ${hit.ticketNumber}`,
    });
    watcher.dispose();
  });

  it("an action's own change does not re-trigger its rule (loop guard), and a chain stops", async () => {
    // Two rules that would ping-pong: each reacts to a priority change by changing the priority again.
    const up = await createRule(t, admin, {
      name: "Ping",
      eventType: "TICKET_PRIORITY_CHANGED",
      conditions: [
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [other.id] },
        { key: "PRIORITY", operator: "IS_ANY_OF", values: ["HIGH", "LOW"] },
      ],
      actions: [{ action: "ESCALATE_TICKET", parameters: [{ key: "text", value: "ping" }] }],
    });
    const down = await createRule(t, admin, {
      name: "Pong",
      eventType: "TICKET_PRIORITY_CHANGED",
      conditions: [
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [other.id] },
        { key: "PRIORITY", operator: "IS_ANY_OF", values: ["URGENT", "NORMAL"] },
      ],
      actions: [{ action: "SET_TICKET_PRIORITY", parameters: [{ key: "priority", value: "LOW" }] }],
    });
    const ticket = await createTicket(t, admin, other.id, { subject: "Loop", priority: "HIGH" });
    const ChangePriority = graphql(`
      mutation EvEngineChangePriority($input: ChangeTicketPriorityInput!) {
        changeTicketPriority(input: $input) {
          userErrors {
            code
          }
        }
      }
    `);
    await t.ok(ChangePriority, { input: { ticketId: ticket.id, priority: "LOW" } }, admin);
    // LOW (agent) → Ping raises to NORMAL → Pong sets LOW → Ping would raise again: its own chain, skipped.
    const ping = await evaluations({ ruleId: up, subjectId: ticket.id });
    const pong = await evaluations({ ruleId: down, subjectId: ticket.id });
    expect(ping.nodes.map((n) => n.outcome).sort()).toEqual(["FIRED", "SKIPPED"]);
    expect(ping.nodes.find((n) => n.outcome === "SKIPPED")!.reason).toMatch(/^LOOP_GUARD/);
    expect(pong.nodes.map((n) => n.outcome)).toEqual(["FIRED"]);
    expect((await ticketOf(ticket.id)).priority).toBe("LOW");
    await eventsIdle(t);
    const [{ n }] = await rows<{ n: string }>(
      t,
      `select count(*) as n from job where kind like 'domainEvent:%' and status in ('PENDING','RUNNING')`,
    );
    expect(Number(n)).toBe(0);
  });

  it("a re-delivered domain event runs nothing twice (dedupe on event id + rule + action)", async () => {
    const ruleId = await createRule(t, admin, {
      name: "Dedupe",
      eventType: "TICKET_STATUS_CHANGED",
      conditions: [{ key: "STATUS", operator: "IS_ANY_OF", values: ["WAITING"] }],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "now waiting" }] }],
    });
    const ticket = await createTicket(t, admin, dept.id, { subject: "Dedupe me" });
    await eventsIdle(t);
    const app = t.server.runtime;
    const consumer = eventsModule.domainEventConsumers![EVENT_RULES_CONSUMER]!;
    const [row] = await rows<{ number: string }>(
      t,
      `select ticket_number as number from ticket where id = ?`,
      [raw(ticket.id)],
    );
    const event: DomainEvent = {
      id: "5a1d4a39-0000-4000-8000-0000000000aa",
      type: "ticket.statusChanged",
      subject: { type: "Ticket", id: raw(ticket.id) },
      actorAccountId: null,
      occurredAt: new Date().toISOString(),
      data: {
        ticketId: raw(ticket.id),
        number: row!.number,
        departmentId: raw(dept.id),
        status: "WAITING",
        from: "ACTIVE",
        to: "WAITING",
      },
    };
    for (let i = 0; i < 2; i++)
      await (app.orm.em.fork() as EntityManager).transactional((em) =>
        consumer.handle(app, event, {
          id: "x",
          kind: "k",
          key: null,
          attempt: i + 1,
          maxAttempts: 5,
          runAt: new Date(),
          em,
        }),
      );
    const list = await evaluations({ ruleId });
    expect(list.totalCount).toBe(1);
    expect((await ticketOf(ticket.id)).comments.map((c) => c.text)).toEqual(["now waiting"]);
  });

  it("a failing action is logged and retried; the others still run; retries end in FAILED or RAN", async () => {
    // The real Call Web Page against a local page: 503 on the first call, then 200; /down always 500.
    const hits: string[] = [];
    const page = http.createServer((req, res) => {
      hits.push(req.url ?? "");
      const flakyCalls = hits.filter((u) => u.startsWith("/flaky")).length;
      res.statusCode = req.url?.startsWith("/down") ? 500 : flakyCalls < 2 ? 503 : 200;
      res.end("ok");
    });
    await new Promise<void>((r) => page.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    try {
      const ruleId = await createRule(t, admin, {
        name: "Flaky",
        eventType: "TICKET_CREATED",
        conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["flaky"] }],
        actions: [
          { action: "CALL_WEB_PAGE", parameters: [{ key: "url", value: `${base}/flaky/#number#` }] },
          { action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "still ran" }] },
        ],
      });
      const ticket = await createTicket(t, admin, dept.id, { subject: "flaky one" });
      const url = `${base}/flaky/${ticket.ticketNumber}`;
      let e = (await evaluations({ ruleId })).nodes[0]!;
      expect(e.outcome).toBe("PARTIAL_FAILURE");
      expect(e.actions).toEqual([
        {
          action: "CALL_WEB_PAGE",
          outcome: "PENDING_RETRY",
          attempts: 1,
          message: `Call Web Page: HTTP 503 from ${url}`,
        },
        { action: "ADD_TICKET_COMMENT", outcome: "RAN", attempts: 1, message: "comment: still ran" },
      ]);
      expect((await ticketOf(ticket.id)).comments.map((c) => c.text)).toEqual(["still ran"]);
      await rows(t, `update job set run_at = now() where kind = 'events.retryAction' and status = 'PENDING'`);
      await waitFor(
        async () => (await evaluations({ ruleId })).nodes[0]!.outcome === "FIRED",
        10_000,
        "retry",
      );
      e = (await evaluations({ ruleId })).nodes[0]!;
      expect(e.actions[0]).toEqual({
        action: "CALL_WEB_PAGE",
        outcome: "RAN",
        attempts: 2,
        message: `GET ${url}: HTTP 200`,
      });
      expect(hits.filter((u) => u.startsWith("/flaky"))).toEqual([
        `/flaky/${ticket.ticketNumber}`,
        `/flaky/${ticket.ticketNumber}`,
      ]);
      // The comment was not added again by the retry.
      expect((await ticketOf(ticket.id)).comments.map((c) => c.text)).toEqual(["still ran"]);
      // An action that always fails ends FAILED after ACTION_MAX_ATTEMPTS.
      const always = await createRule(t, admin, {
        name: "Broken",
        eventType: "TICKET_CREATED",
        conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["broken"] }],
        actions: [{ action: "CALL_WEB_PAGE", parameters: [{ key: "url", value: `${base}/down` }] }],
      });
      await createTicket(t, admin, dept.id, { subject: "broken one" });
      for (let i = 0; i < 3; i++) {
        await eventsIdle(t);
        await rows(
          t,
          `update job set run_at = now() where kind = 'events.retryAction' and status = 'PENDING'`,
        );
      }
      await waitFor(
        async () => (await evaluations({ ruleId: always })).nodes[0]!.outcome === "FAILED",
        10_000,
        "failed",
      );
      expect((await evaluations({ ruleId: always })).nodes[0]!.actions[0]).toMatchObject({
        outcome: "FAILED",
        attempts: 3,
        message: `Call Web Page: HTTP 500 from ${base}/down`,
      });
      expect(hits.filter((u) => u === "/down")).toHaveLength(3);
    } finally {
      await new Promise((r) => page.close(r));
    }
  });

  it("Maximum Frequency: aggregate actions once per window, item actions once per item", async () => {
    const ruleId = await createRule(t, admin, {
      name: "Throttled",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["throttle"] }],
      actions: [
        { action: "SHOW_REMINDER", maximumFrequencyMinutes: 60 },
        {
          action: "ADD_TICKET_COMMENT",
          maximumFrequencyMinutes: 60,
          parameters: [{ key: "text", value: "seen" }],
        },
      ],
    });
    const a = await createTicket(t, admin, dept.id, { subject: "throttle 1" });
    await eventsIdle(t);
    const b = await createTicket(t, admin, dept.id, { subject: "throttle 2" });
    const list = await evaluations({ ruleId });
    const byTicket = new Map(list.nodes.map((n) => [n.subjectId, n.actions.map((x) => x.outcome)]));
    expect(byTicket.get(a.id)).toEqual(["RAN", "RAN"]);
    expect(byTicket.get(b.id)).toEqual(["THROTTLED", "RAN"]);
  });
});
