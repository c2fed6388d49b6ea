import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, signedInAccount } from "../organization/testing.js";
import { cfFingerprint } from "./testing.js";

const CreateField = graphql(`
  mutation CfTplCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);

const DeleteField = graphql(`
  mutation CfTplDeleteField($input: DeleteCustomFieldInput!) {
    deleteCustomField(input: $input) {
      deletedCustomFieldId
      userErrors {
        code
        field
      }
    }
  }
`);

const CreateTemplate = graphql(`
  mutation CfCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
        displayName
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const UpdateTemplate = graphql(`
  mutation CfUpdateTemplate($input: UpdateCustomFieldTemplateInput!) {
    updateCustomFieldTemplate(input: $input) {
      template {
        displayName
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const DeleteTemplate = graphql(`
  mutation CfDeleteTemplate($input: DeleteCustomFieldTemplateInput!) {
    deleteCustomFieldTemplate(input: $input) {
      deletedTemplateId
      userErrors {
        code
        field
      }
    }
  }
`);

const AddField = graphql(`
  mutation CfAddTemplateField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      templateField {
        id
        displayName
        visibility
        requiredByUsers
        requiredForAgentsToSaveOrSend
        requiredForAgentsToClose
        showInCommunicationView
        order
        customField {
          name
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const UpdateField = graphql(`
  mutation CfUpdateTemplateField($input: UpdateTemplateFieldInput!) {
    updateTemplateField(input: $input) {
      templateField {
        displayName
        visibility
        requiredByUsers
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const RemoveField = graphql(`
  mutation CfRemoveTemplateField($input: RemoveTemplateFieldInput!) {
    removeTemplateField(input: $input) {
      template {
        fields {
          displayName
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Reorder = graphql(`
  mutation CfReorderTemplateFields($input: ReorderTemplateFieldsInput!) {
    reorderTemplateFields(input: $input) {
      template {
        fields {
          displayName
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const GetTemplate = graphql(`
  query CfGetTemplate($id: ID!) {
    customFieldTemplate(id: $id) {
      displayName
      fields {
        displayName
        order
        template {
          displayName
        }
      }
    }
    customFieldTemplates(first: 10) {
      totalCount
    }
    node(id: $id) {
      ... on CustomFieldTemplate {
        displayName
      }
    }
  }
`);

const CreateDepartment = graphql(`
  mutation CfCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
      }
    }
  }
`);

const SetDepartmentTemplates = graphql(`
  mutation CfSetDepartmentTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      templates {
        ticketTemplate {
          displayName
        }
        liveChatTemplate {
          displayName
        }
        callLogTemplate {
          displayName
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const DepartmentTemplates = graphql(`
  query CfDepartmentTemplates($id: ID!) {
    department(id: $id) {
      customFieldTemplates {
        ticketTemplate {
          displayName
        }
        callLogTemplate {
          displayName
        }
      }
    }
  }
`);

describe("custom field templates", () => {
  let t: TestServer;
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer("cf-templates");
    ({ token } = await adminSession(t));
    for (const [name, dataType, listOptions] of [
      ["Product", "DROP_DOWN_LIST", ["Mail", "Track"]],
      ["Serial", "TEXT", null],
      ["Consent", "CHECKBOX", null],
      ["Internal", "TEXT", null],
    ] as const) {
      const data = await t.ok(
        CreateField,
        { input: { name, appliesTo: "DATA", dataType, listOptions: listOptions ? [...listOptions] : null } },
        token,
      );
      ids[name] = data.createCustomField.customField!.id;
    }
    const people = await t.ok(
      CreateField,
      { input: { name: "Phone", appliesTo: "PEOPLE", dataType: "TEXT" } },
      token,
    );
    ids.Phone = people.createCustomField.customField!.id;
  });
  afterAll(() => t.stop());

  const tf: Record<string, string> = {};

  it("creates a template and places fields with their flags, in order", async () => {
    const created = await t.ok(CreateTemplate, { input: { displayName: "Support Tickets" } }, token);
    expect(created.createCustomFieldTemplate.userErrors).toEqual([]);
    ids.template = created.createCustomFieldTemplate.template!.id;
    const add = async (name: string, extra: Record<string, unknown> = {}) => {
      const data = await t.ok(
        AddField,
        { input: { templateId: ids.template!, customFieldId: ids[name]!, ...extra } },
        token,
      );
      expect(data.addTemplateField.userErrors).toEqual([]);
      tf[name] = data.addTemplateField.templateField!.id;
      return data.addTemplateField.templateField!;
    };
    expect(await add("Product", { displayName: "Which product?", requiredByUsers: true })).toMatchObject({
      displayName: "Which product?",
      visibility: "BOTH",
      requiredByUsers: true,
      requiredForAgentsToSaveOrSend: false,
      order: 0,
      customField: { name: "Product" },
    });
    expect(
      await add("Serial", { requiredForAgentsToSaveOrSend: true, showInCommunicationView: true }),
    ).toMatchObject({ displayName: "Serial", order: 1, showInCommunicationView: true });
    await add("Consent", { requiredByUsers: true, visibility: "USERS" });
    await add("Internal", { visibility: "AGENTS", requiredForAgentsToClose: true });
    const read = await t.ok(GetTemplate, { id: ids.template! }, token);
    expect(read.customFieldTemplate.fields.map((f) => f.displayName)).toEqual([
      "Which product?",
      "Serial",
      "Consent",
      "Internal",
    ]);
    expect(read.customFieldTemplate.fields[0]!.template.displayName).toBe("Support Tickets");
    expect(read.node).toEqual({ displayName: "Support Tickets" });
  });

  it("refuses bad template fields and changes nothing", async () => {
    const before = await cfFingerprint(t);
    const cases: Array<[Record<string, unknown>, string, string[]]> = [
      [{ customFieldId: ids.Phone }, "NOT_DATA_FIELD", ["input", "customFieldId"]],
      [{ customFieldId: ids.Serial }, "TAKEN", ["input", "customFieldId"]],
      [{ customFieldId: ids.Serial, displayName: " " }, "INVALID", ["input", "displayName"]],
    ];
    for (const [extra, code, field] of cases) {
      const data = await t.ok(
        AddField,
        { input: { templateId: ids.template!, customFieldId: "", ...extra } },
        token,
      );
      expect(data.addTemplateField.userErrors).toContainEqual({ code, field });
    }
    const agentsOnly = await t.ok(UpdateField, { input: { id: tf.Product!, visibility: "AGENTS" } }, token);
    expect(agentsOnly.updateTemplateField.userErrors).toEqual([
      { code: "INVALID", field: ["input", "requiredByUsers"] },
    ]);
    const taken = await t.ok(CreateTemplate, { input: { displayName: "support tickets" } }, token);
    expect(taken.createCustomFieldTemplate.userErrors).toEqual([
      { code: "TAKEN", field: ["input", "displayName"] },
    ]);
    const partial = await t.ok(
      Reorder,
      { input: { templateId: ids.template!, templateFieldIds: [tf.Serial!] } },
      token,
    );
    expect(partial.reorderTemplateFields.userErrors).toEqual([
      { code: "INVALID", field: ["input", "templateFieldIds"] },
    ]);
    expect(await cfFingerprint(t)).toEqual(before);
  });

  it("updates, reorders and removes template fields; renames the template", async () => {
    const updated = await t.ok(
      UpdateField,
      { input: { id: tf.Serial!, displayName: "Serial number" } },
      token,
    );
    expect(updated.updateTemplateField.templateField).toMatchObject({
      displayName: "Serial number",
      visibility: "BOTH",
    });
    const order = [tf.Internal!, tf.Consent!, tf.Serial!, tf.Product!];
    const reordered = await t.ok(
      Reorder,
      { input: { templateId: ids.template!, templateFieldIds: order } },
      token,
    );
    expect(reordered.reorderTemplateFields.template!.fields.map((f) => f.displayName)).toEqual([
      "Internal",
      "Consent",
      "Serial number",
      "Which product?",
    ]);
    await t.ok(
      Reorder,
      { input: { templateId: ids.template!, templateFieldIds: [...order].reverse() } },
      token,
    );
    const renamed = await t.ok(
      UpdateTemplate,
      { input: { id: ids.template!, displayName: "Tickets" } },
      token,
    );
    expect(renamed.updateCustomFieldTemplate.template).toEqual({ displayName: "Tickets" });
    const temp = await t.ok(
      CreateField,
      { input: { name: "Temp", appliesTo: "DATA", dataType: "TEXT" } },
      token,
    );
    const added = await t.ok(
      AddField,
      { input: { templateId: ids.template!, customFieldId: temp.createCustomField.customField!.id } },
      token,
    );
    const removed = await t.ok(
      RemoveField,
      { input: { id: added.addTemplateField.templateField!.id } },
      token,
    );
    expect(removed.removeTemplateField.template!.fields.map((f) => f.displayName)).not.toContain("Temp");
  });

  it("assigns templates to a department and shows them on Department", async () => {
    const dept = await t.ok(
      CreateDepartment,
      { input: { name: "Support", frontLineGroup: { newGroupName: "Level 1" } } },
      token,
    );
    ids.department = dept.createDepartment.department!.id;
    const set = await t.ok(
      SetDepartmentTemplates,
      {
        input: {
          departmentId: ids.department,
          ticketTemplateId: ids.template!,
          callLogTemplateId: ids.template!,
        },
      },
      token,
    );
    expect(set.setDepartmentCustomFieldTemplates).toEqual({
      userErrors: [],
      templates: {
        ticketTemplate: { displayName: "Tickets" },
        liveChatTemplate: null,
        callLogTemplate: { displayName: "Tickets" },
      },
    });
    const unset = await t.ok(
      SetDepartmentTemplates,
      { input: { departmentId: ids.department, callLogTemplateId: null } },
      token,
    );
    expect(unset.setDepartmentCustomFieldTemplates.templates).toMatchObject({
      ticketTemplate: { displayName: "Tickets" },
      callLogTemplate: null,
    });
    const read = await t.ok(DepartmentTemplates, { id: ids.department }, token);
    expect(read.department.customFieldTemplates.ticketTemplate).toEqual({ displayName: "Tickets" });
  });

  it("refuses an unknown template for a department and changes nothing", async () => {
    const before = await cfFingerprint(t);
    // A department id is not a template id: BAD_USER_INPUT; a well-formed unknown id is NOT_FOUND.
    const wrongType = await t.gql(
      SetDepartmentTemplates,
      { input: { departmentId: ids.department!, liveChatTemplateId: ids.department! } },
      token,
    );
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await t.ok(
      SetDepartmentTemplates,
      {
        input: {
          departmentId: ids.department!,
          liveChatTemplateId: Buffer.from(
            "CustomFieldTemplate:00000000-0000-0000-0000-000000000000",
          ).toString("base64url"),
        },
      },
      token,
    );
    expect(unknown.setDepartmentCustomFieldTemplates.userErrors).toEqual([
      { code: "NOT_FOUND", field: ["input", "liveChatTemplateId"] },
    ]);
    expect(await cfFingerprint(t)).toEqual(before);
  });

  it("refuses to delete a field on a template (IN_USE) unless forced", async () => {
    const before = await cfFingerprint(t);
    const refused = await t.ok(DeleteField, { input: { id: ids.Internal! } }, token);
    expect(refused.deleteCustomField.userErrors).toEqual([{ code: "IN_USE", field: ["input", "id"] }]);
    expect(await cfFingerprint(t)).toEqual(before);
    const forced = await t.ok(DeleteField, { input: { id: ids.Internal!, force: true } }, token);
    expect(forced.deleteCustomField.deletedCustomFieldId).toBe(ids.Internal);
    const read = await t.ok(GetTemplate, { id: ids.template! }, token);
    expect(read.customFieldTemplate.fields.map((f) => f.displayName)).not.toContain("Internal");
  });

  it("refuses to delete a template departments use (IN_USE) unless forced, which unsets them", async () => {
    const before = await cfFingerprint(t);
    const refused = await t.ok(DeleteTemplate, { input: { id: ids.template! } }, token);
    expect(refused.deleteCustomFieldTemplate.userErrors).toEqual([
      { code: "IN_USE", field: ["input", "id"] },
    ]);
    expect(await cfFingerprint(t)).toEqual(before);
    const spare = await t.ok(CreateTemplate, { input: { displayName: "Spare" } }, token);
    const plain = await t.ok(
      DeleteTemplate,
      { input: { id: spare.createCustomFieldTemplate.template!.id } },
      token,
    );
    expect(plain.deleteCustomFieldTemplate.userErrors).toEqual([]);
  });

  it("is FORBIDDEN for agents (settings) while they may read templates", async () => {
    const agent = await signedInAccount(t, "cf-tpl-agent", AGENT);
    const read = await t.ok(GetTemplate, { id: ids.template! }, agent.token);
    expect(read.customFieldTemplate.displayName).toBe("Tickets");
    const before = await cfFingerprint(t);
    const calls = [
      t.gql(CreateTemplate, { input: { displayName: "X" } }, agent.token),
      t.gql(UpdateTemplate, { input: { id: ids.template!, displayName: "X" } }, agent.token),
      t.gql(DeleteTemplate, { input: { id: ids.template! } }, agent.token),
      t.gql(AddField, { input: { templateId: ids.template!, customFieldId: ids.Serial! } }, agent.token),
      t.gql(UpdateField, { input: { id: tf.Serial!, displayName: "X" } }, agent.token),
      t.gql(RemoveField, { input: { id: tf.Serial! } }, agent.token),
      t.gql(Reorder, { input: { templateId: ids.template!, templateFieldIds: [] } }, agent.token),
      t.gql(
        SetDepartmentTemplates,
        { input: { departmentId: ids.department!, ticketTemplateId: null } },
        agent.token,
      ),
    ];
    for (const result of await Promise.all(calls))
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await cfFingerprint(t)).toEqual(before);
  });

  it("deletes a used template when forced and leaves the department without one", async () => {
    const forced = await t.ok(DeleteTemplate, { input: { id: ids.template!, force: true } }, token);
    expect(forced.deleteCustomFieldTemplate.deletedTemplateId).toBe(ids.template);
    const read = await t.ok(DepartmentTemplates, { id: ids.department! }, token);
    expect(read.department.customFieldTemplates.ticketTemplate).toBeNull();
  });
});
