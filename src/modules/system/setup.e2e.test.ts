import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { ADMIN, login } from "../../core/testing/fixtures.js";

const Status = graphql(`
  query SetupStatus {
    installationStatus {
      setupRequired
      companyName
    }
  }
`);

const Setup = graphql(`
  mutation SetupInstall($input: SetupInstallationInput!) {
    setupInstallation(input: $input) {
      installation {
        companyName
        timeZone
      }
      administrator {
        id
        username
        displayName
        email
      }
      brand {
        id
        name
        isDefault
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Me = graphql(`
  query SetupMe {
    me {
      id
      username
      kind
      ... on Employee {
        displayName
      }
    }
    myPermissions
  }
`);

const input = {
  adminUsername: ADMIN.username,
  adminPassword: ADMIN.password,
  adminDisplayName: "Ada Admin",
  adminEmail: ADMIN.email,
  companyName: "Example Inc",
  timeZone: "Europe/Berlin",
};

describe("first-run setup", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("setup");
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("reports that setup is required on a new installation", async () => {
    const data = await t.ok(Status);
    expect(data.installationStatus).toEqual({ setupRequired: true, companyName: null });
  });

  it("refuses bad input with userErrors and creates nothing", async () => {
    const data = await t.ok(Setup, {
      input: { ...input, adminEmail: "not-an-email", timeZone: "Mars/Olympus", adminPassword: "short" },
    });
    expect(data.setupInstallation.administrator).toBeNull();
    const codes = data.setupInstallation.userErrors.map((e) => [e.code, e.field?.join(".")]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["INVALID", "input.adminEmail"],
        ["INVALID", "input.timeZone"],
        ["WEAK_PASSWORD", "input.adminPassword"],
      ]),
    );
    expect((await t.ok(Status)).installationStatus.setupRequired).toBe(true);
  });

  it("creates the administrator and the default brand exactly once, even under concurrent calls", async () => {
    const results = await Promise.all([
      t.gql(Setup, { input }),
      t.gql(Setup, { input: { ...input, adminUsername: "other" } }),
    ]);
    const succeeded = results.filter((r) => r.data?.setupInstallation?.administrator);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === "SETUP_ALREADY_COMPLETED");
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const created = succeeded[0]!.data!.setupInstallation;
    expect(created.brand).toMatchObject({ name: "Example Inc", isDefault: true });
    expect(created.installation).toEqual({ companyName: "Example Inc", timeZone: "Europe/Berlin" });
    expect((await t.ok(Status)).installationStatus).toEqual({
      setupRequired: false,
      companyName: "Example Inc",
    });
  });

  it("refuses a second setup", async () => {
    const again = await t.gql(Setup, { input });
    expect(again.errors?.[0]?.extensions?.code).toBe("SETUP_ALREADY_COMPLETED");
  });

  it("lets the administrator sign in with administrator and agent permissions", async () => {
    const winner = (await t.ok(Status)).installationStatus;
    expect(winner.setupRequired).toBe(false);
    const username = (await t.gql(Me)).errors?.[0]?.extensions?.code;
    expect(username).toBe("UNAUTHENTICATED");
    let session;
    try {
      session = await login(t, ADMIN.username, ADMIN.password);
    } catch {
      session = await login(t, "other", ADMIN.password);
    }
    const me = await t.ok(Me, undefined, session.accessToken);
    expect(me.me.kind).toBe("EMPLOYEE");
    expect(me.myPermissions).toEqual(
      expect.arrayContaining(["ADMINISTRATION", "MANAGEMENT_INTERFACE", "TICKETS_REPLY"]),
    );
  });
});
