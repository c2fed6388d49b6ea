import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { createRule, eventsIdle } from "../events/testing.js";
import { agentIn, createTicket, department } from "../tickets/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { headerOf, mailJobsSettled, sql, until } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const CreateSmtp = graphql(`
  mutation EmailActCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailActSettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const CreateCanned = graphql(`
  mutation EmailActCreateCanned($input: CreateCannedReplyInput!) {
    createCannedReply(input: $input) {
      cannedReply {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

describe("email: the events engine's mail actions", () => {
  let t: TestServer;
  let smtp: SmtpSink;
  let token: string;
  let dept: { id: string; groupId: string };
  let agent: SignedInAccount;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestServer("email_actions", { jobsPollMs: 40 });
    const admin = await adminSession(t);
    token = admin.token;
    dept = await department(t, token, "Ops");
    agent = await agentIn(t, token, "ops-agent", [dept.groupId]);
    await t.ok(Settings, { input: { deliveryDelaySeconds: 0, blacklist: ["blocked.example"] } }, token);
    await t.ok(
      CreateSmtp,
      {
        input: {
          brandId: admin.brandId,
          server: "127.0.0.1",
          port: smtp.port,
          emailAddress: "events@helpdesk.example",
        },
      },
      token,
    );
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  it("Send Email mails addresses and agents by username with the event's variables, skipping the blacklist, once", async () => {
    await createRule(t, token, {
      name: "Page on-call",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "DEPARTMENT", operator: "IS_ANY_OF", values: [dept.id] }],
      actions: [
        {
          action: "SEND_EMAIL",
          parameters: [
            {
              key: "recipients",
              value: "oncall@example.com, ops-agent, x@blocked.example, nobody-by-that-name",
            },
            { key: "subject", value: "New ticket #number#" },
            { key: "text", value: "Subject: #subject#" },
          ],
        },
        {
          action: "SEND_REPLY_TO_TICKET",
          parameters: [{ key: "text", value: "We have your ticket #number#." }],
        },
      ],
    });
    const ticket = await createTicket(t, agent.token, dept.id, {
      subject: "Database <down>",
      requesterEmail: "cust@customer.example",
    });
    await until(() => smtp.received.length >= 2, 10_000, "event mails");
    await eventsIdle(t);
    await mailJobsSettled(t);
    const page = smtp.received.find((m) => m.to.includes("oncall@example.com"))!;
    expect(page.to.sort()).toEqual(["oncall@example.com", "ops-agent@example.com"]);
    expect(headerOf(page.raw, "Subject")).toBe(`New ticket ${ticket.ticketNumber}`);
    expect(headerOf(page.raw, "Auto-Submitted")).toBe("auto-generated");
    expect(page.raw).toContain("Subject: Database &#60;down&#62;");
    const reply = smtp.received.find((m) => m.to.includes("cust@customer.example"))!;
    expect(headerOf(reply.raw, "Subject")).toBe(`Re: Database <down> [#${ticket.ticketNumber}]`);
    expect(reply.raw).toContain(`We have your ticket ${ticket.ticketNumber}.`);
    expect(smtp.received).toHaveLength(2);
    // The reply is part of the ticket's stream too, and of its history.
    const stored = await sql<{ direction: string; text_body: string; author_id: string | null }>(
      t,
      `select m.direction, m.text_body, m.author_id from ticket_message m join ticket k on k.id = m.ticket_id
        where k.ticket_number = ? and m.direction = 'OUTGOING'`,
      [ticket.ticketNumber],
    );
    expect(stored).toEqual([
      { direction: "OUTGOING", text_body: `We have your ticket ${ticket.ticketNumber}.`, author_id: null },
    ]);
    const [history] = await sql<{ note: string }>(
      t,
      `select h.note from ticket_history h join ticket k on k.id = h.ticket_id
        where k.ticket_number = ? and h.field = 'reply'`,
      [ticket.ticketNumber],
    );
    expect(history!.note).toBe('Sent by the event rule "Page on-call"');
    const [evaluation] = await sql<{ actions: Array<{ action: string; outcome: string; message: string }> }>(
      t,
      `select action_trace as actions from event_rule_evaluation where rule_name = 'Page on-call' limit 1`,
    );
    const send = evaluation!.actions.find((a) => a.action === "SEND_EMAIL")!;
    expect(send.outcome).toBe("RAN");
    expect(send.message).toMatch(/1 blacklisted.*unknown recipients: nobody-by-that-name/);
  });

  it("Use Default Notification Profile for User mails the ticket's agent", async () => {
    await createRule(t, token, {
      name: "Tell the agent",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["assigned-test"] }],
      actions: [
        {
          action: "USE_DEFAULT_NOTIFICATION_PROFILE_FOR_USER",
          parameters: [{ key: "text", value: "#number# is yours" }],
        },
      ],
    });
    const before = smtp.received.length;
    const ticket = await createTicket(t, agent.token, dept.id, {
      subject: "assigned-test",
      requesterEmail: "c2@customer.example",
      agentId: agent.globalId,
    });
    const yours = () =>
      smtp.received
        .slice(before)
        .filter(
          (m) => m.to.includes("ops-agent@example.com") && m.raw.includes(`${ticket.ticketNumber} is yours`),
        );
    await until(() => yours().length > 0, 10_000, "agent notified");
    await eventsIdle(t);
    await mailJobsSettled(t);
    expect(yours()).toHaveLength(1);
  });

  it("Send Canned Reply mails the canned reply with its variables filled; a draft is not sent", async () => {
    const canned = async (name: string, status: string) => {
      const r = await t.ok(
        CreateCanned,
        {
          input: {
            name,
            body: "<p>Hello, ticket [%TICKETNUMBER%] ([%SUBJECT%]) is with [%AGENTNAME%]. [%NOSUCHVAR%]</p>",
            scope: "EVERYONE",
            type: "TICKETS",
            status: status as never,
          },
        },
        token,
      );
      expect(r.createCannedReply.userErrors).toEqual([]);
      return r.createCannedReply.cannedReply!.id;
    };
    const ready = await canned("Acknowledge", "PUBLIC");
    const draft = await canned("Unfinished", "DRAFT");
    await createRule(t, token, {
      name: "Canned ack",
      eventType: "TICKET_CREATED",
      conditions: [{ key: "SUBJECT", operator: "CONTAINS", values: ["canned-test"] }],
      actions: [
        { action: "SEND_CANNED_REPLY", parameters: [{ key: "cannedReplyId", value: ready }] },
        { action: "SEND_CANNED_REPLY", parameters: [{ key: "cannedReplyId", value: draft }] },
      ],
    });
    const before = smtp.received.length;
    const ticket = await createTicket(t, agent.token, dept.id, {
      subject: "canned-test printer",
      requesterEmail: "canned@customer.example",
      agentId: agent.globalId,
    });
    // (The first test's "Page on-call" rule answers every ticket of the department too.)
    const toCustomer = () =>
      smtp.received
        .slice(before)
        .filter((m) => m.to.includes("canned@customer.example") && m.raw.includes("Hello, ticket"));
    await until(() => toCustomer().length > 0, 10_000, "canned reply mailed");
    await eventsIdle(t);
    await mailJobsSettled(t);
    expect(toCustomer()).toHaveLength(1);
    const mail = toCustomer()[0]!;
    expect(headerOf(mail.raw, "Subject")).toBe(`Re: canned-test printer [#${ticket.ticketNumber}]`);
    expect(mail.raw.replace(/=\r?\n/g, "")).toContain(
      `ticket ${ticket.ticketNumber} (canned-test printer) is with`,
    );
    const [evaluation] = await sql<{ actions: Array<{ outcome: string; message: string }> }>(
      t,
      `select action_trace as actions from event_rule_evaluation where rule_name = 'Canned ack' limit 1`,
    );
    expect(evaluation!.actions.map((a) => a.outcome)).toEqual(["RAN", "NOT_APPLICABLE"]);
    expect(evaluation!.actions[0]!.message).toMatch(/unknown variables left as written: \[%NOSUCHVAR%\]/);
    expect(evaluation!.actions[1]!.message).toBe("the canned reply is a draft");
  });
});
