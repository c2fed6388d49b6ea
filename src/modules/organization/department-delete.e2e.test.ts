import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { registerDepartmentItems } from "./index.js";
import { orgFingerprint, rawId, sql } from "./testing.js";

const Create = graphql(`
  mutation OrgDelCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        frontLineGroup {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Read = graphql(`
  query OrgDelReadDepartment($id: ID!) {
    department(id: $id) {
      id
    }
  }
`);

const Delete = graphql(`
  mutation OrgDelDeleteDepartment($input: DeleteDepartmentInput!) {
    deleteDepartment(input: $input) {
      deletedDepartmentId
      itemsMovedTo {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const CreateGroup = graphql(`
  mutation OrgDelCreateGroup($input: CreateGroupInput!) {
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

const AddAgent = graphql(`
  mutation OrgDelAddAgent($input: AddAgentToGroupInput!) {
    addAgentToGroup(input: $input) {
      membership {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const DeleteGroup = graphql(`
  mutation OrgDelDeleteGroup($input: DeleteGroupInput!) {
    deleteGroup(input: $input) {
      deletedGroupId
      userErrors {
        code
        field
      }
    }
  }
`);

const codes = (errors: Array<{ code: string; field?: string[] | null }>) =>
  errors.map((e) => [e.code, e.field?.join(".")]);

/**
 * Deleting a department or group hands its items over through the registry (002 L5980). A test-only item
 * kind backed by a real table stands in for tickets, chats and call logs.
 */
describe("department deletion hands items over (registry)", () => {
  let t: TestServer;
  let token: string;
  let adminId: string;
  let support: { id: string; frontLineGroup: { id: string } };

  async function create(name: string) {
    const data = await t.ok(
      Create,
      { input: { name, frontLineGroup: { newGroupName: `${name} Front Line` } } },
      token,
    );
    expect(data.createDepartment.userErrors).toEqual([]);
    return data.createDepartment.department!;
  }

  beforeAll(async () => {
    t = await startTestServer("org_department_delete");
    const admin = await adminSession(t);
    token = admin.token;
    adminId = admin.adminId;
    support = await create("Support");
  });
  afterAll(async () => {
    await t?.stop();
  });
  let unregister: () => void;
  beforeAll(async () => {
    // A stand-in for tickets: a real table, registered like a future module would.
    await sql(
      t,
      "create table org_test_item (id serial primary key, department_id uuid not null, group_id uuid not null)",
    );
    unregister = registerDepartmentItems({
      name: "test items",
      async count(em, departmentId) {
        const [row] = await em.execute(
          "select count(*)::int as n from org_test_item where department_id = ?",
          [departmentId],
        );
        return (row as { n: number }).n;
      },
      async move(em, from, to) {
        await em.execute("update org_test_item set department_id = ?, group_id = ? where department_id = ?", [
          to.departmentId,
          to.frontLineGroupId,
          from,
        ]);
      },
      async moveGroupItems(em, fromGroupId, toGroupId) {
        await em.execute("update org_test_item set group_id = ? where group_id = ?", [
          toGroupId,
          fromGroupId,
        ]);
      },
    });
  });
  afterAll(() => unregister?.());

  const items = () =>
    sql<{ department_id: string; group_id: string }>(t, "select * from org_test_item order by id");

  it("moves a deleted group's items to the front line group", async () => {
    const sales = await create("Sales");
    const extra = await t.ok(CreateGroup, { input: { departmentId: sales.id, name: "Renewals" } }, token);
    const extraId = extra.createGroup.group!.id;
    await sql(t, "insert into org_test_item (department_id, group_id) values (?, ?)", [
      rawId(sales.id),
      rawId(extraId),
    ]);
    const deleted = await t.ok(DeleteGroup, { input: { id: extraId } }, token);
    expect(deleted.deleteGroup.userErrors).toEqual([]);
    expect((await items()).map((i) => i.group_id)).toEqual([rawId(sales.frontLineGroup.id)]);
    await sql(t, "delete from org_test_item");
  });

  it("refuses to orphan items (ITEMS_NEED_DESTINATION), then moves them with the deletion", async () => {
    const source = await create("Old Support");
    const level2 = await t.ok(CreateGroup, { input: { departmentId: source.id, name: "L2" } }, token);
    const l2 = level2.createGroup.group!.id;
    const member = await t.ok(AddAgent, { input: { employeeId: adminId, groupId: l2 } }, token);
    expect(member.addAgentToGroup.userErrors).toEqual([]);
    await sql(t, "insert into org_test_item (department_id, group_id) values (?, ?), (?, ?)", [
      rawId(source.id),
      rawId(l2),
      rawId(source.id),
      rawId(source.frontLineGroup.id),
    ]);

    const before = await orgFingerprint(t);
    const refused = await t.ok(Delete, { input: { id: source.id } }, token);
    expect(codes(refused.deleteDepartment.userErrors)).toEqual([
      ["ITEMS_NEED_DESTINATION", "input.moveItemsToDepartmentId"],
    ]);
    expect(refused.deleteDepartment.userErrors[0]!.message).toContain("2 test items");
    const self = await t.ok(Delete, { input: { id: source.id, moveItemsToDepartmentId: source.id } }, token);
    expect(codes(self.deleteDepartment.userErrors)).toEqual([["INVALID", "input.moveItemsToDepartmentId"]]);
    expect(await orgFingerprint(t)).toEqual(before);
    expect((await items()).every((i) => i.department_id === rawId(source.id))).toBe(true);

    const done = await t.ok(Delete, { input: { id: source.id, moveItemsToDepartmentId: support.id } }, token);
    expect(done.deleteDepartment).toMatchObject({
      deletedDepartmentId: source.id,
      itemsMovedTo: { id: support.id },
      userErrors: [],
    });
    expect(await items()).toEqual([
      expect.objectContaining({
        department_id: rawId(support.id),
        group_id: rawId(support.frontLineGroup.id),
      }),
      expect.objectContaining({
        department_id: rawId(support.id),
        group_id: rawId(support.frontLineGroup.id),
      }),
    ]);
    const left = await sql<{ n: number }>(
      t,
      `select (select count(*) from department_group where department_id = ?)::int
            + (select count(*) from agent_group_membership where group_id = ?)::int as n`,
      [rawId(source.id), rawId(l2)],
    );
    expect(left[0]!.n).toBe(0);
    const gone = await t.gql(Read, { id: source.id }, token);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("deletes a department without items without a destination", async () => {
    const empty = await create("Empty");
    const done = await t.ok(Delete, { input: { id: empty.id } }, token);
    expect(done.deleteDepartment).toMatchObject({
      deletedDepartmentId: empty.id,
      itemsMovedTo: null,
      userErrors: [],
    });
  });
});
