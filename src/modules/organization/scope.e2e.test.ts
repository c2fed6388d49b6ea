import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, END_USER, MANAGER, signedInAccount } from "./testing.js";
import type { SignedInAccount } from "./testing.js";

const CreateDepartment = graphql(`
  mutation OrgScopeCreateDepartment($input: CreateDepartmentInput!) {
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

const UpdateDepartment = graphql(`
  mutation OrgScopeUpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const AddAgent = graphql(`
  mutation OrgScopeAddAgent($input: AddAgentToGroupInput!) {
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

const Lists = graphql(`
  query OrgScopeLists($departmentId: ID) {
    departments(first: 50) {
      totalCount
      nodes {
        id
      }
    }
    groups(first: 50, departmentId: $departmentId) {
      totalCount
      nodes {
        id
        department {
          id
        }
      }
    }
    brands(first: 10) {
      nodes {
        departments {
          id
        }
      }
    }
  }
`);

const ReadDepartment = graphql(`
  query OrgScopeDepartment($id: ID!) {
    department(id: $id) {
      id
    }
  }
`);

const ReadGroup = graphql(`
  query OrgScopeGroup($id: ID!) {
    group(id: $id) {
      id
      memberships {
        employee {
          id
          groupMemberships {
            group {
              id
            }
          }
        }
      }
    }
  }
`);

const Node = graphql(`
  query OrgScopeNode($id: ID!) {
    node(id: $id) {
      id
      __typename
    }
  }
`);

const Brands = graphql(`
  query OrgScopeBrands {
    brands {
      totalCount
    }
  }
`);

describe("organization scope", () => {
  let t: TestServer;
  let admin: string;
  let deptA: string;
  let flA: string;
  let deptB: string;
  let flB: string;
  let membershipB: string;
  let alice: SignedInAccount;
  let bob: SignedInAccount;
  let mike: SignedInAccount;
  let ursula: SignedInAccount;

  const code = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
    result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestServer("org_scope");
    admin = (await adminSession(t)).token;
    const make = async (name: string) => {
      const d = await t.ok(
        CreateDepartment,
        { input: { name, frontLineGroup: { newGroupName: `${name} FL` } } },
        admin,
      );
      return d.createDepartment.department!;
    };
    const a = await make("A");
    const b = await make("B");
    [deptA, flA, deptB, flB] = [a.id, a.frontLineGroup.id, b.id, b.frontLineGroup.id];
    alice = await signedInAccount(t, "alice", AGENT);
    bob = await signedInAccount(t, "bob", AGENT);
    mike = await signedInAccount(t, "mike", MANAGER);
    ursula = await signedInAccount(t, "ursula", END_USER, "USER");
    const add = async (employeeId: string, groupId: string) => {
      const m = await t.ok(AddAgent, { input: { employeeId, groupId } }, admin);
      return m.addAgentToGroup.membership!.id;
    };
    await add(alice.globalId, flA);
    await add(mike.globalId, flA);
    await add(bob.globalId, flA);
    membershipB = await add(bob.globalId, flB);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("administrators see every department and group", async () => {
    const data = await t.ok(Lists, {}, admin);
    expect(data.departments.totalCount).toBe(2);
    expect(data.groups.totalCount).toBe(2);
  });

  it("an agent of department A lists only A", async () => {
    const data = await t.ok(Lists, {}, alice.token);
    expect(data.departments.nodes.map((d) => d.id)).toEqual([deptA]);
    expect(data.departments.totalCount).toBe(1);
    expect(data.groups.nodes.map((g) => g.department.id)).toEqual([deptA]);
    expect(data.brands.nodes.flatMap((b) => b.departments.map((d) => d.id))).toEqual([deptA]);
    const filtered = await t.ok(Lists, { departmentId: deptB }, alice.token);
    expect(filtered.groups.totalCount).toBe(0);
  });

  it("an employee in no group sees no department and no group", async () => {
    const loner = await signedInAccount(t, "loner", AGENT);
    const data = await t.ok(Lists, {}, loner.token);
    expect([data.departments.totalCount, data.groups.totalCount]).toEqual([0, 0]);
    expect(data.brands.nodes.flatMap((b) => b.departments)).toEqual([]);
  });

  it("an agent of department A gets FORBIDDEN reading B directly or through node()", async () => {
    expect(code(await t.gql(ReadDepartment, { id: deptB }, alice.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(Node, { id: deptB }, alice.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(ReadGroup, { id: flB }, alice.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(Node, { id: flB }, alice.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(Node, { id: membershipB }, alice.token))).toBe("FORBIDDEN");
    expect((await t.ok(ReadDepartment, { id: deptA }, alice.token)).department.id).toBe(deptA);
    expect((await t.ok(Node, { id: deptA }, alice.token)).node).toEqual({
      id: deptA,
      __typename: "Department",
    });
    expect((await t.ok(Node, { id: membershipB }, bob.token)).node?.__typename).toBe("AgentGroupMembership");
  });

  it("shows a colleague's memberships only within the reader's departments", async () => {
    const data = await t.ok(ReadGroup, { id: flA }, alice.token);
    const bobsView = data.group.memberships.find((m) => m.employee.id === bob.globalId)!;
    expect(bobsView.employee.groupMemberships.map((m) => m.group.id)).toEqual([flA]);
    const adminView = await t.ok(ReadGroup, { id: flA }, admin);
    const all = adminView.group.memberships.find((m) => m.employee.id === bob.globalId)!;
    expect(all.employee.groupMemberships.map((m) => m.group.id).sort()).toEqual([flA, flB].sort());
  });

  it("managers also see departments that allow managers from outside; agents still do not", async () => {
    expect(code(await t.gql(ReadDepartment, { id: deptB }, mike.token))).toBe("FORBIDDEN");
    const opened = await t.ok(
      UpdateDepartment,
      { input: { id: deptB, allowManagersOutsideToView: true } },
      admin,
    );
    expect(opened.updateDepartment.userErrors).toEqual([]);
    expect((await t.ok(ReadDepartment, { id: deptB }, mike.token)).department.id).toBe(deptB);
    const lists = await t.ok(Lists, {}, mike.token);
    expect(lists.departments.nodes.map((d) => d.id).sort()).toEqual([deptA, deptB].sort());
    expect(code(await t.gql(ReadDepartment, { id: deptB }, alice.token))).toBe("FORBIDDEN");
    expect((await t.ok(Lists, {}, alice.token)).departments.totalCount).toBe(1);
  });

  it("end users get FORBIDDEN on every organization read", async () => {
    expect(code(await t.gql(Brands, undefined, ursula.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(Lists, {}, ursula.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(ReadDepartment, { id: deptA }, ursula.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(Node, { id: deptA }, ursula.token))).toBe("FORBIDDEN");
    expect(code(await t.gql(Brands))).toBe("UNAUTHENTICATED");
  });
});
