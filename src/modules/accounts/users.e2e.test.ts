import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import type { CreateUserInput } from "../../core/testing/gql/graphql.js";
import { adminSession, login } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { accountsFingerprint } from "./testing.js";

const List = graphql(`
  query AccUserList(
    $search: String
    $roleId: ID
    $disabled: Boolean
    $sortBy: AccountSortField
    $descending: Boolean
  ) {
    users(
      first: 50
      search: $search
      roleId: $roleId
      disabled: $disabled
      sortBy: $sortBy
      descending: $descending
    ) {
      totalCount
      nodes {
        id
        username
        displayName
      }
    }
  }
`);

const Get = graphql(`
  query AccUserGet($id: ID!) {
    user(id: $id) {
      id
      username
      displayName
      email
      emailVerified
      authenticationMethod
      forcePasswordChange
      timeZone
      preferredLanguage
      website
      homePhone
      cellPhone
      workPhone
      otherPhone
      company
      address
      subscribeToCommunityPostsAutomatically
      portalSignature
      banned
      banReason
      disabled
      roles {
        name
      }
    }
  }
`);

const Create = graphql(`
  mutation AccUserCreate($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        roles {
          name
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
  mutation AccUserUpdate($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        username
        email
        banned
        banReason
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const SetPassword = graphql(`
  mutation AccUserSetPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) {
      user {
        id
        forcePasswordChange
      }
      userErrors {
        code
      }
    }
  }
`);

const Delete = graphql(`
  mutation AccUserDelete($input: DeleteUsersInput!) {
    deleteUsers(input: $input) {
      deletedUserIds
      userErrors {
        code
      }
    }
  }
`);

const SetRoles = graphql(`
  mutation AccUserSetRoles($input: SetAccountRolesInput!) {
    setAccountRoles(input: $input) {
      account {
        id
        roles {
          name
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Roles = graphql(`
  query AccUserRoles {
    roles(first: 50) {
      nodes {
        id
        predefined
      }
    }
  }
`);

const CreateRole = graphql(`
  mutation AccUserCreateRole($input: CreateRoleInput!) {
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

const CreateEmployee = graphql(`
  mutation AccUserCreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const PASSWORD = "User-Test-Passw0rd!";

describe("users", () => {
  let t: TestServer;
  let admin: string;
  const role: Record<string, string> = {};

  async function createOk(input: CreateUserInput, token = admin): Promise<string> {
    const result = await t.ok(Create, { input }, token);
    expect(result.createUser.userErrors).toEqual([]);
    return result.createUser.user!.id;
  }

  async function total(): Promise<number> {
    return (await t.ok(List, {}, admin)).users.totalCount;
  }

  /** An employee whose only employee role is `roleId` (plus Everyone and Registered User). */
  async function employeeWith(username: string, roleId: string): Promise<string> {
    const created = await t.ok(
      CreateEmployee,
      {
        input: {
          username,
          displayName: username,
          email: `${username}@example.com`,
          password: PASSWORD,
          roleIds: [roleId],
        },
      },
      admin,
    );
    expect(created.createEmployee.userErrors).toEqual([]);
    return (await login(t, username, PASSWORD)).accessToken;
  }

  beforeAll(async () => {
    t = await startTestServer("users");
    admin = (await adminSession(t)).token;
    for (const r of (await t.ok(Roles, undefined, admin)).roles.nodes)
      if (r.predefined) role[r.predefined] = r.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("creates users with Everyone and Registered User and every Details / Contact Info / Portal field", async () => {
    const id = await createOk({
      username: "jane",
      displayName: "Jane Doe",
      email: "jane@acme.test",
      password: PASSWORD,
      timeZone: "America/New_York",
      preferredLanguage: "en",
      website: "https://jane.test",
      homePhone: "1",
      cellPhone: "2",
      workPhone: "3",
      otherPhone: "4",
      company: "Acme",
      address: "1 Road",
      subscribeToCommunityPostsAutomatically: true,
      portalSignature: "Jane",
    });
    const { user } = await t.ok(Get, { id }, admin);
    expect(user).toMatchObject({
      username: "jane",
      displayName: "Jane Doe",
      emailVerified: false,
      authenticationMethod: "PASSWORD",
      timeZone: "America/New_York",
      cellPhone: "2",
      company: "Acme",
      address: "1 Road",
      subscribeToCommunityPostsAutomatically: true,
      banned: false,
    });
    expect(user.roles.map((r) => r.name)).toEqual(["Everyone", "Registered User"]);
    const minimal = await t.ok(Get, { id: await createOk({ username: "kim", password: PASSWORD }) }, admin);
    expect(minimal.user).toMatchObject({ displayName: "kim", email: null });
    const moderators = await t.ok(CreateRole, { input: { name: "Moderators", type: "USER" } }, admin);
    const withRole = await t.ok(
      Create,
      { input: { username: "mod", password: PASSWORD, roleIds: [moderators.createRole.role!.id] } },
      admin,
    );
    expect(withRole.createUser.user!.roles.map((r) => r.name)).toEqual([
      "Everyone",
      "Moderators",
      "Registered User",
    ]);
  });

  it("refuses bad users with their codes and creates nothing", async () => {
    await t.ok(
      CreateEmployee,
      { input: { username: "staff", displayName: "Staff", email: "staff@example.com", password: PASSWORD } },
      admin,
    );
    const before = await accountsFingerprint(t);
    const cases: Array<[CreateUserInput, string, string]> = [
      [{ username: "JANE", password: PASSWORD }, "TAKEN", "input.username"],
      [{ username: "staff", password: PASSWORD }, "TAKEN", "input.username"],
      [{ username: "x", email: "not an email", password: PASSWORD }, "INVALID", "input.email"],
      [{ username: "y", password: "y" }, "WEAK_PASSWORD", "input.password"],
      [{ username: "z" }, "REQUIRED", "input.password"],
      [{ username: "w", password: PASSWORD, roleIds: [role.AGENT!] }, "ROLE_TYPE_MISMATCH", "input.roleIds"],
      [
        { username: "v", password: PASSWORD, preferredLanguage: "english please" },
        "INVALID",
        "input.preferredLanguage",
      ],
    ];
    for (const [input, code, field] of cases) {
      const result = await t.ok(Create, { input }, admin);
      expect(result.createUser.user, `${input.username}: ${code}`).toBeNull();
      expect(result.createUser.userErrors.map((e) => [e.code, e.field?.join(".")])).toContainEqual([
        code,
        field,
      ]);
    }
    expect(await accountsFingerprint(t)).toEqual(before);
  });

  it("updates users, bans them from the Community and keeps usernames unique", async () => {
    const id = await createOk({ username: "leo", email: "leo@example.org", password: PASSWORD });
    const updated = await t.ok(
      Update,
      { input: { id, username: "leonard", email: null, banned: true, banReason: "Spam", homePhone: "555" } },
      admin,
    );
    expect(updated.updateUser.user).toMatchObject({
      username: "leonard",
      email: null,
      banned: true,
      banReason: "Spam",
    });
    const taken = await t.ok(Update, { input: { id, username: "Staff" } }, admin);
    expect(taken.updateUser.userErrors).toEqual([{ code: "TAKEN", field: ["input", "username"] }]);
    const bad = await t.ok(Update, { input: { id, email: "broken", banned: false } }, admin);
    expect(bad.updateUser.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
    const unban = await t.ok(Update, { input: { id, banned: false } }, admin);
    expect(unban.updateUser.user).toMatchObject({ username: "leonard", banned: false, banReason: null });
    const { user } = await t.ok(Get, { id }, admin);
    expect(user.homePhone).toBe("555");
  });

  it("sets a user's password with force-change and refuses employee roles on users", async () => {
    const id = await createOk({ username: "mia", password: PASSWORD });
    const set = await t.ok(
      SetPassword,
      { input: { userId: id, password: "Mia-New-Passw0rd", forcePasswordChange: true } },
      admin,
    );
    expect(set.setUserPassword.user).toEqual({ id, forcePasswordChange: true });
    expect((await login(t, "mia", "Mia-New-Passw0rd")).mustChangePassword).toBe(true);
    const weak = await t.ok(SetPassword, { input: { userId: id, password: "mia" } }, admin);
    expect(weak.setUserPassword.userErrors.map((e) => e.code)).toContain("WEAK_PASSWORD");
    const mismatch = await t.ok(
      SetRoles,
      { input: { accountId: id, roleIds: [role.EVERYONE!, role.REGISTERED_USER!, role.AGENT!] } },
      admin,
    );
    expect(mismatch.setAccountRoles.userErrors.map((e) => e.code)).toEqual(["ROLE_TYPE_MISMATCH"]);
    const verified = await t.ok(
      SetRoles,
      {
        input: {
          accountId: id,
          roleIds: [role.EVERYONE!, role.REGISTERED_USER!, role.REGISTERED_USER_VERIFIED_EMAIL!],
        },
      },
      admin,
    );
    expect(verified.setAccountRoles.account!.roles).toHaveLength(3);
  });

  it("lists users by search, role, state and sort key", async () => {
    const search = await t.ok(List, { search: "ACME.test" }, admin);
    expect(search.users.nodes.map((u) => u.username)).toEqual(["jane"]);
    const verified = await t.ok(List, { roleId: role.REGISTERED_USER_VERIFIED_EMAIL! }, admin);
    expect(verified.users.nodes.map((u) => u.username)).toEqual(["mia"]);
    const everyone = await t.ok(List, { roleId: role.EVERYONE! }, admin);
    expect(everyone.users.totalCount).toBe(await total());
    expect(everyone.users.nodes.map((u) => u.username)).not.toContain("staff");
    const sorted = await t.ok(List, { sortBy: "USERNAME", descending: true }, admin);
    const names = sorted.users.nodes.map((u) => u.username);
    expect(names).toEqual([...names].sort().reverse());
    expect((await t.ok(List, { disabled: true }, admin)).users.totalCount).toBe(0);
  });

  it("deletes users for good; default agents may not (002 L4076)", async () => {
    const id = await createOk({ username: "nina", password: PASSWORD });
    const token = (await login(t, "nina", PASSWORD)).accessToken;
    const agent = await employeeWith("agent-del", role.AGENT!);
    expect((await t.gql(Delete, { input: { ids: [id] } }, agent)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    // ...but agents may create and edit users.
    const byAgent = await createOk({ username: "from-agent", password: PASSWORD }, agent);
    expect(
      (await t.ok(Update, { input: { id: byAgent, displayName: "Edited" } }, agent)).updateUser.userErrors,
    ).toEqual([]);
    const deleted = await t.ok(Delete, { input: { ids: [id] } }, admin);
    expect(deleted.deleteUsers.deletedUserIds).toEqual([id]);
    expect((await t.gql(Get, { id }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await t.gql(List, {}, token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await expect(login(t, "nina", PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
  });
});
