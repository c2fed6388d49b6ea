import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { succeed, type StartTicketInputs } from "../../../providers/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { PROVIDER_PASSWORD, deadUrl, startSampleProvider } from "../providers/testing/kit.js";
import type { RunningProvider } from "../providers/testing/kit.js";
import { department } from "../tickets/testing.js";
import { findDovecot, startDovecot } from "./testing/dovecot.js";
import type { Dovecot } from "./testing/dovecot.js";
import { mailJobsSettled, pollNow, rawMail, sql, until } from "./testing/harness.js";

/**
 * The email channel goes through the ticket provider's StartTicket like the portal and the API (issue #5):
 * the sample's "Urgent" reroute to Critical Support, a refusal that stores no ticket, and a provider that is
 * down (fail open: the mail becomes a ticket as sent), each in the delivery log.
 */
const CreateInbound = graphql(`
  mutation EmailProvCreateAccount($input: CreateMailAccountInput!) {
    createMailAccount(input: $input) {
      mailAccount {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Configure = graphql(`
  mutation EmailProvConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailProvSettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Deliveries = graphql(`
  query EmailProvDeliveries {
    providerDeliveries(kind: TICKETS, first: 10) {
      nodes {
        method
        outcome
        request
      }
    }
  }
`);

const Incoming = graphql(`
  query EmailProvIncoming {
    incomingMails(first: 50) {
      nodes {
        subject
        status
        note
      }
    }
  }
`);

const HELPDESK = "help@helpdesk.example";
const REFUSED_SENDER = "nocredit@customer.example";

describe.skipIf(!findDovecot())("email tickets through the ticket provider's StartTicket", () => {
  let t: TestServer;
  let dovecot: Dovecot;
  let provider: RunningProvider;
  let token: string;
  let accountId: string;
  let helpdeskId: string;
  let criticalId: string;

  const deliverAndPoll = async (mail: string) => {
    await dovecot.deliver("help", mail);
    await pollNow(t, token, accountId);
    await mailJobsSettled(t);
  };
  const ticketOf = async (subject: string) =>
    (
      await sql<{ department_id: string }>(t, `select department_id from ticket where subject = ?`, [subject])
    )[0];
  const incoming = async (subject: string) =>
    (await t.ok(Incoming, {}, token)).incomingMails.nodes.find((n) => n.subject === subject);
  const configure = (url: string) =>
    t.ok(
      Configure,
      {
        input: {
          kind: "TICKETS",
          enabled: true,
          transport: "HTTP",
          webServiceUrl: url,
          webServicePassword: PROVIDER_PASSWORD,
        },
      },
      token,
    );

  beforeAll(async () => {
    dovecot = await startDovecot({ help: "help-secret" });
    provider = await startSampleProvider({
      // The sample refuses by username; a mailed ticket has only its sender (EmailFrom, 002 L2327).
      async StartTicket(inputs: StartTicketInputs) {
        if (inputs.EmailFrom === REFUSED_SENDER)
          return succeed({ TicketCreation: false, CustomFields: {} }, SAMPLE.noMoreTickets);
        return provider.sample.StartTicket(inputs);
      },
    });
    t = await startTestServer("email_provider", { jobsPollMs: 40 });
    const admin = await adminSession(t);
    token = admin.token;
    helpdeskId = (await department(t, token, "Helpdesk")).id;
    criticalId = (await department(t, token, "Critical Support")).id;
    await t.ok(Settings, { input: { deliveryDelaySeconds: 0 } }, token);
    const account = await t.ok(
      CreateInbound,
      {
        input: {
          departmentId: helpdeskId,
          protocol: "IMAP",
          server: "127.0.0.1",
          port: dovecot.imapPort,
          emailAddress: HELPDESK,
          username: "help",
          password: "help-secret",
        },
      },
      token,
    );
    expect(account.createMailAccount.userErrors).toEqual([]);
    accountId = account.createMailAccount.mailAccount!.id;
    expect((await configure(provider.url)).updateExternalProvider.userErrors).toEqual([]);
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await provider?.close();
    await dovecot?.stop();
  });

  const raw = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];

  it("asks StartTicket with the sender and subject; an Urgent mail is rerouted to Critical Support", async () => {
    await deliverAndPoll(
      rawMail({ from: "ann@customer.example", to: HELPDESK, subject: "Urgent: site down" }),
    );
    await until(async () => Boolean(await ticketOf("Urgent: site down")));
    expect((await ticketOf("Urgent: site down"))!.department_id).toBe(raw(criticalId));
    const [call] = (await t.ok(Deliveries, {}, token)).providerDeliveries.nodes;
    expect(call).toMatchObject({ method: "StartTicket", outcome: "OK" });
    expect(call!.request).toContain("EmailFrom=ann@customer.example");
    expect(call!.request).toContain("DepartmentName=Helpdesk");
  });

  it("TicketCreation=FALSE stores no ticket; the mail is kept, not imported, with the provider's message", async () => {
    await deliverAndPoll(rawMail({ from: REFUSED_SENDER, to: HELPDESK, subject: "One more please" }));
    await until(async () => (await incoming("One more please"))?.status === "FAILED");
    expect(await ticketOf("One more please")).toBeUndefined();
    expect((await incoming("One more please"))!.note).toContain(SAMPLE.noMoreTickets);
  });

  it("a provider that is down fails open: the mail becomes a ticket as sent, and the failure is logged", async () => {
    await configure(await deadUrl());
    await deliverAndPoll(
      rawMail({ from: "bob@customer.example", to: HELPDESK, subject: "Urgent: no reroute" }),
    );
    await until(async () => Boolean(await ticketOf("Urgent: no reroute")));
    expect((await ticketOf("Urgent: no reroute"))!.department_id).toBe(raw(helpdeskId));
    const [call] = (await t.ok(Deliveries, {}, token)).providerDeliveries.nodes;
    expect(call).toMatchObject({ method: "StartTicket" });
    expect(call!.outcome).not.toBe("OK");
  });
});
