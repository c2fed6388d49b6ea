import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import type { CreateEmployeeInput } from "../../core/testing/gql/graphql.js";
import { ADMIN, adminSession, login } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { accountsFingerprint } from "./testing.js";

const List = graphql(`
  query AccEmpList($first: Int, $search: String, $roleId: ID, $disabled: Boolean, $sortBy: AccountSortField) {
    employees(first: $first, search: $search, roleId: $roleId, disabled: $disabled, sortBy: $sortBy) {
      totalCount
      nodes {
        id
        username
        displayName
        roles {
          name
        }
      }
    }
  }
`);

const Get = graphql(`
  query AccEmpGet($id: ID!) {
    employee(id: $id) {
      id
      username
      displayName
      displayNameForChat
      email
      emailVerified
      authenticationMethod
      authenticationDomain
      forcePasswordChange
      timeZone
      preferredLanguage
      hourlyCost
      website
      homePhone
      cellPhone
      workPhone
      otherPhone
      company
      address
      subscribeToCommunityPostsAutomatically
      emailSummariesOfSubscribedCommunityPosts
      emailNewMessagesFromConversations
      portalSignature
      copyToAddress
      copyToEnabled
      otherReplyFromAddresses
      maxTickets
      maxActiveLiveChats
      popUpNewChatsAutomatically
      playChatSounds
      playSoundWhenChatQueued
      blockChatWhileComposingCallLogs
      roles {
        name
      }
    }
  }
`);

const Directory = graphql(`
  query AccEmpDirectory($id: ID!) {
    employee(id: $id) {
      id
      displayName
      displayNameForChat
      email
      roles {
        name
      }
    }
  }
`);

const Private = graphql(`
  query AccEmpPrivate($id: ID!) {
    employee(id: $id) {
      id
      homePhone
    }
  }
`);

const Create = graphql(`
  mutation AccEmpCreate($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
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

const Update = graphql(`
  mutation AccEmpUpdate($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      employee {
        id
        username
        displayName
        authenticationMethod
        authenticationDomain
        hourlyCost
        maxTickets
        otherReplyFromAddresses
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const RoleIds = graphql(`
  query AccEmpRoles {
    roles(first: 50) {
      nodes {
        id
        predefined
      }
    }
  }
`);

const CreateUser = graphql(`
  mutation AccEmpCreateUser($input: CreateUserInput!) {
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

const EmpNode = graphql(`
  query AccEmpNode($id: ID!) {
    node(id: $id) {
      id
      ... on Employee {
        displayName
      }
    }
  }
`);

const PASSWORD = "Emp-Test-Passw0rd!";

describe("employees", () => {
  let t: TestServer;
  let admin: string;
  let adminId: string;
  const role: Record<string, string> = {};

  async function create(input: Partial<CreateEmployeeInput> & { username: string }) {
    return t.ok(
      Create,
      {
        input: {
          displayName: input.username,
          email: `${input.username}@example.com`,
          password: PASSWORD,
          ...input,
        },
      },
      admin,
    );
  }

  async function createOk(input: Partial<CreateEmployeeInput> & { username: string }): Promise<string> {
    const result = await create(input);
    expect(result.createEmployee.userErrors).toEqual([]);
    return result.createEmployee.employee!.id;
  }

  beforeAll(async () => {
    t = await startTestServer("employees");
    const session = await adminSession(t);
    admin = session.token;
    adminId = session.adminId;
    for (const r of (await t.ok(RoleIds, undefined, admin)).roles.nodes)
      if (r.predefined) role[r.predefined] = r.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("creates an employee with every field and the default roles (002 L6205-6210)", async () => {
    const id = await createOk({
      username: "Alice",
      displayName: "Alice Agent",
      displayNameForChat: "Ali",
      email: "alice@example.com",
      timeZone: "Europe/Berlin",
      preferredLanguage: "de-DE",
      hourlyCost: 42.5,
      website: "https://alice.example.com",
      homePhone: "+49 30 1111",
      cellPhone: "+49 170 2222",
      workPhone: "+49 30 3333",
      otherPhone: "+49 30 4444",
      company: "Example Inc",
      address: "Main St 1, Berlin",
      subscribeToCommunityPostsAutomatically: true,
      emailSummariesOfSubscribedCommunityPosts: true,
      emailNewMessagesFromConversations: true,
      portalSignature: "<p>Alice</p>",
      copyToAddress: "alice@mail.example.com",
      otherReplyFromAddresses: ["support@example.com", "support@example.com", "help@example.com"],
      maxTickets: 7,
      maxActiveLiveChats: 3,
      popUpNewChatsAutomatically: false,
      playChatSounds: false,
      playSoundWhenChatQueued: false,
      blockChatWhileComposingCallLogs: true,
    });
    const { employee } = await t.ok(Get, { id }, admin);
    expect(employee).toMatchObject({
      username: "Alice",
      displayName: "Alice Agent",
      displayNameForChat: "Ali",
      emailVerified: true,
      authenticationMethod: "PASSWORD",
      forcePasswordChange: false,
      timeZone: "Europe/Berlin",
      preferredLanguage: "de-DE",
      hourlyCost: 42.5,
      homePhone: "+49 30 1111",
      address: "Main St 1, Berlin",
      subscribeToCommunityPostsAutomatically: true,
      portalSignature: "<p>Alice</p>",
      copyToAddress: "alice@mail.example.com",
      copyToEnabled: true,
      otherReplyFromAddresses: ["support@example.com", "help@example.com"],
      maxTickets: 7,
      maxActiveLiveChats: 3,
      popUpNewChatsAutomatically: false,
      blockChatWhileComposingCallLogs: true,
    });
    expect(employee.roles.map((r) => r.name).sort()).toEqual([
      "Agent",
      "Everyone",
      "Registered User",
      "Registered User with Verified Email",
    ]);
    // Usernames are case-insensitive at sign-in.
    expect((await login(t, "alice", PASSWORD)).accessToken).toBeTruthy();
    const defaults = (await t.ok(Get, { id: await createOk({ username: "dora" }) }, admin)).employee;
    expect(defaults).toMatchObject({
      hourlyCost: 10,
      maxActiveLiveChats: 1,
      playChatSounds: true,
      maxTickets: null,
    });
  });

  it("refuses bad employees with their codes and creates nothing", async () => {
    await t.ok(CreateUser, { input: { username: "customer1", password: PASSWORD } }, admin);
    const before = await accountsFingerprint(t);
    const cases: Array<[Partial<CreateEmployeeInput> & { username: string }, string, string]> = [
      [{ username: "ALICE" }, "TAKEN", "input.username"],
      [{ username: "Customer1" }, "TAKEN", "input.username"],
      [{ username: "has space" }, "INVALID", "input.username"],
      [{ username: "weak", password: "short" }, "WEAK_PASSWORD", "input.password"],
      [{ username: "nopass", password: null }, "REQUIRED", "input.password"],
      [{ username: "bademail", email: "nope" }, "INVALID", "input.email"],
      [{ username: "noname", displayName: " " }, "REQUIRED", "input.displayName"],
      [
        { username: "ad1", authenticationMethod: "ACTIVE_DIRECTORY", password: null },
        "REQUIRED",
        "input.authenticationDomain",
      ],
      [
        { username: "ad2", authenticationMethod: "ACTIVE_DIRECTORY", authenticationDomain: "CORP" },
        "INVALID",
        "input.password",
      ],
      [
        {
          username: "ad3",
          authenticationMethod: "ACTIVE_DIRECTORY",
          authenticationDomain: "CORP",
          password: null,
          forcePasswordChange: true,
        },
        "INVALID",
        "input.forcePasswordChange",
      ],
      [{ username: "tz", timeZone: "Mars/Olympus" }, "INVALID", "input.timeZone"],
      [{ username: "cost", hourlyCost: -1 }, "INVALID", "input.hourlyCost"],
      [{ username: "copy", copyToAddress: "not-an-address" }, "INVALID", "input.copyToAddress"],
      [{ username: "mgr", roleIds: [role.MANAGER!] }, "MANAGER_REQUIRES_AGENT", "input.roleIds"],
    ];
    for (const [input, code, field] of cases) {
      const result = await create(input);
      expect(result.createEmployee.employee, `${input.username}: ${code}`).toBeNull();
      expect(result.createEmployee.userErrors.map((e) => [e.code, e.field?.join(".")])).toContainEqual([
        code,
        field,
      ]);
    }
    expect(await accountsFingerprint(t)).toEqual(before);
  });

  it("updates every field; a new username stays unique across employees and users", async () => {
    const id = await createOk({ username: "bob" });
    const updated = await t.ok(
      Update,
      {
        input: {
          id,
          username: "robert",
          displayName: "Robert",
          hourlyCost: 12.345,
          maxTickets: 4,
          otherReplyFromAddresses: ["rob@example.com"],
          homePhone: "123",
          website: null,
        },
      },
      admin,
    );
    expect(updated.updateEmployee.userErrors).toEqual([]);
    expect(updated.updateEmployee.employee).toMatchObject({
      username: "robert",
      displayName: "Robert",
      hourlyCost: 12.35,
      maxTickets: 4,
    });
    const taken = await t.ok(Update, { input: { id, username: "CUSTOMER1", displayName: "Changed" } }, admin);
    expect(taken.updateEmployee.userErrors).toEqual([{ code: "TAKEN", field: ["input", "username"] }]);
    const cleared = await t.ok(Update, { input: { id, maxTickets: null } }, admin);
    expect(cleared.updateEmployee.employee!.maxTickets).toBeNull();
    const { employee } = await t.ok(Get, { id }, admin);
    expect(employee).toMatchObject({ username: "robert", displayName: "Robert", homePhone: "123" });
    // Switching to Active Directory discards the stored password: password sign-in stops.
    const ad = await t.ok(
      Update,
      { input: { id, authenticationMethod: "ACTIVE_DIRECTORY", authenticationDomain: "CORP" } },
      admin,
    );
    expect(ad.updateEmployee.employee).toMatchObject({
      authenticationMethod: "ACTIVE_DIRECTORY",
      authenticationDomain: "CORP",
    });
    await expect(login(t, "robert", PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    const back = await t.ok(Update, { input: { id, authenticationMethod: "PASSWORD" } }, admin);
    expect(back.updateEmployee.userErrors).toEqual([{ code: "REQUIRED", field: ["input", "password"] }]);
    const withPassword = await t.ok(
      Update,
      { input: { id, authenticationMethod: "PASSWORD", password: PASSWORD } },
      admin,
    );
    expect(withPassword.updateEmployee.employee).toMatchObject({
      authenticationMethod: "PASSWORD",
      authenticationDomain: null,
    });
    expect((await login(t, "robert", PASSWORD)).accessToken).toBeTruthy();
  });

  it("filters and searches the list; any employee sees colleagues' directory fields only", async () => {
    const all = await t.ok(List, { first: 100 }, admin);
    expect(all.employees.totalCount).toBeGreaterThan(3);
    const search = await t.ok(List, { search: "ALI" }, admin);
    expect(search.employees.nodes.map((e) => e.username)).toEqual(["Alice"]);
    const admins = await t.ok(List, { roleId: role.ADMINISTRATOR! }, admin);
    expect(admins.employees.nodes.map((e) => e.username)).toEqual([ADMIN.username]);
    const byName = await t.ok(List, { sortBy: "USERNAME", first: 2 }, admin);
    expect(byName.employees.nodes.map((e) => e.username)).toEqual(["admin", "Alice"]);
    expect((await t.ok(List, { disabled: true }, admin)).employees.totalCount).toBe(0);

    const agentId = await createOk({ username: "frank", homePhone: "555-1234" });
    const agent = (await login(t, "frank", PASSWORD)).accessToken;
    const colleagues = await t.ok(List, { first: 100 }, agent);
    expect(colleagues.employees.totalCount).toBe(all.employees.totalCount + 1);
    const adminCard = await t.ok(Directory, { id: adminId }, agent);
    expect(adminCard.employee.roles.map((r) => r.name)).toContain("Administrator");
    const privateField = await t.gql(Private, { id: adminId }, agent);
    expect(privateField.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.ok(Private, { id: agentId }, agent)).employee.homePhone).toBe("555-1234");
    expect((await t.ok(EmpNode, { id: adminId }, agent)).node).toMatchObject({
      id: adminId,
      displayName: "Ada Admin",
    });
  });
});
