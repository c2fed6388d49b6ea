import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { adminSession, login } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { TEST_PASSWORD, predefinedRoleIds, signedIn } from "../accounts/testing.js";
import type { PredefinedRole } from "./role.entity.js";

const Create = graphql(`
  mutation RolePermCreate($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const SetRoles = graphql(`
  mutation RolePermSetRoles($input: SetAccountRolesInput!) {
    setAccountRoles(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const MyPermissions = graphql(`
  query RolePermMine {
    myPermissions
  }
`);

const Effective = graphql(`
  query RolePermEffective($accountId: ID!) {
    effectivePermissions(accountId: $accountId)
  }
`);

const RoleNode = graphql(`
  query RolePermNode($id: ID!) {
    node(id: $id) {
      id
      ... on Role {
        name
      }
    }
  }
`);

describe("effective permissions", () => {
  let t: TestServer;
  let admin: string;
  let role: Record<PredefinedRole, string>;

  beforeAll(async () => {
    t = await startTestServer("role_permissions");
    admin = (await adminSession(t)).token;
    role = await predefinedRoleIds(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("is the union of roles: a custom user role's actions appear after re-login", async () => {
    const user = await signedIn(t, "ursula", "USER");
    const before = (await t.ok(MyPermissions, undefined, user.token)).myPermissions;
    expect(before).toEqual(expect.arrayContaining(["KB_ARTICLES_VIEW", "COMMUNITY_CREATE_THREAD"]));
    expect(before).not.toContain("COMMUNITY_DELETE_THREAD");
    const created = await t.ok(
      Create,
      {
        input: {
          name: "Community Admins",
          type: "USER",
          grants: [{ feature: "COMMUNITY", level: "FULL_CONTROL" }],
        },
      },
      admin,
    );
    const roleIds = [role.EVERYONE, role.REGISTERED_USER, created.createRole.role!.id];
    const set = await t.ok(SetRoles, { input: { accountId: user.globalId, roleIds } }, admin);
    expect(set.setAccountRoles.userErrors).toEqual([]);
    const relogged = (await login(t, "ursula", TEST_PASSWORD)).accessToken;
    const after = (await t.ok(MyPermissions, undefined, relogged)).myPermissions;
    // What the other roles grant stays (a role never takes away), the new role adds its actions.
    expect(after).toEqual(
      expect.arrayContaining([...before, "COMMUNITY_DELETE_THREAD", "COMMUNITY_MOVE_POST"]),
    );
    expect(after).not.toContain("MANAGEMENT_INTERFACE");
    expect((await t.ok(Effective, { accountId: user.globalId }, admin)).effectivePermissions).toEqual(after);
  });

  it("gives an agent whose only employee role has a Custom Tickets level exactly those ticket actions", async () => {
    const created = await t.ok(
      Create,
      {
        input: {
          name: "Ticket Viewers",
          type: "EMPLOYEE",
          grants: [{ feature: "TICKETS", level: "CUSTOM", customActions: ["VIEW", "REPLY"] }],
        },
      },
      admin,
    );
    expect(created.createRole.userErrors).toEqual([]);
    const agent = await signedIn(t, "tom", "EMPLOYEE", ["Ticket Viewers"]);
    const permissions = (await t.ok(MyPermissions, undefined, agent.token)).myPermissions;
    expect(permissions.filter((p) => p.startsWith("TICKETS_"))).toEqual(["TICKETS_REPLY", "TICKETS_VIEW"]);
    expect(permissions).toContain("MANAGEMENT_INTERFACE");
    expect(permissions).not.toContain("ADMINISTRATION");
    expect(permissions).not.toContain("USERS_ORGANIZATIONS_VIEW");
    // Adding the Agent role back widens it to the Agent's grants: the most permissive role wins.
    const roleIds = [role.EVERYONE, role.REGISTERED_USER, role.AGENT, created.createRole.role!.id];
    await t.ok(SetRoles, { input: { accountId: agent.globalId, roleIds } }, admin);
    const widened = (await t.ok(Effective, { accountId: agent.globalId }, admin)).effectivePermissions;
    expect(widened).toEqual(expect.arrayContaining(["TICKETS_TAKE", "USERS_ORGANIZATIONS_VIEW"]));
    expect(widened).not.toContain("TICKETS_DELETE");
  });

  it("shows effective permissions and roles through node(id) to administrators only", async () => {
    const agent = await signedIn(t, "rita", "EMPLOYEE", ["AGENT"]);
    const user = await signedIn(t, "uwe", "USER");
    const admins = (await t.ok(Effective, { accountId: agent.globalId }, admin)).effectivePermissions;
    expect(admins).toContain("MANAGEMENT_INTERFACE");
    expect((await t.gql(Effective, { accountId: "bm9wZQ" }, admin)).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await t.ok(RoleNode, { id: role.MANAGER }, admin)).node).toMatchObject({ name: "Manager" });
    for (const token of [agent.token, user.token]) {
      expect(
        (await t.gql(Effective, { accountId: agent.globalId }, token)).errors?.[0]?.extensions?.code,
      ).toBe("FORBIDDEN");
      expect((await t.gql(RoleNode, { id: role.MANAGER }, token)).errors?.[0]?.extensions?.code).toBe(
        "FORBIDDEN",
      );
    }
    expect((await t.gql(Effective, { accountId: agent.globalId })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });
});
