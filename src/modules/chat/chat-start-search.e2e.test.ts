import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { addToGroup, createDepartment, fork } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";
import { PredefinedRole } from "../roles/index.js";
import { department } from "../tickets/testing.js";
import { chatAgent, joinGroup } from "./testing.js";
import type { ChatAgent } from "./testing.js";

/*
 * Starting a chat with the department's pre-chat custom fields and its business hours, and the Advanced
 * Search criteria the other chat tests do not cover: customer username, date range, sort order, custom
 * fields (002 L3531-3561).
 */

const Start = graphql(`
  mutation ChatFindStart($input: StartChatInput!) {
    startChat(input: $input) {
      chat {
        id
        customFields {
          name
          value
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Availability = graphql(`
  query ChatFindAvailability($departmentId: ID!) {
    liveChatAvailability(departmentId: $departmentId) {
      online
      reason
    }
  }
`);

const Settings = graphql(`
  mutation ChatFindSettings($input: UpdateLiveChatSettingsInput!) {
    updateLiveChatSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const SetHours = graphql(`
  mutation ChatFindHours($input: SetDepartmentBusinessHoursInput!) {
    setDepartmentBusinessHours(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const CreateField = graphql(`
  mutation ChatFindCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const CreateTemplate = graphql(`
  mutation ChatFindCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const AddField = graphql(`
  mutation ChatFindAddField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const SetTemplates = graphql(`
  mutation ChatFindSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Get = graphql(`
  query ChatFindGet($id: ID!) {
    liveChat(id: $id) {
      customFields {
        name
        value
      }
    }
  }
`);

const Search = graphql(`
  query ChatFindSearch($input: LiveChatSearchInput!) {
    searchLiveChats(input: $input) {
      id
      customerName
    }
  }
`);

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;
let dept: { departmentId: string; groupId: string };
let amy: ChatAgent;
let productField: string;

beforeAll(async () => {
  t = await startTestServer("chat-start-search");
  admin = await adminSession(t);
  dept = await createDepartment(t, admin.token, "Finder");
  amy = await chatAgent(t, admin.token, "Amy", dept.groupId, { max: 50 });
  productField = (
    await t.ok(
      CreateField,
      {
        input: {
          name: "Product",
          appliesTo: "DATA",
          dataType: "DROP_DOWN_LIST",
          listOptions: ["Mail", "Track"],
        },
      },
      admin.token,
    )
  ).createCustomField.customField!.id;
  const template = (await t.ok(CreateTemplate, { input: { displayName: "Pre-chat" } }, admin.token))
    .createCustomFieldTemplate.template!.id;
  await t.ok(
    AddField,
    { input: { templateId: template, customFieldId: productField, requiredByUsers: true } },
    admin.token,
  );
  const set = await t.ok(
    SetTemplates,
    { input: { departmentId: dept.departmentId, liveChatTemplateId: template } },
    admin.token,
  );
  expect(set.setDepartmentCustomFieldTemplates.userErrors).toEqual([]);
}, 60_000);
afterAll(async () => t?.stop());

const start = (name: string, product: string | null, extra: Record<string, unknown> = {}) =>
  t.ok(Start, {
    input: {
      departmentId: dept.departmentId,
      name,
      question: `Question of ${name}`,
      email: `${name.toLowerCase()}@customer.example`,
      customFields: product === null ? null : [{ fieldId: productField, value: product }],
      ...extra,
    },
  });

describe("pre-chat custom fields (002 L7457)", () => {
  it("requires the template's fields, validates them, stores them on the chat; refused starts store nothing", async () => {
    const count = async () =>
      Number((await fork(t).execute<Array<{ n: string }>>(`select count(*) as n from live_chat`))[0]!.n);
    const before = await count();
    const missing = await start("Missing", null);
    expect(missing.startChat.chat).toBeNull();
    expect(missing.startChat.userErrors.length).toBeGreaterThan(0);
    const wrong = await start("Wrong", "Fax");
    expect(wrong.startChat.chat).toBeNull();
    expect(wrong.startChat.userErrors.length).toBeGreaterThan(0);
    expect(await count()).toBe(before);
    const ok = await start("Pia", "Track");
    expect(ok.startChat.userErrors).toEqual([]);
    // Agents see the values; the customer's own view of the chat carries none (agent-side data).
    expect(ok.startChat.chat!.customFields).toEqual([]);
    const seen = await t.ok(Get, { id: ok.startChat.chat!.id }, amy.token);
    expect(seen.liveChat.customFields).toEqual([{ name: "Product", value: "Track" }]);
  });
});

describe("business hours (002 L7380)", () => {
  it("is offline outside the department's hours only when Disallow new chats outside of business hours is on", async () => {
    const closed = await department(t, admin.token, "Closed", {
      inheritBusinessHoursFromBrand: false,
      inheritHolidaysFromBrand: false,
    });
    const days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
    const hours = await t.ok(
      SetHours,
      {
        input: {
          departmentId: closed.id,
          days: days.map((d) => ({ dayOfWeek: d as never, start: null, end: null })),
        },
      },
      admin.token,
    );
    expect(hours.setDepartmentBusinessHours.userErrors).toEqual([]);
    await addToGroup(t, admin.token, amy, closed.groupId, "PRIMARY_GROUP");
    await joinGroup(t, amy, closed.groupId, "PRIMARY_GROUP");
    const availability = async () =>
      (await t.ok(Availability, { departmentId: closed.id })).liveChatAvailability;
    expect(await availability()).toEqual({ online: true, reason: null });

    await t.ok(Settings, { input: { disallowOutsideBusinessHours: true } }, admin.token);
    try {
      expect(await availability()).toEqual({ online: false, reason: "OUTSIDE_BUSINESS_HOURS" });
      const refused = await t.ok(Start, {
        input: { departmentId: closed.id, name: "Late", question: "Open?" },
      });
      expect(refused.startChat.userErrors.map((e) => e.code)).toEqual(["CHAT_OFFLINE"]);
      // Open all day: online again.
      await t.ok(
        SetHours,
        {
          input: {
            departmentId: closed.id,
            days: days.map((d) => ({ dayOfWeek: d as never, start: "00:00", end: "24:00" })),
          },
        },
        admin.token,
      );
      expect(await availability()).toEqual({ online: true, reason: null });
    } finally {
      await t.ok(Settings, { input: { disallowOutsideBusinessHours: false } }, admin.token);
    }
  });
});

describe("advanced search criteria (002 L3537-3561)", () => {
  it("finds by customer username, date range, custom field value, and sorts oldest or newest first", async () => {
    const user = await signedIn(t, "searchuser", "USER", [PredefinedRole.REGISTERED_USER]);
    const mine = await t.ok(
      Start,
      {
        input: {
          departmentId: dept.departmentId,
          name: "Signed In",
          question: "From my account",
          customFields: [{ fieldId: productField, value: "Mail" }],
        },
      },
      user.token,
    );
    expect(mine.startChat.userErrors).toEqual([]);
    const mineId = mine.startChat.chat!.id;
    const early = (await start("Early", "Track")).startChat.chat!.id;
    const late = (await start("Late", "Track")).startChat.chat!.id;
    await fork(t).execute(`update live_chat set created_at = '2024-01-10T12:00:00Z' where id = ?`, [
      rawId(early),
    ]);
    await fork(t).execute(`update live_chat set created_at = '2024-03-10T12:00:00Z' where id = ?`, [
      rawId(late),
    ]);
    const ids = async (input: Record<string, unknown>) =>
      (await t.ok(Search, { input }, amy.token)).searchLiveChats.map((c) => c.id);

    expect(await ids({ customerUsername: "SearchUser" })).toEqual([mineId]);
    expect(await ids({ customerUsername: "nobody" })).toEqual([]);
    expect(await ids({ startedFrom: "2024-01-01T00:00:00Z", startedTo: "2024-02-01T00:00:00Z" })).toEqual([
      early,
    ]);
    expect(await ids({ startedFrom: "2024-01-01T00:00:00Z", startedTo: "2024-12-31T00:00:00Z" })).toEqual([
      late,
      early,
    ]);
    expect(
      await ids({
        startedFrom: "2024-01-01T00:00:00Z",
        startedTo: "2024-12-31T00:00:00Z",
        sort: "OLDEST_FIRST",
      }),
    ).toEqual([early, late]);
    expect(await ids({ customFields: [{ fieldId: productField, value: "Mail" }] })).toEqual([mineId]);
    const track = await ids({
      customFields: [{ fieldId: productField, value: "Track" }],
      sort: "OLDEST_FIRST",
    });
    expect(track.slice(0, 2)).toEqual([early, late]);
    expect(track).not.toContain(mineId);
    expect(await ids({ customFields: [{ name: "product", value: "Mail" }] })).toEqual([mineId]);
    const unknown = await t.gql(
      Search,
      { input: { customFields: [{ name: "Nope", value: "x" }] } },
      amy.token,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
