import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, rawId, signedInAccount } from "../organization/testing.js";
import { insertRole } from "../accounts/testing.js";
import { CustomFieldOwnerType, setCustomFieldValues, validateCustomFieldValues } from "./index.js";
import { setFormOptionsSource } from "./submission-form.service.js";

const CreateField = graphql(`
  mutation CfSubCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const CreateTemplate = graphql(`
  mutation CfSubCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
      }
    }
  }
`);
const AddField = graphql(`
  mutation CfSubAddField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CreateDepartment = graphql(`
  mutation CfSubCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
      }
    }
  }
`);
const UpdateDepartment = graphql(`
  mutation CfSubUpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const SetTemplates = graphql(`
  mutation CfSubSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Form = graphql(`
  query CfTicketSubmissionForm($departmentId: ID!, $step: CustomFieldFormStep) {
    ticketSubmissionForm(departmentId: $departmentId, step: $step) {
      departmentName
      step
      fields {
        name
        displayName
        dataType
        required
        listOptions
        defaultValue
        order
      }
    }
  }
`);

describe("portal form and the validation API for items", () => {
  let t: TestServer;
  let token: string;
  let departmentId: string;
  const em = () => t.server.runtime.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    t = await startTestServer("cf-submission");
    ({ token } = await adminSession(t));
    const field = async (name: string, dataType: "TEXT" | "DROP_DOWN_LIST" | "CHECKBOX", extra = {}) =>
      (await t.ok(CreateField, { input: { name, appliesTo: "DATA", dataType, ...extra } }, token))
        .createCustomField.customField!.id;
    const product = await field("Product", "DROP_DOWN_LIST", {
      listOptions: ["Mail", "Track"],
      defaultValue: "Mail",
    });
    const serial = await field("Serial", "TEXT");
    const consent = await field("Consent", "CHECKBOX");
    const internal = await field("Internal", "TEXT");
    const template = (await t.ok(CreateTemplate, { input: { displayName: "Tickets" } }, token))
      .createCustomFieldTemplate.template!.id;
    const add = (customFieldId: string, extra: Record<string, unknown>) =>
      t.ok(AddField, { input: { templateId: template, customFieldId, ...extra } }, token);
    await add(product, { displayName: "Which product?", requiredByUsers: true });
    await add(serial, { requiredForAgentsToSaveOrSend: true });
    await add(consent, { requiredByUsers: true, visibility: "USERS" });
    await add(internal, { visibility: "AGENTS", requiredForAgentsToClose: true });
    departmentId = (
      await t.ok(
        CreateDepartment,
        { input: { name: "Support", frontLineGroup: { newGroupName: "L1" } } },
        token,
      )
    ).createDepartment.department!.id;
    await t.ok(SetTemplates, { input: { departmentId, ticketTemplateId: template } }, token);
  });
  afterEach(() => setFormOptionsSource(null));
  afterAll(() => t.stop());

  it("shows anonymous visitors the user-visible fields when New Tickets in Portal is Everyone", async () => {
    const data = await t.ok(Form, { departmentId });
    expect(data.ticketSubmissionForm).toEqual({
      departmentName: "Support",
      step: "REGULAR",
      fields: [
        {
          name: "Product",
          displayName: "Which product?",
          dataType: "DROP_DOWN_LIST",
          required: true,
          listOptions: ["Mail", "Track"],
          defaultValue: "Mail",
          order: 0,
        },
        expect.objectContaining({ name: "Serial", required: false }),
        expect.objectContaining({ name: "Consent", required: true }),
      ],
    });
  });

  it("applies per-field overrides of the options source (provider hook)", async () => {
    setFormOptionsSource(async (_em, request) =>
      request.step === "PRE"
        ? [{ name: "product", displayWithInformationLookup: true, listOptions: ["abc.com"], required: false }]
        : [
            { name: "Product", displayWithInformationLookup: true },
            { name: "Serial", visible: false },
          ],
    );
    const pre = await t.ok(Form, { departmentId, step: "PRE" });
    expect(pre.ticketSubmissionForm.fields).toEqual([
      expect.objectContaining({ name: "Product", listOptions: ["abc.com"], required: false }),
    ]);
    const regular = await t.ok(Form, { departmentId });
    expect(regular.ticketSubmissionForm.fields.map((f) => f.name)).toEqual(["Consent"]);
  });

  it("requires the role when it is not Everyone, and refuses Nobody", async () => {
    const roleId = await insertRole(t, "Customers", "USER", []);
    await t.ok(
      UpdateDepartment,
      { input: { id: departmentId, tickets: { newTicketsInPortalRoleId: roleId } } },
      token,
    );
    expect((await t.gql(Form, { departmentId })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const outsider = await signedInAccount(t, "cf-outsider", END_USER, "USER");
    expect((await t.gql(Form, { departmentId }, outsider.token)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    await em()
      .getConnection()
      .execute(`insert into account_role (account_id, role_id) values (?, ?)`, [
        rawId(outsider.globalId),
        rawId(roleId),
      ]);
    expect((await t.ok(Form, { departmentId }, outsider.token)).ticketSubmissionForm.fields).toHaveLength(3);
    await t.ok(
      UpdateDepartment,
      { input: { id: departmentId, tickets: { newTicketsInPortalRoleId: null } } },
      token,
    );
    expect((await t.gql(Form, { departmentId }, outsider.token)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
  });

  const validate = (mode: "USER_SUBMIT" | "AGENT_SAVE" | "AGENT_CLOSE", values: Record<string, string>) =>
    validateCustomFieldValues(em(), { departmentId: rawId(departmentId), itemKind: "TICKET", values, mode });
  const codes = (r: Awaited<ReturnType<typeof validate>>) => r.userErrors.map((e) => [e.code, e.field]);
  const path = (name: string) => ["input", "customFields", name];

  it("USER_SUBMIT requires Required by Users fields (a checkbox must be checked) and hides agent-only ones", async () => {
    expect(codes(await validate("USER_SUBMIT", {}))).toEqual([
      ["REQUIRED_CUSTOM_FIELD", path("Product")],
      ["REQUIRED_CUSTOM_FIELD", path("Consent")],
    ]);
    expect(codes(await validate("USER_SUBMIT", { Product: "Mail", Consent: "false" }))).toEqual([
      ["REQUIRED_CUSTOM_FIELD", path("Consent")],
    ]);
    expect(codes(await validate("USER_SUBMIT", { Product: "Fax", Consent: "true", Internal: "x" }))).toEqual([
      ["INVALID_CUSTOM_FIELD_VALUE", path("Product")],
      ["UNKNOWN_CUSTOM_FIELD", path("Internal")],
    ]);
    const ok = await validate("USER_SUBMIT", { Product: "Track", Consent: "true" });
    expect(ok.userErrors).toEqual([]);
    expect(ok.values.map((v) => [v.field.name, v.value])).toEqual([
      ["Product", "Track"],
      ["Consent", "true"],
    ]);
  });

  it("AGENT_SAVE requires save-or-send fields; AGENT_CLOSE adds close fields", async () => {
    expect(codes(await validate("AGENT_SAVE", { Product: "Mail" }))).toEqual([
      ["REQUIRED_CUSTOM_FIELD", path("Serial")],
    ]);
    expect(codes(await validate("AGENT_SAVE", { Serial: "S-1" }))).toEqual([]);
    expect(codes(await validate("AGENT_CLOSE", {}))).toEqual([
      ["REQUIRED_CUSTOM_FIELD", path("Serial")],
      ["REQUIRED_CUSTOM_FIELD", path("Internal")],
    ]);
    expect(codes(await validate("AGENT_CLOSE", { Serial: "S-1", Internal: "ok" }))).toEqual([]);
  });

  it("applies defaults on request and stores values for any owner through setCustomFieldValues", async () => {
    const checked = await validateCustomFieldValues(em(), {
      departmentId: rawId(departmentId),
      itemKind: "TICKET",
      values: { Consent: "true" },
      mode: "USER_SUBMIT",
      applyDefaults: true,
    });
    expect(checked.values.map((v) => [v.field.name, v.value])).toEqual([
      ["Product", "Mail"],
      ["Consent", "true"],
    ]);
    const ticketId = "00000000-0000-4000-8000-000000000001";
    const writer = em();
    await writer.transactional((tx) =>
      setCustomFieldValues(tx, CustomFieldOwnerType.TICKET, ticketId, checked.values),
    );
    const rows: Array<{ value: string }> = await em()
      .getConnection()
      .execute(
        `select value from custom_field_value where owner_type = 'TICKET' and owner_id = ? order by value`,
        [ticketId],
      );
    expect(rows.map((r) => r.value)).toEqual(["Mail", "true"]);
  });

  it("applies no field when the department has no template for the kind", async () => {
    const r = await validateCustomFieldValues(em(), {
      departmentId: rawId(departmentId),
      itemKind: "CALL_LOG",
      values: { Serial: "x" },
      mode: "AGENT_SAVE",
    });
    expect(codes(r)).toEqual([["UNKNOWN_CUSTOM_FIELD", path("Serial")]]);
  });
});
