import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { succeed, type StartTicketInputs } from "../../../providers/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import type { ProviderKind } from "../../core/testing/gql/graphql.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { sql } from "../organization/testing.js";
import { PROVIDER_PASSWORD, deadUrl, startSampleProvider, type RunningProvider } from "./testing/kit.js";

const Configure = graphql(`
  mutation ProvCallConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const CreateField = graphql(`
  mutation ProvCallCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const CreateTemplate = graphql(`
  mutation ProvCallCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
      }
    }
  }
`);
const AddField = graphql(`
  mutation ProvCallAddField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const SetTemplates = graphql(`
  mutation ProvCallSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const CreateDepartment = graphql(`
  mutation ProvCallCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
      }
    }
  }
`);
const Submit = graphql(`
  mutation ProvCallSubmitTicket($input: SubmitTicketInput!) {
    submitTicket(input: $input) {
      ticket {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
/** As an employee sees it: users see neither the history nor fields outside the form. */
const AgentView = graphql(`
  query ProvCallAgentView($id: ID!) {
    ticket(id: $id) {
      id
      ticketNumber
      department {
        name
      }
      customFields {
        name
        value
      }
      history(first: 20) {
        nodes {
          field
          note
        }
      }
    }
  }
`);
const Deliveries = graphql(`
  query ProvCallDeliveries($kind: ProviderKind) {
    providerDeliveries(kind: $kind, first: 5) {
      nodes {
        method
        outcome
        error
        note
        request
      }
    }
  }
`);
const Form = graphql(`
  query ProvCallForm($departmentId: ID!, $step: CustomFieldFormStep) {
    ticketSubmissionForm(departmentId: $departmentId, step: $step) {
      canStartTickets
      notAllowedMessage
      fields {
        name
        required
        listOptions
      }
    }
  }
`);
const AgentCreate = graphql(`
  mutation ProvCallAgentCreate($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const View = graphql(`
  query ProvCallTicketView($id: ID!) {
    ticket(id: $id) {
      requesterDetailsHtml
    }
  }
`);

describe("ticket, custom field and user information providers over HTTP", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;
  let support: string;
  let user: string;
  let noCredit: string;
  let userId: string;
  let noCreditId: string;
  /** Extra outputs for the next StartTicket answers (unknown department, unknown field). */
  let extra: Record<string, string> = {};

  const configure = async (kind: `${ProviderKind}`, input: Record<string, unknown> = {}) => {
    const r = await t.ok(
      Configure,
      {
        input: {
          kind,
          enabled: true,
          transport: "HTTP",
          webServiceUrl: provider.url,
          webServicePassword: PROVIDER_PASSWORD,
          ...input,
        },
      },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
  };
  const submit = async (subject: string, token = user) => {
    const { submitTicket } = await t.ok(
      Submit,
      { input: { subject, departmentId: support, message: { textBody: "help" } } },
      token,
    );
    const ticket = submitTicket.ticket
      ? (await t.ok(AgentView, { id: submitTicket.ticket.id }, admin.token)).ticket
      : null;
    return { ticket, userErrors: submitTicket.userErrors };
  };
  /** The Inputs of the newest call of `kind`, as sent (AuthPW masked). */
  const sentInputs = async (kind: `${ProviderKind}`): Promise<string[]> => {
    const request = JSON.parse((await lastDelivery(kind)).request!) as { body: string };
    return (JSON.parse(request.body) as { Inputs: string[] }).Inputs;
  };
  const lastDelivery = async (kind: `${ProviderKind}`) =>
    (await t.ok(Deliveries, { kind }, admin.token)).providerDeliveries.nodes[0]!;
  const ticketCount = async () =>
    Number((await sql<{ n: string }>(t, "select count(*) n from ticket"))[0]!.n);

  beforeAll(async () => {
    t = await startTestServer("providers_tickets");
    admin = await adminSession(t);
    provider = await startSampleProvider({
      async StartTicket(inputs: StartTicketInputs) {
        const answer = await provider.sample.StartTicket(inputs);
        if (!answer.ok || !answer.outputs.TicketCreation) return answer;
        const { CustomFields, ...rest } = answer.outputs;
        const outputs = { ...rest, CustomFields: { ...CustomFields } } as Record<string, unknown> & {
          CustomFields: Record<string, string>;
        };
        for (const [key, value] of Object.entries(extra)) {
          if (key.startsWith("cf_")) outputs.CustomFields[key.slice(3)] = value;
          else outputs[key] = value;
        }
        return succeed(outputs as never, answer.Message);
      },
      async GetUserDetails() {
        return succeed({
          UserInfoHTML: '<b>Plan</b> Gold<script>alert(1)</script><a href="javascript:alert(2)">x</a>',
        });
      },
    });
    const dept = async (name: string) =>
      (
        await t.ok(
          CreateDepartment,
          { input: { name, frontLineGroup: { newGroupName: `${name} L1` } } },
          admin.token,
        )
      ).createDepartment.department!.id;
    support = await dept("Support Department");
    await dept("Critical Support");
    const field = async (name: string, dataType: "TEXT" | "DROP_DOWN_LIST", more = {}) =>
      (await t.ok(CreateField, { input: { name, appliesTo: "DATA", dataType, ...more } }, admin.token))
        .createCustomField.customField!.id;
    const typeOfIssue = await field("Type of Issue", "DROP_DOWN_LIST", { listOptions: ["Other"] });
    const account = await field("Account", "DROP_DOWN_LIST", { listOptions: ["none"] });
    await field("Billing ID", "TEXT");
    await field("Plan Type", "TEXT");
    const template = (await t.ok(CreateTemplate, { input: { displayName: "Tickets" } }, admin.token))
      .createCustomFieldTemplate.template!.id;
    for (const customFieldId of [typeOfIssue, account])
      await t.ok(AddField, { input: { templateId: template, customFieldId } }, admin.token);
    await t.ok(SetTemplates, { input: { departmentId: support, ticketTemplateId: template } }, admin.token);
    const sampleUser = await signedIn(t, SAMPLE.username, "USER");
    const outOfCredit = await signedIn(t, SAMPLE.outOfCreditUsername, "USER");
    [user, userId, noCredit, noCreditId] = [
      sampleUser.token,
      sampleUser.globalId,
      outOfCredit.token,
      outOfCredit.globalId,
    ];
  });
  beforeEach(async () => {
    extra = {};
    provider.mode = "sample";
    await configure("TICKETS", { signingSecret: "" });
  });
  afterAll(async () => {
    await provider?.close();
    await t?.stop();
  });

  it("TicketCreation=FALSE refuses with the provider's message and stores nothing", async () => {
    const before = await ticketCount();
    const r = await submit("Need help", noCredit);
    expect(r.ticket).toBeNull();
    expect(r.userErrors).toEqual([{ code: "PROVIDER_REFUSED", message: SAMPLE.noMoreTickets }]);
    expect(await ticketCount()).toBe(before);
  });

  it("an agent's or API client's createTicket goes through StartTicket too: rerouted, refused", async () => {
    const create = async (subject: string, requesterId: string) => {
      const r = (
        await t.ok(
          AgentCreate,
          { input: { subject, departmentId: support, requesterId, message: { textBody: "From the API" } } },
          admin.token,
        )
      ).createTicket;
      const ticket = r.ticket ? (await t.ok(AgentView, { id: r.ticket.id }, admin.token)).ticket : null;
      return { ticket, userErrors: r.userErrors };
    };
    const moved = await create("Urgent: API ticket", userId);
    expect(moved.userErrors).toEqual([]);
    expect(moved.ticket!.department.name).toBe("Critical Support");
    expect(moved.ticket!.customFields).toContainEqual({ name: "Billing ID", value: "4126" });
    expect(await sentInputs("TICKETS")).toEqual(
      expect.arrayContaining([`LoginUsername=${SAMPLE.username}`, "Subject=Urgent: API ticket"]),
    );
    const before = await ticketCount();
    const refused = await create("One more from the API", noCreditId);
    expect(refused.ticket).toBeNull();
    expect(refused.userErrors).toEqual([{ code: "PROVIDER_REFUSED", message: SAMPLE.noMoreTickets }]);
    expect(await ticketCount()).toBe(before);
    expect(await sentInputs("TICKETS")).toContain(`LoginUsername=${SAMPLE.outOfCreditUsername}`);
  });

  it("reroutes Urgent subjects to Critical Support, applies cf_* outputs and sends the documented inputs", async () => {
    extra = { "cf_No Such Field": "x" };
    const r = await submit("Urgent: server down");
    expect(r.userErrors).toEqual([]);
    expect(r.ticket!.department.name).toBe("Critical Support");
    expect(r.ticket!.customFields).toEqual(
      expect.arrayContaining([
        { name: "Billing ID", value: "4126" },
        { name: "Plan Type", value: "ASP.NET Semi-dedicated" },
      ]),
    );
    expect(r.ticket!.customFields.map((f) => f.name)).not.toContain("No Such Field");
    expect(r.ticket!.history.nodes.map((h) => h.note)).toContainEqual(
      expect.stringContaining("rerouted the ticket from Support Department"),
    );
    const request = await sentInputs("TICKETS");
    for (const input of [
      "LoginUsername=myusername",
      "EmailFrom=",
      "DepartmentName=Support Department",
      `TicketNumber=${r.ticket!.ticketNumber}`,
      "Subject=Urgent: server down",
    ])
      expect(request).toContain(input);
  });

  it("a reroute to an unknown department keeps the original, in the history and the delivery log", async () => {
    extra = { departmentName: "Nowhere" };
    const r = await submit("Printer jam");
    expect(r.ticket!.department.name).toBe("Support Department");
    expect(r.ticket!.history.nodes.map((h) => h.note)).toContainEqual(
      expect.stringContaining("departmentName=Nowhere, which does not exist"),
    );
    expect(await lastDelivery("TICKETS")).toMatchObject({
      outcome: "OK",
      note: expect.stringContaining("departmentName=Nowhere"),
    });
  });

  it.each([
    ["provider down", "NETWORK", async () => configure("TICKETS", { webServiceUrl: await deadUrl() })],
    ["HTML instead of JSON", "PROTOCOL", async () => void (provider.mode = "html")],
    // The signature key stays right, so the request reaches the AuthPW check ("Permission Denied").
    [
      "wrong AuthPW",
      "REFUSED",
      async () => configure("TICKETS", { webServicePassword: "wrong", signingSecret: PROVIDER_PASSWORD }),
    ],
  ])(
    "%s: the ticket is created as submitted (fail open) and the failure logged",
    async (_, outcome, setup) => {
      await setup();
      const before = await ticketCount();
      const r = await submit("Urgent: still here");
      expect(r.userErrors).toEqual([]);
      expect(r.ticket!.department.name).toBe("Support Department");
      expect(r.ticket!.customFields.map((f) => f.name)).not.toContain("Billing ID");
      expect(r.ticket!.history.nodes.map((h) => h.note)).toContainEqual(
        expect.stringContaining(`Ticket provider failed (${outcome})`),
      );
      expect(await ticketCount()).toBe(before + 1);
      expect(await lastDelivery("TICKETS")).toMatchObject({ method: "StartTicket", outcome });
    },
  );

  it("FAIL_CLOSED refuses with PROVIDER_UNAVAILABLE when the provider is down", async () => {
    await configure("TICKETS", { webServiceUrl: await deadUrl(), failurePolicy: "FAIL_CLOSED" });
    const before = await ticketCount();
    const r = await submit("Anything");
    expect(r.userErrors.map((e) => e.code)).toEqual(["PROVIDER_UNAVAILABLE"]);
    expect(await ticketCount()).toBe(before);
    await configure("TICKETS", { failurePolicy: null });
  });

  it("GetCustomFieldOptions shapes the form at PRE and REGULAR; CanStartTickets=false is shown", async () => {
    await configure("CUSTOM_FIELDS");
    const regular = (await t.ok(Form, { departmentId: support, step: "REGULAR" }, user)).ticketSubmissionForm;
    expect(regular).toMatchObject({ canStartTickets: true, notAllowedMessage: null });
    expect(regular.fields).toEqual([
      { name: "Type of Issue", required: true, listOptions: [...SAMPLE.supportIssues] },
      // The sample's PRE-only directive does not touch Account at REGULAR.
      { name: "Account", required: false, listOptions: ["none"] },
    ]);
    // At PRE the sample makes Account required with the user's accounts; it stays a REGULAR field
    // (DisplayWithInformationLookup=false), so PRE shows nothing and REGULAR the changed field.
    const pre = (await t.ok(Form, { departmentId: support, step: "PRE" }, user)).ticketSubmissionForm;
    expect(pre.fields).toEqual([]);
    const anonymous = (await t.ok(Form, { departmentId: support, step: "REGULAR" })).ticketSubmissionForm;
    expect(anonymous).toMatchObject({ canStartTickets: false, notAllowedMessage: SAMPLE.notPermitted });
    expect(await sentInputs("CUSTOM_FIELDS")).toContain("Location=REGULAR");
  });

  it("PRE fields come from DisplayWithInformationLookup directives; a failing provider leaves the form alone", async () => {
    const custom = await startSampleProvider({
      async GetCustomFieldOptions(inputs) {
        return succeed(
          {
            CustomFieldDataItems: [
              {
                CustomFieldName: "account",
                DisplayWithInformationLookup: inputs.Location === "PRE",
                ChangeListOptions: true,
                ListOptions: ["abc.com", "def.com"],
                ChangeRequired: true,
                NewRequiredValue: true,
                ChangeVisible: false,
                NewVisibleValue: false,
              },
            ],
            CanStartTickets: true,
            CanStartChats: true,
          },
          "Result okay",
        );
      },
    });
    try {
      await configure("CUSTOM_FIELDS", { webServiceUrl: custom.url });
      const pre = (await t.ok(Form, { departmentId: support, step: "PRE" }, user)).ticketSubmissionForm;
      expect(pre.fields).toEqual([{ name: "Account", required: true, listOptions: ["abc.com", "def.com"] }]);
      custom.mode = "html";
      const failed = (await t.ok(Form, { departmentId: support, step: "REGULAR" }, user))
        .ticketSubmissionForm;
      expect(failed).toMatchObject({ canStartTickets: true, notAllowedMessage: null });
      expect(failed.fields.map((f) => f.listOptions)).toEqual([["Other"], ["none"]]);
    } finally {
      await custom.close();
      await configure("CUSTOM_FIELDS", { enabled: false });
    }
  });

  it("requesterDetailsHtml is sanitized, employees only, and null when the provider fails", async () => {
    await configure("USER_INFO");
    const r = await submit("Details please");
    const id = r.ticket!.id;
    const html = (await t.ok(View, { id }, admin.token)).ticket!.requesterDetailsHtml!;
    expect(html).toContain("<b>Plan</b> Gold");
    expect(html).not.toMatch(/script|javascript|alert/);
    const request = await sentInputs("USER_INFO");
    for (const input of [
      "Username=myusername",
      "DepartmentName=Support Department",
      "Group=Support Department L1",
      `TicketNumber=${r.ticket!.ticketNumber}`,
      "InteractionType=ticket",
    ])
      expect(request).toContain(input);
    const asUser = await t.gql(View, { id }, user);
    expect(asUser.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    provider.mode = "html";
    expect((await t.ok(View, { id }, admin.token)).ticket!.requesterDetailsHtml).toBeNull();
  });
});
