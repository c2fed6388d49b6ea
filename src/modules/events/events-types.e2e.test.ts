import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleTimer } from "../../core/jobs/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, signedInAccount } from "../organization/testing.js";
import { processDueFollowUps } from "../tickets/index.js";
import { createTicket, department, raw } from "../tickets/testing.js";
import type { TestDepartment } from "../tickets/testing.js";
import { COUNT_SWEEP_JOB } from "./count-events.js";
import { createRule, eventsIdle, rows } from "./testing.js";

/*
 * The event types whose sources this build wires late: the Count… types (the count sweep), Ticket Followed Up,
 * Ticket Time Log Created and Ticket Close Requested by User. Each through a real rule and the real path.
 */
const Evaluations = graphql(`
  query EvTypesEvaluations($ruleId: ID) {
    eventRuleEvaluations(ruleId: $ruleId, first: 100) {
      totalCount
      nodes {
        eventType
        eventTypeId
        domainEventType
        subjectId
        conditions {
          key
          actual
          matched
        }
        actions {
          action
          outcome
          message
        }
      }
    }
  }
`);
const AddTimeLog = graphql(`
  mutation EvTypesAddTimeLog($input: AddTicketTimeLogInput!) {
    addTicketTimeLog(input: $input) {
      timeLog {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const EditTimeLog = graphql(`
  mutation EvTypesEditTimeLog($input: UpdateTicketTimeLogInput!) {
    updateTicketTimeLog(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Reply = graphql(`
  mutation EvTypesReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Submit = graphql(`
  mutation EvTypesSubmit($input: SubmitTicketInput!) {
    submitTicket(input: $input) {
      ticket {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const RequestClose = graphql(`
  mutation EvTypesRequestClose($input: RequestTicketCloseInput!) {
    requestTicketClose(input: $input) {
      ticket {
        status
        comments {
          text
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const ChangeStatus = graphql(`
  mutation EvTypesStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let logDir: string;

beforeAll(async () => {
  logDir = mkdtempSync(path.join(os.tmpdir(), "deskgraph-ev-types-"));
  t = await startTestServer("events-types", { jobsPollMs: 50, eventsLogDir: logDir });
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Types Dept");
});
afterAll(async () => {
  await t?.stop();
});

async function evaluations(ruleId: string) {
  await eventsIdle(t);
  return (await t.ok(Evaluations, { ruleId }, admin)).eventRuleEvaluations;
}

/** One run of the count sweep, through the worker (the recurring tick would come within a minute). */
async function sweepCounts(): Promise<void> {
  const em = t.server.runtime.orm.em.fork() as EntityManager;
  await scheduleTimer(em, { kind: COUNT_SWEEP_JOB, runAt: new Date(), payload: {} });
  await eventsIdle(t);
}

const COMMENT = (text: string) => ({
  action: "ADD_TICKET_COMMENT",
  parameters: [{ key: "text", value: text }],
});

describe("event types wired to their sources", () => {
  it("Ticket Count for Department: the sweep counts active and waiting tickets, zero included", async () => {
    const quiet = await department(t, admin, "Quiet Dept");
    const busy = await createRule(t, admin, {
      name: "Busy department",
      eventType: "TICKET_COUNT_FOR_DEPARTMENT",
      conditions: [
        { key: "ACTIVE_TICKETS", operator: "GREATER_THAN", values: ["1"] },
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [dept.id] },
      ],
      actions: [
        {
          action: "LOG_TO_FILE",
          parameters: [
            { key: "text", value: "#activeTickets# active, #waitingTickets# waiting" },
            { key: "fileName", value: "counts.log" },
          ],
        },
      ],
    });
    const empty = await createRule(t, admin, {
      name: "Empty department",
      eventType: "TICKET_COUNT_FOR_DEPARTMENT",
      conditions: [
        { key: "ACTIVE_TICKETS", operator: "EQUALS", values: ["0"] },
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [quiet.id] },
      ],
      actions: [{ action: "SHOW_REMINDER", parameters: [{ key: "text", value: "nothing to do" }] }],
    });
    await createTicket(t, admin, dept.id, { subject: "one" });
    await sweepCounts();
    // One active ticket: "more than 1" does not match yet; the empty department's rule does.
    expect((await evaluations(busy)).totalCount).toBe(0);
    const quietRun = (await evaluations(empty)).nodes[0]!;
    expect(quietRun).toMatchObject({
      eventType: "TICKET_COUNT_FOR_DEPARTMENT",
      eventTypeId: 502009,
      domainEventType: "events.ticketCountForDepartment",
      subjectId: quiet.id,
    });
    expect(quietRun.conditions[0]).toEqual({ key: "ACTIVE_TICKETS", actual: "0", matched: true });

    const second = await createTicket(t, admin, dept.id, { subject: "two" });
    await createTicket(t, admin, dept.id, { subject: "three" });
    await t.ok(ChangeStatus, { input: { ticketId: second.id, status: "WAITING" } }, admin);
    await createTicket(t, admin, dept.id, { subject: "four" });
    await sweepCounts();
    const fired = await evaluations(busy);
    expect(fired.totalCount).toBeGreaterThanOrEqual(1);
    const run = fired.nodes[0]!;
    expect(run.subjectId).toBe(dept.id);
    expect(run.conditions).toEqual([
      { key: "ACTIVE_TICKETS", actual: "3", matched: true },
      { key: "DEPARTMENT", actual: raw(dept.id), matched: true },
    ]);
    expect(run.actions[0]).toMatchObject({ action: "LOG_TO_FILE", outcome: "RAN" });
    const lines = readFileSync(path.join(logDir, "counts.log"), "utf8").trim().split("\n");
    expect(lines.at(-1)!.split("\t").slice(1, 4)).toEqual([
      "Busy department",
      "TICKET_COUNT_FOR_DEPARTMENT",
      `Department:${raw(dept.id)}`,
    ]);
    expect(lines.at(-1)!.endsWith("\t3 active, 1 waiting")).toBe(true);
  });

  it("Ticket Count for Agent and Live Chat Count for Group: per agent, per group", async () => {
    const [me] = await rows<{ id: string }>(t, `select id from account where username = 'admin'`);
    const perAgent = await createRule(t, admin, {
      name: "Agent load",
      eventType: "TICKET_COUNT_FOR_AGENT",
      conditions: [{ key: "WAITING_TICKETS", operator: "LESS_THAN", values: ["100"] }],
      actions: [{ action: "SHOW_REMINDER" }],
    });
    const chats = await createRule(t, admin, {
      name: "No chats in L1",
      category: "LIVE_CHAT",
      eventType: "LIVE_CHAT_COUNT_FOR_GROUP",
      conditions: [
        { key: "OPEN_LIVE_CHATS", operator: "EQUALS", values: ["0"] },
        { key: "GROUP", operator: "IS_ANY_OF", values: [dept.groupId] },
      ],
      actions: [{ action: "SHOW_REMINDER" }],
    });
    await sweepCounts();
    const agents = (await evaluations(perAgent)).nodes;
    // Every enabled employee is counted, the administrator among them.
    expect(agents.map((n) => raw(n.subjectId))).toContain(me!.id);
    expect(agents.every((n) => n.eventTypeId === 502011)).toBe(true);
    const group = (await evaluations(chats)).nodes[0]!;
    expect(group).toMatchObject({ eventTypeId: 511010, subjectId: dept.groupId });
    expect(group.conditions[0]).toEqual({ key: "OPEN_LIVE_CHATS", actual: "0", matched: true });
  });

  it("Ticket Followed Up: the first agent reply after the follow-up came due, once", async () => {
    const ruleId = await createRule(t, admin, {
      name: "Followed up",
      eventType: "TICKET_FOLLOWED_UP",
      actions: [COMMENT("followed up #number#")],
    });
    const due = await createTicket(t, admin, dept.id, { subject: "call back" });
    const plain = await createTicket(t, admin, dept.id, { subject: "no follow-up" });
    await rows(t, `update ticket set follow_up_at = now() - interval '1 minute' where id = ?`, [raw(due.id)]);
    const app = t.server.runtime;
    await (app.orm.em.fork() as EntityManager).transactional((em) =>
      processDueFollowUps(app, new Date(), em as EntityManager),
    );
    await t.ok(Reply, { input: { ticketId: plain.id, message: { textBody: "hello" } } }, admin);
    expect((await evaluations(ruleId)).totalCount).toBe(0);
    const r = await t.ok(Reply, { input: { ticketId: due.id, message: { textBody: "as promised" } } }, admin);
    expect(r.replyToTicket.userErrors).toEqual([]);
    const once = await evaluations(ruleId);
    expect(once.totalCount).toBe(1);
    expect(once.nodes[0]).toMatchObject({ eventTypeId: 502013, subjectId: due.id });
    expect(once.nodes[0]!.actions[0]).toMatchObject({
      outcome: "RAN",
      message: `comment: followed up ${due.ticketNumber}`,
    });
    // The follow-up is done: the next reply is an ordinary one.
    await t.ok(Reply, { input: { ticketId: due.id, message: { textBody: "and again" } } }, admin);
    expect((await evaluations(ruleId)).totalCount).toBe(1);
  });

  it("Ticket Time Log Created: a new time log, not its edits", async () => {
    const ruleId = await createRule(t, admin, {
      name: "Time logged",
      eventType: "TICKET_TIME_LOG_CREATED",
      actions: [COMMENT("logged #minutes# min")],
    });
    const ticket = await createTicket(t, admin, dept.id, { subject: "billable" });
    const r = await t.ok(AddTimeLog, { input: { ticketId: ticket.id, minutes: 25 } }, admin);
    expect(r.addTicketTimeLog.userErrors).toEqual([]);
    const list = await evaluations(ruleId);
    expect(list.totalCount).toBe(1);
    expect(list.nodes[0]).toMatchObject({ eventTypeId: 502014, domainEventType: "ticket.updated" });
    expect(list.nodes[0]!.actions[0]!.message).toBe("comment: logged 25 min");
    const edit = await t.ok(
      EditTimeLog,
      { input: { timeLogId: r.addTicketTimeLog.timeLog!.id, minutes: 30 } },
      admin,
    );
    expect(edit.updateTicketTimeLog.userErrors).toEqual([]);
    expect((await evaluations(ruleId)).totalCount).toBe(1);
  });

  it("Ticket Close Requested by User: the requester asks; refusals change nothing", async () => {
    const ruleId = await createRule(t, admin, {
      name: "Close on request",
      eventType: "TICKET_CLOSE_REQUESTED_BY_USER",
      actions: [{ action: "SET_TICKET_STATUS", parameters: [{ key: "status", value: "CLOSED" }] }],
    });
    const user = await signedInAccount(t, "ev-types-user", END_USER, "USER");
    const stranger = await signedInAccount(t, "ev-types-stranger", END_USER, "USER");
    const sub = await t.ok(
      Submit,
      { input: { subject: "Solved myself", departmentId: dept.id, message: { textBody: "hi" } } },
      user.token,
    );
    const ticketId = sub.submitTicket.ticket!.id;
    const forbidden = await t.gql(RequestClose, { input: { ticketId } }, stranger.token);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const tooLong = await t.ok(RequestClose, { input: { ticketId, reason: "x".repeat(2001) } }, user.token);
    expect(tooLong.requestTicketClose.userErrors).toEqual([{ code: "TOO_LONG", field: ["input", "reason"] }]);
    expect((await evaluations(ruleId)).totalCount).toBe(0);
    const ok = await t.ok(RequestClose, { input: { ticketId, reason: "found it" } }, user.token);
    expect(ok.requestTicketClose.userErrors).toEqual([]);
    // The request itself leaves the status; the rule closes it.
    expect(ok.requestTicketClose.ticket!.status).toBe("ACTIVE");
    const list = await evaluations(ruleId);
    expect(list.nodes[0]).toMatchObject({ eventTypeId: 502015, subjectId: ticketId });
    expect(list.nodes[0]!.actions[0]).toMatchObject({ outcome: "RAN" });
    const [row] = await rows<{ status: string }>(t, `select status from ticket where id = ?`, [
      raw(ticketId),
    ]);
    expect(row!.status).toBe("CLOSED");
    const again = await t.ok(RequestClose, { input: { ticketId } }, user.token);
    expect(again.requestTicketClose.userErrors).toEqual([
      { code: "ALREADY_CLOSED", field: ["input", "ticketId"] },
    ]);
    expect((await evaluations(ruleId)).totalCount).toBe(1);
  });
});
