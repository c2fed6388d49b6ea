import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { createTestEmployee, signedIn } from "../auth/testing.js";

const Settings = graphql(`
  query SystemSecuritySettings {
    securitySettings {
      bruteForceProtectionEnabled
      maxFailedLoginAttempts
      lockoutMinutes
      minimumPasswordLength
      requireNumbers
      requireUppercase
      requireLowercase
      requireSymbol
      requirePasswordNotUsername
      disablePasswordStrengthForExistingPasswords
    }
  }
`);

const Update = graphql(`
  mutation SystemUpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {
    updateSecuritySettings(input: $input) {
      securitySettings {
        maxFailedLoginAttempts
        lockoutMinutes
        minimumPasswordLength
        requireSymbol
        bruteForceProtectionEnabled
      }
      userErrors {
        code
        field
      }
    }
  }
`);

describe("security settings (002 L7540-7565)", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;

  beforeAll(async () => {
    t = await startTestServer("system_security");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  const current = async () => (await t.ok(Settings, undefined, admin.token)).securitySettings;

  it("starts with the documented defaults: 10 failures lock for 5 minutes", async () => {
    expect(await current()).toEqual({
      bruteForceProtectionEnabled: true,
      maxFailedLoginAttempts: 10,
      lockoutMinutes: 5,
      minimumPasswordLength: 8,
      requireNumbers: false,
      requireUppercase: false,
      requireLowercase: false,
      requireSymbol: false,
      requirePasswordNotUsername: true,
      disablePasswordStrengthForExistingPasswords: true,
    });
  });

  it("changes only the given fields", async () => {
    const before = await current();
    const data = await t.ok(Update, { input: { lockoutMinutes: 30, requireSymbol: true } }, admin.token);
    expect(data.updateSecuritySettings.userErrors).toEqual([]);
    expect(await current()).toEqual({ ...before, lockoutMinutes: 30, requireSymbol: true });
    const nulls = await t.ok(Update, { input: { lockoutMinutes: null, requireSymbol: null } }, admin.token);
    expect(nulls.updateSecuritySettings.securitySettings).toMatchObject({
      lockoutMinutes: 30,
      requireSymbol: true,
    });
  });

  it("refuses out-of-range values, naming each field, and changes nothing", async () => {
    const before = await current();
    const data = await t.ok(
      Update,
      {
        input: {
          maxFailedLoginAttempts: 0,
          lockoutMinutes: 1441,
          minimumPasswordLength: 129,
          bruteForceProtectionEnabled: false,
        },
      },
      admin.token,
    );
    expect(data.updateSecuritySettings.securitySettings).toBeNull();
    expect(data.updateSecuritySettings.userErrors).toEqual([
      { code: "OUT_OF_RANGE", field: ["input", "maxFailedLoginAttempts"] },
      { code: "OUT_OF_RANGE", field: ["input", "lockoutMinutes"] },
      { code: "OUT_OF_RANGE", field: ["input", "minimumPasswordLength"] },
    ]);
    expect(await current()).toEqual(before);
  });

  it("accepts the range limits", async () => {
    const data = await t.ok(
      Update,
      { input: { maxFailedLoginAttempts: 1, lockoutMinutes: 1440, minimumPasswordLength: 128 } },
      admin.token,
    );
    expect(data.updateSecuritySettings.userErrors).toEqual([]);
    await t.ok(
      Update,
      { input: { maxFailedLoginAttempts: 100, lockoutMinutes: 1, minimumPasswordLength: 1 } },
      admin.token,
    );
    expect(await current()).toMatchObject({
      maxFailedLoginAttempts: 100,
      lockoutMinutes: 1,
      minimumPasswordLength: 1,
    });
  });

  it("keeps both of two concurrent changes to different fields", async () => {
    await Promise.all([
      t.ok(Update, { input: { maxFailedLoginAttempts: 7 } }, admin.token),
      t.ok(Update, { input: { minimumPasswordLength: 11 } }, admin.token),
    ]);
    expect(await current()).toMatchObject({ maxFailedLoginAttempts: 7, minimumPasswordLength: 11 });
  });

  it("is for administrators only (FORBIDDEN), not for anonymous callers (UNAUTHENTICATED)", async () => {
    const before = await current();
    const agent = await signedIn(t, await createTestEmployee(t, { username: "agent" }));
    const read = await t.gql(Settings, undefined, agent.token);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", permission: "ADMINISTRATION" });
    const write = await t.gql(Update, { input: { lockoutMinutes: 9 } }, agent.token);
    expect(write.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(Settings)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.gql(Update, { input: { lockoutMinutes: 9 } })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await current()).toEqual(before);
  });
});
