import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import type { AuthScopesCreateMutationVariables } from "../../core/testing/gql/graphql.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { PredefinedRole } from "../roles/role.entity.js";
import { createTestEmployee, removeRole, signedIn, sql } from "./testing.js";

const Create = graphql(`
  mutation AuthScopesCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
        permissions
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Permissions = graphql(`
  query AuthScopesPermissions {
    myPermissions
  }
`);

const List = graphql(`
  query AuthScopesList {
    apiTokens {
      nodes {
        id
      }
    }
  }
`);

const Revoke = graphql(`
  mutation AuthScopesRevoke($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      revokedCount
      userErrors {
        code
      }
    }
  }
`);

const Logout = graphql(`
  mutation AuthScopesLogout {
    logout {
      success
    }
  }
`);

const ChangePassword = graphql(`
  mutation AuthScopesChangePassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Sessions = graphql(`
  query AuthScopesSessions {
    mySessions {
      totalCount
    }
  }
`);

const TokenNode = graphql(`
  query AuthScopesNode($id: ID!) {
    node(id: $id) {
      id
      ... on ApiToken {
        name
      }
    }
  }
`);

describe("API tokens: scopes and token-created tokens", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let seq = 0;
  const agent = async () => signedIn(t, await createTestEmployee(t, { username: `scoped${++seq}` }));
  const create = async (token: string, variables: AuthScopesCreateMutationVariables) =>
    (await t.ok(Create, variables, token)).createApiToken;
  const permissionsOf = async (token: string) => (await t.ok(Permissions, undefined, token)).myPermissions;

  beforeAll(async () => {
    t = await startTestServer("auth_token_scopes");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("shrinks a token when its owner loses a role (scopes ∩ the owner's current permissions)", async () => {
    const a = await agent();
    const { secret } = await create(a.token, {
      input: { name: "x", permissions: ["TICKETS_REPLY", "KB_ARTICLES_VIEW"] },
    });
    expect(await permissionsOf(secret!)).toEqual(["KB_ARTICLES_VIEW", "TICKETS_REPLY"]);
    await removeRole(t, a.id, PredefinedRole.AGENT);
    // Everyone still grants KB_ARTICLES_VIEW; the tickets permission came from Agent only.
    expect(await permissionsOf(secret!)).toEqual(["KB_ARTICLES_VIEW"]);
    const [row] = await sql<{ permissions: string[] }>(
      t,
      "select permissions from api_token where owner_id = ?",
      [a.id],
    );
    expect(row!.permissions).toEqual(["KB_ARTICLES_VIEW", "TICKETS_REPLY"]);
  });

  describe("a token-authenticated caller", () => {
    it("may create tokens within its own permissions only", async () => {
      const a = await agent();
      const parent = await create(a.token, { input: { name: "parent", permissions: ["TICKETS_REPLY"] } });
      const child = await create(parent.secret!, {
        input: { name: "child", permissions: ["TICKETS_REPLY"] },
      });
      expect(child.userErrors).toEqual([]);
      expect(await permissionsOf(child.secret!)).toEqual(["TICKETS_REPLY"]);

      // The owner holds TICKETS_DELETE, the calling token does not.
      const escalate = await create(parent.secret!, {
        input: { name: "wider", permissions: ["TICKETS_REPLY", "TICKETS_DELETE"] },
      });
      expect(escalate.secret).toBeNull();
      expect(escalate.userErrors).toHaveLength(1);
      expect(escalate.userErrors[0]).toMatchObject({ code: "NOT_A_SUBSET", field: ["input", "permissions"] });
      expect(escalate.userErrors[0]!.message).toContain("TICKETS_DELETE");
      expect(escalate.userErrors[0]!.message).not.toContain("TICKETS_REPLY");
    });

    it("cannot mint a token that outlives it", async () => {
      const a = await agent();
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const parent = await create(a.token, {
        input: { name: "p", permissions: ["TICKETS_REPLY"], expiresAt },
      });
      const forever = await create(parent.secret!, { input: { name: "c", permissions: ["TICKETS_REPLY"] } });
      expect(forever.userErrors.map((u) => [u.code, u.field])).toEqual([
        ["EXPIRES_AFTER_CREATOR", ["input", "expiresAt"]],
      ]);
      const later = new Date(Date.now() + 7_200_000).toISOString();
      const tooLate = await create(parent.secret!, {
        input: { name: "c", permissions: ["TICKETS_REPLY"], expiresAt: later },
      });
      expect(tooLate.userErrors.map((u) => u.code)).toEqual(["EXPIRES_AFTER_CREATOR"]);
      const within = new Date(Date.now() + 1_800_000).toISOString();
      const ok = await create(parent.secret!, {
        input: { name: "c", permissions: ["TICKETS_REPLY"], expiresAt: within },
      });
      expect(ok.userErrors).toEqual([]);
    });

    it("cannot create tokens for another employee without ADMINISTRATION in its scopes", async () => {
      const b = await agent();
      const adminToken = await create(admin.token, {
        input: { name: "ops", permissions: ["TICKETS_REPLY"] },
      });
      const result = await t.gql(
        Create,
        { input: { name: "x", permissions: ["TICKETS_REPLY"], ownerId: b.globalId } },
        adminToken.secret!,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("sees and revokes only itself and the tokens it created; revoking it revokes them too", async () => {
      const a = await agent();
      const sibling = await create(a.token, { input: { name: "sibling", permissions: ["TICKETS_REPLY"] } });
      const parent = await create(a.token, { input: { name: "parent", permissions: ["TICKETS_REPLY"] } });
      const child = await create(parent.secret!, {
        input: { name: "child", permissions: ["TICKETS_REPLY"] },
      });
      const grandchild = await create(child.secret!, {
        input: { name: "gc", permissions: ["TICKETS_REPLY"] },
      });

      const visible = (await t.ok(List, undefined, parent.secret!)).apiTokens.nodes.map((n) => n.id).sort();
      expect(visible).toEqual([parent.apiToken!.id, child.apiToken!.id].sort());
      const hidden = await t.gql(Revoke, { input: { id: sibling.apiToken!.id } }, parent.secret!);
      expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect((await t.ok(TokenNode, { id: sibling.apiToken!.id }, parent.secret!)).node).toBeNull();
      expect((await t.ok(TokenNode, { id: sibling.apiToken!.id }, a.token)).node).toEqual({
        id: sibling.apiToken!.id,
        name: "sibling",
      });

      const revoked = await t.ok(Revoke, { input: { id: parent.apiToken!.id } }, a.token);
      expect(revoked.revokeApiToken).toEqual({ revokedCount: 3, userErrors: [] });
      for (const gone of [parent, child, grandchild]) {
        expect((await t.gql(Permissions, undefined, gone.secret!)).status).toBe(401);
      }
      expect((await t.gql(Permissions, undefined, sibling.secret!)).status).toBe(200);
    });

    it("cannot log out, change the password or manage sessions", async () => {
      const a = await agent();
      const { secret } = await create(a.token, { input: { name: "x", permissions: ["TICKETS_REPLY"] } });
      expect((await t.gql(Logout, undefined, secret!)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const change = await t.gql(
        ChangePassword,
        { input: { currentPassword: a.password, newPassword: "Taken-0ver-now!" } },
        secret!,
      );
      expect(change.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await t.gql(Sessions, undefined, secret!)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      // Nothing happened to the owner's session or password.
      expect((await t.ok(Sessions, undefined, a.token)).mySessions.totalCount).toBe(1);
    });
  });
});
