import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { MANAGER, sql } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";
import { signedInAccount } from "../organization/testing.js";
import { agentIn, createTicket, department } from "./testing.js";
import type { TestDepartment } from "./testing.js";

const Create = graphql(`
  mutation TktSigCreate($input: CreateTicketSignatureInput!) {
    createTicketSignature(input: $input) {
      signature {
        id
        html
        brand {
          id
        }
        department {
          id
        }
        group {
          id
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation TktSigUpdate($input: UpdateTicketSignatureInput!) {
    updateTicketSignature(input: $input) {
      signature {
        html
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Delete = graphql(`
  mutation TktSigDelete($input: DeleteTicketSignatureInput!) {
    deleteTicketSignature(input: $input) {
      deletedSignatureId
      userErrors {
        code
      }
    }
  }
`);

const List = graphql(`
  query TktSigList {
    ticketSignatures {
      id
      html
    }
  }
`);

const Reply = graphql(`
  mutation TktSigReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      message {
        htmlBody
        textBody
      }
      userErrors {
        code
      }
    }
  }
`);

const View = graphql(`
  query TktSigView($id: ID) {
    ticket(id: $id) {
      brand {
        name
      }
      messages {
        direction
        htmlBody
        textBody
      }
      replySignature {
        html
        text
      }
    }
  }
`);

const CreateGroup = graphql(`
  mutation TktSigGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let brandId: string;
let a: TestDepartment;
let b: TestDepartment;
let secondGroupOfA: string;
let agent: SignedInAccount;
let manager: SignedInAccount;
let brandName: string;

const BODY =
  `<p>#userdisplayname# (#username#) - #departmentname#, #companyname#</p>` +
  `<p>Mail: #useremail# or #useremail</p>#agentavatar#<script>alert(1)</script>`;

async function create(input: Record<string, unknown>, token = admin) {
  return (await t.ok(Create, { input: { html: BODY, ...input } }, token)).createTicketSignature;
}

async function signatureRows(): Promise<number> {
  return Number((await sql<{ n: string }>(t, `select count(*) as n from ticket_signature`))[0]!.n);
}

async function replyOn(ticketId: string, message: Record<string, unknown>) {
  const r = await t.ok(Reply, { input: { ticketId, message } }, agent.token);
  expect(r.replyToTicket.userErrors).toEqual([]);
  return r.replyToTicket.message!;
}

beforeAll(async () => {
  t = await startTestServer("tickets-signatures");
  const session = await adminSession(t);
  admin = session.token;
  brandId = session.brandId;
  a = await department(t, admin, "Sig Sales");
  b = await department(t, admin, "Sig Billing");
  const g = await t.ok(CreateGroup, { input: { departmentId: a.id, name: "Sig Sales L2" } }, admin);
  secondGroupOfA = g.createGroup.group!.id;
  agent = await agentIn(t, admin, "sig-agent", [a.groupId, secondGroupOfA, b.groupId]);
  await sql(t, `update account set display_name = 'Ann <Agent>' where id = ?`, [agent.id]);
  manager = await signedInAccount(t, "sig-manager", MANAGER);
  const probe = await createTicket(t, admin, a.id, { agentId: agent.globalId });
  brandName = (await t.ok(View, { id: probe.id }, admin)).ticket!.brand.name;
});

afterAll(async () => t?.stop());

describe("ticket reply signatures (002 L7758-7780)", () => {
  it("are managed by administrators only: an agent or a manager is refused", async () => {
    for (const token of [agent.token, manager.token]) {
      const r = await t.gql(Create, { input: { html: BODY } }, token);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const list = await t.gql(List, {}, token);
      expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await signatureRows()).toBe(0);
  });

  it("refuses bad input with a code and stores nothing", async () => {
    expect((await create({ html: "   " })).userErrors).toEqual([
      { code: "REQUIRED", field: ["input", "html"] },
    ]);
    expect((await create({ html: "x".repeat(20_001) })).userErrors[0]!.code).toBe("TOO_LONG");
    expect((await create({ brandId, departmentId: a.id, groupId: b.groupId })).userErrors).toEqual([
      { code: "MISMATCH", field: ["input", "groupId"] },
    ]);
    const unknownDepartment = Buffer.from("Department:00000000-0000-0000-0000-000000000001").toString(
      "base64url",
    );
    expect((await create({ departmentId: unknownDepartment })).userErrors).toEqual([
      { code: "NOT_FOUND", field: ["input", "departmentId"] },
    ]);
    const wrongType = await t.gql(Create, { input: { html: BODY, departmentId: brandId } }, admin);
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await signatureRows()).toBe(0);
  });

  it("an agent's reply ends with the most specific signature, variables filled in, in HTML and text", async () => {
    const everyone = await create({ html: "<p>Everyone: #userdisplayname#</p>" });
    expect(everyone.userErrors).toEqual([]);
    const brand = await create({ brandId, html: "<p>Brand #companyname#</p>" });
    const dept = await create({ brandId, departmentId: a.id });
    const group = await create({ departmentId: a.id, groupId: secondGroupOfA, html: "<p>Second line</p>" });
    expect([brand, dept, group].map((r) => r.userErrors)).toEqual([[], [], []]);
    expect(dept.signature!.html).not.toContain("<script>");
    // One signature per scope.
    expect((await create({ brandId, departmentId: a.id })).userErrors).toEqual([
      { code: "TAKEN", field: ["input"] },
    ]);

    // Department A, front line group: the department's signature (more specific than brand and everyone).
    const inA = await createTicket(t, admin, a.id, { agentId: agent.globalId });
    const message = await replyOn(inA.id, { htmlBody: "<p>Hello</p>", textBody: "Hello" });
    const html =
      `<p>Ann &lt;Agent&gt; (sig-agent) - Sig Sales, ${brandName}</p>` +
      `<p>Mail: sig-agent@example.com or sig-agent@example.com</p>`;
    expect(message.htmlBody).toBe(`<p>Hello</p>\n<div class="signature">${html}</div>`);
    expect(message.textBody).toBe(
      `Hello\n\nAnn <Agent> (sig-agent) - Sig Sales, ${brandName}\nMail: sig-agent@example.com or sig-agent@example.com`,
    );
    // The composer sees the same signature before sending.
    const view = await t.ok(View, { id: inA.id }, agent.token);
    expect(view.ticket!.replySignature!.html).toBe(html);

    // The second group of A has its own; department B only has the brand's.
    const inGroup = await createTicket(t, admin, a.id, { groupId: secondGroupOfA, agentId: agent.globalId });
    expect((await replyOn(inGroup.id, { textBody: "Hi" })).textBody).toBe("Hi\n\nSecond line");
    const inB = await createTicket(t, admin, b.id, { agentId: agent.globalId });
    const onlyHtml = await replyOn(inB.id, { htmlBody: "<p>Hi</p>" });
    expect(onlyHtml.htmlBody).toBe(`<p>Hi</p>\n<div class="signature"><p>Brand ${brandName}</p></div>`);
    expect(onlyHtml.textBody).toBeNull();

    // Without the brand's, department B falls back to the signature for everyone.
    expect((await t.ok(Delete, { input: { id: brand.signature!.id } }, admin)).deleteTicketSignature).toEqual(
      {
        deletedSignatureId: brand.signature!.id,
        userErrors: [],
      },
    );
    expect((await replyOn(inB.id, { textBody: "Again" })).textBody).toBe("Again\n\nEveryone: Ann <Agent>");
  });

  it("an agent's outbound ticket gets the signature too; a customer's message does not", async () => {
    const outbound = await createTicket(t, agent.token, b.id, {
      direction: "OUTBOUND",
      agentId: agent.globalId,
      message: { textBody: "We noticed" },
    });
    const inbound = await createTicket(t, admin, b.id, { message: { textBody: "Help me" } });
    const [out] = (await t.ok(View, { id: outbound.id }, admin)).ticket!.messages;
    const [incoming] = (await t.ok(View, { id: inbound.id }, admin)).ticket!.messages;
    expect(out!.textBody).toBe("We noticed\n\nEveryone: Ann <Agent>");
    expect(incoming!.textBody).toBe("Help me");
  });

  it("updates change later replies; an agent cannot update or delete", async () => {
    const [first] = (await t.ok(List, {}, admin)).ticketSignatures;
    const refused = await t.gql(Update, { input: { id: first!.id, html: "<p>mine</p>" } }, agent.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const refusedDelete = await t.gql(Delete, { input: { id: first!.id } }, agent.token);
    expect(refusedDelete.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.ok(List, {}, admin)).ticketSignatures.find((s) => s.id === first!.id)!.html).toBe(
      first!.html,
    );
    const r = await t.ok(Update, { input: { id: first!.id, html: "<p>Regards, #username#</p>" } }, admin);
    expect(r.updateTicketSignature.signature!.html).toBe("<p>Regards, #username#</p>");
    const unknown = Buffer.from("TicketSignature:00000000-0000-0000-0000-000000000001").toString("base64url");
    const missing = await t.gql(Update, { input: { id: unknown, html: "<p>x</p>" } }, admin);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
