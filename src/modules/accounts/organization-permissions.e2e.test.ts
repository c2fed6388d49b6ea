import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { accountsFingerprint, insertRole, signedIn } from "./testing.js";

const List = graphql(`
  query AccOrgPermList {
    organizations {
      totalCount
    }
  }
`);

const Get = graphql(`
  query AccOrgPermGet($id: ID!) {
    organization(id: $id) {
      id
      members {
        id
      }
      users {
        totalCount
      }
    }
  }
`);

const UsersInOrg = graphql(`
  query AccOrgPermUsers($organizationId: ID, $search: String, $first: Int) {
    users(organizationId: $organizationId, search: $search, first: $first) {
      totalCount
      nodes {
        username
        organizations {
          name
        }
      }
    }
  }
`);

const MyOrgs = graphql(`
  query AccOrgPermMine {
    me {
      ... on User {
        organizations {
          name
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation AccOrgPermCreate($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        members {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Update = graphql(`
  mutation AccOrgPermUpdate($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const AddMember = graphql(`
  mutation AccOrgPermAddMember($input: AddOrganizationMemberInput!) {
    addOrganizationMember(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const UpdateMember = graphql(`
  mutation AccOrgPermUpdateMember($input: UpdateOrganizationMemberInput!) {
    updateOrganizationMember(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const RemoveMember = graphql(`
  mutation AccOrgPermRemoveMember($input: RemoveOrganizationMemberInput!) {
    removeOrganizationMember(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Delete = graphql(`
  mutation AccOrgPermDelete($input: DeleteOrganizationsInput!) {
    deleteOrganizations(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

describe("organization permissions", () => {
  let t: TestServer;
  let admin: string;
  let acme: string;
  let memberId: string;

  beforeAll(async () => {
    t = await startTestServer("organization_permissions");
    admin = (await adminSession(t)).token;
    // signedIn() gives every account an @example.com address: the domain rule matches them all.
    const created = await t.ok(
      Create,
      { input: { name: "Example", members: [{ type: "DOMAIN_NAME", value: "example.com" }] } },
      admin,
    );
    acme = created.createOrganization.organization!.id;
    memberId = created.createOrganization.organization!.members[0]!.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("applies the Users / Organizations levels: None, Read Only and the Agent default", async () => {
    await insertRole(t, "No Orgs", "EMPLOYEE", [{ feature: "USERS_ORGANIZATIONS", level: "NONE" }]);
    await insertRole(t, "Org Readers", "EMPLOYEE", [{ feature: "USERS_ORGANIZATIONS", level: "READ_ONLY" }]);
    const none = (await signedIn(t, "agent-none", "EMPLOYEE", ["No Orgs"])).token;
    const reader = (await signedIn(t, "agent-reader", "EMPLOYEE", ["Org Readers"])).token;
    const agent = (await signedIn(t, "agent-default", "EMPLOYEE", ["AGENT"])).token;
    const endUser = (await signedIn(t, "jane", "USER")).token;
    const reads = [
      (token?: string) => t.gql(List, {}, token),
      (token?: string) => t.gql(Get, { id: acme }, token),
      (token?: string) => t.gql(UsersInOrg, { organizationId: acme }, token),
    ];
    const writes = [
      (token?: string) => t.gql(Create, { input: { name: "Intruder Inc" } }, token),
      (token?: string) => t.gql(Update, { input: { id: acme, name: "Hacked" } }, token),
      (token?: string) =>
        t.gql(AddMember, { input: { organizationId: acme, type: "USERNAME", value: "intruder" } }, token),
      (token?: string) => t.gql(UpdateMember, { input: { id: memberId, value: "intruder.test" } }, token),
      (token?: string) => t.gql(RemoveMember, { input: { id: memberId } }, token),
      (token?: string) => t.gql(Delete, { input: { ids: [acme] } }, token),
    ];
    const before = await accountsFingerprint(t);
    for (const call of [...reads, ...writes]) {
      expect((await call(none)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(endUser)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(undefined)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    for (const call of reads) expect((await call(reader)).errors).toBeUndefined();
    for (const call of writes) expect((await call(reader)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // An end user does not learn which organizations their account matches, nor their rules.
    expect((await t.gql(MyOrgs, undefined, endUser)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await accountsFingerprint(t)).toEqual(before);
    // The Agent role creates, but "by default, agents cannot delete organizations" (002 L4198).
    const byAgent = await t.ok(Create, { input: { name: "Agent Made" } }, agent);
    const madeId = byAgent.createOrganization.organization!.id;
    const refused = await t.gql(Delete, { input: { ids: [madeId] } }, agent);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.ok(List, {}, admin)).organizations.totalCount).toBe(2);
  });

  it("lists users with their organizations in a constant number of SQL statements", async () => {
    for (let i = 0; i < 20; i++) await signedIn(t, `bulk${String(i).padStart(2, "0")}`, "USER");
    const small = (await t.statementsDuring(() => t.ok(UsersInOrg, { search: "bulk", first: 5 }, admin)))
      .length;
    const five = await t.ok(UsersInOrg, { search: "bulk", first: 5 }, admin);
    const large = (await t.statementsDuring(() => t.ok(UsersInOrg, { search: "bulk", first: 20 }, admin)))
      .length;
    const twenty = await t.ok(UsersInOrg, { search: "bulk", first: 20 }, admin);
    expect(five.users.nodes).toHaveLength(5);
    expect(twenty.users.nodes.every((u) => u.organizations.map((o) => o.name).includes("Example"))).toBe(
      true,
    );
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
