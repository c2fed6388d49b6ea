import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { waitFor } from "../../core/testing/instances.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import type { SignedInAccount } from "../organization/testing.js";
import { PROVIDER_PASSWORD, startSampleProvider } from "../providers/testing/kit.js";
import type { RunningProvider } from "../providers/testing/kit.js";
import { agentIn, createTicket, department, raw } from "../tickets/testing.js";
import type { TestDepartment } from "../tickets/testing.js";
import { createRule, eventsIdle, rows } from "./testing.js";

const EvaluationsDoc = graphql(`
  query EvCondEvaluations($ruleId: ID, $subjectId: ID) {
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
  query EvCondTicket($id: ID!) {
    ticket(id: $id) {
      status
      priority
      comments {
        text
      }
    }
  }
`);
const ProviderDoc = graphql(`
  mutation EvCondProvider($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
let t: TestServer;
let admin: string;
let dept: TestDepartment;
let other: TestDepartment;
let agent: SignedInAccount;
let provider: RunningProvider;

beforeAll(async () => {
  t = await startTestServer("events-conditions", { jobsPollMs: 50 });
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Engine Dept");
  other = await department(t, admin, "Engine Other");
  agent = await agentIn(t, admin, "ev-engine-agent", [dept.groupId]);
  provider = await startSampleProvider();
});
afterAll(async () => {
  await provider?.close();
  await t?.stop();
});

async function evaluations(vars: { ruleId?: string; subjectId?: string }, token = admin) {
  await eventsIdle(t);
  return (await t.ok(EvaluationsDoc, vars, token)).eventRuleEvaluations;
}
const ticketOf = async (id: string) => (await t.ok(TicketDoc, { id }, admin)).ticket!;

describe("evaluation of ticket events: calendars, custom fields, My Events, the events provider", () => {
  it("business hours and holidays of the department decide OUTSIDE_BUSINESS_HOURS and DURING_HOLIDAYS", async () => {
    const SetHours = graphql(`
      mutation EvEngineHours($input: SetDepartmentBusinessHoursInput!) {
        setDepartmentBusinessHours(input: $input) {
          userErrors {
            code
          }
        }
      }
    `);
    const AddHoliday = graphql(`
      mutation EvEngineHoliday($input: AddDepartmentHolidayInput!) {
        addDepartmentHoliday(input: $input) {
          userErrors {
            code
          }
        }
      }
    `);
    const days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
    const own = { inheritBusinessHoursFromBrand: false, inheritHolidaysFromBrand: false };
    const open = await department(t, admin, "Always Open", own);
    const closed = await department(t, admin, "Always Closed", own);
    const holiday = await department(t, admin, "Holiday Dept", own);
    for (const [d, start, end] of [
      [open, "00:00", "24:00"],
      [closed, null, null],
      [holiday, "00:00", "24:00"],
    ] as const)
      await t.ok(
        SetHours,
        {
          input: {
            departmentId: d.id,
            days: days.map((dayOfWeek) => ({ dayOfWeek: dayOfWeek as never, start, end })),
          },
        },
        admin,
      );
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
    await t.ok(AddHoliday, { input: { departmentId: holiday.id, date: today, name: "Test day" } }, admin);
    const after = await createRule(t, admin, {
      name: "After hours",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "OUTSIDE_BUSINESS_HOURS", operator: "IS", values: ["true"] }],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "after hours" }] }],
    });
    const notHoliday = await createRule(t, admin, {
      name: "After hours, not holidays",
      eventType: "TICKET_CREATED",
      conditions: [
        { key: "OUTSIDE_BUSINESS_HOURS", operator: "IS", values: ["true"] },
        { key: "DURING_HOLIDAYS", operator: "IS", values: ["false"] },
      ],
      actions: [
        { action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "after hours, no holiday" }] },
      ],
    });
    const tOpen = await createTicket(t, admin, open.id, { subject: "bh open" });
    const tClosed = await createTicket(t, admin, closed.id, { subject: "bh closed" });
    const tHoliday = await createTicket(t, admin, holiday.id, { subject: "bh holiday" });
    await eventsIdle(t);
    expect((await ticketOf(tOpen.id)).comments).toEqual([]);
    expect((await ticketOf(tClosed.id)).comments.map((c) => c.text).sort()).toEqual([
      "after hours",
      "after hours, no holiday",
    ]);
    // "This setting includes holidays by default" (002 L8627); During Holidays = False excludes them.
    expect((await ticketOf(tHoliday.id)).comments.map((c) => c.text)).toEqual(["after hours"]);
    expect((await evaluations({ ruleId: after })).totalCount).toBe(2);
    expect((await evaluations({ ruleId: notHoliday })).totalCount).toBe(1);
  });

  it("custom fields as conditions", async () => {
    const CreateField = graphql(`
      mutation EvEngineField($input: CreateCustomFieldInput!) {
        createCustomField(input: $input) {
          customField {
            id
          }
          userErrors {
            code
            message
          }
        }
      }
    `);
    const f = await t.ok(
      CreateField,
      { input: { name: "Plan", dataType: "TEXT" as never, appliesTo: "DATA" as never } },
      admin,
    );
    expect(f.createCustomField.userErrors).toEqual([]);
    await createRule(t, admin, {
      name: "Gold plan",
      eventType: "TICKET_STATUS_CHANGED",
      conditions: [{ key: "CUSTOM_FIELD", operator: "EQUALS", values: ["gold"], customField: "plan" }],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "gold customer" }] }],
    });
    const gold = await createTicket(t, admin, dept.id, { subject: "cf gold" });
    const plain = await createTicket(t, admin, dept.id, { subject: "cf plain" });
    await rows(
      t,
      `insert into custom_field_value (id, created_at, updated_at, owner_type, owner_id, field_id, value)
       values (gen_random_uuid(), now(), now(), 'TICKET', ?, ?, 'Gold')`,
      [raw(gold.id), raw(f.createCustomField.customField!.id)],
    );
    const Status = graphql(`
      mutation EvEngineStatus($input: ChangeTicketStatusInput!) {
        changeTicketStatus(input: $input) {
          userErrors {
            code
          }
        }
      }
    `);
    for (const id of [gold.id, plain.id])
      await t.ok(Status, { input: { ticketId: id, status: "WAITING" } }, admin);
    await eventsIdle(t);
    expect((await ticketOf(gold.id)).comments.map((c) => c.text)).toContain("gold customer");
    expect((await ticketOf(plain.id)).comments.map((c) => c.text)).not.toContain("gold customer");
  });

  it("My Events apply only to the owner's items; owners see their own evaluations only", async () => {
    const ruleId = await createRule(t, agent.token, {
      name: "My new tickets",
      scope: "AGENT",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["mine?"] }],
      actions: [{ action: "SHOW_REMINDER" }],
    });
    const inMyGroup = await createTicket(t, admin, dept.id, { subject: "mine? yes" });
    await createTicket(t, admin, other.id, { subject: "mine? no" });
    const list = await evaluations({ ruleId }, agent.token);
    expect(list.nodes.map((n) => n.subjectId)).toEqual([inMyGroup.id]);
    const all = await evaluations({}, agent.token);
    expect(all.nodes.every((n) => n.ruleName === "My new tickets")).toBe(true);
  });

  it("Notify Events External Provider: NotifyEventFired with the numeric EventType and Args_", async () => {
    const r = await t.ok(
      ProviderDoc,
      {
        input: {
          kind: "EVENTS",
          enabled: true,
          transport: "HTTP",
          webServiceUrl: provider.url,
          webServicePassword: PROVIDER_PASSWORD,
        },
      },
      admin,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
    const ruleId = await createRule(t, admin, {
      name: "Tell the ERP",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["erp"] }],
      actions: [{ action: "NOTIFY_EVENTS_EXTERNAL_PROVIDER" }],
    });
    const ticket = await createTicket(t, admin, dept.id, { subject: "erp sync" });
    await waitFor(async () => provider.sample.events.length > 0, 10_000, "NotifyEventFired");
    const sent = provider.sample.events[0]!;
    expect(sent.EventType).toBe(502000);
    expect(sent.Args).toMatchObject({
      EventName: "Tell the ERP",
      number: ticket.ticketNumber,
      subject: "erp sync",
    });
    await waitFor(
      async () =>
        (await evaluations({ ruleId })).nodes[0]!.actions[0]!.message === "NotifyEventFired delivered",
      10_000,
      "delivery recorded",
    );
  });
});
