/**
 * "Bad input and faults" of issue #5, each through the server (GraphQL over HTTP, real database, a real
 * HTTP provider on 127.0.0.1): a provider that is down, one that never answers (past the timeout), one that
 * answers HTML, a login answer without Authentication, a reroute to a department that does not exist and a
 * wrong AuthPW. Each is asserted in the delivery log as administrators query it, and no ticket or chat the
 * user submitted is lost under the default policy (fail open); under FAIL_CLOSED it is refused and nothing
 * is stored. Also: output variable names and JSON properties in any case, as the .NET samples accept them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import type { ProviderKind } from "../../core/testing/gql/graphql.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { chatAgent, type ChatAgent } from "../chat/testing.js";
import { createDepartment, fork } from "../distribution/testing.js";
import { PROVIDER_PASSWORD, deadUrl, startSampleProvider, type RunningProvider } from "./testing/kit.js";

const Configure = graphql(`
  mutation ProvFaultConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const CreateField = graphql(`
  mutation ProvFaultCreateField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        id
      }
    }
  }
`);
const SubmitTicket = graphql(`
  mutation ProvFaultSubmitTicket($input: SubmitTicketInput!) {
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
  query ProvFaultTicketView($id: ID!) {
    ticket(id: $id) {
      subject
      department {
        name
      }
      customFields {
        name
        value
      }
      history(first: 20) {
        nodes {
          note
        }
      }
    }
  }
`);
const StartChat = graphql(`
  mutation ProvFaultStartChat($input: StartChatInput!) {
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
const Login = graphql(`
  mutation ProvFaultLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        account {
          username
          email
          displayName
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const Deliveries = graphql(`
  query ProvFaultDeliveries($kind: ProviderKind, $outcome: String) {
    providerDeliveries(kind: $kind, outcome: $outcome, first: 5) {
      totalCount
      nodes {
        method
        outcome
        error
        note
        durationMs
        status
      }
    }
  }
`);

const TIMEOUT_MS = 400;

type Fault = "down" | "slow" | "html" | "wrongAuthPw";
const FAULTS: ReadonlyArray<readonly [Fault, string]> = [
  ["down", "NETWORK"],
  ["slow", "TIMEOUT"],
  ["html", "PROTOCOL"],
  ["wrongAuthPw", "REFUSED"],
];

describe("provider faults through the server", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let provider: RunningProvider;
  let user: string;
  let support: { departmentId: string; groupId: string };
  let critical: { departmentId: string; groupId: string };
  const agents: ChatAgent[] = [];

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
          signingSecret: "",
          timeoutMs: TIMEOUT_MS,
          failurePolicy: null,
          ...input,
        },
      },
      admin.token,
    );
    expect(r.updateExternalProvider.userErrors).toEqual([]);
  };
  /** Puts the provider into `fault` for `kind`. */
  const inject = async (kind: `${ProviderKind}`, fault: Fault, policy: "FAIL_CLOSED" | null = null) => {
    provider.mode = fault === "slow" ? "hang" : fault === "html" ? "html" : "sample";
    if (fault === "down") await configure(kind, { webServiceUrl: await deadUrl(), failurePolicy: policy });
    // Signed with the right key (the receiver checks the signature first), but the wrong AuthPW.
    else if (fault === "wrongAuthPw")
      await configure(kind, {
        webServicePassword: "not-the-password",
        signingSecret: PROVIDER_PASSWORD,
        failurePolicy: policy,
      });
    else await configure(kind, { failurePolicy: policy });
  };
  const lastDelivery = async (kind: `${ProviderKind}`) =>
    (await t.ok(Deliveries, { kind }, admin.token)).providerDeliveries.nodes[0]!;
  const count = async (table: "ticket" | "live_chat") =>
    Number((await fork(t).execute<Array<{ n: string }>>(`select count(*) as n from ${table}`))[0]!.n);
  const submitTicket = async (subject: string) => {
    const { submitTicket: r } = await t.ok(
      SubmitTicket,
      { input: { subject, departmentId: support.departmentId, message: { textBody: "help" } } },
      user,
    );
    const ticket = r.ticket ? (await t.ok(TicketView, { id: r.ticket.id }, admin.token)).ticket : null;
    return { ticket, userErrors: r.userErrors };
  };
  const startChat = async () =>
    (
      await t.ok(
        StartChat,
        { input: { departmentId: support.departmentId, name: "Vic", question: "Hello" } },
        user,
      )
    ).startChat;
  const login = async (username: string, password: string) =>
    (await t.ok(Login, { input: { username, password } })).login;

  beforeAll(async () => {
    t = await startTestServer("providers_faults");
    admin = await adminSession(t);
    provider = await startSampleProvider();
    support = await createDepartment(t, admin.token, "Support Department");
    critical = await createDepartment(t, admin.token, "Critical Support");
    await t.ok(
      CreateField,
      { input: { name: "Billing ID", appliesTo: "DATA", dataType: "TEXT" } },
      admin.token,
    );
    user = (await signedIn(t, SAMPLE.username, "USER")).token;
    agents.push(await chatAgent(t, admin.token, "Faye", support.groupId, { max: 50 }));
  }, 60_000);
  beforeEach(() => {
    provider.mode = "sample";
  });
  afterAll(async () => {
    for (const agent of agents) await agent.socket.dispose();
    await provider?.close();
    await t?.stop();
  });

  describe("StartTicket (submitTicket)", () => {
    beforeAll(async () => {
      await configure("CHATS", { enabled: false });
    });

    it.each(FAULTS)(
      "%s: fail open creates the ticket as submitted, noted and logged as %s",
      async (fault, outcome) => {
        await inject("TICKETS", fault);
        const before = await count("ticket");
        const r = await submitTicket(`Urgent: ${fault}`);
        expect(r.userErrors).toEqual([]);
        // Created as submitted: the sample would have rerouted an "Urgent" subject and set Billing ID.
        expect(r.ticket).toMatchObject({
          subject: `Urgent: ${fault}`,
          department: { name: "Support Department" },
        });
        expect(r.ticket!.customFields.map((f) => f.name)).not.toContain("Billing ID");
        expect(r.ticket!.history.nodes.map((h) => h.note)).toContainEqual(
          expect.stringContaining(`Ticket provider failed (${outcome})`),
        );
        expect(await count("ticket")).toBe(before + 1);
        const delivery = await lastDelivery("TICKETS");
        expect(delivery).toMatchObject({ method: "StartTicket", outcome });
        // The call was cut at the timeout, not waited out (the provider never answers at all).
        if (fault === "slow") expect(delivery.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      },
    );

    it.each(FAULTS)(
      "%s: FAIL_CLOSED refuses with PROVIDER_UNAVAILABLE and stores nothing",
      async (fault, outcome) => {
        await inject("TICKETS", fault, "FAIL_CLOSED");
        const before = await count("ticket");
        const r = await submitTicket(`Refused: ${fault}`);
        expect(r.ticket).toBeNull();
        expect(r.userErrors.map((e) => e.code)).toEqual(["PROVIDER_UNAVAILABLE"]);
        expect(await count("ticket")).toBe(before);
        expect(await lastDelivery("TICKETS")).toMatchObject({ method: "StartTicket", outcome });
      },
    );

    it("a reroute to a department that does not exist keeps the user's department, noted and logged", async () => {
      await configure("TICKETS");
      provider.mode = "raw";
      provider.answer = () => ({
        Success: true,
        Message: "ok",
        OutputVariables: ["TicketCreation=TRUE", "departmentName=Nowhere", "groupName=Nobody"],
      });
      const before = await count("ticket");
      const r = await submitTicket("Printer jam");
      expect(r.userErrors).toEqual([]);
      expect(r.ticket!.department.name).toBe("Support Department");
      expect(r.ticket!.history.nodes.map((h) => h.note)).toContainEqual(expect.stringContaining("Nobody"));
      expect(await count("ticket")).toBe(before + 1);
      expect(await lastDelivery("TICKETS")).toMatchObject({
        outcome: "OK",
        note: expect.stringMatching(/groupName=Nobody[\s\S]*departmentName=Nowhere/),
      });
    });

    it("output variable names and JSON properties match in any case", async () => {
      await configure("TICKETS");
      provider.mode = "raw";
      provider.answer = () => ({
        success: true,
        MESSAGE: "There are no more tickets in your account",
        outputvariables: ["ticketcreation=FALSE"],
      });
      const before = await count("ticket");
      const refused = await submitTicket("Anything");
      expect(refused.userErrors).toEqual([
        { code: "PROVIDER_REFUSED", message: "There are no more tickets in your account" },
      ]);
      expect(await count("ticket")).toBe(before);

      provider.answer = () => ({
        SUCCESS: true,
        Message: "",
        OutputVariables: ["TICKETCREATION=True", "DepartmentName=critical SUPPORT", "CF_billing id=4126"],
      });
      const moved = await submitTicket("Mixed case");
      expect(moved.userErrors).toEqual([]);
      expect(moved.ticket!.department.name).toBe("Critical Support");
      expect(moved.ticket!.customFields).toContainEqual({ name: "Billing ID", value: "4126" });
      expect(await lastDelivery("TICKETS")).toMatchObject({ method: "StartTicket", outcome: "OK" });
    });
  });

  describe("StartChat (startChat)", () => {
    beforeAll(async () => {
      await configure("TICKETS", { enabled: false });
    });

    it.each(FAULTS)("%s: fail open queues the chat as submitted and logs %s", async (fault, outcome) => {
      await inject("CHATS", fault);
      const before = await count("live_chat");
      const r = await startChat();
      expect(r.userErrors).toEqual([]);
      expect(r.chat!.department.name).toBe("Support Department");
      expect(await count("live_chat")).toBe(before + 1);
      expect(await lastDelivery("CHATS")).toMatchObject({ method: "StartChat", outcome });
    });

    it.each(FAULTS)(
      "%s: FAIL_CLOSED refuses with PROVIDER_UNAVAILABLE and stores nothing",
      async (fault, outcome) => {
        await inject("CHATS", fault, "FAIL_CLOSED");
        const before = await count("live_chat");
        const r = await startChat();
        expect(r.chat).toBeNull();
        expect(r.userErrors.map((e) => e.code)).toEqual(["PROVIDER_UNAVAILABLE"]);
        expect(await count("live_chat")).toBe(before);
        expect(await lastDelivery("CHATS")).toMatchObject({ method: "StartChat", outcome });
      },
    );

    it("a reroute to a department that does not exist keeps the visitor's choice, logged", async () => {
      await configure("CHATS");
      provider.mode = "raw";
      provider.answer = () => ({
        Success: true,
        Message: "ok",
        OutputVariables: ["ChatCreation=TRUE", "departmentName=Nowhere"],
      });
      const before = await count("live_chat");
      const r = await startChat();
      expect(r.userErrors).toEqual([]);
      expect(r.chat!.department.name).toBe("Support Department");
      expect(await count("live_chat")).toBe(before + 1);
      expect(await lastDelivery("CHATS")).toMatchObject({
        outcome: "OK",
        note: expect.stringContaining("Nowhere"),
      });
    });

    it("mixed-case outputs: chatcreation=false refuses, DEPARTMENTNAME reroutes", async () => {
      await configure("CHATS");
      provider.mode = "raw";
      provider.answer = () => ({
        success: true,
        message: "No chats left",
        outputVariables: ["chatcreation=false"],
      });
      const before = await count("live_chat");
      expect((await startChat()).userErrors).toEqual([
        { code: "PROVIDER_REFUSED", message: "No chats left" },
      ]);
      expect(await count("live_chat")).toBe(before);
      agents.push(await chatAgent(t, admin.token, "Cris", critical.groupId, { max: 5 }));
      provider.answer = () => ({
        Success: true,
        Message: "",
        OutputVariables: ["CHATCREATION=TRUE", "DEPARTMENTNAME=Critical Support"],
      });
      const moved = await startChat();
      expect(moved.userErrors).toEqual([]);
      expect(moved.chat!.department.name).toBe("Critical Support");
    });
  });

  describe("Authenticate (login)", () => {
    beforeAll(async () => {
      await configure("CHATS", { enabled: false });
    });

    it.each([...FAULTS, ["noAuthentication", "PROTOCOL"] as const])(
      "%s: the login fails closed with PROVIDER_UNAVAILABLE, logged as %s",
      async (fault, outcome) => {
        if (fault === "noAuthentication") {
          await configure("LOGIN");
          provider.mode = "raw";
          // Success=true but the required Authentication output is missing: not the documented answer.
          provider.answer = () => ({
            Success: true,
            Message: "Login Successful",
            OutputVariables: [`EmailAddress=${SAMPLE.email}`],
          });
        } else await inject("LOGIN", fault);
        const before = await fork(t).execute<Array<{ n: string }>>("select count(*) as n from account");
        const r = await login(SAMPLE.username + "-ext", SAMPLE.password);
        expect(r.session).toBeNull();
        expect(r.userErrors.map((e) => e.code)).toEqual(["PROVIDER_UNAVAILABLE"]);
        expect(await fork(t).execute("select count(*) as n from account")).toEqual(before);
        expect(await lastDelivery("LOGIN")).toMatchObject({ method: "Authenticate", outcome });
      },
    );

    it("mixed-case outputs create the user with its email and display name", async () => {
      await configure("LOGIN");
      provider.mode = "raw";
      provider.answer = (request) => {
        expect(request.Inputs).toContain("LoginUsername=casey");
        return {
          success: true,
          message: "Login Successful",
          outputvariables: ["AUTHENTICATION=ok", "emailaddress=casey@example.com", "displayname=Casey Jones"],
        };
      };
      const r = await login("casey", "whatever-pw");
      expect(r.userErrors).toEqual([]);
      expect(r.session!.account).toEqual({
        username: "casey",
        email: "casey@example.com",
        displayName: "Casey Jones",
      });
      provider.answer = () => ({ Success: true, Message: "no", OutputVariables: ["authentication=FAIL"] });
      expect((await login("casey", "wrong")).userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);
    });
  });
});
