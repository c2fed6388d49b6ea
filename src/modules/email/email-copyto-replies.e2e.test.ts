import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import type { SignedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department, raw } from "../tickets/testing.js";
import { findDovecot, startDovecot } from "./testing/dovecot.js";
import type { Dovecot } from "./testing/dovecot.js";
import { headerOf, mailJobsSettled, pollNow, rawMail, sql, until } from "./testing/harness.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

/*
 * Copy To Address in both directions (002 L6249-6250): the assigned agent's copy goes out, and the agent's answer
 * from their own mail client (the Copy To Address or an Other Reply From Address) comes back through the
 * department's mailbox, is stored as the agent's reply and sent on to the customer from the department address.
 */

const CreateSmtp = graphql(`
  mutation EmailCopyCreateSmtp($input: CreateSmtpAccountInput!) {
    createSmtpAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const CreateInbound = graphql(`
  mutation EmailCopyCreateAccount($input: CreateMailAccountInput!) {
    createMailAccount(input: $input) {
      mailAccount {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const Settings = graphql(`
  mutation EmailCopySettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const HELPDESK = "care@helpdesk.example";

describe.skipIf(!findDovecot())(
  "email: agents reply by mail from their Copy To / Other Reply From addresses",
  () => {
    let t: TestServer;
    let dovecot: Dovecot;
    let smtp: SmtpSink;
    let token: string;
    let accountId: string;
    let dept: { id: string; groupId: string };
    let owner: SignedInAccount;
    let colleague: SignedInAccount;

    const sentTo = (address: string, from = 0) =>
      smtp.received.slice(from).filter((m) => m.to.includes(address));
    const messagesOf = (ticketId: string) =>
      sql<{ direction: string; author_id: string | null; text_body: string }>(
        t,
        `select direction, author_id, text_body from ticket_message where ticket_id = ? order by created_at`,
        [raw(ticketId)],
      );

    beforeAll(async () => {
      dovecot = await startDovecot({ care: "care-secret" });
      smtp = await startSmtpSink();
      t = await startTestServer("email_copyto", { jobsPollMs: 40 });
      const admin = await adminSession(t);
      token = admin.token;
      dept = await department(t, token, "Care");
      owner = await agentIn(t, token, "copy-owner", [dept.groupId]);
      colleague = await agentIn(t, token, "copy-colleague", [dept.groupId]);
      await sql(
        t,
        `update account set copy_to_address = 'owner@home.example', copy_to_enabled = true,
         other_reply_from_addresses = '{alias@home.example}' where id = ?`,
        [owner.id],
      );
      await sql(t, `update account set copy_to_address = 'colleague@home.example' where id = ?`, [
        colleague.id,
      ]);
      await t.ok(Settings, { input: { deliveryDelaySeconds: 0, removeRedundantReplies: true } }, token);
      await t.ok(
        CreateSmtp,
        { input: { brandId: admin.brandId, server: "127.0.0.1", port: smtp.port, emailAddress: HELPDESK } },
        token,
      );
      const account = await t.ok(
        CreateInbound,
        {
          input: {
            departmentId: dept.id,
            protocol: "IMAP",
            server: "127.0.0.1",
            port: dovecot.imapPort,
            emailAddress: HELPDESK,
            username: "care",
            password: "care-secret",
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

    it("the owner's answer to the copy becomes their reply and reaches the customer once, threaded", async () => {
      const ticket = await createTicket(t, owner.token, dept.id, {
        subject: "Printer on fire",
        requesterEmail: "cust@customer.example",
        agentId: owner.globalId,
        message: { textBody: "It is smoking." },
      });
      await until(() => sentTo("owner@home.example").length > 0, 10_000, "the copy");
      await mailJobsSettled(t);
      const copy = sentTo("owner@home.example")[0]!;
      const mark = smtp.received.length;
      await dovecot.deliver(
        "care",
        rawMail({
          from: "Owner <Owner@Home.example>",
          to: HELPDESK,
          subject: `Re: ${headerOf(copy.raw, "Subject")}`,
          inReplyTo: headerOf(copy.raw, "Message-ID")!,
          text: "Unplug it now, we are sending someone.\r\n\r\nOn Mon, the help desk wrote:\r\n> It is smoking.",
        }),
      );
      await pollNow(t, token, accountId);
      await until(
        () => sentTo("cust@customer.example", mark).length > 0,
        10_000,
        "the reply to the customer",
      );
      await mailJobsSettled(t);
      const messages = await messagesOf(ticket.id);
      expect(messages.at(-1)).toEqual({
        direction: "OUTGOING",
        author_id: owner.id,
        text_body: "Unplug it now, we are sending someone.",
      });
      const [row] = await sql<{ status: string }>(t, `select status from ticket where id = ?`, [
        raw(ticket.id),
      ]);
      expect(row!.status).toBe("WAITING");
      const out = sentTo("cust@customer.example", mark);
      expect(out).toHaveLength(1);
      expect(out[0]!.from).toBe(HELPDESK);
      expect(headerOf(out[0]!.raw, "Subject")).toContain(`[#${ticket.ticketNumber}]`);
      expect(out[0]!.raw).toContain("Unplug it now");
      expect(out[0]!.raw).not.toContain("owner@home.example");
      // The agent's own reply is not copied back to them.
      expect(sentTo("owner@home.example", mark)).toEqual([]);

      // From an Other Reply From Address, threaded by the number in the subject alone.
      const again = smtp.received.length;
      await dovecot.deliver(
        "care",
        rawMail({
          from: "alias@home.example",
          to: HELPDESK,
          subject: `Printer [#${ticket.ticketNumber}]`,
          text: "The technician is there.",
        }),
      );
      await pollNow(t, token, accountId);
      await until(() => sentTo("cust@customer.example", again).length > 0, 10_000, "the second reply");
      await mailJobsSettled(t);
      expect((await messagesOf(ticket.id)).at(-1)).toMatchObject({
        author_id: owner.id,
        direction: "OUTGOING",
      });
      expect(sentTo("cust@customer.example", again)).toHaveLength(1);
    });

    it("another agent's mail on the ticket is kept as their comment and sends nothing to the customer", async () => {
      const ticket = await createTicket(t, owner.token, dept.id, {
        subject: "Screen flickers",
        requesterEmail: "cust2@customer.example",
        agentId: owner.globalId,
      });
      await mailJobsSettled(t);
      const mark = smtp.received.length;
      const before = (await messagesOf(ticket.id)).length;
      await dovecot.deliver(
        "care",
        rawMail({
          from: "colleague@home.example",
          to: HELPDESK,
          subject: `Re: Screen flickers [#${ticket.ticketNumber}]`,
          inReplyTo: `<ticket.${raw(ticket.id)}@helpdesk.example>`,
          text: "I had this one last week: the cable.",
        }),
      );
      await pollNow(t, token, accountId);
      await mailJobsSettled(t);
      expect(await messagesOf(ticket.id)).toHaveLength(before);
      const comments = await sql<{ text: string; author_id: string }>(
        t,
        `select text, author_id from ticket_comment where ticket_id = ?`,
        [raw(ticket.id)],
      );
      expect(comments).toHaveLength(1);
      expect(comments[0]!.author_id).toBe(colleague.id);
      expect(comments[0]!.text).toMatch(
        /not sent: only the agent who owns the ticket replies[\s\S]*the cable/,
      );
      const [incoming] = await sql<{ status: string; note: string }>(
        t,
        `select status, note from incoming_mail where from_address = 'colleague@home.example'`,
      );
      expect(incoming).toMatchObject({ status: "IMPORTED" });
      expect(sentTo("cust2@customer.example", mark)).toEqual([]);
    });
  },
);
