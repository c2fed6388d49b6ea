import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import type { CreateCustomFieldInput } from "../../core/testing/gql/graphql.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, END_USER, signedInAccount } from "../organization/testing.js";
import { cfFingerprint } from "./testing.js";

const Create = graphql(`
  mutation CfCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
        name
        appliesTo
        dataType
        listOptions
        defaultValue
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation CfUpdateField($input: UpdateCustomFieldInput!) {
    updateCustomField(input: $input) {
      customField {
        id
        name
        dataType
        listOptions
        defaultValue
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Delete = graphql(`
  mutation CfDeleteField($input: DeleteCustomFieldInput!) {
    deleteCustomField(input: $input) {
      deletedCustomFieldId
      userErrors {
        code
        field
      }
    }
  }
`);

const List = graphql(`
  query CfListFields($appliesTo: CustomFieldAppliesTo) {
    customFields(first: 50, appliesTo: $appliesTo) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

const Get = graphql(`
  query CfGetField($id: ID!) {
    customField(id: $id) {
      id
      name
      dataType
    }
    node(id: $id) {
      id
      ... on CustomField {
        name
      }
    }
  }
`);

describe("custom field definitions", () => {
  let t: TestServer;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer("cf-definitions");
    ({ token } = await adminSession(t));
  });
  afterAll(() => t.stop());

  async function create(input: CreateCustomFieldInput) {
    const data = await t.ok(Create, { input }, token);
    expect(data.createCustomField.userErrors).toEqual([]);
    return data.createCustomField.customField!;
  }

  let referrer: { id: string };

  it("creates every data type, with list options and defaults", async () => {
    referrer = await create({
      name: "Referrer",
      appliesTo: "DATA",
      dataType: "DROP_DOWN_LIST",
      listOptions: ["Magazine", " TV "],
      defaultValue: "Magazine",
    });
    expect(referrer).toMatchObject({
      name: "Referrer",
      listOptions: ["Magazine", "TV"],
      defaultValue: "Magazine",
    });
    await create({ name: "Notes", appliesTo: "DATA", dataType: "MULTI_LINE_TEXT" });
    await create({ name: "Serial", appliesTo: "DATA", dataType: "TEXT" });
    await create({ name: "Opt In", appliesTo: "DATA", dataType: "CHECKBOX", defaultValue: "true" });
    await create({ name: "Purchased", appliesTo: "DATA", dataType: "DATE", defaultValue: "2024-02-29" });
    await create({ name: "Account Number", appliesTo: "PEOPLE", dataType: "NUMBER", defaultValue: "-4.5" });
    const all = await t.ok(List, {}, token);
    expect(all.customFields.nodes.map((n) => n.name)).toEqual([
      "Account Number",
      "Notes",
      "Opt In",
      "Purchased",
      "Referrer",
      "Serial",
    ]);
    const people = await t.ok(List, { appliesTo: "PEOPLE" }, token);
    expect(people.customFields.totalCount).toBe(1);
  });

  it("reads one by id and through node(id)", async () => {
    const data = await t.ok(Get, { id: referrer.id }, token);
    expect(data.customField).toMatchObject({ name: "Referrer", dataType: "DROP_DOWN_LIST" });
    expect(data.node).toMatchObject({ id: referrer.id, name: "Referrer" });
  });

  it.each<[string, CreateCustomFieldInput, string, string[]]>([
    [
      "taken name (case-insensitive)",
      { name: "referrer", appliesTo: "DATA", dataType: "TEXT" },
      "TAKEN",
      ["input", "name"],
    ],
    ["empty name", { name: "  ", appliesTo: "DATA", dataType: "TEXT" }, "INVALID", ["input", "name"]],
    ["'=' in name", { name: "a=b", appliesTo: "DATA", dataType: "TEXT" }, "INVALID", ["input", "name"]],
    [
      "drop-down without options",
      { name: "X", appliesTo: "DATA", dataType: "DROP_DOWN_LIST" },
      "INVALID",
      ["input", "listOptions"],
    ],
    [
      "duplicate options",
      { name: "X", appliesTo: "DATA", dataType: "DROP_DOWN_LIST", listOptions: ["a", "a"] },
      "INVALID",
      ["input", "listOptions"],
    ],
    [
      "options on text",
      { name: "X", appliesTo: "DATA", dataType: "TEXT", listOptions: ["a"] },
      "INVALID",
      ["input", "listOptions"],
    ],
    [
      "default not an option",
      { name: "X", appliesTo: "DATA", dataType: "DROP_DOWN_LIST", listOptions: ["a"], defaultValue: "b" },
      "INVALID",
      ["input", "defaultValue"],
    ],
    [
      "bad default date",
      { name: "X", appliesTo: "DATA", dataType: "DATE", defaultValue: "2023-02-29" },
      "INVALID",
      ["input", "defaultValue"],
    ],
    [
      "default over 512",
      { name: "X", appliesTo: "DATA", dataType: "TEXT", defaultValue: "x".repeat(513) },
      "INVALID",
      ["input", "defaultValue"],
    ],
  ])("refuses %s and changes nothing", async (_label, input, code, field) => {
    const before = await cfFingerprint(t);
    const data = await t.ok(Create, { input }, token);
    expect(data.createCustomField.customField).toBeNull();
    expect(data.createCustomField.userErrors).toContainEqual({ code, field });
    expect(await cfFingerprint(t)).toEqual(before);
  });

  it("updates name, options and default; a type change drops the options", async () => {
    const data = await t.ok(
      Update,
      {
        input: {
          id: referrer.id,
          name: "How did you hear",
          listOptions: ["Magazine", "TV", "Web"],
          defaultValue: "Web",
        },
      },
      token,
    );
    expect(data.updateCustomField).toMatchObject({
      userErrors: [],
      customField: { name: "How did you hear", listOptions: ["Magazine", "TV", "Web"], defaultValue: "Web" },
    });
    const serial = (await t.ok(List, {}, token)).customFields.nodes.find((n) => n.name === "Serial")!;
    const changed = await t.ok(Update, { input: { id: serial.id, dataType: "NUMBER" } }, token);
    expect(changed.updateCustomField.customField).toMatchObject({ dataType: "NUMBER", listOptions: [] });
  });

  it("refuses an update whose default no longer fits, and changes nothing", async () => {
    const before = await cfFingerprint(t);
    const data = await t.ok(Update, { input: { id: referrer.id, listOptions: ["Radio"] } }, token);
    expect(data.updateCustomField.userErrors).toEqual([
      { code: "INVALID", field: ["input", "defaultValue"] },
    ]);
    expect(await cfFingerprint(t)).toEqual(before);
  });

  it("answers NOT_FOUND and BAD_USER_INPUT for missing and malformed ids", async () => {
    const missing = await t.gql(
      Delete,
      { input: { id: "Q3VzdG9tRmllbGQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw" } },
      token,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await t.gql(Get, { id: "nope" }, token);
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("deletes a definition", async () => {
    const temp = await create({ name: "Temporary", appliesTo: "DATA", dataType: "TEXT" });
    const data = await t.ok(Delete, { input: { id: temp.id } }, token);
    expect(data.deleteCustomField).toEqual({ deletedCustomFieldId: temp.id, userErrors: [] });
    const gone = await t.gql(Get, { id: temp.id }, token);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("lets agents read definitions but not change them; end users get FORBIDDEN", async () => {
    const agent = await signedInAccount(t, "cf-agent", AGENT);
    const user = await signedInAccount(t, "cf-user", END_USER, "USER");
    expect((await t.ok(List, {}, agent.token)).customFields.totalCount).toBeGreaterThan(0);
    const denied = await t.gql(List, {}, user.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await t.gql(List, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const before = await cfFingerprint(t);
    for (const caller of [agent.token, user.token]) {
      const c = await t.gql(Create, { input: { name: "Nope", appliesTo: "DATA", dataType: "TEXT" } }, caller);
      expect(c.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const u = await t.gql(Update, { input: { id: referrer.id, name: "Nope" } }, caller);
      expect(u.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const d = await t.gql(Delete, { input: { id: referrer.id } }, caller);
      expect(d.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await cfFingerprint(t)).toEqual(before);
  });
});
