import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { predefinedRoleIds } from "../accounts/testing.js";
import { department } from "../tickets/testing.js";
import { findDovecot, startDovecot } from "./testing/dovecot.js";
import type { Dovecot } from "./testing/dovecot.js";
import { headerOf, mailJobsSettled, pollNow, rawMail, sql } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const CreateSmtp = graphql(`
  mutation EmailRulesCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const CreateInbound = graphql(`
  mutation EmailRulesCreateAccount($input: CreateMailAccountInput!) {
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

const UpdateInbound = graphql(`
  mutation EmailRulesUpdateAccount($input: UpdateMailAccountInput!) {
    updateMailAccount(input: $input) {
      mailAccount {
        acceptNewTickets
        startTicketsRoleId
      }
      userErrors {
        code
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailRulesSettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const CreateResponder = graphql(`
  mutation EmailRulesResponder($input: CreateAutoresponderInput!) {
    createAutoresponder(input: $input) {
      autoresponder {
        id
        departmentIds
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Incoming = graphql(`
  query EmailRulesIncoming($status: IncomingMailStatus) {
    incomingMails(status: $status, first: 100) {
      nodes {
        subject
        status
        note
        fromAddress
      }
    }
  }
`);

const HELPDESK = "help@helpdesk.example";

describe.skipIf(!findDovecot())("email rules: rejections, blacklist, autoresponder limits, loops", () => {
  let t: TestServer;
  let dovecot: Dovecot;
  let smtp: SmtpSink;
  let token: string;
  let accountId: string;

  const deliverAndPoll = async (...mails: string[]) => {
    for (const m of mails) await dovecot.deliver("help", m);
    await pollNow(t, token, accountId);
    await mailJobsSettled(t);
  };
  const sentTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const ticketCount = async () =>
    Number((await sql<{ n: string }>(t, `select count(*) as n from ticket`))[0]!.n);
  const status = async (subject: string) =>
    (await t.ok(Incoming, {}, token)).incomingMails.nodes.find((n) => n.subject === subject);

  beforeAll(async () => {
    dovecot = await startDovecot({ help: "help-secret" });
    smtp = await startSmtpSink();
    t = await startTestServer("email_rules", { jobsPollMs: 40 });
    const admin = await adminSession(t);
    token = admin.token;
    const dept = await department(t, token, "Helpdesk");
    await t.ok(Settings, { input: { deliveryDelaySeconds: 0, blacklist: ["blocked.example"] } }, token);
    await t.ok(
      CreateSmtp,
      { input: { brandId: admin.brandId, server: "127.0.0.1", port: smtp.port, emailAddress: HELPDESK } },
      token,
    );
    const responder = await t.ok(
      CreateResponder,
      {
        input: {
          brandId: admin.brandId,
          displayName: "Helpdesk",
          subject: "We got it: [%SUBJECT%]",
          html: "<p>Ticket [%TICKETNUMBER%] in [%DEPARTMENT%].</p>",
          departmentIds: [dept.id],
        },
      },
      token,
    );
    expect(responder.createAutoresponder.userErrors).toEqual([]);
    const account = await t.ok(
      CreateInbound,
      {
        input: {
          departmentId: dept.id,
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
    accountId = account.createMailAccount.mailAccount!.id;
  }, 60_000);
  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
    await dovecot?.stop();
  });

  it("answers a new ticket with the autoresponder, threaded and marked as automatic", async () => {
    await deliverAndPoll(
      rawMail({
        from: "ann@customer.example",
        to: HELPDESK,
        subject: "Hello",
        messageId: "<hello-1@customer.example>",
      }),
    );
    const [reply] = sentTo("ann@customer.example");
    expect(reply).toBeDefined();
    const [ticket] = await sql<{ ticket_number: string }>(
      t,
      `select ticket_number from ticket where subject = 'Hello'`,
    );
    expect(headerOf(reply!.raw, "Subject")).toBe(`We got it: Hello [#${ticket!.ticket_number}]`);
    expect(headerOf(reply!.raw, "Auto-Submitted")).toBe("auto-replied");
    expect(headerOf(reply!.raw, "X-Auto-Response-Suppress")).toBe("All");
    expect(headerOf(reply!.raw, "In-Reply-To")).toBe("<hello-1@customer.example>");
    expect(reply!.raw).toContain("Helpdesk");
  });

  it("sends at most 3 automated replies per address in 30 minutes; the rest are dropped, the tickets kept", async () => {
    const before = await ticketCount();
    await deliverAndPoll(
      ...[1, 2, 3, 4, 5].map((i) =>
        rawMail({ from: "flood@customer.example", to: HELPDESK, subject: `Flood ${i}` }),
      ),
    );
    expect(await ticketCount()).toBe(before + 5);
    expect(sentTo("flood@customer.example")).toHaveLength(3);
    const dropped = (await t.ok(Incoming, {}, token)).incomingMails.nodes.filter((n) =>
      n.note?.includes("3 automated replies"),
    );
    expect(dropped).toHaveLength(2);
  });

  it("never answers automated mail, old mail or the blacklist", async () => {
    await deliverAndPoll(
      rawMail({
        from: "robot@customer.example",
        to: HELPDESK,
        subject: "Out of office",
        headers: { "Auto-Submitted": "auto-replied" },
      }),
      rawMail({
        from: "list@customer.example",
        to: HELPDESK,
        subject: "Newsletter",
        headers: { Precedence: "bulk" },
      }),
      rawMail({
        from: "old@customer.example",
        to: HELPDESK,
        subject: "Old mail",
        date: new Date(Date.now() - 4 * 86_400_000),
      }),
      rawMail({ from: "someone@blocked.example", to: HELPDESK, subject: "Blocked" }),
    );
    for (const address of [
      "robot@customer.example",
      "list@customer.example",
      "old@customer.example",
      "someone@blocked.example",
    ])
      expect(sentTo(address)).toEqual([]);
    expect((await status("Out of office"))!.note).toMatch(/Auto-Submitted/);
    expect((await status("Old mail"))!.note).toMatch(/older than 3 days/);
    expect((await status("Blocked"))!.note).toMatch(/Blacklist/);
  });

  it("breaks an autoresponder loop: our own mail coming back is ignored, the other side's autoreply is not answered", async () => {
    const [ours] = sentTo("ann@customer.example");
    const before = smtp.received.length;
    const tickets = await ticketCount();
    // Our autoresponse bounced back into the mailbox, and the customer's autoresponder answered it.
    await deliverAndPoll(
      ours!.raw,
      rawMail({
        from: "ann-bot@customer.example",
        to: HELPDESK,
        subject: "Auto: We got it",
        headers: { "Auto-Submitted": "auto-replied" },
      }),
    );
    expect(smtp.received.length).toBe(before);
    const own = (await t.ok(Incoming, { status: "IGNORED" }, token)).incomingMails.nodes.find(
      (n) => n.fromAddress === HELPDESK,
    );
    expect(own?.note).toMatch(/own addresses/);
    expect(await ticketCount()).toBe(tickets + 1); // the other side's autoreply became a ticket, unanswered
  });

  it("rejects a reply to a closed and locked ticket with the Lock notice", async () => {
    const [ticket] = await sql<{ id: string; ticket_number: string }>(
      t,
      `select id, ticket_number from ticket where subject = 'Hello'`,
    );
    await sql(t, `update ticket set status = 'CLOSED_AND_LOCKED' where id = ?`, [ticket!.id]);
    const messages = async () =>
      Number(
        (
          await sql<{ n: string }>(t, `select count(*) as n from ticket_message where ticket_id = ?`, [
            ticket!.id,
          ])
        )[0]!.n,
      );
    const before = await messages();
    await deliverAndPoll(
      rawMail({
        from: "ann@customer.example",
        to: HELPDESK,
        subject: `Re: Hello [#${ticket!.ticket_number}]`,
        text: "Me again",
      }),
    );
    expect(await messages()).toBe(before);
    expect((await status(`Re: Hello [#${ticket!.ticket_number}]`))!.status).toBe("REJECTED");
    const notice = sentTo("ann@customer.example").at(-1)!;
    expect(notice.raw).toContain("closed and locked");
    expect(notice.raw).toContain(ticket!.ticket_number);
  });

  it("rejects new mail when the department takes no tickets by email (Policy) or the sender lacks the role", async () => {
    const before = await ticketCount();
    await t.ok(UpdateInbound, { input: { id: accountId, acceptNewTickets: false } }, token);
    await deliverAndPoll(rawMail({ from: "pat@customer.example", to: HELPDESK, subject: "Policy please" }));
    expect((await status("Policy please"))!.status).toBe("REJECTED");
    expect(sentTo("pat@customer.example")[0]!.raw).toContain("does not accept tickets by email");

    const roles = await predefinedRoleIds(t);
    const r = await t.ok(
      UpdateInbound,
      { input: { id: accountId, acceptNewTickets: true, startTicketsRoleId: roles.REGISTERED_USER } },
      token,
    );
    expect(r.updateMailAccount.userErrors).toEqual([]);
    await deliverAndPoll(
      rawMail({ from: "quinn@customer.example", to: HELPDESK, subject: "Anonymous" }),
      rawMail({ from: "rita@blocked.example", to: HELPDESK, subject: "Anonymous and blocked" }),
    );
    expect((await status("Anonymous"))!.status).toBe("REJECTED");
    expect(sentTo("quinn@customer.example")[0]!.raw).toContain("registered customers only");
    expect((await status("Anonymous and blocked"))!.note).toMatch(/no notice/);
    expect(sentTo("rita@blocked.example")).toEqual([]);
    expect(await ticketCount()).toBe(before);
    const notice = sentTo("quinn@customer.example")[0]!;
    expect(headerOf(notice.raw, "Auto-Submitted")).toBe("auto-replied");
  });
});
