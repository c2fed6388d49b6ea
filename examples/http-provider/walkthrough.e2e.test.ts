/**
 * examples/README.md, step by step, as a newcomer would follow it: the example provider runs as its own
 * process (`node examples/http-provider/provider.mjs`, PORT=0), each provider kind is enabled through
 * GraphQL pointing at it, and the documented sample behaviours are checked end to end through the server:
 * myusername/mypassword signs in; registration asks Register; "Urgent" subjects go to Critical Support;
 * "There are no more tickets in your account." refuses; chats go through StartChat; "Type of Issue"
 * options follow the department and only myusername may start tickets; the ticket view shows the user
 * information HTML, sanitized; an event rule delivers NotifyEventFired; everything is in the delivery log;
 * and with the example stopped a ticket is still created as submitted (fail open, logged as NETWORK).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../src/core/testing/fixtures.js";
import { graphql } from "../../src/core/testing/gql/index.js";
import type { ProviderKind } from "../../src/core/testing/gql/graphql.js";
import { waitFor } from "../../src/core/testing/instances.js";
import { startTestServer, type TestServer } from "../../src/core/testing/test-server.js";
import { signedIn } from "../../src/modules/accounts/testing.js";
import { chatAgent, type ChatAgent } from "../../src/modules/chat/testing.js";
import { createDepartment } from "../../src/modules/distribution/testing.js";
import { createRule } from "../../src/modules/events/testing.js";

const PROVIDER = fileURLToPath(new URL("./provider.mjs", import.meta.url));
const PASSWORD = "walkthrough-secret";

const Configure = graphql(`
  mutation ExampleWalkConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      externalProvider {
        kind
        enabled
        hasPassword
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Login = graphql(`
  mutation ExampleWalkLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        account {
          username
          email
          displayName
          authenticationMethod
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const Register = graphql(`
  mutation ExampleWalkRegister($input: RegisterUserInput!) {
    registerUser(input: $input) {
      session {
        accessToken
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const CreateField = graphql(`
  mutation ExampleWalkCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const CreateTemplate = graphql(`
  mutation ExampleWalkCreateTemplate($input: CreateCustomFieldTemplateInput!) {
    createCustomFieldTemplate(input: $input) {
      template {
        id
      }
    }
  }
`);
const AddField = graphql(`
  mutation ExampleWalkAddField($input: AddTemplateFieldInput!) {
    addTemplateField(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const SetTemplates = graphql(`
  mutation ExampleWalkSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {
    setDepartmentCustomFieldTemplates(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Submit = graphql(`
  mutation ExampleWalkSubmit($input: SubmitTicketInput!) {
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
const TicketView = graphql(`
  query ExampleWalkTicket($id: ID!) {
    ticket(id: $id) {
      subject
      department {
        name
      }
      customFields {
        name
        value
      }
      requesterDetailsHtml
      history(first: 20) {
        nodes {
          note
        }
      }
    }
  }
`);
const StartChat = graphql(`
  mutation ExampleWalkStartChat($input: StartChatInput!) {
    startChat(input: $input) {
      chat {
        id
        department {
          name
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Form = graphql(`
  query ExampleWalkForm($departmentId: ID!, $step: CustomFieldFormStep) {
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
const Deliveries = graphql(`
  query ExampleWalkDeliveries($kind: ProviderKind, $first: Int) {
    providerDeliveries(kind: $kind, first: $first) {
      nodes {
        method
        outcome
        status
        durationMs
        error
        note
        request
        response
      }
    }
  }
`);

const SALES_OPTIONS = [
  "Change Plan",
  "Help with order",
  "Questions about plans",
  "Questions about features",
  "Help finding a product",
];
const SUPPORT_OPTIONS = [
  "Web site issues",
  "Database issues",
  "Email issues",
  "Dedicated server issues",
  "Statistics issues",
  "Network connectivity",
];

interface RunningExample {
  url: string;
  output: string[];
  process: ChildProcess;
}

/** Step 1: `PROVIDER_PASSWORD=… PORT=0 node examples/http-provider/provider.mjs`, waiting for its port. */
async function startExample(): Promise<RunningExample> {
  const child = spawn(process.execPath, [PROVIDER], {
    env: { ...process.env, PROVIDER_PASSWORD: PASSWORD, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`example did not start: ${output.join("")}`)), 15_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output.push(chunk.toString("utf8"));
      const match = /example provider on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.join(""));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`example exited (${code}): ${output.join("")}`)));
  });
  return { url, output, process: child };
}

async function stopExample(example: RunningExample): Promise<void> {
  if (example.process.exitCode !== null || example.process.signalCode !== null) return;
  const exited = new Promise((resolve) => example.process.once("exit", resolve));
  example.process.kill("SIGTERM");
  await exited;
}

describe("examples/README.md walkthrough against the running example provider", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let example: RunningExample;
  let support: { departmentId: string; groupId: string };
  let sales: { departmentId: string; groupId: string };
  let me: string;
  let noCredit: string;
  let stranger: string;
  let htmlDemoTicket: string;
  let myTicket: string;
  const agents: ChatAgent[] = [];

  /** Step 2 of the README, for one kind. */
  const enable = async (kind: `${ProviderKind}`) => {
    const r = await t.ok(
      Configure,
      {
        input: {
          kind,
          enabled: true,
          transport: "HTTP",
          webServiceUrl: example.url,
          webServicePassword: PASSWORD,
        },
      },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
    expect(r.updateExternalProvider.externalProvider).toMatchObject({
      kind,
      enabled: true,
      hasPassword: true,
    });
  };
  const deliveries = async (kind: `${ProviderKind}`, first = 5) =>
    (await t.ok(Deliveries, { kind, first }, admin.token)).providerDeliveries.nodes;
  const submit = async (
    token: string,
    subject: string,
    departmentId = support.departmentId,
    customFields: { name: string; value: string }[] = [],
  ) => {
    const r = (
      await t.ok(
        Submit,
        { input: { subject, departmentId, message: { textBody: "Please help." }, customFields } },
        token,
      )
    ).submitTicket;
    const ticket = r.ticket ? (await t.ok(TicketView, { id: r.ticket.id }, admin.token)).ticket : null;
    return { id: r.ticket?.id ?? null, ticket, userErrors: r.userErrors };
  };
  const form = async (token: string, departmentId: string, step: "PRE" | "REGULAR" = "REGULAR") =>
    (await t.ok(Form, { departmentId, step }, token)).ticketSubmissionForm;

  beforeAll(async () => {
    example = await startExample();
    t = await startTestServer("example_walkthrough");
    admin = await adminSession(t);
    // The departments and fields the sample logic names (docs/providers.md; the example's comments).
    support = await createDepartment(t, admin.token, "Support Department");
    sales = await createDepartment(t, admin.token, "Sales Department");
    await createDepartment(t, admin.token, "Critical Support");
    const field = async (name: string, dataType: "TEXT" | "DROP_DOWN_LIST", more = {}) =>
      (await t.ok(CreateField, { input: { name, appliesTo: "DATA", dataType, ...more } }, admin.token))
        .createCustomField.customField!.id;
    const typeOfIssue = await field("Type of Issue", "DROP_DOWN_LIST", { listOptions: ["Other"] });
    await field("Billing ID", "TEXT");
    await field("Plan Type", "TEXT");
    const template = (await t.ok(CreateTemplate, { input: { displayName: "Tickets" } }, admin.token))
      .createCustomFieldTemplate.template!.id;
    await t.ok(AddField, { input: { templateId: template, customFieldId: typeOfIssue } }, admin.token);
    for (const d of [support, sales])
      await t.ok(
        SetTemplates,
        { input: { departmentId: d.departmentId, ticketTemplateId: template } },
        admin.token,
      );
    noCredit = (await signedIn(t, "nocredit", "USER")).token;
    stranger = (await signedIn(t, "stranger", "USER")).token;
  }, 90_000);
  afterAll(async () => {
    for (const agent of agents) await agent.socket.dispose();
    if (example) await stopExample(example);
    await t?.stop();
  });

  it("LOGIN: myusername / mypassword creates and signs in an external user; a wrong password does not", async () => {
    await enable("LOGIN");
    const wrong = (await t.ok(Login, { input: { username: "myusername", password: "nope" } })).login;
    expect(wrong.userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);
    const r = (await t.ok(Login, { input: { username: "myusername", password: "mypassword" } })).login;
    expect(r.userErrors).toEqual([]);
    expect(r.session!.account).toMatchObject({
      username: "myusername",
      email: "putUsersEmailAddressHere@example.com",
      displayName: "putUsersFullNameHere",
      authenticationMethod: "EXTERNAL_PROVIDER",
    });
    me = r.session!.accessToken;
    const [last] = await deliveries("LOGIN");
    expect(last).toMatchObject({ method: "Authenticate", outcome: "OK", status: 200 });
    // Step 4: passwords are masked in the log.
    expect(last!.request).not.toContain("mypassword");
    expect(last!.request).not.toContain(PASSWORD);
  });

  it("REGISTRATION: registerUser asks the example's Register before storing the user", async () => {
    await enable("REGISTRATION");
    const r = (
      await t.ok(Register, {
        input: { username: "newcomer", password: "Newcomer-Passw0rd!", email: "newcomer@example.com" },
      })
    ).registerUser;
    expect(r.userErrors).toEqual([]);
    expect(r.session?.accessToken).toBeTruthy();
    expect((await deliveries("REGISTRATION"))[0]).toMatchObject({ method: "Register", outcome: "OK" });
  });

  it('TICKETS: "Urgent" subjects land in Critical Support with the billing fields; nocredit is refused', async () => {
    await enable("TICKETS");
    const urgent = await submit(me, "Urgent: web site down");
    expect(urgent.userErrors).toEqual([]);
    expect(urgent.ticket!.department.name).toBe("Critical Support");
    expect(urgent.ticket!.customFields).toEqual(
      expect.arrayContaining([
        { name: "Billing ID", value: "4126" },
        { name: "Plan Type", value: "ASP.NET Semi-dedicated" },
      ]),
    );
    const calm = await submit(me, "A question");
    expect(calm.ticket!.department.name).toBe("Support Department");
    myTicket = calm.id!;

    const refused = await submit(noCredit, "One more ticket");
    expect(refused.ticket).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: "PROVIDER_REFUSED", message: "There are no more tickets in your account." },
    ]);
    const sent = JSON.parse(
      (JSON.parse((await deliveries("TICKETS"))[0]!.request!) as { body: string }).body,
    ) as { Method: string; Inputs: string[] };
    expect(sent.Method).toBe("StartTicket");
    expect(sent.Inputs).toEqual(
      expect.arrayContaining(["LoginUsername=nocredit", "Subject=One more ticket"]),
    );

    const demo = await signedIn(t, "htmldemo", "USER");
    htmlDemoTicket = (await submit(demo.token, "Show my account")).id!;
  });

  it("CHATS: a chat goes through StartChat before it is queued; nocredit's is refused", async () => {
    agents.push(await chatAgent(t, admin.token, "Walker", support.groupId, { max: 5 }));
    await enable("CHATS");
    const chat = async (token: string) =>
      (
        await t.ok(
          StartChat,
          { input: { departmentId: support.departmentId, name: "Visitor", question: "Hello" } },
          token,
        )
      ).startChat;
    const ok = await chat(me);
    expect(ok.userErrors).toEqual([]);
    expect(ok.chat!.department.name).toBe("Support Department");
    expect((await deliveries("CHATS"))[0]).toMatchObject({ method: "StartChat", outcome: "OK" });
    const refused = await chat(noCredit);
    expect(refused.chat).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: "PROVIDER_REFUSED", message: "There are no more chats in your account." },
    ]);
  });

  it('CUSTOM_FIELDS: "Type of Issue" options by department; only myusername may start tickets', async () => {
    await enable("CUSTOM_FIELDS");
    const typeOfIssue = (f: Awaited<ReturnType<typeof form>>) =>
      f.fields.find((x) => x.name === "Type of Issue");
    const inSupport = await form(me, support.departmentId);
    expect(inSupport.canStartTickets).toBe(true);
    expect(typeOfIssue(inSupport)).toMatchObject({ required: true, listOptions: SUPPORT_OPTIONS });
    const inSales = await form(me, sales.departmentId);
    expect(typeOfIssue(inSales)).toMatchObject({ required: true, listOptions: SALES_OPTIONS });

    const notAllowed = "You are not currently permitted to contact that department.";
    expect(await form(stranger, support.departmentId)).toMatchObject({
      canStartTickets: false,
      notAllowedMessage: notAllowed,
    });
    const refused = await submit(stranger, "Let me in");
    expect(refused.ticket).toBeNull();
    expect(refused.userErrors).toEqual([{ code: "TICKETS_NOT_ALLOWED", message: notAllowed }]);
    const allowed = await submit(me, "Database slow", support.departmentId, [
      { name: "Type of Issue", value: "Other" },
    ]);
    expect(allowed.userErrors).toEqual([]);
    expect((await deliveries("CUSTOM_FIELDS"))[0]).toMatchObject({
      method: "GetCustomFieldOptions",
      outcome: "OK",
    });
  });

  it("USER_INFO: the ticket view shows the example's user information, sanitized", async () => {
    await enable("USER_INFO");
    const mine = (await t.ok(TicketView, { id: myTicket }, admin.token)).ticket;
    expect(mine.requesterDetailsHtml).toBe("Account Number: 000-000000-0000 Partner: Yes");
    const demo = (await t.ok(TicketView, { id: htmlDemoTicket }, admin.token)).ticket.requesterDetailsHtml!;
    expect(demo).toContain("<b>Plan:</b> Gold");
    expect(demo).toContain('href="https://billing.example.com/clients/42"');
    expect(demo).not.toMatch(/<script|alert|<img|javascript:/i);
    // And the raw answer, as the delivery log keeps it, did carry them: the server stripped them.
    const [last] = await deliveries("USER_INFO");
    expect(last).toMatchObject({ method: "GetUserDetails", outcome: "OK" });
    expect(last!.response).toContain("<script>");
  });

  it("EVENTS: a Notify Events External Provider rule delivers NotifyEventFired to the example", async () => {
    await enable("EVENTS");
    await createRule(t, admin.token, {
      name: "Tell billing",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["invoice"] }],
      actions: [{ action: "NOTIFY_EVENTS_EXTERNAL_PROVIDER" }],
    });
    const r = await submit(me, "Wrong invoice");
    expect(r.userErrors).toEqual([]);
    // The example prints each event it receives: "event 502000 Args_…".
    await waitFor(
      async () => /event 502000 .*Args_subject=Wrong invoice/.test(example.output.join("")),
      15_000,
      "the example printed the event",
    );
    // The delivery record is written beside the call, a moment later.
    await waitFor(async () => (await deliveries("EVENTS")).length > 0, 10_000, "the delivery record");
    expect((await deliveries("EVENTS"))[0]).toMatchObject({ method: "NotifyEventFired", outcome: "OK" });
  });

  it("step 4: with the example stopped, a ticket is created as submitted and the log says NETWORK", async () => {
    // Every call so far is in the log, per kind.
    for (const kind of ["LOGIN", "REGISTRATION", "TICKETS", "CHATS", "CUSTOM_FIELDS", "USER_INFO", "EVENTS"])
      expect((await deliveries(kind as `${ProviderKind}`, 1)).length).toBe(1);
    await stopExample(example);
    const r = await submit(me, "Urgent: is anyone there?");
    expect(r.userErrors).toEqual([]);
    // Not rerouted: the provider could not be asked.
    expect(r.ticket!.department.name).toBe("Support Department");
    expect(r.ticket!.history.nodes.map((h) => h.note)).toContainEqual(
      expect.stringContaining("Ticket provider failed (NETWORK)"),
    );
    expect((await deliveries("TICKETS"))[0]).toMatchObject({ method: "StartTicket", outcome: "NETWORK" });
  });
});
