import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { createTestEmployee, createTestUser, signedIn, sql } from "./testing.js";

const MySessions = graphql(`
  query AuthMySessions {
    mySessions {
      totalCount
      nodes {
        id
        createdAt
        lastActiveAt
        lastIp
        userAgent
        expiresAt
        current
      }
    }
  }
`);

const RevokeSession = graphql(`
  mutation AuthRevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      session {
        id
        current
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const RevokeAll = graphql(`
  mutation AuthRevokeAllSessionsOf($input: RevokeAllSessionsOfInput!) {
    revokeAllSessionsOf(input: $input) {
      account {
        id
      }
      revokedCount
      userErrors {
        code
      }
    }
  }
`);

const Refresh = graphql(`
  mutation AuthRefresh($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      session {
        accessToken
        refreshToken
        account {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Logout = graphql(`
  mutation AuthLogout {
    logout {
      success
      userErrors {
        code
      }
    }
  }
`);

const Me = graphql(`
  query AuthSessionsMe {
    me {
      id
    }
  }
`);

const SessionNode = graphql(`
  query AuthSessionNode($id: ID!) {
    node(id: $id) {
      id
      ... on Session {
        current
      }
    }
  }
`);

describe("sessions", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let seq = 0;
  const employee = async () => createTestEmployee(t, { username: `sess${++seq}` });
  const works = async (token: string) => (await t.gql(Me, undefined, token)).status === 200;
  const liveSessions = async (accountId: string) =>
    Number(
      (
        await sql<{ n: string }>(
          t,
          "select count(*) as n from auth_session where account_id = ? and revoked_at is null",
          [accountId],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    t = await startTestServer("auth_sessions");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("mySessions", () => {
    it("lists my live sessions with the current one flagged", async () => {
      const e = await employee();
      const first = await signedIn(t, e);
      const second = await signedIn(t, e);
      const data = await t.ok(MySessions, undefined, second.token);
      expect(data.mySessions.totalCount).toBe(2);
      expect(data.mySessions.nodes.map((n) => n.current).sort()).toEqual([false, true]);
      for (const node of data.mySessions.nodes) {
        expect(node.lastIp).toMatch(/127\.0\.0\.1/);
        expect(node.userAgent).toBeTruthy();
        expect(new Date(node.expiresAt).getTime()).toBeGreaterThan(Date.now());
      }
      const other = await t.ok(MySessions, undefined, first.token);
      expect(other.mySessions.nodes.find((n) => n.current)!.id).not.toBe(
        data.mySessions.nodes.find((n) => n.current)!.id,
      );
    });

    it("does not list ended sessions", async () => {
      const e = await employee();
      const first = await signedIn(t, e);
      const second = await signedIn(t, e);
      await t.ok(Logout, undefined, first.token);
      const data = await t.ok(MySessions, undefined, second.token);
      expect(data.mySessions.totalCount).toBe(1);
      expect(data.mySessions.nodes[0]!.current).toBe(true);
    });

    it("works for end users and refuses anonymous callers", async () => {
      const u = await signedIn(t, await createTestUser(t, { username: `portal${++seq}` }));
      expect((await t.ok(MySessions, undefined, u.token)).mySessions.totalCount).toBe(1);
      expect((await t.gql(MySessions)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("revokeSession", () => {
    it("ends another session of mine: its access and refresh tokens stop working", async () => {
      const e = await employee();
      const laptop = await signedIn(t, e);
      const phone = await signedIn(t, e);
      const list = await t.ok(MySessions, undefined, laptop.token);
      const phoneId = list.mySessions.nodes.find((n) => !n.current)!.id;
      const data = await t.ok(RevokeSession, { input: { id: phoneId } }, laptop.token);
      expect(data.revokeSession).toEqual({ session: { id: phoneId, current: false }, userErrors: [] });
      expect(await works(phone.token)).toBe(false);
      const refreshed = await t.ok(Refresh, { input: { refreshToken: phone.refreshToken } });
      expect(refreshed.refreshSession.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
      expect(await works(laptop.token)).toBe(true);
    });

    it("answers ALREADY_REVOKED for an ended session", async () => {
      const e = await employee();
      const a = await signedIn(t, e);
      const b = await signedIn(t, e);
      const bId = (await t.ok(MySessions, undefined, b.token)).mySessions.nodes.find((n) => n.current)!.id;
      await t.ok(Logout, undefined, b.token);
      const data = await t.ok(RevokeSession, { input: { id: bId } }, a.token);
      expect(data.revokeSession.userErrors).toEqual([{ code: "ALREADY_REVOKED", field: ["input", "id"] }]);
    });

    it("treats another account's session as not found and leaves it alone", async () => {
      const victim = await signedIn(t, await employee());
      const victimSession = (await t.ok(MySessions, undefined, victim.token)).mySessions.nodes[0]!.id;
      const attacker = await signedIn(t, await employee());
      const result = await t.gql(RevokeSession, { input: { id: victimSession } }, attacker.token);
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(await works(victim.token)).toBe(true);
      expect((await t.ok(SessionNode, { id: victimSession }, attacker.token)).node).toBeNull();
      expect((await t.ok(SessionNode, { id: victimSession }, victim.token)).node).toEqual({
        id: victimSession,
        current: true,
      });
    });

    it("rejects a malformed id and anonymous callers", async () => {
      const e = await signedIn(t, await employee());
      const bad = await t.gql(RevokeSession, { input: { id: admin.adminId } }, e.token);
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const anon = await t.gql(RevokeSession, { input: { id: admin.adminId } });
      expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("revokeAllSessionsOf", () => {
    it("signs an account out everywhere", async () => {
      const e = await employee();
      const a = await signedIn(t, e);
      const b = await signedIn(t, e);
      const data = await t.ok(RevokeAll, { input: { accountId: e.globalId } }, admin.token);
      expect(data.revokeAllSessionsOf).toEqual({
        account: { id: e.globalId },
        revokedCount: 2,
        userErrors: [],
      });
      expect(await works(a.token)).toBe(false);
      expect(await works(b.token)).toBe(false);
      expect(await works(admin.token)).toBe(true);
    });

    it("is refused to non-administrators and anonymous callers, changing nothing", async () => {
      const victim = await signedIn(t, await employee());
      const agent = await signedIn(t, await employee());
      const forbidden = await t.gql(RevokeAll, { input: { accountId: victim.globalId } }, agent.token);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const anon = await t.gql(RevokeAll, { input: { accountId: victim.globalId } });
      expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await liveSessions(victim.id)).toBe(1);
      expect(await works(victim.token)).toBe(true);
    });

    it("answers NOT_FOUND for an unknown account", async () => {
      const unknown = Buffer.from("User:00000000-0000-4000-8000-00000000abcd").toString("base64url");
      const result = await t.gql(RevokeAll, { input: { accountId: unknown } }, admin.token);
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("refresh token rotation", () => {
    it("issues new tokens and retires the old refresh token", async () => {
      const e = await signedIn(t, await employee());
      const data = await t.ok(Refresh, { input: { refreshToken: e.refreshToken } });
      const next = data.refreshSession.session!;
      expect(next.refreshToken).not.toBe(e.refreshToken);
      expect(next.account.id).toBe(e.globalId);
      expect(await works(next.accessToken)).toBe(true);
      // The older access token of the same session stays valid until it expires.
      expect(await works(e.token)).toBe(true);
    });

    it("treats reuse of a rotated refresh token as theft and ends the session", async () => {
      const e = await signedIn(t, await employee());
      const stolen = e.refreshToken;
      const legit = (await t.ok(Refresh, { input: { refreshToken: stolen } })).refreshSession.session!;
      const replay = await t.ok(Refresh, { input: { refreshToken: stolen } });
      expect(replay.refreshSession).toEqual({
        session: null,
        userErrors: [{ code: "INVALID_REFRESH_TOKEN" }],
      });
      expect(await works(legit.accessToken)).toBe(false);
      const again = await t.ok(Refresh, { input: { refreshToken: legit.refreshToken } });
      expect(again.refreshSession.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
      expect(await liveSessions(e.id)).toBe(0);
    });

    it("refuses unknown refresh tokens without touching any session", async () => {
      const e = await signedIn(t, await employee());
      const data = await t.ok(Refresh, { input: { refreshToken: "not-a-token" } });
      expect(data.refreshSession.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
      expect(await works(e.token)).toBe(true);
    });

    it("refuses an expired session's refresh token", async () => {
      const e = await signedIn(t, await employee());
      await sql(t, "update auth_session set expires_at = now() - interval '1 second' where account_id = ?", [
        e.id,
      ]);
      const data = await t.ok(Refresh, { input: { refreshToken: e.refreshToken } });
      expect(data.refreshSession.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    });

    it("refuses a disabled account's refresh token", async () => {
      const e = await signedIn(t, await employee());
      await sql(t, "update account set disabled = true where id = ?", [e.id]);
      const data = await t.ok(Refresh, { input: { refreshToken: e.refreshToken } });
      expect(data.refreshSession.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    });
  });

  describe("logout", () => {
    it("ends the session: access and refresh tokens stop working", async () => {
      const e = await signedIn(t, await employee());
      expect((await t.ok(Logout, undefined, e.token)).logout).toEqual({ success: true, userErrors: [] });
      const after = await t.gql(Me, undefined, e.token);
      expect(after.status).toBe(401);
      expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const refreshed = await t.ok(Refresh, { input: { refreshToken: e.refreshToken } });
      expect(refreshed.refreshSession.userErrors[0]?.code).toBe("INVALID_REFRESH_TOKEN");
    });

    it("refuses anonymous callers", async () => {
      expect((await t.gql(Logout)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });
});
