import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { chatAgent } from "../chat/testing.js";
import { createTicket, department, raw } from "../tickets/testing.js";
import type { TestDepartment } from "../tickets/testing.js";
import { setEventsClock } from "./clock.js";
import { advanceClock, createRule, eventsIdle, rows } from "./testing.js";

/*
 * The worked SLA of 002 L1491: an emergency ticket not taken within 15 minutes escalates to the support
 * manager; not answered within 30, then 45 minutes, to the COO — in business hours and outside them. Time
 * moves through the engine's clock (advanceClock) instead of waiting.
 */

const EvaluationsDoc = graphql(`
  query EvSlaEvaluations($ruleId: ID, $subjectId: ID) {
    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 100) {
      nodes {
        ruleName
        outcome
        reason
        eventType
        conditions {
          key
          actual
          matched
        }
        actions {
          action
          outcome
        }
      }
    }
  }
`);
const TicketDoc = graphql(`
  query EvSlaTicket($id: ID!) {
    ticket(id: $id) {
      priority
      group {
        id
      }
      comments {
        text
      }
    }
  }
`);
const SetHours = graphql(`
  mutation EvSlaHours($input: SetDepartmentBusinessHoursInput!) {
    setDepartmentBusinessHours(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ReplyDoc = graphql(`
  mutation EvSlaReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const DeleteDoc = graphql(`
  mutation EvSlaDelete($input: TicketIdsInput!) {
    deleteTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const SettingsDoc = graphql(`
  mutation EvSlaSettings($input: UpdateEventSettingsInput!) {
    updateEventSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

let t: TestServer;
let admin: string;
let day: TestDepartment;
let night: TestDepartment;
let coo: TestDepartment;

async function evaluationsOf(subjectId: string) {
  await eventsIdle(t);
  return (await t.ok(EvaluationsDoc, { subjectId }, admin)).eventRuleEvaluations.nodes;
}
const fired = async (subjectId: string) =>
  (await evaluationsOf(subjectId))
    .filter((e) => e.outcome === "FIRED")
    .map((e) => e.ruleName)
    .sort();
const ticketOf = async (id: string) => (await t.ok(TicketDoc, { id }, admin)).ticket!;

async function ownHours(name: string, start: string | null, end: string | null) {
  const d = await department(t, admin, name, {
    inheritBusinessHoursFromBrand: false,
    inheritHolidaysFromBrand: false,
  });
  await t.ok(
    SetHours,
    { input: { departmentId: d.id, days: DAYS.map((x) => ({ dayOfWeek: x as never, start, end })) } },
    admin,
  );
  return d;
}

const idle = (from: string, to?: string) =>
  to
    ? { key: "IDLE_MINUTES", operator: "BETWEEN", values: [from, to] }
    : { key: "IDLE_MINUTES", operator: "GREATER_THAN", values: [from] };

beforeAll(async () => {
  t = await startTestServer("events-sla", { jobsPollMs: 50 });
  admin = (await adminSession(t)).token;
  day = await ownHours("Emergency (day)", "00:00", "24:00");
  night = await ownHours("Emergency (night)", null, null);
  coo = await department(t, admin, "COO office");
});
afterAll(async () => {
  setEventsClock(t.server.runtime, null);
  await t?.stop();
});

describe("the SLA of 002 L1491: escalation at 15, 30 and 45 minutes", () => {
  let early: string;
  let dayTicket: string;
  let nightTicket: string;
  let answered: string;

  it("sets up the escalation events (a ticket older than the rules gets timers too)", async () => {
    early = (
      await createTicket(t, admin, day.id, { subject: "Emergency: before the rules", priority: "URGENT" })
    ).id;
    const emergency = [
      { key: "PRIORITY", operator: "IS_ANY_OF", values: ["URGENT"] },
      { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [day.id, night.id] },
    ];
    const notTaken = { key: "AGENT_ASSIGNED", operator: "IS_EMPTY", values: [] };
    await createRule(t, admin, {
      name: "15 min, business hours: support manager",
      eventType: "TICKET_IDLE",
      conditions: [
        ...emergency,
        notTaken,
        idle("15", "30"),
        { key: "OUTSIDE_BUSINESS_HOURS", operator: "IS", values: ["false"] },
      ],
      actions: [
        {
          action: "ADD_TICKET_COMMENT",
          parameters: [{ key: "text", value: "Escalated to the support manager (#idleMinutes# min)" }],
        },
        { action: "SHOW_REMINDER" },
      ],
    });
    await createRule(t, admin, {
      name: "15 min, after hours: on-call manager",
      eventType: "TICKET_IDLE",
      conditions: [
        ...emergency,
        notTaken,
        idle("15", "30"),
        { key: "OUTSIDE_BUSINESS_HOURS", operator: "IS", values: ["true"] },
      ],
      actions: [
        { action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "Paged the on-call manager" }] },
      ],
    });
    await createRule(t, admin, {
      name: "30 min: COO",
      eventType: "TICKET_IDLE",
      conditions: [...emergency, idle("30", "45")],
      actions: [
        { action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "Escalated to the COO" }] },
      ],
    });
    await createRule(t, admin, {
      name: "45 min: COO takes over",
      eventType: "TICKET_IDLE",
      conditions: [...emergency, idle("44")],
      actions: [
        {
          action: "ESCALATE_TICKET",
          parameters: [
            { key: "groupId", value: coo.groupId },
            { key: "text", value: "Transferred to the COO" },
          ],
        },
      ],
    });
    dayTicket = (
      await createTicket(t, admin, day.id, { subject: "Emergency: mail server down", priority: "URGENT" })
    ).id;
    nightTicket = (
      await createTicket(t, admin, night.id, { subject: "Emergency at night", priority: "URGENT" })
    ).id;
    answered = (await createTicket(t, admin, day.id, { subject: "Emergency, answered", priority: "URGENT" }))
      .id;
    await eventsIdle(t);
    const timers = await rows<{ key: string }>(
      t,
      `select key from job where kind = 'events.ticketIdle' and status = 'PENDING'`,
    );
    expect(timers.map((r) => r.key).sort()).toEqual(
      [early, dayTicket, nightTicket, answered].map(raw).sort(),
    );
  });

  it("an agent's reply moves the ticket's idle timer", async () => {
    const [before] = await rows<{ payload: { anchor: string } }>(
      t,
      `select payload from job where kind = 'events.ticketIdle' and key = ? and status = 'PENDING'`,
      [raw(answered)],
    );
    await new Promise((r) => setTimeout(r, 20));
    const r = await t.ok(
      ReplyDoc,
      { input: { ticketId: answered, message: { textBody: "We are on it" } } },
      admin,
    );
    expect(r.replyToTicket.userErrors).toEqual([]);
    await eventsIdle(t);
    const [after] = await rows<{ payload: { anchor: string } }>(
      t,
      `select payload from job where kind = 'events.ticketIdle' and key = ? and status = 'PENDING'`,
      [raw(answered)],
    );
    const [row] = await rows<{ at: Date }>(t, `select last_activity_at as at from ticket where id = ?`, [
      raw(answered),
    ]);
    expect(new Date(after!.payload.anchor).getTime()).toBe(new Date(row!.at).getTime());
    expect(after!.payload.anchor > before!.payload.anchor).toBe(true);
  });

  it("nothing fires before 15 minutes", async () => {
    await advanceClock(t, 14);
    expect(await fired(dayTicket)).toEqual([]);
  });

  it("at 15 minutes: the manager in business hours, the on-call manager after hours", async () => {
    await advanceClock(t, 15.2);
    expect(await fired(dayTicket)).toEqual(["15 min, business hours: support manager"]);
    expect(await fired(nightTicket)).toEqual(["15 min, after hours: on-call manager"]);
    expect(await fired(early)).toEqual(["15 min, business hours: support manager"]);
    const e = (await evaluationsOf(dayTicket))[0]!;
    expect(e.eventType).toBe("TICKET_IDLE");
    expect(e.conditions.find((c) => c.key === "IDLE_MINUTES")).toEqual({
      key: "IDLE_MINUTES",
      actual: "15",
      matched: true,
    });
    expect(e.conditions.find((c) => c.key === "OUTSIDE_BUSINESS_HOURS")!.actual).toBe("false");
    expect((await ticketOf(dayTicket)).comments.map((c) => c.text)).toEqual([
      "Escalated to the support manager (15 min)",
    ]);
    expect((await ticketOf(nightTicket)).comments.map((c) => c.text)).toEqual(["Paged the on-call manager"]);
  });

  it("at 30 minutes: the COO; the 15-minute events do not fire again", async () => {
    await advanceClock(t, 30.2);
    expect(await fired(dayTicket)).toEqual(["15 min, business hours: support manager", "30 min: COO"]);
    expect(await fired(nightTicket)).toEqual(["15 min, after hours: on-call manager", "30 min: COO"]);
  });

  it("at 45 minutes: the COO's group takes the ticket", async () => {
    await advanceClock(t, 45.2);
    expect(await fired(dayTicket)).toEqual([
      "15 min, business hours: support manager",
      "30 min: COO",
      "45 min: COO takes over",
    ]);
    const ticket = await ticketOf(dayTicket);
    expect(ticket.group!.id).toBe(coo.groupId);
    expect(ticket.comments.map((c) => c.text)).toContain("Transferred to the COO");
    // No idle threshold is left: the timer stopped.
    const pending = await rows(
      t,
      `select 1 from job where kind = 'events.ticketIdle' and key = ? and status = 'PENDING'`,
      [raw(dayTicket)],
    );
    expect(pending).toEqual([]);
  });
});

describe("idle timers and faults", () => {
  it("a deleted ticket's timer is cancelled; a timer whose ticket vanished records SKIPPED and does not fail", async () => {
    setEventsClock(t.server.runtime, null);
    const deleted = (
      await createTicket(t, admin, day.id, { subject: "Emergency, deleted", priority: "URGENT" })
    ).id;
    const vanished = (
      await createTicket(t, admin, day.id, { subject: "Emergency, vanished", priority: "URGENT" })
    ).id;
    await eventsIdle(t);
    await t.ok(DeleteDoc, { input: { ticketIds: [deleted] } }, admin);
    await eventsIdle(t);
    const [cancelled] = await rows<{ status: string }>(
      t,
      `select status from job where kind = 'events.ticketIdle' and key = ? order by created_at desc limit 1`,
      [raw(deleted)],
    );
    expect(cancelled!.status).toBe("CANCELLED");
    // Deleted behind the engine's back (another instance, a purge): the timer still fires.
    await rows(t, `update ticket set deleted_at = now() where id = ?`, [raw(vanished)]);
    await advanceClock(t, 15.2);
    const skipped = await evaluationsOf(vanished);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((e) => e.outcome === "SKIPPED" && e.reason!.startsWith("ITEM_GONE"))).toBe(true);
    const jobs = await rows<{ status: string }>(
      t,
      `select status from job where kind = 'events.ticketIdle' and key = ?`,
      [raw(vanished)],
    );
    expect(jobs.map((j) => j.status)).toEqual(["DONE"]);
    expect((await ticketOf(vanished)).comments).toEqual([]);
  });

  it("Stop Idle Events After: an idle ticket past the limit is skipped and its timer stops", async () => {
    setEventsClock(t.server.runtime, null);
    const ticket = (
      await createTicket(t, admin, day.id, { subject: "Emergency, forgotten", priority: "URGENT" })
    ).id;
    await eventsIdle(t);
    await t.ok(SettingsDoc, { input: { stopIdleEventsAfterDays: 1 } }, admin);
    await eventsIdle(t);
    await advanceClock(t, 2 * 1440);
    const list = await evaluationsOf(ticket);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.outcome === "SKIPPED" && e.reason!.startsWith("STOP_IDLE_EVENTS_AFTER"))).toBe(
      true,
    );
    const pending = await rows(
      t,
      `select 1 from job where kind = 'events.ticketIdle' and key = ? and status = 'PENDING'`,
      [raw(ticket)],
    );
    expect(pending).toEqual([]);
    await t.ok(SettingsDoc, { input: { stopIdleEventsAfterDays: null } }, admin);
  });
});

describe("live chat idle", () => {
  it("fires Live Chat Idle for a chat idle between 5 and 10 minutes; through the chat module's events", async () => {
    setEventsClock(t.server.runtime, null);
    const agent = await chatAgent(t, admin, "ev-sla-chat-agent", day.groupId);
    const ruleId = await createRule(t, admin, {
      name: "Chat waiting",
      category: "LIVE_CHAT",
      eventType: "LIVE_CHAT_IDLE",
      conditions: [
        { key: "IDLE_MINUTES", operator: "BETWEEN", values: ["5", "10"] },
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [day.id] },
      ],
      actions: [{ action: "SHOW_REMINDER", parameters: [{ key: "text", value: "Chat #number# waits" }] }],
    });
    const StartChat = graphql(`
      mutation EvSlaStartChat($input: StartChatInput!) {
        startChat(input: $input) {
          chat {
            id
          }
          userErrors {
            code
            message
          }
        }
      }
    `);
    const started = await t.gql(StartChat, {
      input: { departmentId: day.id, name: "Visitor", question: "Hello?" } as never,
    });
    const chatId = started.data?.startChat.chat?.id;
    expect(chatId, JSON.stringify(started.errors ?? started.data?.startChat.userErrors)).toBeTruthy();
    await eventsIdle(t);
    await advanceClock(t, 5.2);
    await eventsIdle(t);
    const list = (await t.ok(EvaluationsDoc, { ruleId }, admin)).eventRuleEvaluations.nodes;
    expect(list.map((e) => [e.eventType, e.outcome])).toEqual([["LIVE_CHAT_IDLE", "FIRED"]]);
    expect(list[0]!.conditions).toEqual([
      { key: "IDLE_MINUTES", actual: "5", matched: true },
      { key: "DEPARTMENT", actual: raw(day.id), matched: true },
    ]);
    const [job] = await rows<{ status: string }>(
      t,
      `select status from job where kind = 'events.chatIdle' and key = ? order by created_at desc limit 1`,
      [raw(chatId!)],
    );
    expect(job!.status).toBe("DONE"); // no threshold after 5: no further timer
    await agent.socket.dispose();
  });
});
