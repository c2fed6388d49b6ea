import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import type { PredefinedRole } from "../roles/index.js";
import { accountsFingerprint, insertRole, predefinedRoleIds, signedIn } from "./testing.js";

const List = graphql(`
  query AccUserPermList {
    users {
      totalCount
    }
  }
`);

const Get = graphql(`
  query AccUserPermGet($id: ID!) {
    user(id: $id) {
      id
    }
  }
`);

const Create = graphql(`
  mutation AccUserPermCreate($input: CreateUserInput!) {
    createUser(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Update = graphql(`
  mutation AccUserPermUpdate($input: UpdateUserInput!) {
    updateUser(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const SetPassword = graphql(`
  mutation AccUserPermSetPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Delete = graphql(`
  mutation AccUserPermDelete($input: DeleteUsersInput!) {
    deleteUsers(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const SetRoles = graphql(`
  mutation AccUserPermSetRoles($input: SetAccountRolesInput!) {
    setAccountRoles(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Disable = graphql(`
  mutation AccUserPermDisable($input: DisableAccountInput!) {
    disableAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Enable = graphql(`
  mutation AccUserPermEnable($input: EnableAccountInput!) {
    enableAccount(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const UserNode = graphql(`
  query AccUserPermNode($id: ID!) {
    node(id: $id) {
      id
      ... on User {
        username
      }
    }
  }
`);

describe("user permissions", () => {
  let t: TestServer;
  let role: Record<PredefinedRole, string>;

  beforeAll(async () => {
    t = await startTestServer("user_permissions");
    await adminSession(t);
    role = await predefinedRoleIds(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("refuses every user operation to callers without the Users / Organizations permissions", async () => {
    await insertRole(t, "No Users", "EMPLOYEE", [
      { feature: "TICKETS", level: "FULL_CONTROL" },
      { feature: "USERS_ORGANIZATIONS", level: "NONE" },
    ]);
    const agent = await signedIn(t, "agent-none", "EMPLOYEE", ["No Users"]);
    const target = await signedIn(t, "olga", "USER");
    const other = await signedIn(t, "peter", "USER");
    const id = target.globalId;
    const calls = [
      (token?: string) => t.gql(List, {}, token),
      (token?: string) => t.gql(Get, { id }, token),
      (token?: string) =>
        t.gql(Create, { input: { username: "intruder", password: "Intruder-Passw0rd-1" } }, token),
      (token?: string) => t.gql(Update, { input: { id, displayName: "Hacked" } }, token),
      (token?: string) => t.gql(SetPassword, { input: { userId: id, password: "Hacked-Passw0rd-1" } }, token),
      (token?: string) => t.gql(Delete, { input: { ids: [id] } }, token),
      (token?: string) =>
        t.gql(SetRoles, { input: { accountId: id, roleIds: [role.EVERYONE, role.REGISTERED_USER] } }, token),
      (token?: string) => t.gql(Disable, { input: { accountId: id } }, token),
      (token?: string) => t.gql(Enable, { input: { accountId: id } }, token),
    ];
    const before = await accountsFingerprint(t);
    for (const call of calls) {
      expect((await call(agent.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(other.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(undefined)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect((await t.gql(UserNode, { id }, agent.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(UserNode, { id }, other.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await accountsFingerprint(t)).toEqual(before);
    // One's own account is visible through node(id) without the permission.
    expect((await t.ok(UserNode, { id }, target.token)).node).toMatchObject({ username: "olga" });
  });

  it("lets the default Agent role create, edit and disable users but not delete them (002 L4076)", async () => {
    const agent = await signedIn(t, "agent-default", "EMPLOYEE", ["AGENT"]);
    const target = await signedIn(t, "quentin", "USER");
    expect((await t.ok(List, {}, agent.token)).users.totalCount).toBeGreaterThan(0);
    const created = await t.ok(
      Create,
      { input: { username: "by-agent", password: "By-Agent-Passw0rd" } },
      agent.token,
    );
    expect(created.createUser.userErrors).toEqual([]);
    const updated = await t.ok(Update, { input: { id: target.globalId, displayName: "Q" } }, agent.token);
    expect(updated.updateUser.userErrors).toEqual([]);
    const disabled = await t.ok(Disable, { input: { accountId: target.globalId } }, agent.token);
    expect(disabled.disableAccount.userErrors).toEqual([]);
    const deleted = await t.gql(Delete, { input: { ids: [target.globalId] } }, agent.token);
    expect(deleted.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Employees remain the administrator's: an agent cannot disable a colleague.
    const colleague = await signedIn(t, "colleague", "EMPLOYEE", ["AGENT"]);
    const refused = await t.gql(Disable, { input: { accountId: colleague.globalId } }, agent.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
