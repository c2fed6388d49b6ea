import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { graphql } from "../../core/testing/gql/index.js";
import type { CreateEmployeeInput } from "../../core/testing/gql/graphql.js";
import { ADMIN, adminSession, login } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import type { PredefinedRole } from "../roles/index.js";
import { accountsFingerprint, predefinedRoleIds, signedIn } from "./testing.js";

const List = graphql(`
  query AccEmpAdmList($first: Int, $search: String) {
    employees(first: $first, search: $search) {
      totalCount
      nodes {
        id
        roles {
          name
        }
      }
    }
  }
`);

const Get = graphql(`
  query AccEmpAdmGet($id: ID!) {
    employee(id: $id) {
      id
      displayName
      roles {
        name
      }
    }
  }
`);

const Create = graphql(`
  mutation AccEmpAdmCreate($input: CreateEmployeeInput!) {
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

const Update = graphql(`
  mutation AccEmpAdmUpdate($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const SetPassword = graphql(`
  mutation AccEmpAdmSetPassword($input: SetEmployeePasswordInput!) {
    setEmployeePassword(input: $input) {
      employee {
        id
        forcePasswordChange
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const SetRoles = graphql(`
  mutation AccEmpAdmSetRoles($input: SetAccountRolesInput!) {
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

const Delete = graphql(`
  mutation AccEmpAdmDelete($input: DeleteEmployeesInput!) {
    deleteEmployees(input: $input) {
      deletedEmployeeIds
      userErrors {
        code
      }
    }
  }
`);

const EmpNode = graphql(`
  query AccEmpAdmNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const PASSWORD = "Emp-Admin-Passw0rd!";

describe("employee administration", () => {
  let t: TestServer;
  let admin: string;
  let adminId: string;
  let role: Record<PredefinedRole, string>;

  async function createOk(input: Partial<CreateEmployeeInput> & { username: string }): Promise<string> {
    const full = {
      displayName: input.username,
      email: `${input.username}@example.com`,
      password: PASSWORD,
      ...input,
    };
    const result = await t.ok(Create, { input: full }, admin);
    expect(result.createEmployee.userErrors).toEqual([]);
    return result.createEmployee.employee!.id;
  }

  beforeAll(async () => {
    t = await startTestServer("employee_admin");
    const session = await adminSession(t);
    admin = session.token;
    adminId = session.adminId;
    role = await predefinedRoleIds(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("lets an administrator set a password, ending the employee's sessions", async () => {
    const id = await createOk({ username: "carol" });
    const old = (await login(t, "carol", PASSWORD)).accessToken;
    const weak = await t.ok(SetPassword, { input: { employeeId: id, password: "carol" } }, admin);
    expect(weak.setEmployeePassword.userErrors.map((e) => e.code)).toContain("WEAK_PASSWORD");
    expect((await t.gql(Get, { id }, old)).errors).toBeUndefined();
    const set = await t.ok(
      SetPassword,
      { input: { employeeId: id, password: "New-Passw0rd-42", forcePasswordChange: true } },
      admin,
    );
    expect(set.setEmployeePassword.employee).toEqual({ id, forcePasswordChange: true });
    expect((await t.gql(Get, { id }, old)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await expect(login(t, "carol", PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    expect((await login(t, "carol", "New-Passw0rd-42")).mustChangePassword).toBe(true);
    const own = await t.ok(
      SetPassword,
      { input: { employeeId: adminId, password: "Another-Passw0rd-1" } },
      admin,
    );
    expect(own.setEmployeePassword.userErrors.map((e) => e.code)).toEqual(["OWN_ACCOUNT"]);
    const adId = await createOk({
      username: "dan",
      authenticationMethod: "ACTIVE_DIRECTORY",
      authenticationDomain: "CORP",
      password: null,
    });
    const ad = await t.ok(SetPassword, { input: { employeeId: adId, password: "New-Passw0rd-42" } }, admin);
    expect(ad.setEmployeePassword.userErrors.map((e) => e.code)).toEqual(["NOT_PASSWORD_ACCOUNT"]);
    expect((await login(t, ADMIN.username, ADMIN.password)).accessToken).toBeTruthy();
  });

  it("sets roles under the documented rules", async () => {
    const id = await createOk({ username: "erin" });
    const before = await accountsFingerprint(t);
    const refusals: Array<[string[], string]> = [
      [[role.REGISTERED_USER, role.AGENT], "ROLE_REQUIRED"],
      [[role.EVERYONE, role.AGENT], "ROLE_REQUIRED"],
      [[role.EVERYONE, role.REGISTERED_USER, role.MANAGER], "MANAGER_REQUIRES_AGENT"],
      [[role.EVERYONE, role.REGISTERED_USER, toGlobalId("Role", randomUUID())], "NOT_FOUND"],
    ];
    for (const [roleIds, code] of refusals) {
      const result = await t.ok(SetRoles, { input: { accountId: id, roleIds } }, admin);
      expect(result.setAccountRoles.userErrors.map((e) => e.code)).toEqual([code]);
    }
    expect(await accountsFingerprint(t)).toEqual(before);
    const manager = await t.ok(
      SetRoles,
      {
        input: {
          accountId: id,
          roleIds: [role.EVERYONE, role.REGISTERED_USER, role.AGENT, role.MANAGER],
        },
      },
      admin,
    );
    expect(manager.setAccountRoles.account!.roles.map((r) => r.name).sort()).toEqual([
      "Agent",
      "Everyone",
      "Manager",
      "Registered User",
    ]);
    const lastAdmin = await t.ok(
      SetRoles,
      { input: { accountId: adminId, roleIds: [role.EVERYONE, role.REGISTERED_USER, role.AGENT] } },
      admin,
    );
    expect(lastAdmin.setAccountRoles.userErrors.map((e) => e.code)).toEqual(["LAST_ADMINISTRATOR"]);
    const { employee } = await t.ok(Get, { id: adminId }, admin);
    expect(employee.roles.map((r) => r.name)).toContain("Administrator");
  });

  it("deletes employees, never the caller nor the last administrator", async () => {
    const ghost = await createOk({ username: "ghost" });
    const ghostToken = (await login(t, "ghost", PASSWORD)).accessToken;
    const before = await accountsFingerprint(t);
    const lonely = await t.ok(Delete, { input: { ids: [adminId] } }, admin);
    expect(lonely.deleteEmployees.userErrors.map((e) => e.code)).toEqual(["LAST_ADMINISTRATOR"]);
    expect(await accountsFingerprint(t)).toEqual(before);
    const second = await createOk({
      username: "second-admin",
      roleIds: [role.ADMINISTRATOR],
    });
    const self = await t.ok(Delete, { input: { ids: [adminId, ghost] } }, admin);
    expect(self.deleteEmployees.userErrors.map((e) => e.code)).toEqual(["CANNOT_DELETE_SELF"]);
    expect((await t.ok(Get, { id: ghost }, admin)).employee.id).toBe(ghost);
    const deleted = await t.ok(Delete, { input: { ids: [ghost, second] } }, admin);
    expect(deleted.deleteEmployees.deletedEmployeeIds).toEqual([ghost, second]);
    expect((await t.gql(Get, { id: ghost }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await t.gql(List, {}, ghostToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await expect(login(t, "ghost", PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
  });

  it("keeps employee administration to administrators", async () => {
    const target = await createOk({ username: "gina" });
    const agent = (await login(t, "gina", PASSWORD)).accessToken;
    const user = (await signedIn(t, "customer2", "USER")).token;
    const before = await accountsFingerprint(t);
    const mutations = [
      (token?: string) =>
        t.gql(
          Create,
          { input: { username: "x1", displayName: "x", email: "x@example.com", password: PASSWORD } },
          token,
        ),
      (token?: string) => t.gql(Update, { input: { id: target, displayName: "Hacked" } }, token),
      (token?: string) =>
        t.gql(SetPassword, { input: { employeeId: adminId, password: "Hacked-Passw0rd-1" } }, token),
      (token?: string) =>
        t.gql(
          SetRoles,
          {
            input: {
              accountId: target,
              roleIds: [role.EVERYONE, role.REGISTERED_USER, role.AGENT, role.ADMINISTRATOR],
            },
          },
          token,
        ),
      (token?: string) => t.gql(Delete, { input: { ids: [adminId] } }, token),
    ];
    for (const call of mutations) {
      expect((await call(agent)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(user)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(undefined)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    for (const call of [
      (token?: string) => t.gql(List, {}, token),
      (token?: string) => t.gql(Get, { id: adminId }, token),
    ]) {
      expect((await call(user)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(undefined)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect((await t.gql(EmpNode, { id: adminId }, user)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await accountsFingerprint(t)).toEqual(before);
    expect((await login(t, ADMIN.username, ADMIN.password)).accessToken).toBeTruthy();
  });

  it("lists employees with their roles in a constant number of SQL statements", async () => {
    for (let i = 0; i < 20; i++) {
      await createOk({
        username: `bulk-${String(i).padStart(2, "0")}`,
        authenticationMethod: "EXTERNAL_PROVIDER",
        password: null,
      });
    }
    const small = (await t.statementsDuring(() => t.ok(List, { first: 5, search: "bulk-" }, admin))).length;
    const five = await t.ok(List, { first: 5, search: "bulk-" }, admin);
    const large = (await t.statementsDuring(() => t.ok(List, { first: 20, search: "bulk-" }, admin))).length;
    const twenty = await t.ok(List, { first: 20, search: "bulk-" }, admin);
    expect(five.employees.nodes).toHaveLength(5);
    expect(twenty.employees.nodes).toHaveLength(20);
    expect(twenty.employees.nodes.every((e) => e.roles.length === 4)).toBe(true);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
