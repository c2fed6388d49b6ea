import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { sql } from "../organization/testing.js";
import { cannedRole, department, employee, ticket } from "./testing.js";
import type { Agent, Dept } from "./testing.js";

const Create = graphql(`
  mutation CannedRenderCreate($input: CreateCannedReplyInput!) {
    createCannedReply(input: $input) {
      cannedReply {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation CannedRenderUpdate($input: UpdateCannedReplyInput!) {
    updateCannedReply(input: $input) {
      cannedReply {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Delete = graphql(`
  mutation CannedRenderDelete($input: DeleteCannedReplyInput!) {
    deleteCannedReply(input: $input) {
      deletedCannedReplyId
      userErrors {
        code
      }
    }
  }
`);

const Render = graphql(`
  query CannedRender($input: RenderCannedReplyInput!) {
    renderCannedReply(input: $input) {
      html
      unknownVariables
      cannedReply {
        id
      }
    }
  }
`);

const List = graphql(`
  query CannedRenderList {
    cannedReplies(first: 100) {
      nodes {
        name
      }
    }
  }
`);

const Requester = graphql(`
  query CannedRenderTicket($id: ID!) {
    ticket(id: $id) {
      requester {
        displayName
        username
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let dept: Dept;
let other: Dept;
let agent: Agent;

beforeAll(async () => {
  t = await startTestServer("canned-render");
  admin = (await adminSession(t)).token;
  dept = await department(t, admin, "R&D");
  other = await department(t, admin, "Elsewhere");
  agent = await employee(t, admin, "rita", [dept.groupId], ["AGENT"], "Rita O'Neil");
});
afterAll(() => t?.stop());

async function create(token: string, input: Record<string, unknown>): Promise<string> {
  const r = await t.ok(
    Create,
    { input: { name: "r", body: "b", scope: "EVERYONE", ...input } as never },
    token,
  );
  expect(r.createCannedReply.userErrors).toEqual([]);
  return r.createCannedReply.cannedReply!.id;
}

async function rows(): Promise<string> {
  const [row] = await sql<{ h: string }>(
    t,
    `select count(*) || ':' || coalesce(md5(string_agg(row_to_json(x)::text, ',' order by x.id)), '-') as h
       from canned_reply x`,
  );
  return row!.h;
}

describe("renderCannedReply", () => {
  it("substitutes every variable, escapes values and keeps unknown ones", async () => {
    const tk = await ticket(t, agent.token, {
      subject: `<b>Tom & "Jerry"</b>`,
      departmentId: dept.id,
      requesterEmail: "cust@example.com",
    });
    const names = [
      "TICKETNUMBER",
      "SUBJECT",
      "TICKETSUBJECT",
      "CUSTOMERNAME",
      "CUSTOMERUSERNAME",
      "CUSTOMEREMAIL",
      "EMAIL",
      "DEPARTMENT",
      "AGENTNAME",
      "AGENTEMAIL",
      "COMPANY",
      "BRANDNAME",
      "DATE",
      "TIME",
    ];
    const body = `<p>${names.map((n) => `${n}=[%${n}%]`).join("|")}|[%NOPE%]|[%ticketnumber%]</p>`;
    const id = await create(agent.token, { body, type: "TICKETS" });
    const r = await t.ok(Render, { input: { id, ticketId: tk.id } }, agent.token);
    const requester = (await t.ok(Requester, { id: tk.id }, agent.token)).ticket.requester!;
    const values = Object.fromEntries(
      r.renderCannedReply.html
        .replace(/^<p>|<\/p>$/g, "")
        .split("|")
        .map((pair) => [pair.split("=")[0], pair.slice(pair.indexOf("=") + 1)]),
    );
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    expect(values).toMatchObject({
      TICKETNUMBER: tk.ticketNumber,
      SUBJECT: "&#60;b&#62;Tom &#38; &#34;Jerry&#34;&#60;/b&#62;",
      TICKETSUBJECT: esc(`<b>Tom & "Jerry"</b>`),
      CUSTOMERNAME: esc(requester.displayName),
      CUSTOMERUSERNAME: esc(requester.username),
      CUSTOMEREMAIL: "cust@example.com",
      EMAIL: "cust@example.com",
      DEPARTMENT: "R&#38;D",
      AGENTNAME: "Rita O&#39;Neil",
      AGENTEMAIL: "rita@example.com",
      COMPANY: "Example Inc",
      BRANDNAME: "Example Inc",
    });
    expect(values.DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(values.TIME).toMatch(/^\d{2}:\d{2}$/);
    expect(r.renderCannedReply.html).toContain(`|[%NOPE%]|${tk.ticketNumber}</p>`);
    expect(r.renderCannedReply.unknownVariables).toEqual(["[%NOPE%]"]);
  });

  it("refuses chats-only replies, missing contexts and tickets out of scope", async () => {
    const tk = await ticket(t, admin, {
      subject: "s",
      departmentId: other.id,
      requesterEmail: "x@example.com",
    });
    const mine = await ticket(t, agent.token, {
      subject: "s",
      departmentId: dept.id,
      requesterEmail: "y@example.com",
    });
    const chats = await create(agent.token, { type: "CHATS" });
    const wrong = await t.gql(Render, { input: { id: chats, ticketId: mine.id } }, agent.token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "WRONG_TYPE" });
    const both = await create(agent.token, {});
    const none = await t.gql(Render, { input: { id: both } }, agent.token);
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const outside = await t.gql(Render, { input: { id: both, ticketId: tk.id } }, agent.token);
    expect(outside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("permissions", () => {
  it("refuses each action without its permission and changes nothing", async () => {
    const view = await cannedRole(t, admin, "Canned view", ["VIEW_INSERT"]);
    const editor = await cannedRole(t, admin, "Canned edit", ["VIEW_INSERT", "CREATE", "EDIT"]);
    const none = await cannedRole(t, admin, "Canned none", []);
    const viewer = await employee(t, admin, "viewer", [dept.groupId], [view]);
    const ed = await employee(t, admin, "editor", [dept.groupId], [editor]);
    const nobody = await employee(t, admin, "nobody", [dept.groupId], [none]);

    const draft = await create(agent.token, { name: "Secret draft", status: "DRAFT" });
    const pub = await create(agent.token, { name: "Public one" });
    const viewerSees = (await t.ok(List, {}, viewer.token)).cannedReplies.nodes.map((n) => n.name);
    expect(viewerSees).toContain("Public one");
    expect(viewerSees).not.toContain("Secret draft");
    expect((await t.gql(Render, { input: { id: draft } }, viewer.token)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );

    const before = await rows();
    const refused: Array<
      [string, Promise<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>]
    > = [
      ["list", t.gql(List, {}, nobody.token)],
      ["create", t.gql(Create, { input: { name: "n", body: "b" } }, viewer.token)],
      ["edit", t.gql(Update, { input: { id: pub, name: "x" } }, viewer.token)],
      ["delete", t.gql(Delete, { input: { id: pub } }, ed.token)],
      ["draft on create", t.gql(Create, { input: { name: "n", body: "b", status: "DRAFT" } }, ed.token)],
      ["type on create", t.gql(Create, { input: { name: "n", body: "b", type: "CHATS" } }, ed.token)],
      ["language on create", t.gql(Create, { input: { name: "n", body: "b", language: "fr" } }, ed.token)],
      ["mark draft", t.gql(Update, { input: { id: pub, status: "DRAFT" } }, ed.token)],
      ["change type", t.gql(Update, { input: { id: pub, name: "renamed", type: "TICKETS" } }, ed.token)],
      ["change language", t.gql(Update, { input: { id: pub, language: "fr" } }, ed.token)],
    ];
    for (const [what, call] of refused) {
      const r = await call;
      expect([what, r.errors?.[0]?.extensions?.code]).toEqual([what, "FORBIDDEN"]);
    }
    expect(await rows()).toBe(before);

    // EDIT alone still edits text, and setting a value equal to the current one needs nothing more.
    const ok = await t.ok(Update, { input: { id: pub, name: "Edited", type: "BOTH" } }, ed.token);
    expect(ok.updateCannedReply.userErrors).toEqual([]);
  });

  it("returns stable userError codes and writes nothing", async () => {
    const id = await create(agent.token, { name: "Stable" });
    const before = await rows();
    const bad = await t.ok(Create, { input: { name: " ", body: "", language: "not a tag" } }, agent.token);
    expect(bad.createCannedReply.userErrors).toEqual([
      { code: "REQUIRED", field: ["name"] },
      { code: "REQUIRED", field: ["body"] },
      { code: "INVALID", field: ["language"] },
    ]);
    const badUpdate = await t.ok(
      Update,
      {
        input: {
          id,
          name: "Changed",
          folderId: "Q2FubmVkUmVwbHlGb2xkZXI6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw",
        },
      },
      agent.token,
    );
    expect(badUpdate.updateCannedReply.userErrors).toEqual([{ code: "NOT_FOUND", field: ["folderId"] }]);
    const badId = await t.gql(Update, { input: { id: "nope", name: "x" } }, agent.token);
    expect(badId.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await rows()).toBe(before);
  });
});
