import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { createTestEmployee, createTestUser, signedIn, sql } from "./testing.js";
import type { TestAccount } from "./testing.js";

const Login = graphql(`
  mutation AuthLockoutLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        account {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const UpdateSecurity = graphql(`
  mutation AuthLockoutUpdateSecurity($input: UpdateSecuritySettingsInput!) {
    updateSecuritySettings(input: $input) {
      securitySettings {
        bruteForceProtectionEnabled
        maxFailedLoginAttempts
        lockoutMinutes
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Bypass = graphql(`
  mutation AuthBypassLockout($input: BypassLoginLockoutInput!) {
    bypassLoginLockout(input: $input) {
      account {
        id
        lockedUntil
      }
      userErrors {
        code
        field
      }
    }
  }
`);

describe("brute-force lockout (002 L7540-7546)", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestServer("auth_lockout");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  const attempt = async (username: string, password: string) => {
    const data = await t.ok(Login, { input: { username, password } });
    return data.login.userErrors[0]?.code ?? "OK";
  };
  const state = async (account: TestAccount) => {
    const [row] = await sql<{ failed_login_count: number; locked_until: Date | null }>(
      t,
      "select failed_login_count, locked_until from account where id = ?",
      [account.id],
    );
    return row!;
  };
  const settings = async (input: Record<string, unknown>) => {
    const data = await t.ok(UpdateSecurity, { input }, admin.token);
    expect(data.updateSecuritySettings.userErrors).toEqual([]);
  };
  const employee = () => createTestEmployee(t, { username: `locky${++seq}` });

  it("locks after 10 failures for 5 minutes by default, even against the right password", async () => {
    const a = await employee();
    for (let i = 1; i <= 9; i++) expect(await attempt(a.username, "wrong")).toBe("INVALID_CREDENTIALS");
    expect((await state(a)).failed_login_count).toBe(9);
    expect(await attempt(a.username, "wrong")).toBe("INVALID_CREDENTIALS");
    const locked = await state(a);
    expect(locked.locked_until).not.toBeNull();
    const minutes = (new Date(locked.locked_until!).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(4.9);
    expect(minutes).toBeLessThanOrEqual(5);
    expect(await attempt(a.username, a.password)).toBe("ACCOUNT_LOCKED");
    expect(await attempt(a.username, "wrong")).toBe("ACCOUNT_LOCKED");
    // Refused attempts do not count further or extend the lock.
    expect(await state(a)).toEqual(locked);
  });

  it("resets the count on a successful sign-in", async () => {
    const a = await employee();
    await attempt(a.username, "wrong");
    await attempt(a.username, "wrong");
    expect((await state(a)).failed_login_count).toBe(2);
    expect(await attempt(a.username, a.password)).toBe("OK");
    expect(await state(a)).toEqual({ failed_login_count: 0, locked_until: null });
  });

  it("ends the lock after lockedUntil, and counts afresh", async () => {
    await settings({ maxFailedLoginAttempts: 3, lockoutMinutes: 1 });
    const a = await employee();
    for (let i = 0; i < 3; i++) await attempt(a.username, "wrong");
    expect(await attempt(a.username, a.password)).toBe("ACCOUNT_LOCKED");
    await sql(t, "update account set locked_until = now() - interval '1 second' where id = ?", [a.id]);
    expect(await attempt(a.username, "wrong")).toBe("INVALID_CREDENTIALS");
    expect(await state(a)).toEqual({ failed_login_count: 1, locked_until: null });
    expect(await attempt(a.username, a.password)).toBe("OK");
  });

  it("lets no more than the limit of parallel wrong guesses reach the password check", async () => {
    await settings({ maxFailedLoginAttempts: 3, lockoutMinutes: 1 });
    const a = await employee();
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(a.username, "wrong")));
    expect(results.filter((r) => r === "INVALID_CREDENTIALS")).toHaveLength(3);
    expect(results.filter((r) => r === "ACCOUNT_LOCKED")).toHaveLength(9);
    const row = await state(a);
    expect(row.failed_login_count).toBe(3);
    expect(new Date(row.locked_until!).getTime()).toBeGreaterThan(Date.now());
  });

  it("never locks unknown usernames (they are simply wrong)", async () => {
    await settings({ maxFailedLoginAttempts: 3 });
    for (let i = 0; i < 5; i++) expect(await attempt("nobody-here", "wrong")).toBe("INVALID_CREDENTIALS");
  });

  it("does not lock when brute force protection is off", async () => {
    await settings({ bruteForceProtectionEnabled: false, maxFailedLoginAttempts: 3 });
    const a = await employee();
    for (let i = 0; i < 5; i++) expect(await attempt(a.username, "wrong")).toBe("INVALID_CREDENTIALS");
    expect(await attempt(a.username, a.password)).toBe("OK");
    await settings({ bruteForceProtectionEnabled: true });
  });

  it("locks end users of the portal too", async () => {
    await settings({ maxFailedLoginAttempts: 3 });
    const u = await createTestUser(t, { username: `portal${++seq}` });
    for (let i = 0; i < 3; i++) await attempt(u.username, "wrong");
    expect(await attempt(u.username, u.password)).toBe("ACCOUNT_LOCKED");
  });

  describe("bypassLoginLockout (002 L7542-7544)", () => {
    it("lets an administrator lift a lockout", async () => {
      await settings({ maxFailedLoginAttempts: 3, lockoutMinutes: 60 });
      const a = await employee();
      for (let i = 0; i < 3; i++) await attempt(a.username, "wrong");
      expect(await attempt(a.username, a.password)).toBe("ACCOUNT_LOCKED");
      const data = await t.ok(Bypass, { input: { accountId: a.globalId } }, admin.token);
      expect(data.bypassLoginLockout).toEqual({
        account: { id: a.globalId, lockedUntil: null },
        userErrors: [],
      });
      expect(await state(a)).toEqual({ failed_login_count: 0, locked_until: null });
      expect(await attempt(a.username, a.password)).toBe("OK");
    });

    it("answers NOT_LOCKED for an account that is not locked", async () => {
      const a = await employee();
      await attempt(a.username, "wrong");
      const data = await t.ok(Bypass, { input: { accountId: a.globalId } }, admin.token);
      expect(data.bypassLoginLockout.userErrors).toEqual([
        { code: "NOT_LOCKED", field: ["input", "accountId"] },
      ]);
      expect((await state(a)).failed_login_count).toBe(1);
    });

    it("refuses callers without ADMINISTRATION and anonymous callers, changing nothing", async () => {
      await settings({ maxFailedLoginAttempts: 3, lockoutMinutes: 60 });
      const victim = await employee();
      for (let i = 0; i < 3; i++) await attempt(victim.username, "wrong");
      const before = await state(victim);
      const agent = await signedIn(t, await employee());
      const forbidden = await t.gql(Bypass, { input: { accountId: victim.globalId } }, agent.token);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const anonymous = await t.gql(Bypass, { input: { accountId: victim.globalId } });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await state(victim)).toEqual(before);
    });

    it("rejects malformed and unknown ids", async () => {
      const bad = await t.gql(Bypass, { input: { accountId: "nope" } }, admin.token);
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const unknown = Buffer.from("Employee:00000000-0000-4000-8000-00000000abcd").toString("base64url");
      const missing = await t.gql(Bypass, { input: { accountId: unknown } }, admin.token);
      expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });
});
