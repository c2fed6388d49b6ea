import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../../providers/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { department } from "../tickets/testing.js";
import type { TestDepartment } from "../tickets/testing.js";
import { rows } from "./testing.js";

const CatalogDoc = graphql(`
  query EvCatalog {
    eventCatalog {
      categories {
        key
        systemOnly
        eventTypes {
          key
          name
          numericId
          documentedId
          available
          systemOnly
          sources {
            domainEventType
            whereField
            whereValue
            emitted
          }
        }
        conditions {
          key
          valueType
          operators
          referenceType
          enumValues
        }
        actions {
          key
          oncePerItem
          systemOnly
          implemented
          parameters {
            key
            required
          }
        }
      }
      operators {
        operator
        minValues
        maxValues
      }
      uncategorizedEventTypes {
        numericId
      }
    }
  }
`);
const CreateDoc = graphql(`
  mutation EvCreateRule($input: CreateEventRuleInput!) {
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
let t: TestServer;
let admin: string;
let dept: TestDepartment;
let agent: SignedInAccount;

const IDLE = { key: "IDLE_MINUTES", operator: "BETWEEN" as never, values: ["5", "15"] };
const COMMENT = { action: "ADD_TICKET_COMMENT", parameters: [{ key: "text", value: "idle #number#" }] };

beforeAll(async () => {
  t = await startTestServer("events-rules");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Rules Dept");
  agent = await signedInAccount(t, "ev-rules-agent", AGENT);
});
afterAll(async () => {
  await t?.stop();
});

const count = async () =>
  Number((await rows<{ n: string }>(t, `select count(*) as n from event_rule`))[0]!.n);

describe("the events catalog", () => {
  it("lists the twelve categories with every documented numeric ID and the PROTOCOL sources", async () => {
    const { eventCatalog } = await t.ok(CatalogDoc, {}, agent.token);
    expect(eventCatalog.categories.map((c) => c.key)).toEqual([
      "ACTIVE_GROUP",
      "CALL_LOG",
      "COMMUNITY",
      "KNOWLEDGE_BASE",
      "LIVE_CHAT",
      "POP",
      "SMTP",
      "SURVEY",
      "TASK",
      "TICKET",
      "USER",
      "WHOS_ON",
    ]);
    const types = eventCatalog.categories.flatMap((c) => c.eventTypes);
    const documented = types.filter((x) => x.documentedId).map((x) => x.numericId);
    // Every ID of the table 002 L2542-2615 (as the providers contract lists it) appears once.
    expect(new Set(documented).size).toBe(documented.length);
    const table = Object.values(EVENT_TYPES).map((e) => e.id);
    expect([...documented, ...eventCatalog.uncategorizedEventTypes.map((u) => u.numericId)].sort()).toEqual(
      table.sort(),
    );
    for (const id of [502000, 502008, 511008, 510001, 512000, 503007, 501004])
      expect(documented).toContain(id);
    expect(new Set(types.map((x) => x.numericId)).size).toBe(types.length);
    const byKey = new Map(types.map((x) => [x.key, x]));
    expect(byKey.get("TICKET_CREATED")).toMatchObject({ numericId: 502000, available: true });
    expect(byKey.get("TICKET_MESSAGES_RECEIVED")!.sources[0]).toMatchObject({
      domainEventType: "ticket.messageAdded",
      whereField: "author",
      whereValue: "CUSTOMER",
    });
    // Chat events are mapped now by their PROTOCOL names; the chat module is not on this build yet.
    expect(byKey.get("LIVE_CHAT_STARTED")!.sources[0]!.domainEventType).toBe("chat.started");
    expect(byKey.get("LIVE_CHAT_IDLE")).toMatchObject({ numericId: 511008, available: true });
    expect(byKey.get("SMTP_LOGIN_FAILED")!.numericId).toBe(510001);
    expect(byKey.get("ONLINE_VISITOR_PURGED")!.systemOnly).toBe(true);
    const ticket = eventCatalog.categories.find((c) => c.key === "TICKET")!;
    const idle = ticket.conditions.find((c) => c.key === "IDLE_MINUTES")!;
    expect(idle.operators).toContain("BETWEEN");
    expect(ticket.conditions.find((c) => c.key === "DEPARTMENT")!.referenceType).toBe("Department");
    const actions = new Map(ticket.actions.map((a) => [a.key, a]));
    expect(actions.get("SET_TICKET_STATUS")!.implemented).toBe(true);
    expect(actions.get("SEND_EMAIL_ONCE_PER_ITEM")).toMatchObject({ oncePerItem: true });
    expect(actions.get("NOTIFY_EVENTS_EXTERNAL_PROVIDER")).toMatchObject({
      systemOnly: true,
      implemented: true,
    });
    expect(eventCatalog.categories.filter((c) => c.systemOnly).map((c) => c.key)).toEqual([
      "ACTIVE_GROUP",
      "POP",
      "SMTP",
    ]);
    expect(eventCatalog.operators.find((o) => o.operator === "BETWEEN")).toMatchObject({
      minValues: 2,
      maxValues: 2,
    });
  });

  it("is refused to callers without the management interface", async () => {
    const user = await signedInAccount(t, "ev-rules-user", ["EVERYONE", "REGISTERED_USER"] as never, "USER");
    const r = await t.gql(CatalogDoc, {}, user.token);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("event rules", () => {
  it("an administrator creates a system rule; references are global ids; actions get ids", async () => {
    const r = await t.ok(
      CreateDoc,
      {
        input: {
          name: "Idle in Rules Dept",
          scope: "SYSTEM",
          category: "TICKET",
          eventType: "TICKET_IDLE",
          conditions: [IDLE, { key: "DEPARTMENT", operator: "IS_ANY_OF", values: [dept.id] }],
          actions: [{ ...COMMENT, maximumFrequencyMinutes: 15 }, { action: "SEND_EMAIL_ONCE_PER_ITEM" }],
        },
      },
      admin,
    );
    expect(r.createEventRule.userErrors).toEqual([]);
    const rule = r.createEventRule.eventRule!;
    expect(rule).toMatchObject({
      scope: "SYSTEM",
      enabled: true,
      eventType: "TICKET_IDLE",
      eventTypeId: 502008,
      eventTypeName: "Ticket Idle",
      owner: null,
    });
    expect(rule.conditions[1]).toEqual({
      key: "DEPARTMENT",
      operator: "IS_ANY_OF",
      values: [dept.id],
      customField: null,
    });
    expect(rule.actions[0]).toMatchObject({ action: "ADD_TICKET_COMMENT", maximumFrequencyMinutes: 15 });
    expect(rule.actions[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    // The idle rule asks the engine to give existing tickets timers.
    const [job] = await rows(t, `select 1 from job where kind = 'events.timerBackfill'`);
    expect(job).toBeDefined();
  });

  it("refuses what the catalog does not allow, with stable codes, storing nothing", async () => {
    const before = await count();
    const bad = async (input: Record<string, unknown>, code: string, field?: string[]) => {
      const r = await t.ok(
        CreateDoc,
        {
          input: {
            name: "Bad",
            scope: "SYSTEM",
            category: "TICKET",
            eventType: "TICKET_CREATED",
            actions: [COMMENT],
            ...input,
          },
        },
        admin,
      );
      expect(r.createEventRule.eventRule).toBeNull();
      expect(r.createEventRule.userErrors.map((e) => e.code)).toContain(code);
      if (field) expect(r.createEventRule.userErrors.find((e) => e.code === code)!.field).toEqual(field);
    };
    // A condition of another category (Who's On's Browser) for a ticket event.
    await bad(
      { conditions: [{ key: "BROWSER", operator: "CONTAINS", values: ["x"] }] },
      "UNKNOWN_CONDITION",
      ["input", "conditions", "0", "key"],
    );
    await bad({ eventType: "LIVE_CHAT_STARTED" }, "EVENT_TYPE_NOT_IN_CATEGORY");
    await bad(
      { conditions: [{ key: "PRIORITY", operator: "BETWEEN", values: ["1", "2"] }] },
      "INVALID_OPERATOR",
    );
    await bad(
      { conditions: [{ key: "PRIORITY", operator: "IS_ANY_OF", values: ["SEVERE"] }] },
      "INVALID_VALUE",
    );
    await bad(
      { conditions: [{ key: "IDLE_MINUTES", operator: "BETWEEN", values: ["15"] }] },
      "INVALID_VALUES",
    );
    await bad(
      { conditions: [{ key: "IDLE_MINUTES", operator: "BETWEEN", values: ["30", "15"] }] },
      "INVALID_VALUES",
    );
    await bad(
      { conditions: [{ key: "DEPARTMENT", operator: "IS_ANY_OF", values: [dept.groupId] }] },
      "INVALID_REFERENCE",
    );
    await bad(
      { conditions: [{ key: "CUSTOM_FIELD", operator: "EQUALS", values: ["x"], customField: "Nope" }] },
      "UNKNOWN_CUSTOM_FIELD",
    );
    await bad({ actions: [{ action: "END_CHAT" }] }, "UNKNOWN_ACTION");
    await bad({ actions: [{ action: "SET_TICKET_STATUS" }] }, "REQUIRED");
    await bad({ actions: [{ ...COMMENT, maximumFrequencyMinutes: 0 }] }, "INVALID_FREQUENCY");
    await bad({ actions: [] }, "ACTION_REQUIRED");
    await bad({ eventType: "TICKET_IDLE" }, "IDLE_RANGE_REQUIRED");
    await bad(
      {
        eventType: "TICKET_COUNT_FOR_AGENT",
        actions: [{ action: "SET_TICKET_PRIORITY", parameters: [{ key: "priority", value: "HIGH" }] }],
      },
      "NOT_FOR_THIS_EVENT_TYPE",
    );
    await bad({ name: "  " }, "INVALID_NAME");
    expect(await count()).toBe(before);
  });
});
