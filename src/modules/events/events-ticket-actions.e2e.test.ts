import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department, raw } from "../tickets/testing.js";
import type { TestDepartment } from "../tickets/testing.js";
import { createRule, eventsIdle, rows } from "./testing.js";

/*
 * The ticket actions not covered elsewhere (Transfer Ticket, Pin / Unpin, Offer Survey) through real rules, the
 * brand's business hours and holidays for a department that inherits them, and the 24-events warning.
 */

const ChangeStatus = graphql(`
  mutation EvTicketActStatus($input: ChangeTicketStatusInput!) {
    changeTicketStatus(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const ChangePriority = graphql(`
  mutation EvTicketActPriority($input: ChangeTicketPriorityInput!) {
    changeTicketPriority(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const BrandHours = graphql(`
  mutation EvTicketActBrandHours($input: SetBrandBusinessHoursInput!) {
    setBrandBusinessHours(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const BrandHoliday = graphql(`
  mutation EvTicketActBrandHoliday($input: AddBrandHolidayInput!) {
    addBrandHoliday(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const CreateRuleDoc = graphql(`
  mutation EvTicketActCreateRule($input: CreateEventRuleInput!) {
    createEventRule(input: $input) {
      warnings {
        code
      }
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let brandId: string;
let intake: TestDepartment;
let tier2: TestDepartment;
let specialist: SignedInAccount;

beforeAll(async () => {
  t = await startTestServer("events-ticket-actions", { jobsPollMs: 40 });
  const session = await adminSession(t);
  admin = session.token;
  brandId = session.brandId;
  intake = await department(t, admin, "Intake");
  tier2 = await department(t, admin, "Tier 2");
  specialist = await agentIn(t, admin, "ev-specialist", [tier2.groupId]);
});
afterAll(async () => {
  await t?.stop();
});

const ticketRow = async (id: string) =>
  (
    await rows<{
      group_id: string;
      department_id: string;
      assigned_agent_id: string | null;
      pinned: boolean;
    }>(t, `select group_id, department_id, assigned_agent_id, pinned from ticket where id = ?`, [raw(id)])
  )[0]!;

const actionsOf = async (rule: string) => {
  await eventsIdle(t);
  return rows<{ actions: Array<{ action: string; outcome: string; message: string }> }>(
    t,
    `select action_trace as actions from event_rule_evaluation where rule_name = ? order by created_at`,
    [rule],
  );
};

describe("ticket actions through real rules", () => {
  it("Transfer Ticket moves it to the group and agent; Pin pins it there; Unpin on a priority change", async () => {
    await createRule(t, admin, {
      name: "Route hardware",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["hardware"] }],
      actions: [
        {
          action: "TRANSFER_TICKET",
          parameters: [
            { key: "groupId", value: tier2.groupId },
            { key: "agentId", value: specialist.globalId },
          ],
        },
        { action: "PIN_TICKET_TO_AGENT" },
      ],
    });
    await createRule(t, admin, {
      name: "Unpin urgent",
      eventType: "TICKET_PRIORITY_CHANGED",
      conditions: [{ key: "PRIORITY", operator: "IS_ANY_OF", values: ["URGENT"] }],
      actions: [{ action: "UNPIN_TICKET_FROM_AGENT" }],
    });
    const ticket = await createTicket(t, admin, intake.id, { subject: "hardware: disk noise" });
    await eventsIdle(t);
    expect(await ticketRow(ticket.id)).toEqual({
      group_id: raw(tier2.groupId),
      department_id: raw(tier2.id),
      assigned_agent_id: specialist.id,
      pinned: true,
    });
    const [routed] = await actionsOf("Route hardware");
    expect(routed!.actions.map((a) => [a.action, a.outcome])).toEqual([
      ["TRANSFER_TICKET", "RAN"],
      ["PIN_TICKET_TO_AGENT", "RAN"],
    ]);
    await t.ok(ChangePriority, { input: { ticketId: ticket.id, priority: "URGENT" } }, admin);
    await eventsIdle(t);
    expect((await ticketRow(ticket.id)).pinned).toBe(false);
    expect((await actionsOf("Unpin urgent"))[0]!.actions).toMatchObject([
      { action: "UNPIN_TICKET_FROM_AGENT", outcome: "RAN" },
    ]);
    // An unrelated ticket is left where it is.
    const other = await createTicket(t, admin, intake.id, { subject: "software question" });
    await eventsIdle(t);
    expect((await ticketRow(other.id)).group_id).toBe(raw(intake.groupId));
  });

  it("Offer Survey only for a closed ticket with an incoming message (002 L8665)", async () => {
    await createRule(t, admin, {
      name: "Survey on close",
      eventType: "TICKET_STATUS_CHANGED",
      conditions: [
        { key: "STATUS", operator: "IS_ANY_OF", values: ["CLOSED"] },
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [intake.id] },
      ],
      actions: [{ action: "OFFER_SURVEY" }],
    });
    const inbound = await createTicket(t, admin, intake.id, { subject: "customer wrote" });
    const outbound = await createTicket(t, admin, intake.id, { subject: "we wrote", direction: "OUTBOUND" });
    for (const id of [inbound.id, outbound.id])
      await t.ok(ChangeStatus, { input: { ticketId: id, status: "CLOSED" } }, admin);
    const runs = await actionsOf("Survey on close");
    expect(runs.map((r) => r.actions[0]!.outcome).sort()).toEqual(["NOT_APPLICABLE", "RAN"]);
    expect(runs.find((r) => r.actions[0]!.outcome === "NOT_APPLICABLE")!.actions[0]!.message).toMatch(
      /closed tickets with an incoming message/,
    );
  });

  it("a department that inherits from its brand follows the brand's business hours and holidays", async () => {
    const days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
    const inherits = await department(t, admin, "Inheriting");
    await createRule(t, admin, {
      name: "Brand calendar",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "DEPARTMENT", operator: "IS_ANY_OF", values: [inherits.id] }],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "seen" }] }],
    });
    await createRule(t, admin, {
      name: "Brand after hours",
      eventType: "TICKET_CREATED",
      conditions: [
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [inherits.id] },
        { key: "OUTSIDE_BUSINESS_HOURS", operator: "IS", values: ["true"] },
        { key: "DURING_HOLIDAYS", operator: "IS", values: ["false"] },
      ],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "after hours" }] }],
    });
    await createRule(t, admin, {
      name: "Brand holiday",
      eventType: "TICKET_CREATED",
      conditions: [
        { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [inherits.id] },
        { key: "DURING_HOLIDAYS", operator: "IS", values: ["true"] },
      ],
      actions: [{ action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "holiday" }] }],
    });
    const setBrand = (start: string | null, end: string | null) =>
      t.ok(
        BrandHours,
        {
          input: { brandId, days: days.map((dayOfWeek) => ({ dayOfWeek: dayOfWeek as never, start, end })) },
        },
        admin,
      );
    const fired = async (rule: string) => (await actionsOf(rule)).length;

    await setBrand("00:00", "24:00");
    await createTicket(t, admin, inherits.id, { subject: "open brand" });
    await eventsIdle(t);
    expect([
      await fired("Brand calendar"),
      await fired("Brand after hours"),
      await fired("Brand holiday"),
    ]).toEqual([1, 0, 0]);
    await setBrand(null, null);
    await createTicket(t, admin, inherits.id, { subject: "closed brand" });
    await eventsIdle(t);
    expect([await fired("Brand after hours"), await fired("Brand holiday")]).toEqual([1, 0]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
    const holiday = await t.ok(BrandHoliday, { input: { brandId, date: today, name: "Brand day" } }, admin);
    expect(holiday.addBrandHoliday.userErrors).toEqual([]);
    await createTicket(t, admin, inherits.id, { subject: "brand holiday" });
    await eventsIdle(t);
    expect([await fired("Brand after hours"), await fired("Brand holiday")]).toEqual([1, 1]);
  });

  it("warns above 24 enabled events (002 L8615) and still saves", async () => {
    let warnings: string[] = [];
    const [before] = await rows<{ n: string }>(t, `select count(*) as n from event_rule where enabled`);
    for (let i = Number(before!.n); i <= 24; i++) {
      const r = await t.ok(
        CreateRuleDoc,
        {
          input: {
            name: `Filler ${i}`,
            scope: "SYSTEM",
            category: "TICKET",
            eventType: "TICKET_DELETED",
            actions: [{ action: "SHOW_REMINDER" }],
          },
        },
        admin,
      );
      expect(r.createEventRule.userErrors).toEqual([]);
      warnings = r.createEventRule.warnings.map((w) => w.code);
    }
    expect(warnings).toContain("TOO_MANY_EVENTS");
    const [after] = await rows<{ n: string }>(t, `select count(*) as n from event_rule where enabled`);
    expect(Number(after!.n)).toBe(25);
  });
});
