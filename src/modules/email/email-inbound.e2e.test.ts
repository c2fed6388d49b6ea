import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { department } from "../tickets/testing.js";
import { DOVECOT_MISSING, findDovecot, startDovecot } from "./testing/dovecot.js";
import type { Dovecot } from "./testing/dovecot.js";
import { headerOf, mailJobsSettled, pollNow, rawMail, sql, until } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const CreateSmtp = graphql(`
  mutation EmailInCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      smtpAccount {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const CreateInbound = graphql(`
  mutation EmailInCreateAccount($input: CreateMailAccountInput!) {
    createMailAccount(input: $input) {
      mailAccount {
        id
        protocol
        port
        hasPassword
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailInSettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      emailSettings {
        deliveryDelaySeconds
      }
      userErrors {
        code
      }
    }
  }
`);

const Incoming = graphql(`
  query EmailInSpool($status: IncomingMailStatus, $mailAccountId: ID) {
    incomingMails(status: $status, mailAccountId: $mailAccountId, first: 100) {
      totalCount
      nodes {
        id
        uid
        status
        note
        subject
        fromAddress
        messageId
        ticketId
        size
        raw
      }
    }
  }
`);

const SpoolSorted = graphql(`
  query EmailInSpoolSorted($sort: MailSpoolSort, $direction: SortDirection) {
    incomingMails(sort: $sort, direction: $direction, first: 100) {
      totalCount
      nodes {
        id
        subject
        size
        createdAt
        ticketId
        raw
        messageId
      }
    }
  }
`);

const DeleteIncoming = graphql(`
  mutation EmailInDelete($input: SpoolMessagesInput!) {
    deleteIncomingMails(input: $input) {
      deletedIds
      userErrors {
        code
      }
    }
  }
`);

const TicketView = graphql(`
  query EmailInTicket($id: ID!) {
    node(id: $id) {
      ... on Ticket {
        ticketNumber
        subject
        source
        status
        requesterEmail
        department {
          id
        }
        messages {
          direction
          fromAddress
          textBody
          cc
        }
        attachments {
          fileName
          size
          contentType
        }
        comments {
          text
        }
      }
    }
  }
`);

const RetryIncoming = graphql(`
  mutation EmailInRetry($input: SpoolMessagesInput!) {
    retryIncomingMails(input: $input) {
      incomingMails {
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const CUSTOMER = "carol@customer.example";

describe.skipIf(!findDovecot())("email in: IMAP and POP3 against dovecot", () => {
  let t: TestServer;
  let dovecot: Dovecot;
  let smtp: SmtpSink;
  let token: string;
  let support: { id: string; groupId: string };
  let imapId: string;
  let popId: string;

  const tickets = async () =>
    sql<{ id: string; subject: string; ticket_number: string }>(
      t,
      `select id, subject, ticket_number from ticket order by created_at`,
    );
  const ticketGlobalId = (raw: string) => Buffer.from(`Ticket:${raw}`).toString("base64url");

  beforeAll(async () => {
    dovecot = await startDovecot({ support: "imap-secret", sales: "pop-secret" });
    smtp = await startSmtpSink();
    t = await startTestServer("email_in", { jobsPollMs: 40, mailRetryBaseMs: 200 });
    const admin = await adminSession(t);
    token = admin.token;
    support = await department(t, token, "Support");
    const sales = await department(t, token, "Sales");
    await t.ok(Settings, { input: { deliveryDelaySeconds: 0 } }, token);
    const s = await t.ok(
      CreateSmtp,
      {
        input: {
          brandId: admin.brandId,
          server: "127.0.0.1",
          port: smtp.port,
          emailAddress: "support@helpdesk.example",
          displayName: "Support",
        },
      },
      token,
    );
    expect(s.createSmtpAccount.userErrors).toEqual([]);
    const imap = await t.ok(
      CreateInbound,
      {
        input: {
          departmentId: support.id,
          protocol: "IMAP",
          server: "127.0.0.1",
          port: dovecot.imapPort,
          emailAddress: "support@helpdesk.example",
          username: "support",
          password: "imap-secret",
        },
      },
      token,
    );
    expect(imap.createMailAccount.userErrors).toEqual([]);
    expect(imap.createMailAccount.mailAccount).toMatchObject({ protocol: "IMAP", hasPassword: true });
    imapId = imap.createMailAccount.mailAccount!.id;
    const pop = await t.ok(
      CreateInbound,
      {
        input: {
          departmentId: sales.id,
          server: "127.0.0.1",
          port: dovecot.pop3Port,
          emailAddress: "sales@helpdesk.example",
          username: "sales",
          password: "pop-secret",
          leaveMessagesOnServer: true,
        },
      },
      token,
    );
    expect(pop.createMailAccount.userErrors).toEqual([]);
    expect(pop.createMailAccount.mailAccount!.protocol).toBe("POP3");
    popId = pop.createMailAccount.mailAccount!.id;
  }, 60_000);

  afterAll(async () => {
    await t?.stop();
    await smtp?.stop();
    await dovecot?.stop();
  });

  it("turns new IMAP mail into a ticket with its attachment, and deletes the original once stored", async () => {
    const attachment = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(2000)]);
    await dovecot.deliver(
      "support",
      rawMail({
        from: `Carol <${CUSTOMER}>`,
        to: "support@helpdesk.example",
        subject: "Printer on fire",
        text: "It is burning.",
        attachment: { name: "photo.pdf", content: attachment },
      }),
    );
    expect(await dovecot.count("support")).toBe(1);
    await pollNow(t, token, imapId);
    const [ticket] = await tickets();
    expect(ticket?.subject).toBe("Printer on fire");
    const view = await t.ok(TicketView, { id: ticketGlobalId(ticket!.id) }, token);
    expect(view.node).toMatchObject({
      source: "EMAIL",
      status: "ACTIVE",
      requesterEmail: CUSTOMER,
      department: { id: support.id },
      messages: [{ direction: "INCOMING", fromAddress: CUSTOMER, textBody: "It is burning." }],
      attachments: [{ fileName: "photo.pdf", size: attachment.length, contentType: "application/pdf" }],
    });
    const spool = await t.ok(Incoming, { mailAccountId: imapId }, token);
    expect(spool.incomingMails.nodes).toHaveLength(1);
    expect(spool.incomingMails.nodes[0]).toMatchObject({
      status: "IMPORTED",
      fromAddress: CUSTOMER,
      ticketId: ticketGlobalId(ticket!.id),
    });
    expect(headerOf(spool.incomingMails.nodes[0]!.raw, "Subject")).toBe("Printer on fire");
    // Kept on the server until the row committed; the next poll removes it.
    await pollNow(t, token, imapId);
    expect(await dovecot.count("support")).toBe(0);
    expect(await tickets()).toHaveLength(1);
  });

  it("threads replies by In-Reply-To and by the ticket number in the subject; a stranger's number starts a new ticket", async () => {
    const [ticket] = await tickets();
    const [first] = await sql<{ message_id: string }>(
      t,
      `select message_id from incoming_mail where ticket_id = ?`,
      [ticket!.id],
    );
    await dovecot.deliver(
      "support",
      rawMail({
        from: CUSTOMER,
        to: "support@helpdesk.example",
        subject: "Re: Printer on fire",
        text: "Still burning.",
        inReplyTo: first!.message_id,
      }),
    );
    await dovecot.deliver(
      "support",
      rawMail({
        from: CUSTOMER,
        to: "support@helpdesk.example",
        subject: `Update [#${ticket!.ticket_number}]`,
        text: "Now smoking.",
      }),
    );
    await dovecot.deliver(
      "support",
      rawMail({
        from: "colleague@customer.example",
        to: "support@helpdesk.example",
        subject: "Re: Printer on fire",
        text: "Mine too.",
        inReplyTo: first!.message_id,
      }),
    );
    await dovecot.deliver(
      "support",
      rawMail({
        from: "mallory@evil.example",
        to: "support@helpdesk.example",
        subject: `Re: [#${ticket!.ticket_number}]`,
        text: "Inject.",
      }),
    );
    await pollNow(t, token, imapId);
    const view = await t.ok(TicketView, { id: ticketGlobalId(ticket!.id) }, token);
    const node = view.node as { messages: Array<{ textBody: string; fromAddress: string }> };
    expect(node.messages.map((m) => m.textBody).sort()).toEqual([
      "It is burning.",
      "Mine too.",
      "Now smoking.",
      "Still burning.",
    ]);
    // A reply threaded from another sender keeps its own address, not the requester's.
    expect(node.messages.find((m) => m.textBody === "Mine too.")!.fromAddress).toBe(
      "colleague@customer.example",
    );
    expect(node.messages.find((m) => m.textBody === "Now smoking.")!.fromAddress).toBe(CUSTOMER);
    const all = await tickets();
    expect(all).toHaveLength(2);
    const [stranger] = await sql<{ requester_email: string }>(
      t,
      `select requester_email from ticket where id = ?`,
      [all[1]!.id],
    );
    expect(stranger!.requester_email).toBe("mallory@evil.example");
  });

  it("POP3 with Leave Messages on Server: polling twice, and the same Message-ID twice, import once", async () => {
    const before = (await tickets()).length;
    const raw = rawMail({
      from: "dave@customer.example",
      to: "sales@helpdesk.example",
      subject: "Quote please",
      messageId: "<same-message@customer.example>",
    });
    await dovecot.deliver("sales", raw);
    await dovecot.deliver("sales", raw); // a second copy: another UID, the same Message-ID
    await dovecot.deliver(
      "sales",
      rawMail({ from: "erin@customer.example", to: "sales@helpdesk.example", subject: "Second question" }),
    );
    await pollNow(t, token, popId);
    await pollNow(t, token, popId);
    expect(await dovecot.count("sales")).toBe(3); // left on the server
    const subjects = (await tickets()).slice(before).map((r) => r.subject);
    expect(subjects.sort()).toEqual(["Quote please", "Second question"]);
    const spool = await t.ok(Incoming, { mailAccountId: popId }, token);
    expect(spool.incomingMails.totalCount).toBe(3);
    expect(spool.incomingMails.nodes.map((n) => n.status).sort()).toEqual([
      "IGNORED",
      "IMPORTED",
      "IMPORTED",
    ]);
  });

  it("a crash in the middle of an import rolls back and the retry creates one ticket", async () => {
    // The first attempt fails after the ticket was inserted, inside the import's transaction.
    // A sequence, not a table: its value survives the rollback of the failed attempt.
    await sql(t, `create sequence email_test_fault`);
    await sql(
      t,
      `create function email_test_fail() returns trigger language plpgsql as $$
       begin
         if new.status = 'IMPORTED' and nextval('email_test_fault') = 1 then
           raise exception 'simulated crash after the ticket was written';
         end if;
         return new;
       end $$`,
    );
    await sql(
      t,
      `create trigger email_test_fail before update on incoming_mail for each row execute function email_test_fail()`,
    );
    try {
      const before = (await tickets()).length;
      await dovecot.deliver(
        "support",
        rawMail({ from: "frank@customer.example", to: "support@helpdesk.example", subject: "Crash test" }),
      );
      await pollNow(t, token, imapId);
      // The failed creation is driven again by a new import job after a backoff.
      await until(async () => {
        const [row] = await sql<{ status: string }>(
          t,
          `select status from incoming_mail where subject = 'Crash test'`,
        );
        return row?.status === "IMPORTED";
      }, 30_000);
      await mailJobsSettled(t);
      const after = await tickets();
      expect(after.length).toBe(before + 1);
      expect(after.filter((r) => r.subject === "Crash test")).toHaveLength(1);
      const [row] = await sql<{ id: string; creation_attempts: number }>(
        t,
        `select id, creation_attempts from incoming_mail where subject = 'Crash test'`,
      );
      expect(row!.creation_attempts).toBe(2);
      const jobs = await sql<{ status: string }>(
        t,
        `select status from job where kind = 'email.import' and key = ?`,
        [row!.id],
      );
      expect(jobs.map((j) => j.status)).toEqual(["DONE", "DONE"]);
    } finally {
      await sql(t, `drop trigger email_test_fail on incoming_mail`);
      await sql(t, `drop function email_test_fail()`);
      await sql(t, `drop sequence email_test_fault`);
    }
  });

  it("malformed MIME is kept as FAILED with its raw content, and can be retried; nothing else is lost", async () => {
    const before = (await tickets()).length;
    await dovecot.deliver("support", "This is not\r\na MIME message at all \u0000\u0001\r\n--broken\r\n");
    await dovecot.deliver(
      "support",
      'From: gina@customer.example\r\nSubject: Broken parts\r\nContent-Type: multipart/mixed; boundary="never-closed"\r\n\r\n--never-closed\r\nContent-Type: text/plain\r\n\r\nPart one without an end',
    );
    await pollNow(t, token, imapId);
    const failed = await t.ok(Incoming, { status: "FAILED" }, token);
    expect(failed.incomingMails.nodes).toHaveLength(1);
    expect(failed.incomingMails.nodes[0]!.note).toMatch(/sender/i);
    expect(failed.incomingMails.nodes[0]!.raw).toContain("This is not");
    const after = await tickets();
    expect(after.map((r) => r.subject)).toContain("Broken parts");
    expect(after.length).toBe(before + 1);
    // A retry runs the import again (and fails the same way, visibly).
    const retried = await t.ok(RetryIncoming, { input: { ids: [failed.incomingMails.nodes[0]!.id] } }, token);
    expect(retried.retryIncomingMails.userErrors).toEqual([]);
    await mailJobsSettled(t);
    expect((await t.ok(Incoming, { status: "FAILED" }, token)).incomingMails.totalCount).toBe(1);
    const imported = await t.ok(Incoming, { status: "IMPORTED" }, token);
    const again = await t.gql(
      RetryIncoming,
      { input: { ids: [imported.incomingMails.nodes[0]!.id] } },
      token,
    );
    expect(again.data?.retryIncomingMails.userErrors.map((e) => e.code)).toEqual(["NOT_RETRYABLE"]);
  });

  it("an attachment over the upload limit becomes a note on the ticket; the mail is imported and kept", async () => {
    await sql(t, `update ticket_settings set max_attachment_bytes = 4096`);
    try {
      const big = randomBytes(20_000);
      await dovecot.deliver(
        "support",
        rawMail({
          from: "hank@customer.example",
          to: "support@helpdesk.example",
          subject: "Huge log",
          text: "See attached.",
          attachment: { name: "huge.log", content: big },
        }),
      );
      await pollNow(t, token, imapId);
      const [row] = await sql<{ id: string }>(t, `select id from ticket where subject = 'Huge log'`);
      const view = await t.ok(TicketView, { id: ticketGlobalId(row!.id) }, token);
      const node = view.node as {
        attachments: unknown[];
        comments: Array<{ text: string }>;
        messages: Array<{ textBody: string }>;
      };
      expect(node.attachments).toEqual([]);
      expect(node.messages[0]!.textBody).toBe("See attached.");
      expect(node.comments[0]!.text).toMatch(/huge\.log.*20000 bytes.*4096-byte limit/);
      const [stored] = await sql<{ size: number }>(t, `select size from incoming_mail where ticket_id = ?`, [
        row!.id,
      ]);
      expect(stored!.size).toBeGreaterThan(20_000);
    } finally {
      await sql(t, `update ticket_settings set max_attachment_bytes = 2097152`);
    }
  });

  it("a poll against a server that refuses the login records the error and keeps the schedule", async () => {
    await sql(t, `update mail_account set password = 'wrong' where id = ?`, [
      Buffer.from(imapId, "base64url").toString().split(":")[1],
    ]);
    await pollNow(t, token, imapId);
    const [row] = await sql<{ last_error: string | null }>(
      t,
      `select last_error from mail_account where username = 'support'`,
    );
    expect(row!.last_error).toBeTruthy();
    const [next] = await sql<{ n: string }>(
      t,
      `select count(*) as n from job where kind = 'email.fetch' and status = 'PENDING' and run_at > now() + interval '1 minute'`,
    );
    expect(Number(next!.n)).toBeGreaterThanOrEqual(1);
    await sql(t, `update mail_account set password = 'imap-secret' where username = 'support'`);
    void smtp;
  });

  it("spool admin: lists incoming mail sorted by size, subject and time, shows it raw, deletes it (not its ticket)", async () => {
    const list = async (sort?: string, direction?: string) =>
      (await t.ok(SpoolSorted, { sort: sort as never, direction: direction as never }, token)).incomingMails;
    const bySize = (await list("SIZE", "ASC")).nodes.map((n) => n.size);
    expect(bySize.length).toBeGreaterThanOrEqual(5);
    expect([...bySize].sort((a, b) => a - b)).toEqual(bySize);
    const bySubject = (await list("SUBJECT", "ASC")).nodes.map((n) => n.subject ?? "");
    // Plain words only: where punctuation sorts ("Re: [#…" vs "Re: P…") depends on the database's collation.
    const named = bySubject.filter((x) => /^[A-Z][a-z]+ [a-z]+/.test(x));
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect([...named].sort()).toEqual(named);
    const newest = (await list()).nodes;
    const times = newest.map((n) => Date.parse(n.createdAt as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const imported = newest.find((n) => n.ticketId && n.messageId)!;
    expect(headerOf(imported.raw, "Message-ID")).toBe(imported.messageId);
    const ticketsBefore = (await tickets()).length;
    const gone = await t.ok(DeleteIncoming, { input: { ids: [imported.id] } }, token);
    expect(gone.deleteIncomingMails.deletedIds).toEqual([imported.id]);
    expect((await list()).totalCount).toBe(newest.length - 1);
    expect((await tickets()).length).toBe(ticketsBefore);
    const bad = await t.gql(DeleteIncoming, { input: { ids: ["not-an-id"] } }, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await list()).totalCount).toBe(newest.length - 1);
  });
});

if (!findDovecot()) console.error(DOVECOT_MISSING);
