import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import type { CreateRoleInput, FeatureGrantInput } from "../../core/testing/gql/graphql.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { accountsFingerprint, signedIn } from "../accounts/testing.js";

const Roles = graphql(`
  query RoleList($type: RoleType) {
    roles(first: 100, type: $type) {
      totalCount
      nodes {
        id
        name
        type
        predefined
        isCustom
        usersCount
        permissions
        grants {
          feature
          level
          customActions
        }
      }
    }
  }
`);

const RoleById = graphql(`
  query RoleGet($id: ID!) {
    role(id: $id) {
      id
      name
      usersCount
    }
  }
`);

const Catalog = graphql(`
  query RoleCatalog {
    permissionCatalog {
      levels
      privileges
      features {
        key
        label
        employeeOnly
        customActions
        customFlags
        dependencies {
          action
          requires
        }
        levels {
          level
          actions
          permissionKeys
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation RoleCreate($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        id
        name
        type
        isCustom
        permissions
        grants {
          feature
          level
          customActions
        }
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
  mutation RoleUpdate($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      role {
        id
        name
        description
        permissions
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Delete = graphql(`
  mutation RoleDelete($input: DeleteRolesInput!) {
    deleteRoles(input: $input) {
      deletedRoleIds
      userErrors {
        code
      }
    }
  }
`);

const Holder = graphql(`
  query RoleHolder($id: ID!) {
    node(id: $id) {
      ... on User {
        roles {
          name
        }
      }
    }
  }
`);

describe("roles and permissions", () => {
  let t: TestServer;
  let admin: string;
  let agentToken: string;
  let userToken: string;
  const byKey: Record<string, string> = {};

  async function newRole(input: CreateRoleInput) {
    return t.ok(Create, { input }, admin);
  }

  beforeAll(async () => {
    t = await startTestServer("roles");
    const session = await adminSession(t);
    admin = session.token;
    for (const role of (await t.ok(Roles, {}, admin)).roles.nodes)
      if (role.predefined) byKey[role.predefined] = role.id;
    agentToken = (await signedIn(t, "rita", "EMPLOYEE", ["AGENT"])).token;
    userToken = (await signedIn(t, "ursula", "USER")).token;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("lists the six predefined roles with their holders and grants", async () => {
    const { roles } = await t.ok(Roles, {}, admin);
    expect(roles.nodes.map((r) => r.predefined)).toEqual([
      "EVERYONE",
      "REGISTERED_USER",
      "REGISTERED_USER_VERIFIED_EMAIL",
      "AGENT",
      "MANAGER",
      "ADMINISTRATOR",
    ]);
    const counts = Object.fromEntries(roles.nodes.map((r) => [r.predefined, r.usersCount]));
    // admin + rita + ursula hold Everyone; rita (default) and admin hold Agent; only admin is Administrator.
    expect(counts).toMatchObject({ EVERYONE: 3, REGISTERED_USER: 3, AGENT: 2, MANAGER: 0, ADMINISTRATOR: 1 });
    expect(roles.nodes.every((r) => !r.isCustom)).toBe(true);
    const everyone = roles.nodes.find((r) => r.predefined === "EVERYONE")!;
    expect(everyone.grants.map((g) => g.feature)).toEqual([
      "KB_ARTICLES",
      "KB_FEEDBACK",
      "CANNED_REPLIES",
      "COMMUNITY",
    ]);
    // "By default, agents cannot delete users / organizations / tickets" (002 L4076, L4198, L3262).
    const agent = roles.nodes.find((r) => r.predefined === "AGENT")!;
    expect(agent.permissions).toContain("USERS_ORGANIZATIONS_CREATE");
    expect(agent.permissions).not.toContain("USERS_ORGANIZATIONS_DELETE_USER");
    expect(agent.permissions).not.toContain("TICKETS_DELETE");
    const manager = roles.nodes.find((r) => r.predefined === "MANAGER")!;
    expect(manager.grants.every((g) => g.level === "FULL_CONTROL")).toBe(true);
    expect((await t.ok(RoleById, { id: agent.id }, admin)).role).toEqual({
      id: agent.id,
      name: "Agent",
      usersCount: 2,
    });
  });

  it("publishes the permission catalog to any signed-in account, not to anonymous callers", async () => {
    expect((await t.gql(Catalog)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const { permissionCatalog } = await t.ok(Catalog, undefined, userToken);
    expect(permissionCatalog.levels).toEqual(["FULL_CONTROL", "MODIFY", "READ_ONLY", "NONE", "CUSTOM"]);
    expect(permissionCatalog.privileges).toEqual(["ADMINISTRATION", "MANAGEMENT_INTERFACE"]);
    const distribution = permissionCatalog.features.find((f) => f.key === "DISTRIBUTION")!;
    expect(distribution.employeeOnly).toBe(true);
    expect(distribution.dependencies).toEqual([
      { action: "TRANSFER_WORK_ITEMS_TO_SPECIFIC_AGENTS", requires: "TRANSFER_WORK_ITEMS" },
    ]);
    const tickets = permissionCatalog.features.find((f) => f.key === "TICKETS")!;
    expect(tickets.customFlags).toEqual(["MARK_AS_DELETED", "VIEW_QUEUE"]);
    const modify = tickets.levels.find((l) => l.level === "MODIFY")!;
    expect(modify.actions).not.toContain("TAKE");
    expect(modify.permissionKeys).toContain("TICKETS_REPLY");
  });

  it("creates custom roles: employee roles default to Full Control, user roles hold what they name", async () => {
    const employeeRole = await newRole({ name: "Supervisors", type: "EMPLOYEE" });
    expect(employeeRole.createRole.userErrors).toEqual([]);
    expect(employeeRole.createRole.role).toMatchObject({
      name: "Supervisors",
      type: "EMPLOYEE",
      isCustom: true,
    });
    expect(employeeRole.createRole.role!.grants.every((g) => g.level === "FULL_CONTROL")).toBe(true);
    const userRole = await newRole({
      name: "Moderators",
      type: "USER",
      grants: [{ feature: "COMMUNITY", level: "CUSTOM", customActions: ["MODERATE", "EDIT_ALL_POSTS"] }],
    });
    expect(userRole.createRole.role!.permissions).toEqual(["COMMUNITY_MODERATE", "COMMUNITY_EDIT_ALL_POSTS"]);
    expect(userRole.createRole.role!.grants.find((g) => g.feature === "KB_ARTICLES")!.level).toBe("NONE");
  });

  it("refuses invalid roles with their codes and creates nothing", async () => {
    const before = await accountsFingerprint(t);
    const cases: Array<[CreateRoleInput, string, string]> = [
      [
        { name: "Bad", type: "USER", grants: [{ feature: "TICKETS", level: "READ_ONLY" }] },
        "EMPLOYEE_ONLY_FEATURE",
        "input.grants.0.feature",
      ],
      [
        {
          name: "Bad",
          type: "EMPLOYEE",
          grants: [{ feature: "TICKETS", level: "CUSTOM", customActions: ["FLY"] }],
        },
        "UNKNOWN_ACTION",
        "input.grants.0.customActions",
      ],
      [
        {
          name: "Bad",
          type: "EMPLOYEE",
          grants: [
            {
              feature: "DISTRIBUTION",
              level: "CUSTOM",
              customActions: ["TRANSFER_WORK_ITEMS_TO_SPECIFIC_AGENTS"],
            },
          ],
        },
        "MISSING_DEPENDENCY",
        "input.grants.0.customActions",
      ],
      [
        {
          name: "Bad",
          type: "EMPLOYEE",
          grants: [{ feature: "TICKETS", level: "MODIFY", customActions: ["VIEW"] }],
        },
        "INVALID",
        "input.grants.0.customActions",
      ],
      [
        {
          name: "Bad",
          type: "EMPLOYEE",
          grants: [
            { feature: "TICKETS", level: "MODIFY" },
            { feature: "TICKETS", level: "NONE" },
          ],
        },
        "DUPLICATE",
        "input.grants.1.feature",
      ],
      [{ name: "moderators", type: "USER" }, "TAKEN", "input.name"],
      [{ name: "  ", type: "USER" }, "REQUIRED", "input.name"],
    ];
    for (const [input, code, field] of cases) {
      const result = await newRole(input);
      expect(result.createRole.role, code).toBeNull();
      expect(result.createRole.userErrors.map((e) => [e.code, e.field?.join(".")])).toContainEqual([
        code,
        field,
      ]);
    }
    const unknownFeature = await t.gql(
      Create,
      {
        input: {
          name: "Bad",
          type: "EMPLOYEE",
          grants: [{ feature: "TELEPORT", level: "NONE" } as unknown as FeatureGrantInput],
        },
      },
      admin,
    );
    expect(unknownFeature.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await accountsFingerprint(t)).toEqual(before);
  });

  it("updates grants of any role but renames only custom ones", async () => {
    const created = await newRole({
      name: "Temp",
      type: "EMPLOYEE",
      grants: [{ feature: "REPORTS", level: "READ_ONLY" }],
    });
    const id = created.createRole.role!.id;
    const updated = await t.ok(
      Update,
      {
        input: {
          id,
          name: "Report Readers",
          description: "Read reports",
          grants: [{ feature: "REPORTS", level: "MODIFY" }],
        },
      },
      admin,
    );
    expect(updated.updateRole.role).toMatchObject({ name: "Report Readers", description: "Read reports" });
    expect(updated.updateRole.role!.permissions).toContain("REPORTS_CREATE_CUSTOM");
    const rename = await t.ok(Update, { input: { id: byKey.AGENT!, name: "Helpers" } }, admin);
    expect(rename.updateRole.userErrors.map((e) => e.code)).toEqual(["PREDEFINED"]);
    const bad = await t.ok(
      Update,
      { input: { id, grants: [{ feature: "SURVEYS", level: "CUSTOM", customActions: ["VIEW_DETAILS"] }] } },
      admin,
    );
    expect(bad.updateRole.userErrors.map((e) => e.code)).toEqual(["MISSING_DEPENDENCY"]);
    const after = (await t.ok(Roles, {}, admin)).roles.nodes.find((r) => r.id === id)!;
    expect(after.name).toBe("Report Readers");
    expect(after.permissions).toContain("REPORTS_CREATE_CUSTOM");
    const agent = (await t.ok(Roles, {}, admin)).roles.nodes.find((r) => r.id === byKey.AGENT)!;
    expect(agent.name).toBe("Agent");
  });

  it("deletes custom roles, removing them from their holders, and refuses predefined ones", async () => {
    const role = await newRole({
      name: "Short Lived",
      type: "USER",
      grants: [{ feature: "NEWS", level: "NONE" }],
    });
    const id = role.createRole.role!.id;
    const holder = await signedIn(t, "holder", "USER", ["Short Lived"]);
    const refused = await t.ok(Delete, { input: { ids: [id, byKey.EVERYONE!] } }, admin);
    expect(refused.deleteRoles.userErrors.map((e) => e.code)).toEqual(["PREDEFINED"]);
    expect((await t.ok(RoleById, { id }, admin)).role.usersCount).toBe(1);
    const deleted = await t.ok(Delete, { input: { ids: [id] } }, admin);
    expect(deleted.deleteRoles.deletedRoleIds).toEqual([id]);
    expect((await t.gql(RoleById, { id }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const roles = (await t.ok(Holder, { id: holder.globalId }, admin)).node;
    expect(roles).toEqual({ roles: [{ name: "Everyone" }, { name: "Registered User" }] });
  });

  it("keeps role administration to administrators", async () => {
    const calls = [
      (token?: string) => t.gql(Roles, {}, token),
      (token?: string) => t.gql(RoleById, { id: byKey.AGENT! }, token),
      (token?: string) => t.gql(Create, { input: { name: "X", type: "USER" } }, token),
      (token?: string) => t.gql(Update, { input: { id: byKey.AGENT!, description: "x" } }, token),
      (token?: string) => t.gql(Delete, { input: { ids: [byKey.AGENT!] } }, token),
    ];
    const before = await accountsFingerprint(t);
    for (const call of calls) {
      expect((await call(agentToken)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(userToken)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await call(undefined)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(await accountsFingerprint(t)).toEqual(before);
  });
});
