import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { adminSession, login } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";

const Me = graphql(`
  query AccAccessMe {
    me {
      id
      forcePasswordChange
    }
  }
`);

const Employees = graphql(`
  query AccAccessEmployees {
    employees {
      totalCount
    }
  }
`);

const Catalog = graphql(`
  query AccAccessCatalog {
    permissionCatalog {
      levels
    }
  }
`);

const ChangeMyPassword = graphql(`
  mutation AccAccessChangePassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      account {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const Logout = graphql(`
  mutation AccAccessLogout {
    logout {
      success
    }
  }
`);

const CreateEmployee = graphql(`
  mutation AccAccessCreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
        id
        forcePasswordChange
      }
      userErrors {
        code
      }
    }
  }
`);

const CreateUser = graphql(`
  mutation AccAccessCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const Disable = graphql(`
  mutation AccAccessDisable($input: DisableAccountInput!) {
    disableAccount(input: $input) {
      account {
        id
        disabled
      }
      userErrors {
        code
      }
    }
  }
`);

const Enable = graphql(`
  mutation AccAccessEnable($input: EnableAccountInput!) {
    enableAccount(input: $input) {
      account {
        id
        disabled
      }
      userErrors {
        code
      }
    }
  }
`);

const LoginDoc = graphql(`
  mutation AccAccessLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
      }
      userErrors {
        code
      }
    }
  }
`);

const AdminRole = graphql(`
  query AccAccessAdminRole {
    roles(first: 50, type: EMPLOYEE) {
      nodes {
        id
        predefined
      }
    }
  }
`);

const PASSWORD = "Access-Passw0rd-1";

describe("account access: disabling and forced password changes", () => {
  let t: TestServer;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestServer("account_access");
    const session = await adminSession(t);
    admin = session.token;
    adminId = session.adminId;
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function loginCode(username: string, password: string): Promise<string | undefined> {
    return (await t.ok(LoginDoc, { input: { username, password } })).login.userErrors[0]?.code;
  }

  it("a disabled user's existing access token stops working at once; enabling restores sign-in", async () => {
    const created = await t.ok(CreateUser, { input: { username: "paula", password: PASSWORD } }, admin);
    const id = created.createUser.user!.id;
    const token = (await login(t, "paula", PASSWORD)).accessToken;
    expect((await t.ok(Me, undefined, token)).me.id).toBe(id);
    const disabled = await t.ok(Disable, { input: { accountId: id } }, admin);
    expect(disabled.disableAccount.account).toEqual({ id, disabled: true });
    expect((await t.gql(Me, undefined, token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await loginCode("paula", PASSWORD)).toBe("ACCOUNT_DISABLED");
    const enabled = await t.ok(Enable, { input: { accountId: id } }, admin);
    expect(enabled.enableAccount.account).toEqual({ id, disabled: false });
    // The old session was ended by the disable, not merely suspended.
    expect((await t.gql(Me, undefined, token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.ok(Me, undefined, (await login(t, "paula", PASSWORD)).accessToken)).me.id).toBe(id);
  });

  it("disables employees too, but never the caller nor the last administrator", async () => {
    const created = await t.ok(
      CreateEmployee,
      { input: { username: "quinn", displayName: "Quinn", email: "quinn@example.com", password: PASSWORD } },
      admin,
    );
    const id = created.createEmployee.employee!.id;
    const token = (await login(t, "quinn", PASSWORD)).accessToken;
    expect(
      (await t.gql(Disable, { input: { accountId: adminId } }, token)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    const lonely = await t.ok(Disable, { input: { accountId: adminId } }, admin);
    expect(lonely.disableAccount.userErrors.map((e) => e.code)).toEqual(["LAST_ADMINISTRATOR"]);
    const roles = (await t.ok(AdminRole, undefined, admin)).roles.nodes;
    const administrator = roles.find((r) => r.predefined === "ADMINISTRATOR")!.id;
    const second = await t.ok(
      CreateEmployee,
      {
        input: {
          username: "root2",
          displayName: "Root",
          email: "root2@example.com",
          password: PASSWORD,
          roleIds: [administrator],
        },
      },
      admin,
    );
    expect(second.createEmployee.userErrors).toEqual([]);
    const self = await t.ok(Disable, { input: { accountId: adminId } }, admin);
    expect(self.disableAccount.userErrors.map((e) => e.code)).toEqual(["CANNOT_DISABLE_SELF"]);
    expect((await t.ok(Me, undefined, admin)).me.id).toBe(adminId);
    const disabled = await t.ok(Disable, { input: { accountId: id } }, admin);
    expect(disabled.disableAccount.account!.disabled).toBe(true);
    expect((await t.gql(Employees, undefined, token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.ok(Employees, undefined, admin)).employees.totalCount).toBe(3);
  });

  it("an account created with forcePasswordChange may only change its password, log out or read me", async () => {
    const created = await t.ok(
      CreateEmployee,
      {
        input: {
          username: "rosa",
          displayName: "Rosa",
          email: "rosa@example.com",
          password: PASSWORD,
          forcePasswordChange: true,
        },
      },
      admin,
    );
    expect(created.createEmployee.employee!.forcePasswordChange).toBe(true);
    const session = await login(t, "rosa", PASSWORD);
    expect(session.mustChangePassword).toBe(true);
    const token = session.accessToken;
    expect((await t.ok(Me, undefined, token)).me.forcePasswordChange).toBe(true);
    for (const blocked of [
      () => t.gql(Employees, undefined, token),
      () => t.gql(Catalog, undefined, token),
    ]) {
      expect((await blocked()).errors?.[0]?.extensions?.code).toBe("PASSWORD_CHANGE_REQUIRED");
    }
    const changed = await t.ok(
      ChangeMyPassword,
      { input: { currentPassword: PASSWORD, newPassword: "Rosa-Own-Passw0rd" } },
      token,
    );
    expect(changed.changeMyPassword.userErrors).toEqual([]);
    expect((await t.ok(Me, undefined, token)).me.forcePasswordChange).toBe(false);
    expect((await t.ok(Employees, undefined, token)).employees.totalCount).toBeGreaterThan(0);
    expect((await t.ok(Logout, undefined, token)).logout.success).toBe(true);
    expect((await login(t, "rosa", "Rosa-Own-Passw0rd")).mustChangePassword).toBe(false);
  });

  it("lets a forced account log out before changing its password", async () => {
    await t.ok(
      CreateUser,
      { input: { username: "sam", password: PASSWORD, forcePasswordChange: true } },
      admin,
    );
    const token = (await login(t, "sam", PASSWORD)).accessToken;
    expect((await t.ok(Logout, undefined, token)).logout.success).toBe(true);
    expect((await t.gql(Me, undefined, token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
