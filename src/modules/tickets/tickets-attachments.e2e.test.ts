import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { END_USER, signedInAccount, sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { sniffContentType } from "./content-sniffer.js";
import { agentIn, childCounts, createTicket, department, fingerprint, raw } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Settings = graphql(`
  query TktAttSettings {
    ticketSettings {
      maxAttachmentBytes
    }
  }
`);

const UpdateSettings = graphql(`
  mutation TktAttUpdateSettings($input: UpdateTicketSettingsInput!) {
    updateTicketSettings(input: $input) {
      settings {
        maxAttachmentBytes
      }
      userErrors {
        code
      }
    }
  }
`);

const Attach = graphql(`
  mutation TktAttAdd($input: AddTicketAttachmentInput!) {
    addTicketAttachment(input: $input) {
      attachment {
        id
        fileName
        contentType
        size
        internal
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Reply = graphql(`
  mutation TktAttReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      ticket {
        status
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Files = graphql(`
  query TktAttFiles($id: ID) {
    ticket(id: $id) {
      attachments {
        fileName
        contentType
        size
        internal
        contentBase64
      }
    }
  }
`);

const Merge = graphql(`
  mutation TktAttMerge($input: MergeTicketsInput!) {
    mergeTickets(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let t: TestServer;
let admin: string;
let dept: TestDepartment;
let agent: SignedInAccount;

beforeAll(async () => {
  t = await startTestServer("tickets_attachments");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "Files");
  agent = await agentIn(t, admin, "file-agent", [dept.groupId]);
});
afterAll(() => t?.stop());

describe("tickets: attachments", () => {
  it("sniffs the type from the bytes, not the name", () => {
    expect(sniffContentType(PNG)).toBe("image/png");
    expect(sniffContentType(Buffer.from("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffContentType(Buffer.from("<html><script>alert(1)</script>"))).toBe("text/plain");
    expect(sniffContentType(Buffer.from([0x00, 0x01, 0x02, 0xff]))).toBe("application/octet-stream");
  });

  it("stores the bytes outside the ticket rows and returns them through the ticket", async () => {
    const ticket = await createTicket(t, agent.token, dept.id);
    const r = await t.ok(
      Attach,
      {
        input: {
          ticketId: ticket.id,
          fileName: "C:\\temp\\photo.pdf",
          contentBase64: PNG.toString("base64"),
        },
      },
      agent.token,
    );
    expect(r.addTicketAttachment.attachment).toMatchObject({
      fileName: "photo.pdf",
      contentType: "image/png", // the client's name says pdf; the bytes say png
      size: PNG.length,
      internal: false,
    });
    const [row] = await sql<{ data: Buffer }>(
      t,
      "select c.data from ticket_attachment_content c join ticket_attachment a on a.id = c.attachment_id where a.ticket_id = ?",
      [raw(ticket.id)],
    );
    expect(Buffer.compare(row!.data, PNG)).toBe(0);
    const files = (await t.ok(Files, { id: ticket.id }, agent.token)).ticket.attachments;
    expect(Buffer.from(files[0]!.contentBase64, "base64").equals(PNG)).toBe(true);
  });

  it("sends files with a reply; internal attachments are hidden from the requester", async () => {
    const customer = await signedInAccount(t, "file-cust", END_USER, "USER");
    const ticket = await createTicket(t, agent.token, dept.id, {
      requesterId: customer.globalId,
      requesterEmail: null,
      agentId: agent.globalId,
    });
    const text = Buffer.from("log line 1\nlog line 2\n");
    const r = await t.ok(
      Reply,
      {
        input: {
          ticketId: ticket.id,
          message: { textBody: "see attached" },
          attachments: [{ fileName: "log.txt", contentBase64: text.toString("base64") }],
        },
      },
      agent.token,
    );
    expect(r.replyToTicket.userErrors).toEqual([]);
    await t.ok(
      Attach,
      { input: { ticketId: ticket.id, fileName: "notes.txt", contentBase64: "aGk=", internal: true } },
      agent.token,
    );
    const [linked] = await sql<{ n: string }>(
      t,
      "select count(*) as n from ticket_attachment where ticket_id = ? and message_id is not null",
      [raw(ticket.id)],
    );
    expect(linked!.n).toBe("1");
    const agentView = (await t.ok(Files, { id: ticket.id }, agent.token)).ticket.attachments;
    expect(agentView.map((a) => [a.fileName, a.contentType, a.internal])).toEqual([
      ["log.txt", "text/plain", false],
      ["notes.txt", "text/plain", true],
    ]);
    const customerView = (await t.ok(Files, { id: ticket.id }, customer.token)).ticket.attachments;
    expect(customerView.map((a) => a.fileName)).toEqual(["log.txt"]);
  });

  it("refuses too large, empty and malformed files, the ticket unchanged", async () => {
    expect((await t.ok(Settings, undefined, agent.token)).ticketSettings.maxAttachmentBytes).toBe(2_097_152);
    const forbidden = await t.gql(UpdateSettings, { input: { maxAttachmentBytes: 1000 } }, agent.token);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const set = await t.ok(UpdateSettings, { input: { maxAttachmentBytes: 1000 } }, admin);
    expect(set.updateTicketSettings.settings!.maxAttachmentBytes).toBe(1000);
    try {
      const ticket = await createTicket(t, agent.token, dept.id, { agentId: agent.globalId });
      const before = [await fingerprint(t, ticket.id), await childCounts(t, ticket.id)];
      const big = Buffer.alloc(1001, 7).toString("base64");
      const tooLarge = await t.ok(
        Attach,
        { input: { ticketId: ticket.id, fileName: "big.bin", contentBase64: big } },
        agent.token,
      );
      expect(tooLarge.addTicketAttachment.userErrors[0]!.code).toBe("ATTACHMENT_TOO_LARGE");
      const reply = await t.ok(
        Reply,
        {
          input: {
            ticketId: ticket.id,
            message: { textBody: "here" },
            attachments: [
              { fileName: "ok.txt", contentBase64: "aGk=" },
              { fileName: "big.bin", contentBase64: big },
            ],
          },
        },
        agent.token,
      );
      expect(reply.replyToTicket.userErrors).toEqual([
        { code: "ATTACHMENT_TOO_LARGE", field: ["input", "attachments", "1", "contentBase64"] },
      ]);
      const empty = await t.ok(
        Attach,
        { input: { ticketId: ticket.id, fileName: "e.txt", contentBase64: "" } },
        agent.token,
      );
      expect(empty.addTicketAttachment.userErrors[0]!.code).toBe("EMPTY_FILE");
      const junk = await t.ok(
        Attach,
        { input: { ticketId: ticket.id, fileName: "j.txt", contentBase64: "not base64!" } },
        agent.token,
      );
      expect(junk.addTicketAttachment.userErrors[0]!.code).toBe("INVALID_BASE64");
      expect([await fingerprint(t, ticket.id), await childCounts(t, ticket.id)]).toEqual(before);
    } finally {
      await t.ok(UpdateSettings, { input: { maxAttachmentBytes: 2_097_152 } }, admin);
    }
  });

  it("merged tickets keep their attachments on the primary", async () => {
    const primary = await createTicket(t, agent.token, dept.id);
    const other = await createTicket(t, agent.token, dept.id);
    await t.ok(
      Attach,
      { input: { ticketId: other.id, fileName: "a.png", contentBase64: PNG.toString("base64") } },
      agent.token,
    );
    await t.ok(Merge, { input: { primaryTicketId: primary.id, ticketIds: [other.id] } }, agent.token);
    const files = (await t.ok(Files, { id: primary.id }, agent.token)).ticket.attachments;
    expect(files.map((f) => [f.fileName, f.size])).toEqual([["a.png", PNG.length]]);
  });
});
