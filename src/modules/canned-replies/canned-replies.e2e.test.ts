import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { department, employee } from "./testing.js";
import type { Agent, Dept } from "./testing.js";

const Create = graphql(`
  mutation CannedCreate($input: CreateCannedReplyInput!) {
    createCannedReply(input: $input) {
      cannedReply {
        id
        name
        body
        scope
        type
        status
        language
        ownerId
        folder {
          id
          name
        }
        department {
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
  mutation CannedUpdate($input: UpdateCannedReplyInput!) {
    updateCannedReply(input: $input) {
      cannedReply {
        id
        name
        body
        scope
        status
        folder {
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

const Delete = graphql(`
  mutation CannedDelete($input: DeleteCannedReplyInput!) {
    deleteCannedReply(input: $input) {
      deletedCannedReplyId
      userErrors {
        code
      }
    }
  }
`);

const List = graphql(`
  query CannedList(
    $search: String
    $folderId: ID
    $includeSubfolders: Boolean
    $rootOnly: Boolean
    $type: CannedReplyType
    $usableFor: CannedReplyChannel
    $language: String
    $scope: CannedReplyScope
    $status: CannedReplyStatus
    $departmentId: ID
  ) {
    cannedReplies(
      search: $search
      folderId: $folderId
      includeSubfolders: $includeSubfolders
      rootOnly: $rootOnly
      type: $type
      usableFor: $usableFor
      language: $language
      scope: $scope
      status: $status
      departmentId: $departmentId
      first: 100
    ) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

const One = graphql(`
  query CannedOne($id: ID!) {
    cannedReply(id: $id) {
      id
      name
    }
  }
`);

const NodeQ = graphql(`
  query CannedNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const CreateFolder = graphql(`
  mutation CannedCreateFolder($input: CreateCannedReplyFolderInput!) {
    createCannedReplyFolder(input: $input) {
      folder {
        id
        name
        parent {
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

const UpdateFolder = graphql(`
  mutation CannedUpdateFolder($input: UpdateCannedReplyFolderInput!) {
    updateCannedReplyFolder(input: $input) {
      folder {
        id
        name
        parent {
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

const DeleteFolder = graphql(`
  mutation CannedDeleteFolder($input: DeleteCannedReplyFolderInput!) {
    deleteCannedReplyFolder(input: $input) {
      deletedFolderId
      movedToRootCount
      userErrors {
        code
      }
    }
  }
`);

const Folders = graphql(`
  query CannedFolders($parentId: ID) {
    cannedReplyFolders(parentId: $parentId) {
      id
      name
      children {
        id
        name
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let sales: Dept;
let support: Dept;
let ann: Agent; // support
let bob: Agent; // support
let cat: Agent; // sales

beforeAll(async () => {
  t = await startTestServer("canned-replies");
  admin = (await adminSession(t)).token;
  sales = await department(t, admin, "Sales");
  support = await department(t, admin, "Support");
  ann = await employee(t, admin, "ann", [support.groupId]);
  bob = await employee(t, admin, "bob", [support.groupId]);
  cat = await employee(t, admin, "cat", [sales.groupId]);
});
afterAll(() => t?.stop());

async function create(token: string, input: Record<string, unknown>) {
  const r = await t.ok(Create, { input: { body: "<p>Hi</p>", ...input } as never }, token);
  expect(r.createCannedReply.userErrors).toEqual([]);
  return r.createCannedReply.cannedReply!;
}

async function names(token: string, vars: Record<string, unknown> = {}) {
  const r = await t.ok(List, vars as never, token);
  return r.cannedReplies.nodes.map((n) => n.name).sort();
}

describe("canned replies", () => {
  it("creates, reads, edits and deletes a reply", async () => {
    const created = await create(ann.token, { name: "Outage", body: "<p>We are down</p>" });
    expect(created).toMatchObject({
      name: "Outage",
      scope: "PERSONAL",
      type: "BOTH",
      status: "PUBLIC",
      language: null,
      ownerId: ann.id,
      folder: null,
    });
    const updated = await t.ok(
      Update,
      { input: { id: created.id, name: "Outage 2", body: "<p>Up</p>" } },
      ann.token,
    );
    expect(updated.updateCannedReply.cannedReply).toMatchObject({ name: "Outage 2", body: "<p>Up</p>" });
    expect((await t.ok(One, { id: created.id }, ann.token)).cannedReply.name).toBe("Outage 2");
    const del = await t.ok(Delete, { input: { id: created.id } }, ann.token);
    expect(del.deleteCannedReply.deletedCannedReplyId).toBe(created.id);
    const gone = await t.gql(One, { id: created.id }, ann.token);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("keeps personal replies to their owner and department replies to the department", async () => {
    const mine = await create(ann.token, { name: "Ann personal" });
    const dep = await create(ann.token, {
      name: "Support dept",
      scope: "DEPARTMENT",
      departmentId: support.id,
    });
    const all = await create(cat.token, { name: "For everyone", scope: "EVERYONE" });
    expect(dep.department?.id).toBe(support.id);

    expect(await names(ann.token, { search: "personal dept everyone" })).toEqual([]);
    const annSees = await names(ann.token);
    expect(annSees).toEqual(expect.arrayContaining(["Ann personal", "Support dept", "For everyone"]));
    const bobSees = await names(bob.token);
    expect(bobSees).toContain("Support dept");
    expect(bobSees).toContain("For everyone");
    expect(bobSees).not.toContain("Ann personal");
    const catSees = await names(cat.token);
    expect(catSees).not.toContain("Support dept");
    expect(catSees).not.toContain("Ann personal");
    // The administrator sees every department's replies, but not an agent's personal ones.
    const adminSees = await names(admin);
    expect(adminSees).toEqual(expect.arrayContaining(["Support dept", "For everyone"]));
    expect(adminSees).not.toContain("Ann personal");

    for (const [token, id] of [
      [bob.token, mine.id],
      [cat.token, mine.id],
      [cat.token, dep.id],
      [admin, mine.id],
    ] as const) {
      const byId = await t.gql(One, { id }, token);
      expect(byId.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await t.ok(NodeQ, { id }, token)).node).toBeNull();
      const edit = await t.gql(Update, { input: { id, name: "hijack" } }, token);
      expect(edit.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await t.ok(NodeQ, { id: all.id }, bob.token)).node?.id).toBe(all.id);
    expect((await t.ok(One, { id: mine.id }, ann.token)).cannedReply.name).toBe("Ann personal");

    // An agent cannot publish into a department they do not belong to.
    const foreign = await t.gql(
      Create,
      {
        input: { name: "x", body: "x", scope: "DEPARTMENT", departmentId: sales.id },
      },
      ann.token,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noDept = await t.ok(Create, { input: { name: "x", body: "x", scope: "DEPARTMENT" } }, ann.token);
    expect(noDept.createCannedReply.userErrors).toEqual([{ code: "REQUIRED", field: ["departmentId"] }]);
  });

  it("shows drafts only to their author and to editors", async () => {
    const draft = await create(ann.token, { name: "Draft notice", scope: "EVERYONE", status: "DRAFT" });
    expect(draft.status).toBe("DRAFT");
    expect(await names(ann.token, { status: "DRAFT" })).toContain("Draft notice");
    // bob is an Agent (EDIT): editors see drafts.
    expect(await names(bob.token, { search: "Draft notice" })).toEqual(["Draft notice"]);
    // Others without EDIT do not: see canned-render.e2e.test.ts (custom roles).
    const published = await t.ok(Update, { input: { id: draft.id, status: "PUBLIC" } }, ann.token);
    expect(published.updateCannedReply.cannedReply?.status).toBe("PUBLIC");
  });

  it("searches by words, folder, type, language, scope and status", async () => {
    const billing = (await t.ok(CreateFolder, { input: { name: "Billing" } }, ann.token))
      .createCannedReplyFolder.folder!;
    const refunds = (
      await t.ok(CreateFolder, { input: { name: "Refunds", parentId: billing.id } }, ann.token)
    ).createCannedReplyFolder.folder!;
    expect(refunds.parent?.id).toBe(billing.id);
    await create(ann.token, {
      name: "Invoice copy",
      body: "<p>Your invoice 50%</p>",
      folderId: billing.id,
      scope: "EVERYONE",
    });
    await create(ann.token, {
      name: "Refund chat",
      body: "<p>Money back</p>",
      folderId: refunds.id,
      type: "CHATS",
      language: "de",
      scope: "EVERYONE",
    });
    expect(await names(bob.token, { search: "invoice" })).toEqual(["Invoice copy"]);
    expect(await names(bob.token, { search: "money BACK" })).toEqual(["Refund chat"]);
    expect(await names(bob.token, { search: "50%" })).toEqual(["Invoice copy"]);
    expect(await names(bob.token, { search: "%" })).toEqual(["Invoice copy"]);
    expect(await names(bob.token, { folderId: billing.id })).toEqual(["Invoice copy"]);
    expect(await names(bob.token, { folderId: billing.id, includeSubfolders: true })).toEqual([
      "Invoice copy",
      "Refund chat",
    ]);
    expect(await names(bob.token, { type: "CHATS" })).toEqual(["Refund chat"]);
    expect(
      await names(bob.token, { usableFor: "TICKETS", folderId: billing.id, includeSubfolders: true }),
    ).toEqual(["Invoice copy"]);
    expect(await names(bob.token, { language: "DE" })).toEqual(["Refund chat"]);
    expect(await names(ann.token, { scope: "PERSONAL" })).toContain("Ann personal");
    expect(await names(bob.token, { departmentId: support.id })).toEqual(["Support dept"]);
    const rootOnly = await names(bob.token, { rootOnly: true });
    expect(rootOnly).not.toContain("Invoice copy");
    expect(rootOnly).toContain("For everyone");

    const tree = await t.ok(Folders, {}, cat.token);
    expect(tree.cannedReplyFolders.find((f) => f.name === "Billing")?.children.map((c) => c.name)).toEqual([
      "Refunds",
    ]);
  });

  it("manages folders: unique names, no cycles, deletion keeps other agents' replies", async () => {
    const top = (await t.ok(CreateFolder, { input: { name: "Promotions" } }, ann.token))
      .createCannedReplyFolder.folder!;
    const child = (await t.ok(CreateFolder, { input: { name: "Spring", parentId: top.id } }, ann.token))
      .createCannedReplyFolder.folder!;
    const taken = await t.ok(CreateFolder, { input: { name: "promotions" } }, bob.token);
    expect(taken.createCannedReplyFolder.userErrors).toEqual([{ code: "TAKEN", field: ["name"] }]);
    const cycle = await t.ok(UpdateFolder, { input: { id: top.id, parentId: child.id } }, ann.token);
    expect(cycle.updateCannedReplyFolder.userErrors).toEqual([{ code: "CYCLE", field: ["parentId"] }]);
    const renamed = await t.ok(UpdateFolder, { input: { id: child.id, name: "Summer" } }, ann.token);
    expect(renamed.updateCannedReplyFolder.folder?.name).toBe("Summer");

    const annReply = await create(ann.token, { name: "Spring sale", folderId: child.id });
    const bobReply = await create(bob.token, { name: "Bob promo", folderId: child.id });
    const moved = await t.ok(Update, { input: { id: annReply.id, folderId: top.id } }, ann.token);
    expect(moved.updateCannedReply.cannedReply?.folder?.id).toBe(top.id);

    const del = await t.ok(DeleteFolder, { input: { id: top.id } }, ann.token);
    expect(del.deleteCannedReplyFolder).toMatchObject({ deletedFolderId: top.id, movedToRootCount: 1 });
    expect((await t.gql(One, { id: annReply.id }, ann.token)).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect((await t.ok(One, { id: bobReply.id }, bob.token)).cannedReply.name).toBe("Bob promo");
    expect(await names(bob.token, { rootOnly: true, scope: "PERSONAL" })).toContain("Bob promo");
    const folders = await t.ok(Folders, {}, ann.token);
    expect(folders.cannedReplyFolders.map((f) => f.name)).not.toContain("Promotions");
  });
});
