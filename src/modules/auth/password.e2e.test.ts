import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { createTestEmployee, signedIn, sql } from "./testing.js";

const Login = graphql(`
  mutation AuthPasswordLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        mustChangePassword
      }
      userErrors {
        code
      }
    }
  }
`);

const ChangePassword = graphql(`
  mutation AuthChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      account {
        id
        forcePasswordChange
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const MeAndPermissions = graphql(`
  query AuthPasswordMe {
    me {
      id
      forcePasswordChange
    }
    myPermissions
  }
`);

const Sessions = graphql(`
  query AuthPasswordSessions {
    mySessions {
      totalCount
    }
  }
`);

const Tokens = graphql(`
  query AuthPasswordTokens {
    apiTokens {
      totalCount
    }
  }
`);

const CreateToken = graphql(`
  mutation AuthPasswordCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);

const Security = graphql(`
  query AuthPasswordSecurity {
    securitySettings {
      minimumPasswordLength
    }
  }
`);

const Node = graphql(`
  query AuthPasswordNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const UpdateSecurity = graphql(`
  mutation AuthPasswordUpdateSecurity($input: UpdateSecuritySettingsInput!) {
    updateSecuritySettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const DEFAULT_POLICY = {
  minimumPasswordLength: 8,
  requireNumbers: false,
  requireUppercase: false,
  requireLowercase: false,
  requireSymbol: false,
  requirePasswordNotUsername: true,
  disablePasswordStrengthForExistingPasswords: true,
};

describe("passwords", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let seq = 0;
  const loginAs = async (username: string, password: string) =>
    (await t.ok(Login, { input: { username, password } })).login;
  const policy = async (input: Record<string, unknown>) => {
    const data = await t.ok(UpdateSecurity, { input }, admin.token);
    expect(data.updateSecuritySettings.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    t = await startTestServer("auth_password");
    admin = await adminSession(t);
  });
  beforeEach(async () => {
    await policy(DEFAULT_POLICY);
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("force password change at next login (000 L13-22)", () => {
    it("signs in, allows only me, myPermissions, changeMyPassword and logout, until the password changes", async () => {
      const e = await createTestEmployee(t, { username: `forced${++seq}`, forcePasswordChange: true });
      const login = await loginAs(e.username, e.password);
      expect(login.session?.mustChangePassword).toBe(true);
      const token = login.session!.accessToken;

      const me = await t.ok(MeAndPermissions, undefined, token);
      expect(me.me).toEqual({ id: e.globalId, forcePasswordChange: true });
      expect(me.myPermissions).toContain("TICKETS_REPLY");

      const refused = [
        await t.gql(Sessions, undefined, token),
        await t.gql(Tokens, undefined, token),
        await t.gql(CreateToken, { input: { name: "x", permissions: ["TICKETS_REPLY"] } }, token),
        await t.gql(Security, undefined, token),
        await t.gql(Node, { id: e.globalId }, token),
      ];
      for (const result of refused)
        expect(result.errors?.[0]?.extensions?.code).toBe("PASSWORD_CHANGE_REQUIRED");
      const [{ n }] = await sql<{ n: string }>(t, "select count(*) as n from api_token where owner_id = ?", [
        e.id,
      ]);
      expect(Number(n)).toBe(0);

      const changed = await t.ok(
        ChangePassword,
        { input: { currentPassword: e.password, newPassword: "Brand-new-passw0rd" } },
        token,
      );
      expect(changed.changeMyPassword).toEqual({
        account: { id: e.globalId, forcePasswordChange: false },
        userErrors: [],
      });
      // The same session goes on, now unrestricted.
      expect((await t.ok(Sessions, undefined, token)).mySessions.totalCount).toBe(1);
      const [row] = await sql<{ force_password_change: boolean }>(
        t,
        "select force_password_change from account where id = ?",
        [e.id],
      );
      expect(row!.force_password_change).toBe(false);
      expect((await loginAs(e.username, "Brand-new-passw0rd")).session?.mustChangePassword).toBe(false);
    });
  });

  describe("changeMyPassword", () => {
    it("refuses a wrong current password, reuse and weak passwords, changing nothing", async () => {
      // A username long enough to pass the length rule, so only "matches the username" is wrong below.
      const e = await signedIn(t, await createTestEmployee(t, { username: `changer-number-${++seq}` }));
      const attempt = async (currentPassword: string, newPassword: string) =>
        (await t.ok(ChangePassword, { input: { currentPassword, newPassword } }, e.token)).changeMyPassword;

      const wrong = await attempt("not-it", "Another-passw0rd");
      expect(wrong.userErrors.map((u) => [u.code, u.field])).toEqual([
        ["INVALID_CREDENTIALS", ["input", "currentPassword"]],
      ]);
      const reused = await attempt(e.password, e.password);
      expect(reused.userErrors.map((u) => u.code)).toEqual(["PASSWORD_REUSED"]);
      const short = await attempt(e.password, "short");
      expect(short.userErrors.map((u) => [u.code, u.field])).toEqual([
        ["WEAK_PASSWORD", ["input", "newPassword"]],
      ]);
      const asUsername = await attempt(e.password, e.username.toUpperCase());
      expect(asUsername.userErrors.map((u) => u.code)).toEqual(["WEAK_PASSWORD"]);
      expect(asUsername.account).toBeNull();

      expect((await loginAs(e.username, e.password)).session).not.toBeNull();
      expect((await loginAs(e.username, "Another-passw0rd")).userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    });

    it("ends the account's other sessions and keeps the caller's", async () => {
      const account = await createTestEmployee(t, { username: `chg${++seq}` });
      const here = await signedIn(t, account);
      const elsewhere = await signedIn(t, account);
      await t.ok(
        ChangePassword,
        { input: { currentPassword: account.password, newPassword: "Fresh-passw0rd!" } },
        here.token,
      );
      expect((await t.gql(Sessions, undefined, elsewhere.token)).errors?.[0]?.extensions?.code).toBe(
        "UNAUTHENTICATED",
      );
      expect((await t.ok(Sessions, undefined, here.token)).mySessions.totalCount).toBe(1);
    });

    it("enforces requirements tightened after the password was set (002 L7549-7561)", async () => {
      const e = await signedIn(
        t,
        await createTestEmployee(t, { username: `chg${++seq}`, password: "weakish-one" }),
      );
      await policy({
        minimumPasswordLength: 12,
        requireNumbers: true,
        requireUppercase: true,
        requireLowercase: true,
        requireSymbol: true,
      });
      const weak = await t.ok(
        ChangePassword,
        { input: { currentPassword: e.password, newPassword: "alllowercase" } },
        e.token,
      );
      expect(weak.changeMyPassword.userErrors).toHaveLength(1);
      expect(weak.changeMyPassword.userErrors[0]).toMatchObject({ code: "WEAK_PASSWORD" });
      expect(weak.changeMyPassword.userErrors[0]!.message).toMatch(/a number, an uppercase letter, a symbol/);
      expect((await loginAs(e.username, "alllowercase")).userErrors[0]?.code).toBe("INVALID_CREDENTIALS");

      const strong = await t.ok(
        ChangePassword,
        { input: { currentPassword: e.password, newPassword: "Str0ng-enough!" } },
        e.token,
      );
      expect(strong.changeMyPassword.userErrors).toEqual([]);
      expect((await loginAs(e.username, "Str0ng-enough!")).session).not.toBeNull();
    });

    it("refuses anonymous callers", async () => {
      const result = await t.gql(ChangePassword, { input: { currentPassword: "a", newPassword: "b" } });
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("disable password strength for existing passwords (002 L7565)", () => {
    it("when on (the default), existing passwords that no longer qualify keep working", async () => {
      const e = await createTestEmployee(t, { username: `old${++seq}`, password: "weakish-one" });
      await policy({ minimumPasswordLength: 16, requireSymbol: true });
      expect((await loginAs(e.username, e.password)).session?.mustChangePassword).toBe(false);
    });

    it("when off, an existing password that no longer qualifies must be changed at sign-in", async () => {
      const e = await createTestEmployee(t, { username: `old${++seq}`, password: "weakish-one" });
      const strong = await createTestEmployee(t, {
        username: `old${++seq}`,
        password: "Very-str0ng-passw0rd!",
      });
      await policy({
        minimumPasswordLength: 16,
        requireSymbol: true,
        disablePasswordStrengthForExistingPasswords: false,
      });
      const login = await loginAs(e.username, e.password);
      expect(login.session?.mustChangePassword).toBe(true);
      expect(
        (await t.gql(Sessions, undefined, login.session!.accessToken)).errors?.[0]?.extensions?.code,
      ).toBe("PASSWORD_CHANGE_REQUIRED");
      expect((await loginAs(strong.username, strong.password)).session?.mustChangePassword).toBe(false);
    });
  });
});
