import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentWithRole } from "../tickets/testing.js";
import { createRule, eventsRole, rows } from "./testing.js";

const CreateDoc = graphql(`
  mutation EvAccessCreateRule($input: CreateEventRuleInput!) {
    createEventRule(input: $input) {
      eventRule {
        id
        name
        enabled
        scope
        category
        eventType
        eventTypeId
        eventTypeName
        owner {
          id
        }
        conditions {
          key
          operator
          values
          customField
        }
        actions {
          id
          action
          maximumFrequencyMinutes
          parameters {
            key
            value
          }
        }
      }
      warnings {
        code
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const UpdateDoc = graphql(`
  mutation EvAccessUpdateRule($input: UpdateEventRuleInput!) {
    updateEventRule(input: $input) {
      eventRule {
        id
        name
        enabled
        actions {
          id
          action
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const DeleteDoc = graphql(`
  mutation EvAccessDeleteRule($input: DeleteEventRuleInput!) {
    deleteEventRule(input: $input) {
      deletedEventRuleId
      userErrors {
        code
      }
    }
  }
`);
const EnableDoc = graphql(`
  mutation EvAccessEnableRules($input: SetEventRulesEnabledInput!) {
    setEventRulesEnabled(input: $input) {
      eventRules {
        id
        enabled
      }
      userErrors {
        code
      }
    }
  }
`);
const ListDoc = graphql(`
  query EvAccessRules($scope: EventRuleScope, $category: EventCategory) {
    eventRules(scope: $scope, category: $category, first: 100) {
      totalCount
      nodes {
        id
        name
        scope
        owner {
          id
        }
      }
    }
  }
`);
const RuleDoc = graphql(`
  query EvAccessRule($id: ID!) {
    eventRule(id: $id) {
      id
      name
    }
  }
`);
const SettingsDoc = graphql(`
  mutation EvAccessSettings($input: UpdateEventSettingsInput!) {
    updateEventSettings(input: $input) {
      settings {
        stopIdleEventsAfterDays
      }
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let agent: SignedInAccount;
let other: SignedInAccount;
let noEvents: SignedInAccount;
let modifyOnly: SignedInAccount;

const IDLE = { key: "IDLE_MINUTES", operator: "BETWEEN" as never, values: ["5", "15"] };
const COMMENT = { action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "idle #number#" }] };

beforeAll(async () => {
  t = await startTestServer("events-rules-access");
  admin = (await adminSession(t)).token;
  agent = await signedInAccount(t, "ev-rules-agent", AGENT);
  other = await signedInAccount(t, "ev-rules-other", AGENT);
  const none = await eventsRole(t, admin, "No events", "NONE");
  noEvents = await agentWithRole(t, admin, "ev-rules-none", none, []);
  const modify = await eventsRole(t, admin, "Events modify", "MODIFY");
  modifyOnly = await agentWithRole(t, admin, "ev-rules-modify", modify, []);
  // A system rule, as events-rules.e2e.test.ts leaves one: agents must not touch it.
  await createRule(t, admin, { name: "System rule", eventType: "TICKET_CREATED", actions: [COMMENT] });
});
afterAll(async () => {
  await t?.stop();
});

const count = async () =>
  Number((await rows<{ n: string }>(t, `select count(*) as n from event_rule`))[0]!.n);

describe("event rules: My Events, access, updates, limits, settings", () => {
  it("My Events: an agent's own rule; system-only categories and actions are refused", async () => {
    const r = await t.ok(
      CreateDoc,
      {
        input: {
          name: "Mine",
          scope: "AGENT",
          category: "TICKET",
          eventType: "TICKET_CREATED",
          actions: [COMMENT],
        },
      },
      agent.token,
    );
    expect(r.createEventRule.eventRule!.owner!.id).toBe(agent.globalId);
    const smtp = await t.ok(
      CreateDoc,
      {
        input: {
          name: "SMTP",
          scope: "AGENT",
          category: "SMTP",
          eventType: "SMTP_DELIVERY_FAILED",
          actions: [{ action: "SEND_EMAIL" }],
        },
      },
      agent.token,
    );
    expect(smtp.createEventRule.userErrors.map((e) => e.code)).toEqual(["SYSTEM_ONLY"]);
    const notify = await t.ok(
      CreateDoc,
      {
        input: {
          name: "N",
          scope: "AGENT",
          category: "TICKET",
          eventType: "TICKET_CREATED",
          actions: [{ action: "NOTIFY_EVENTS_EXTERNAL_PROVIDER" }],
        },
      },
      agent.token,
    );
    expect(notify.createEventRule.userErrors.map((e) => e.code)).toEqual(["SYSTEM_ONLY_ACTION"]);
    // Each agent lists only their own; the administrator sees both tabs.
    const mine = await t.ok(ListDoc, {}, agent.token);
    expect(mine.eventRules.nodes.map((n) => n.name)).toEqual(["Mine"]);
    expect((await t.ok(ListDoc, {}, other.token)).eventRules.totalCount).toBe(0);
    const agents = await t.ok(ListDoc, { scope: "AGENT" }, admin);
    expect(agents.eventRules.nodes.map((n) => n.owner?.id)).toEqual([agent.globalId]);
    const global = await t.ok(ListDoc, { scope: "SYSTEM" }, admin);
    expect(global.eventRules.nodes.every((n) => n.scope === "SYSTEM" && !n.owner)).toBe(true);
  });

  it("FORBIDDEN: system rules for agents, another agent's rule, no Events permission, delete without DELETE", async () => {
    const before = await count();
    const sys = await t.gql(
      CreateDoc,
      {
        input: {
          name: "X",
          scope: "SYSTEM",
          category: "TICKET",
          eventType: "TICKET_CREATED",
          actions: [COMMENT],
        },
      },
      agent.token,
    );
    expect(sys.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const none = await t.gql(
      CreateDoc,
      {
        input: {
          name: "X",
          scope: "AGENT",
          category: "TICKET",
          eventType: "TICKET_CREATED",
          actions: [COMMENT],
        },
      },
      noEvents.token,
    );
    expect(none.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(ListDoc, {}, noEvents.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const mineId = (await t.ok(ListDoc, {}, agent.token)).eventRules.nodes[0]!.id;
    const upd = await t.gql(UpdateDoc, { input: { id: mineId, name: "Stolen" } }, other.token);
    expect(upd.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(RuleDoc, { id: mineId }, other.token)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const del = await t.gql(DeleteDoc, { input: { id: mineId } }, other.token);
    expect(del.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const sysId = (await t.ok(ListDoc, { scope: "SYSTEM" }, admin)).eventRules.nodes[0]!.id;
    expect(
      (await t.gql(UpdateDoc, { input: { id: sysId, enabled: false } }, agent.token)).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await t.gql(EnableDoc, { input: { ids: [sysId], enabled: false } }, agent.token)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    // Modify level: create and edit My Events, but not delete them (Full Control has DELETE, 002 L6725).
    const own = await createRule(t, modifyOnly.token, {
      name: "Modify's",
      scope: "AGENT",
      eventType: "TICKET_CREATED",
      actions: [COMMENT],
    });
    expect(
      (await t.ok(UpdateDoc, { input: { id: own, name: "Renamed" } }, modifyOnly.token)).updateEventRule
        .eventRule!.name,
    ).toBe("Renamed");
    expect(
      (await t.gql(DeleteDoc, { input: { id: own } }, modifyOnly.token)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await t.gql(SettingsDoc, { input: { stopIdleEventsAfterDays: 5 } }, agent.token)).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(await count()).toBe(before + 1);
  });

  it("updates keep action ids, replace actions, validate again; enable/disable; delete", async () => {
    const id = await createRule(t, agent.token, {
      name: "Edit me",
      scope: "AGENT",
      eventType: "TICKET_CREATED",
      actions: [COMMENT],
    });
    const first = (await t.ok(UpdateDoc, { input: { id, name: "Edited" } }, agent.token)).updateEventRule
      .eventRule!;
    const bad = await t.ok(
      UpdateDoc,
      { input: { id, conditions: [{ key: "HOST_NAME", operator: "CONTAINS", values: ["x"] }] } },
      agent.token,
    );
    expect(bad.updateEventRule.userErrors.map((e) => e.code)).toEqual(["UNKNOWN_CONDITION"]);
    const kept = await t.ok(
      UpdateDoc,
      {
        input: {
          id,
          actions: [
            { id: first.actions[0]!.id, ...COMMENT },
            { action: "SET_TICKET_PRIORITY", parameters: [{ key: "priority", value: "HIGH" }] },
          ],
        },
      },
      agent.token,
    );
    expect(kept.updateEventRule.eventRule!.actions.map((a) => a.action)).toEqual([
      "ADD_TICKET_COMMENT",
      "SET_TICKET_PRIORITY",
    ]);
    expect(kept.updateEventRule.eventRule!.actions[0]!.id).toBe(first.actions[0]!.id);
    const off = await t.ok(EnableDoc, { input: { ids: [id], enabled: false } }, agent.token);
    expect(off.setEventRulesEnabled.eventRules).toEqual([{ id, enabled: false }]);
    // The administrator may modify an agent's event (002 L8101).
    expect(
      (await t.ok(UpdateDoc, { input: { id, enabled: true } }, admin)).updateEventRule.eventRule!.enabled,
    ).toBe(true);
    expect((await t.ok(DeleteDoc, { input: { id } }, agent.token)).deleteEventRule.deletedEventRuleId).toBe(
      id,
    );
    expect((await t.gql(RuleDoc, { id }, agent.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("warns above the documented recommendations (6 idle events, 24 events) but saves", async () => {
    let warnings: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await t.ok(
        CreateDoc,
        {
          input: {
            name: `Idle ${i}`,
            scope: "SYSTEM",
            category: "TICKET",
            eventType: "TICKET_IDLE",
            conditions: [IDLE],
            actions: [COMMENT],
            enabled: true,
          },
        },
        admin,
      );
      warnings = r.createEventRule.warnings.map((w) => w.code);
    }
    expect(warnings).toContain("TOO_MANY_IDLE_EVENTS");
  });

  it("settings: Stop Idle Events After", async () => {
    const r = await t.ok(SettingsDoc, { input: { stopIdleEventsAfterDays: 7 } }, admin);
    expect(r.updateEventSettings.settings!.stopIdleEventsAfterDays).toBe(7);
    const bad = await t.ok(SettingsDoc, { input: { stopIdleEventsAfterDays: 0 } }, admin);
    expect(bad.updateEventSettings.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
  });
});
