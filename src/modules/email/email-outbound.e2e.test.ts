import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { agentIn, createTicket, department, raw } from "../tickets/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { headerOf, mailJobsSettled, sql, until } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const CreateSmtp = graphql(`
  mutation EmailOutCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      smtpAccount {
        id
        server
        port
        emailAddress
        hasPassword
        isDefault
        departmentId
        brandId
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Reply = graphql(`
  mutation EmailOutReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      message {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Outgoing = graphql(`
  query EmailOutSpool(
    $status: OutgoingMailStatus
    $sort: MailSpoolSort
    $direction: SortDirection
    $ticketId: ID
  ) {
    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {
      totalCount
      nodes {
        id
        kind
        status
        subject
        messageId
        fromAddress
        recipients
        attempts
        lastError
        size
        sentAt
        ticketId
        raw
      }
    }
  }
`);

const RetryOut = graphql(`
  mutation EmailOutRetry($input: SpoolMessagesInput!) {
    retryOutgoingMails(input: $input) {
      outgoingMails {
        id
        status
        attempts
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const DeleteOut = graphql(`
  mutation EmailOutDelete($input: SpoolMessagesInput!) {
    deleteOutgoingMails(input: $input) {
      deletedIds
      userErrors {
        code
      }
    }
  }
`);

describe("email out: outbox, agent replies, SMTP failures and retries, spool", () => {
  let t: TestServer;
  let smtp: SmtpSink;
  let token: string;
  let brandId: string;
  let dept: { id: string; groupId: string };
  let agent: SignedInAccount;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestServer("email_out", { jobsPollMs: 40, mailRetryBaseMs: 300, mailMaxAttempts: 4 });
    const admin = await adminSession(t);
    token = admin.token;
    brandId = admin.brandId;
    dept = await department(t, token, "Billing");
    agent = await agentIn(t, token, "mail-agent", [dept.groupId]);
    // The accounts the admin tests create (email-admin.e2e.test.ts): the brand's default and the department's.
    await t.ok(
      CreateSmtp,
      { input: { brandId, server: "127.0.0.1", port: smtp.port, emailAddress: "notify@helpdesk.example" } },
      token,
    );
    await t.ok(
      CreateSmtp,
      {
        input: {
          brandId,
          departmentId: dept.id,
          server: "127.0.0.1",
          port: smtp.port,
          emailAddress: "billing@helpdesk.example",
          displayName: "Billing",
        },
      },
      token,
    );
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
  });

  it("sends an agent's reply from the department address with threading headers, cc and bcc", async () => {
    const ticket = await createTicket(t, agent.token, dept.id, {
      requesterEmail: "cust@customer.example",
      agentId: agent.globalId,
    });
    const r = await t.ok(
      Reply,
      {
        input: {
          ticketId: ticket.id,
          message: {
            textBody: "We are on it.",
            cc: ["boss@customer.example"],
            bcc: ["audit@helpdesk.example"],
          },
        },
      },
      agent.token,
    );
    expect(r.replyToTicket.userErrors).toEqual([]);
    await until(() => smtp.received.length === 1, 10_000, "reply delivered");
    const mail = smtp.received[0]!;
    expect(mail.from).toBe("billing@helpdesk.example");
    expect(mail.to.sort()).toEqual([
      "audit@helpdesk.example",
      "boss@customer.example",
      "cust@customer.example",
    ]);
    expect(headerOf(mail.raw, "From")).toContain("billing@helpdesk.example");
    expect(headerOf(mail.raw, "Subject")).toBe(`Printer on fire [#${ticket.ticketNumber}]`);
    expect(headerOf(mail.raw, "Bcc")).toBeNull();
    expect(headerOf(mail.raw, "Cc")).toBe("boss@customer.example");
    expect(headerOf(mail.raw, "Message-ID")).toBe(
      `<ticket-message.${raw(r.replyToTicket.message!.id)}@helpdesk.example>`,
    );
    expect(headerOf(mail.raw, "In-Reply-To")).toBe(`<ticket.${raw(ticket.id)}@helpdesk.example>`);
    expect(headerOf(mail.raw, "References")).toContain(`<ticket.${raw(ticket.id)}@helpdesk.example>`);
    expect(headerOf(mail.raw, "Auto-Submitted")).toBeNull();
    expect(mail.raw).toContain("We are on it.");
    await mailJobsSettled(t);
    const spool = await t.ok(Outgoing, { ticketId: ticket.id }, token);
    expect(spool.outgoingMails.nodes).toHaveLength(1);
    expect(spool.outgoingMails.nodes[0]).toMatchObject({
      kind: "TICKET_REPLY",
      status: "SENT",
      attempts: 1,
      ticketId: ticket.id,
    });
    expect(headerOf(spool.outgoingMails.nodes[0]!.raw, "Message-ID")).toBe(headerOf(mail.raw, "Message-ID"));
  });

  it("never sends twice: the same domain event delivered again queues nothing", async () => {
    const before = smtp.received.length;
    const [job] = await sql<{ kind: string; payload: unknown }>(
      t,
      `select kind, payload from job where kind = 'domainEvent:email.ticketMail' and status = 'DONE'
         and payload->>'type' = 'ticket.messageAdded' order by created_at desc limit 1`,
    );
    // At-least-once delivery: the consumer runs the same event a second time.
    await sql(
      t,
      `insert into job (id, kind, payload, status, run_at, attempts, created_at, updated_at)
                  values (gen_random_uuid(), ?, ?::jsonb, 'PENDING', now(), 0, now(), now())`,
      [job!.kind, JSON.stringify(job!.payload)],
    );
    await mailJobsSettled(t);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.length).toBe(before);
    const [count] = await sql<{ n: string }>(
      t,
      `select count(*) as n from outgoing_mail where kind = 'TICKET_REPLY'`,
    );
    expect(Number(count!.n)).toBe(1);
  });

  it("SMTP down loses nothing: the mail waits with its error, then goes out once on a retry", async () => {
    await smtp.down();
    const ticket = await createTicket(t, agent.token, dept.id, {
      requesterEmail: "down@customer.example",
      agentId: agent.globalId,
    });
    await t.ok(
      Reply,
      { input: { ticketId: ticket.id, message: { textBody: "Sent while down." } } },
      agent.token,
    );
    await until(
      async () => {
        const s = await t.ok(Outgoing, { ticketId: ticket.id }, token);
        return (s.outgoingMails.nodes[0]?.attempts ?? 0) >= 2;
      },
      15_000,
      "two failed attempts",
    );
    const waiting = (await t.ok(Outgoing, { ticketId: ticket.id }, token)).outgoingMails.nodes[0]!;
    expect(waiting.status).toBe("QUEUED");
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    const before = smtp.received.length;
    await smtp.up();
    await until(
      async () =>
        (await t.ok(Outgoing, { ticketId: ticket.id }, token)).outgoingMails.nodes[0]!.status === "SENT",
      15_000,
      "sent after the server came back",
    );
    expect(smtp.received.length).toBe(before + 1);
    expect(smtp.received.at(-1)!.raw).toContain("Sent while down.");
  });

  it("a temporary refusal (451) is retried; a permanent one (550) fails at once and waits for the spool's Retry", async () => {
    smtp.refuseWith(451);
    const ticket = await createTicket(t, agent.token, dept.id, {
      requesterEmail: "busy@customer.example",
      agentId: agent.globalId,
    });
    await t.ok(Reply, { input: { ticketId: ticket.id, message: { textBody: "Greylisted." } } }, agent.token);
    await until(
      async () =>
        ((await t.ok(Outgoing, { ticketId: ticket.id }, token)).outgoingMails.nodes[0]?.attempts ?? 0) >= 1,
      10_000,
    );
    smtp.refuseWith(null);
    await until(
      async () =>
        (await t.ok(Outgoing, { ticketId: ticket.id }, token)).outgoingMails.nodes[0]!.status === "SENT",
      15_000,
    );

    smtp.refuseWith(550);
    const other = await createTicket(t, agent.token, dept.id, {
      requesterEmail: "nobody@customer.example",
      agentId: agent.globalId,
    });
    await t.ok(Reply, { input: { ticketId: other.id, message: { textBody: "Bounced." } } }, agent.token);
    await until(
      async () =>
        (await t.ok(Outgoing, { ticketId: other.id }, token)).outgoingMails.nodes[0]?.status === "FAILED",
      10_000,
    );
    const failed = (await t.ok(Outgoing, { ticketId: other.id }, token)).outgoingMails.nodes[0]!;
    expect(failed).toMatchObject({ attempts: 1 });
    expect(failed.lastError).toMatch(/550/);
    smtp.refuseWith(null);
    const before = smtp.received.length;
    const retried = await t.ok(RetryOut, { input: { ids: [failed.id] } }, token);
    expect(retried.retryOutgoingMails.userErrors).toEqual([]);
    await until(
      async () =>
        (await t.ok(Outgoing, { ticketId: other.id }, token)).outgoingMails.nodes[0]!.status === "SENT",
      10_000,
    );
    expect(smtp.received.length).toBe(before + 1);
    // A sent message is never sent again, even on request.
    const again = await t.ok(RetryOut, { input: { ids: [failed.id] } }, token);
    expect(again.retryOutgoingMails.userErrors.map((e) => e.code)).toEqual(["NOT_RETRYABLE"]);
    await mailJobsSettled(t);
    expect(smtp.received.length).toBe(before + 1);
  });

  it("lists the spool sorted by size and time, shows raw content and deletes", async () => {
    const bySize = (await t.ok(Outgoing, { sort: "SIZE", direction: "ASC" }, token)).outgoingMails.nodes.map(
      (n) => n.size,
    );
    expect(bySize.length).toBeGreaterThanOrEqual(4);
    expect([...bySize].sort((a, b) => a - b)).toEqual(bySize);
    const newest = (await t.ok(Outgoing, {}, token)).outgoingMails.nodes;
    const times = newest.map((n) => n.sentAt);
    expect(times.length).toBe(bySize.length);
    expect(headerOf(newest[0]!.raw, "Message-ID")).toBe(newest[0]!.messageId);
    const gone = await t.ok(DeleteOut, { input: { ids: [newest[0]!.id] } }, token);
    expect(gone.deleteOutgoingMails.deletedIds).toEqual([newest[0]!.id]);
    expect((await t.ok(Outgoing, {}, token)).outgoingMails.totalCount).toBe(bySize.length - 1);
    const bad = await t.gql(DeleteOut, { input: { ids: ["not-an-id"] } }, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
