import type { EntityManager } from "@mikro-orm/postgresql";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../core/db/base.entity.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { User, usernameKey } from "../accounts/index.js";
import { AGENT, signedInAccount } from "../organization/testing.js";
import { CustomField } from "./custom-field.entity.js";
import { CustomFieldOwnerType } from "./custom-field.enums.js";
import { StoredCustomFieldValue } from "./custom-field-value.entity.js";
import { cfFingerprint } from "./testing.js";

const CreateField = graphql(`
  mutation CfPeopleCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);

const SetUser = graphql(`
  mutation CfSetUserCustomFields($input: SetUserCustomFieldsInput!) {
    setUserCustomFields(input: $input) {
      user {
        id
      }
      customFields {
        name
        dataType
        value
        field {
          id
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const SetEmployee = graphql(`
  mutation CfSetEmployeeCustomFields($input: SetEmployeeCustomFieldsInput!) {
    setEmployeeCustomFields(input: $input) {
      customFields {
        name
        value
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const EmployeeValues = graphql(`
  query CfEmployeeValues($id: ID!) {
    employee(id: $id) {
      customFields {
        name
        value
      }
    }
  }
`);

const UserList = graphql(`
  query CfUserListValues($first: Int!) {
    users(first: $first) {
      nodes {
        id
        customFields {
          name
          value
        }
      }
    }
  }
`);

describe("People custom field values on users and employees", () => {
  let t: TestServer;
  let token: string;
  let adminId: string;
  let userId: string;

  beforeAll(async () => {
    t = await startTestServer("cf-people");
    ({ token, adminId } = await adminSession(t));
    for (const [name, dataType, listOptions] of [
      ["Text", "TEXT", null],
      ["Notes", "MULTI_LINE_TEXT", null],
      ["Plan", "DROP_DOWN_LIST", ["Basic", "Pro"]],
      ["VIP", "CHECKBOX", null],
      ["Since", "DATE", null],
      ["Seats", "NUMBER", null],
    ] as const) {
      await t.ok(
        CreateField,
        {
          input: { name, appliesTo: "PEOPLE", dataType, listOptions: listOptions ? [...listOptions] : null },
        },
        token,
      );
    }
    await t.ok(CreateField, { input: { name: "Ticket Only", appliesTo: "DATA", dataType: "TEXT" } }, token);
    userId = (await signedInAccount(t, "cf-customer", [], "USER")).globalId;
  });
  afterAll(() => t.stop());

  const valid: Array<[string, string]> = [
    ["Text", "x".repeat(512)],
    ["Notes", "line one\nline two"],
    ["Plan", "Pro"],
    ["VIP", "true"],
    ["Since", "2024-02-29"],
    ["Seats", "-12.50"],
  ];

  it("stores a valid value of every data type (512 characters included), by name or id", async () => {
    const data = await t.ok(
      SetUser,
      { input: { userId, values: valid.map(([name, value]) => ({ name: name.toLowerCase(), value })) } },
      token,
    );
    expect(data.setUserCustomFields.userErrors).toEqual([]);
    expect(data.setUserCustomFields.customFields!.map((v) => [v.name, v.value])).toEqual(
      [...valid].sort((a, b) => a[0].toLowerCase().localeCompare(b[0].toLowerCase())),
    );
    const planId = data.setUserCustomFields.customFields!.find((v) => v.name === "Plan")!.field.id;
    const byId = await t.ok(
      SetUser,
      { input: { userId, values: [{ fieldId: planId, value: "Basic" }] } },
      token,
    );
    expect(byId.setUserCustomFields.customFields!.find((v) => v.name === "Plan")!.value).toBe("Basic");
  });

  it.each<[string, string, string]>([
    ["Text", "x".repeat(513), "INVALID_CUSTOM_FIELD_VALUE"],
    ["Text", "two\nlines", "INVALID_CUSTOM_FIELD_VALUE"],
    ["Notes", "y".repeat(513), "INVALID_CUSTOM_FIELD_VALUE"],
    ["Plan", "Enterprise", "INVALID_CUSTOM_FIELD_VALUE"],
    ["Plan", "pro", "INVALID_CUSTOM_FIELD_VALUE"],
    ["VIP", "yes", "INVALID_CUSTOM_FIELD_VALUE"],
    ["Since", "2023-02-29", "INVALID_CUSTOM_FIELD_VALUE"],
    ["Since", "29.02.2024", "INVALID_CUSTOM_FIELD_VALUE"],
    ["Seats", "1e3", "INVALID_CUSTOM_FIELD_VALUE"],
    ["Seats", "twelve", "INVALID_CUSTOM_FIELD_VALUE"],
    ["Ticket Only", "x", "UNKNOWN_CUSTOM_FIELD"],
    ["No Such Field", "x", "UNKNOWN_CUSTOM_FIELD"],
  ])("refuses a bad %s value (case %#) with %$ and changes nothing", async (name, value, code) => {
    const before = await cfFingerprint(t);
    const data = await t.ok(SetUser, { input: { userId, values: [{ name, value }] } }, token);
    expect(data.setUserCustomFields.userErrors).toEqual([{ code, field: ["input", "values", name] }]);
    expect(data.setUserCustomFields.user).toBeNull();
    expect(await cfFingerprint(t)).toEqual(before);
  });

  it("clears a value with an empty string", async () => {
    const data = await t.ok(SetUser, { input: { userId, values: [{ name: "Notes", value: "" }] } }, token);
    expect(data.setUserCustomFields.customFields!.map((v) => v.name)).not.toContain("Notes");
  });

  it("sets employee values, read back through Employee.customFields", async () => {
    const data = await t.ok(
      SetEmployee,
      { input: { employeeId: adminId, values: [{ name: "Seats", value: "3" }] } },
      token,
    );
    expect(data.setEmployeeCustomFields).toEqual({
      userErrors: [],
      customFields: [{ name: "Seats", value: "3" }],
    });
    const read = await t.ok(EmployeeValues, { id: adminId }, token);
    expect(read.employee.customFields).toEqual([{ name: "Seats", value: "3" }]);
  });

  it("lets agents set user values (People fields are agents' tools) but not employee values", async () => {
    const agent = await signedInAccount(t, "cf-people-agent", AGENT);
    const customer = await signedInAccount(t, "cf-people-user", [], "USER");
    const values = [{ name: "Seats", value: "9" }];
    const before = await cfFingerprint(t);
    const e = await t.gql(SetEmployee, { input: { employeeId: adminId, values } }, agent.token);
    expect(e.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const doc of [SetUser, SetEmployee] as const) {
      const input = doc === SetUser ? { userId, values } : { employeeId: adminId, values };
      const result = await t.gql(doc as typeof SetUser, { input } as never, customer.token);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const read = await t.gql(EmployeeValues, { id: adminId }, customer.token);
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await cfFingerprint(t)).toEqual(before);
    const allowed = await t.ok(SetUser, { input: { userId, values } }, agent.token);
    expect(allowed.setUserCustomFields.userErrors).toEqual([]);
  });

  it("lists 20 users with their values in as many statements as 5 (no N+1)", async () => {
    const em = t.server.runtime.orm.em.fork() as EntityManager;
    const seats = await em.findOneOrFail(CustomField, { nameKey: "seats" });
    for (let i = 0; i < 25; i++) {
      const name = `cf-bulk-${String(i).padStart(2, "0")}`;
      const user = build(User, { username: name, usernameKey: usernameKey(name), displayName: name });
      em.persist(user);
      em.persist(
        build(StoredCustomFieldValue, {
          ownerType: CustomFieldOwnerType.USER,
          ownerId: user.id,
          field: seats,
          value: String(i),
        }),
      );
    }
    await em.flush();
    // statementsDuring counts only the request's statements, not a background sweep's meanwhile.
    let five!: ResultOf<typeof UserList>;
    let twenty!: ResultOf<typeof UserList>;
    const fiveCount = (
      await t.statementsDuring(async () => (five = await t.ok(UserList, { first: 5 }, token)))
    ).length;
    const twentyCount = (
      await t.statementsDuring(async () => (twenty = await t.ok(UserList, { first: 20 }, token)))
    ).length;
    expect(five.users.nodes).toHaveLength(5);
    expect(twenty.users.nodes).toHaveLength(20);
    expect(twenty.users.nodes.filter((n) => n.customFields.length > 0).length).toBeGreaterThan(15);
    expect(twentyCount).toBe(fiveCount);
  });
});
