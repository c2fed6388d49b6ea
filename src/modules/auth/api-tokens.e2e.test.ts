import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import type { AuthCreateApiTokenMutationVariables } from "../../core/testing/gql/graphql.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { createTestEmployee, createTestUser, signedIn, sql } from "./testing.js";

const Create = graphql(`
  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
        name
        prefix
        permissions
        expiresAt
        active
        createdAt
        owner {
          id
        }
        createdBy {
          id
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

const List = graphql(`
  query AuthApiTokens($ownerId: ID, $allOwners: Boolean, $includeInactive: Boolean) {
    apiTokens(ownerId: $ownerId, allOwners: $allOwners, includeInactive: $includeInactive) {
      totalCount
      nodes {
        id
        name
        prefix
        active
        revokedAt
        lastUsedAt
        owner {
          id
        }
      }
    }
  }
`);

const Revoke = graphql(`
  mutation AuthRevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        active
        revokedAt
      }
      revokedCount
      userErrors {
        code
        field
      }
    }
  }
`);

const WhoAmI = graphql(`
  query AuthTokenWhoAmI {
    me {
      id
    }
    myPermissions
  }
`);

const Fields = graphql(`
  query AuthApiTokenFields {
    __type(name: "ApiToken") {
      fields {
        name
      }
    }
  }
`);

const SCOPES = ["TICKETS_REPLY", "KB_ARTICLES_VIEW"];

describe("API tokens: create, list, revoke", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let seq = 0;
  const agent = async () => signedIn(t, await createTestEmployee(t, { username: `agent${++seq}` }));
  const tokenCount = async () =>
    Number((await sql<{ n: string }>(t, "select count(*) as n from api_token"))[0]!.n);
  const create = async (token: string, variables: AuthCreateApiTokenMutationVariables) =>
    (await t.ok(Create, variables, token)).createApiToken;

  beforeAll(async () => {
    t = await startTestServer("auth_api_tokens");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe("createApiToken", () => {
    it("gives an employee a token for themself; the secret is shown once and stored only as a hash", async () => {
      const a = await agent();
      const created = await create(a.token, { input: { name: " nightly export ", permissions: SCOPES } });
      expect(created.userErrors).toEqual([]);
      const secret = created.secret!;
      expect(secret).toMatch(/^dgt_[\w-]{43}$/);
      expect(created.apiToken).toMatchObject({
        name: "nightly export",
        prefix: secret.slice(0, 12),
        permissions: [...SCOPES].sort(),
        expiresAt: null,
        active: true,
        owner: { id: a.globalId },
        createdBy: { id: a.globalId },
      });
      const rows = await sql(t, "select * from api_token");
      expect(JSON.stringify(rows)).not.toContain(secret);
      expect(rows[0]!.token_hash).toBe(createHash("sha256").update(secret).digest("hex"));

      const who = await t.ok(WhoAmI, undefined, secret);
      expect(who.me.id).toBe(a.globalId);
      expect(who.myPermissions).toEqual([...SCOPES].sort());
      const listed = await t.ok(List, {}, a.token);
      expect(listed.apiTokens.nodes[0]!.lastUsedAt).not.toBeNull();
    });

    it("refuses unknown permission keys, naming them, and creates nothing", async () => {
      const a = await agent();
      const before = await tokenCount();
      const result = await create(a.token, {
        input: { name: "x", permissions: ["TICKETS_REPLY", "TICKETS_FLY", "ROOT"] },
      });
      expect(result.secret).toBeNull();
      expect(result.userErrors).toHaveLength(1);
      expect(result.userErrors[0]).toMatchObject({
        code: "UNKNOWN_PERMISSION",
        field: ["input", "permissions"],
      });
      expect(result.userErrors[0]!.message).toContain("ROOT, TICKETS_FLY");
      expect(await tokenCount()).toBe(before);
    });

    it("refuses permissions the owner does not hold (NOT_A_SUBSET), naming them", async () => {
      const a = await agent();
      const result = await create(a.token, {
        input: { name: "x", permissions: ["ADMINISTRATION", "TICKETS_REPLY"] },
      });
      expect(result.userErrors).toHaveLength(1);
      expect(result.userErrors[0]).toMatchObject({ code: "NOT_A_SUBSET", field: ["input", "permissions"] });
      expect(result.userErrors[0]!.message).toContain("ADMINISTRATION");
      expect(result.userErrors[0]!.message).not.toContain("TICKETS_REPLY");
    });

    it("validates name, permissions and expiry", async () => {
      const a = await agent();
      const before = await tokenCount();
      const result = await create(a.token, {
        input: { name: "  ", permissions: [], expiresAt: new Date(Date.now() - 1000).toISOString() },
      });
      expect(result.userErrors.map((u) => [u.code, u.field!.join(".")])).toEqual([
        ["REQUIRED", "input.name"],
        ["REQUIRED", "input.permissions"],
        ["INVALID", "input.expiresAt"],
      ]);
      const long = await create(a.token, { input: { name: "n".repeat(201), permissions: SCOPES } });
      expect(long.userErrors.map((u) => u.code)).toEqual(["TOO_LONG"]);
      expect(await tokenCount()).toBe(before);
    });

    it("refuses end users (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
      const u = await signedIn(t, await createTestUser(t, { username: `portal${++seq}` }));
      const before = await tokenCount();
      const input = { input: { name: "x", permissions: ["KB_ARTICLES_VIEW"] } };
      expect((await t.gql(Create, input, u.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await t.gql(List, {}, u.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await t.gql(Create, input)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(await tokenCount()).toBe(before);
    });

    it("lets an administrator create a token for another employee, within that employee's permissions", async () => {
      const b = await agent();
      const ok = await create(admin.token, {
        input: { name: "for b", permissions: SCOPES, ownerId: b.globalId },
      });
      expect(ok.apiToken).toMatchObject({ owner: { id: b.globalId }, createdBy: { id: admin.adminId } });
      expect((await t.ok(WhoAmI, undefined, ok.secret!)).me.id).toBe(b.globalId);
      const tooMuch = await create(admin.token, {
        input: { name: "x", permissions: ["ADMINISTRATION"], ownerId: b.globalId },
      });
      expect(tooMuch.userErrors.map((u) => u.code)).toEqual(["NOT_A_SUBSET"]);
    });

    it("refuses a non-administrator creating a token for someone else, and bad owner ids", async () => {
      const a = await agent();
      const b = await agent();
      const before = await tokenCount();
      const input = (ownerId: string) => ({ input: { name: "x", permissions: SCOPES, ownerId } });
      const forbidden = await t.gql(Create, input(b.globalId), a.token);
      expect(forbidden.errors?.[0]?.extensions).toMatchObject({
        code: "FORBIDDEN",
        permission: "ADMINISTRATION",
      });
      const u = await createTestUser(t, { username: `portal${++seq}` });
      expect((await t.gql(Create, input(u.globalId), admin.token)).errors?.[0]?.extensions?.code).toBe(
        "BAD_USER_INPUT",
      );
      const ghost = Buffer.from("Employee:00000000-0000-4000-8000-00000000abcd").toString("base64url");
      expect((await t.gql(Create, input(ghost), admin.token)).errors?.[0]?.extensions?.code).toBe(
        "NOT_FOUND",
      );
      expect(await tokenCount()).toBe(before);
    });

    it("refuses a disabled owner", async () => {
      const b = await createTestEmployee(t, { username: `agent${++seq}` });
      await sql(t, "update account set disabled = true where id = ?", [b.id]);
      const result = await create(admin.token, {
        input: { name: "x", permissions: SCOPES, ownerId: b.globalId },
      });
      expect(result.userErrors.map((u) => u.code)).toEqual(["OWNER_DISABLED"]);
    });
  });

  describe("apiTokens", () => {
    it("lists my tokens only; administrators list anyone's or everybody's", async () => {
      const a = await agent();
      const b = await agent();
      await create(a.token, { input: { name: "a1", permissions: SCOPES } });
      await create(b.token, { input: { name: "b1", permissions: SCOPES } });
      const mine = await t.ok(List, {}, a.token);
      expect(mine.apiTokens.nodes.map((n) => n.name)).toEqual(["a1"]);
      const ofB = await t.ok(List, { ownerId: b.globalId }, admin.token);
      expect(ofB.apiTokens.nodes.map((n) => [n.name, n.owner.id])).toEqual([["b1", b.globalId]]);
      const all = await t.ok(List, { allOwners: true }, admin.token);
      expect(all.apiTokens.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(["a1", "b1"]));
      expect((await t.gql(List, { ownerId: b.globalId }, a.token)).errors?.[0]?.extensions?.code).toBe(
        "FORBIDDEN",
      );
      expect((await t.gql(List, { allOwners: true }, a.token)).errors?.[0]?.extensions?.code).toBe(
        "FORBIDDEN",
      );
      expect((await t.gql(List, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("secrets and bookkeeping", () => {
    it("has no field that could return the secret or its hash", async () => {
      const names = (await t.ok(Fields)).__type!.fields!.map((f) => f.name);
      expect(names).toEqual(expect.arrayContaining(["prefix", "permissions", "lastUsedAt"]));
      expect(names.filter((n) => /secret|hash/i.test(n))).toEqual([]);
    });

    it("records lastUsedAt at most once a minute", async () => {
      const a = await agent();
      const { secret } = await create(a.token, { input: { name: "busy", permissions: SCOPES } });
      const lastUsed = async () =>
        (
          await sql<{ last_used_at: Date | null }>(
            t,
            "select last_used_at from api_token where owner_id = ?",
            [a.id],
          )
        )[0]!.last_used_at;
      expect(await lastUsed()).toBeNull();
      await t.ok(WhoAmI, undefined, secret!);
      const first = await lastUsed();
      expect(first).not.toBeNull();
      await t.ok(WhoAmI, undefined, secret!);
      expect(await lastUsed()).toEqual(first);
      await sql(t, "update api_token set last_used_at = now() - interval '2 minutes' where owner_id = ?", [
        a.id,
      ]);
      await t.ok(WhoAmI, undefined, secret!);
      expect(new Date((await lastUsed())!).getTime()).toBeGreaterThan(new Date(first!).getTime());
    });

    it("lists tokens with a constant number of SQL statements, whatever their number", async () => {
      const owners = [await agent(), await agent(), await agent()];
      const count = async () =>
        (await t.statementsDuring(() => t.ok(List, { allOwners: true }, admin.token))).length;
      await create(owners[0]!.token, { input: { name: "one", permissions: SCOPES } });
      const few = await count();
      for (const o of owners) await create(o.token, { input: { name: "more", permissions: SCOPES } });
      expect(await count()).toBe(few);
    });
  });

  describe("revokeApiToken", () => {
    it("lets the owner revoke: the token stops working at once and leaves the default list", async () => {
      const a = await agent();
      const { apiToken, secret } = await create(a.token, { input: { name: "gone", permissions: SCOPES } });
      const data = await t.ok(Revoke, { input: { id: apiToken!.id } }, a.token);
      expect(data.revokeApiToken).toMatchObject({
        apiToken: { id: apiToken!.id, active: false },
        revokedCount: 1,
      });
      expect(data.revokeApiToken.apiToken!.revokedAt).not.toBeNull();
      const used = await t.gql(WhoAmI, undefined, secret!);
      expect(used.status).toBe(401);
      expect(used.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await t.ok(List, {}, a.token)).apiTokens.totalCount).toBe(0);
      const all = await t.ok(List, { includeInactive: true }, a.token);
      expect(all.apiTokens.nodes.map((n) => [n.name, n.active])).toEqual([["gone", false]]);
      const again = await t.ok(Revoke, { input: { id: apiToken!.id } }, a.token);
      expect(again.revokeApiToken.userErrors).toEqual([{ code: "ALREADY_REVOKED", field: ["input", "id"] }]);
    });

    it("hides other employees' tokens (NOT_FOUND) and leaves them working; administrators may revoke", async () => {
      const a = await agent();
      const b = await agent();
      const { apiToken, secret } = await create(a.token, { input: { name: "a's", permissions: SCOPES } });
      expect(
        (await t.gql(Revoke, { input: { id: apiToken!.id } }, b.token)).errors?.[0]?.extensions?.code,
      ).toBe("NOT_FOUND");
      expect((await t.gql(Revoke, { input: { id: apiToken!.id } })).errors?.[0]?.extensions?.code).toBe(
        "UNAUTHENTICATED",
      );
      expect((await t.gql(WhoAmI, undefined, secret!)).status).toBe(200);
      const byAdmin = await t.ok(Revoke, { input: { id: apiToken!.id } }, admin.token);
      expect(byAdmin.revokeApiToken.revokedCount).toBe(1);
      expect((await t.gql(WhoAmI, undefined, secret!)).status).toBe(401);
    });

    it("stops expired tokens and tokens of disabled owners", async () => {
      const a = await agent();
      const expiring = await create(a.token, {
        input: { name: "soon", permissions: SCOPES, expiresAt: new Date(Date.now() + 60_000).toISOString() },
      });
      const other = await create(a.token, { input: { name: "other", permissions: SCOPES } });
      expect((await t.gql(WhoAmI, undefined, expiring.secret!)).status).toBe(200);
      await sql(t, "update api_token set expires_at = now() - interval '1 second' where name = 'soon'");
      expect((await t.gql(WhoAmI, undefined, expiring.secret!)).status).toBe(401);
      await sql(t, "update account set disabled = true where id = ?", [a.id]);
      expect((await t.gql(WhoAmI, undefined, other.secret!)).status).toBe(401);
    });
  });
});
