import { print } from "graphql";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createClient } from "graphql-ws";
import type { Client, FormattedExecutionResult } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import type { AuthWsAccountChangedSubscription } from "../../core/testing/gql/graphql.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { WS_CLOSE_TOKEN_EXPIRED, WS_CLOSE_TOKEN_REVOKED } from "../../core/ws/server.js";
import { PredefinedRole } from "../roles/role.entity.js";
import { AccountChangeReason, publishAccountChanged } from "./account-events.js";
import { revokeAccountAccess } from "./sessions.service.js";
import { createTestEmployee, eventually, removeRole, signedIn, sql } from "./testing.js";

const Me = graphql(`
  query AuthWsMe {
    me {
      id
      username
    }
    myPermissions
  }
`);

const AccountChanged = graphql(`
  subscription AuthWsAccountChanged {
    myAccountChanged {
      reason
      sessionId
      permissions
      account {
        id
        username
      }
    }
  }
`);

const Logout = graphql(`
  mutation AuthWsLogout {
    logout {
      success
    }
  }
`);

const CreateToken = graphql(`
  mutation AuthWsCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
      }
    }
  }
`);

const RevokeToken = graphql(`
  mutation AuthWsRevokeToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      revokedCount
    }
  }
`);

const Sessions = graphql(`
  query AuthWsSessions {
    mySessions {
      nodes {
        id
        current
      }
    }
  }
`);

const RevokeSession = graphql(`
  mutation AuthWsRevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

/** Runs a query over the socket and returns its one result. */
async function overWs<T, V>(
  client: Client,
  doc: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<FormattedExecutionResult<T>> {
  const results = client.iterate<T>({ query: print(doc), variables: variables as Record<string, unknown> });
  const first = await results.next();
  await results.return?.();
  return first.value as FormattedExecutionResult<T>;
}

const clients: Client[] = [];

/**
 * A graphql-ws client whose close code is recorded. Not lazy: a lazy client closes its socket itself (1000)
 * once no operation is running, and these tests watch what the server does to an idle open socket. (Built
 * here rather than with t.ws() to silence the client's console report of the closes the tests provoke.)
 */
function socket(t: TestServer, token?: string) {
  const state: { code?: number } = {};
  const client = createClient({
    url: t.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
    on: { closed: (event) => (state.code = (event as { code: number }).code) },
  });
  clients.push(client);
  return { client, closed: state };
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
});

describe("graphql-ws authentication", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let seq = 0;
  const employee = async () => createTestEmployee(t, { username: `wsuser${++seq}` });

  beforeAll(async () => {
    t = await startTestServer("auth_ws");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("authenticates connection_init's bearer token: me over WS is the account", async () => {
    const e = await signedIn(t, await employee());
    const { client } = socket(t, e.token);
    const result = await overWs(client, Me);
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toEqual({ id: e.globalId, username: e.username });
    expect(result.data!.myPermissions).toContain("TICKETS_REPLY");
  });

  it("treats a socket without credential as anonymous", async () => {
    const { client } = socket(t);
    const result = await overWs(client, Me);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a bad token by closing the socket with 4403", async () => {
    for (const bad of ["not-a-jwt", "dgt_unknown", `${admin.token}x`]) {
      const { client, closed } = socket(t, bad);
      await expect(overWs(client, Me)).rejects.toBeDefined();
      await eventually(() => closed.code !== undefined);
      expect(closed.code).toBe(4403);
    }
  });

  it("closes the socket of a session that logs out over HTTP (4403)", async () => {
    const e = await signedIn(t, await employee());
    const { client, closed } = socket(t, e.token);
    expect((await overWs(client, Me)).data?.me.id).toBe(e.globalId);
    await t.ok(Logout, undefined, e.token);
    await eventually(() => closed.code !== undefined);
    expect(closed.code).toBe(WS_CLOSE_TOKEN_REVOKED);
  });

  it("closes sockets using an API token when it is revoked (4403)", async () => {
    const e = await signedIn(t, await employee());
    const created = await t.ok(
      CreateToken,
      { input: { name: "ws", permissions: ["TICKETS_REPLY"] } },
      e.token,
    );
    const { client, closed } = socket(t, created.createApiToken.secret!);
    expect((await overWs(client, Me)).data?.myPermissions).toEqual(["TICKETS_REPLY"]);
    await t.ok(RevokeToken, { input: { id: created.createApiToken.apiToken!.id } }, e.token);
    await eventually(() => closed.code !== undefined);
    expect(closed.code).toBe(WS_CLOSE_TOKEN_REVOKED);
  });

  it("closes every socket of an account whose access is revoked (revokeAccountAccess)", async () => {
    const e = await signedIn(t, await employee());
    const created = await t.ok(
      CreateToken,
      { input: { name: "ws", permissions: ["TICKETS_REPLY"] } },
      e.token,
    );
    const viaSession = socket(t, e.token);
    const viaToken = socket(t, created.createApiToken.secret!);
    await overWs(viaSession.client, Me);
    await overWs(viaToken.client, Me);
    await sql(t, "update account set disabled = true where id = ?", [e.id]);
    // What the accounts module does when it disables an account.
    await revokeAccountAccess(t.server.runtime, t.server.runtime.orm.em.fork() as EntityManager, e.id);
    await eventually(() => viaSession.closed.code !== undefined && viaToken.closed.code !== undefined);
    expect([viaSession.closed.code, viaToken.closed.code]).toEqual([
      WS_CLOSE_TOKEN_REVOKED,
      WS_CLOSE_TOKEN_REVOKED,
    ]);
  });

  it("applies permission changes to the next operation on an open socket", async () => {
    const e = await signedIn(t, await employee());
    const { client } = socket(t, e.token);
    expect((await overWs(client, Me)).data?.myPermissions).toContain("TICKETS_REPLY");
    await removeRole(t, e.id, PredefinedRole.AGENT);
    expect((await overWs(client, Me)).data?.myPermissions).not.toContain("TICKETS_REPLY");
  });

  it("closes an open socket at its next operation once the account is disabled", async () => {
    const e = await signedIn(t, await employee());
    const { client, closed } = socket(t, e.token);
    await overWs(client, Me);
    await sql(t, "update account set disabled = true where id = ?", [e.id]);
    await overWs(client, Me).catch(() => undefined);
    await eventually(() => closed.code !== undefined);
    expect(closed.code).toBe(WS_CLOSE_TOKEN_REVOKED);
  });

  describe("myAccountChanged", () => {
    type Event = AuthWsAccountChangedSubscription["myAccountChanged"];
    const subscribe = (client: Client) => {
      const events: Event[] = [];
      const errors: unknown[] = [];
      client.subscribe<AuthWsAccountChangedSubscription>(
        { query: print(AccountChanged) },
        {
          next: (r) => (r.data ? events.push(r.data.myAccountChanged) : errors.push(r.errors)),
          error: (e) => errors.push(e),
          complete: () => undefined,
        },
      );
      return { events, errors };
    };

    it("tells me when another session of mine is revoked, and only about my account", async () => {
      const account = await employee();
      const watcher = await signedIn(t, account);
      const actor = await signedIn(t, account);
      const victim = await signedIn(t, account);
      const stranger = await signedIn(t, await employee());
      const { client } = socket(t, watcher.token);
      const { events } = subscribe(client);
      // The subscription is live once an operation after it has gone through the same socket.
      await overWs(client, Me);

      await t.ok(CreateToken, { input: { name: "noise", permissions: ["TICKETS_REPLY"] } }, stranger.token);
      const victimSession = (await t.ok(Sessions, undefined, victim.token)).mySessions.nodes.find(
        (n) => n.current,
      )!;
      await t.ok(RevokeSession, { input: { id: victimSession.id } }, actor.token);
      await eventually(() => events.length > 0);
      expect(events[0]).toMatchObject({
        reason: "SESSION_REVOKED",
        sessionId: victimSession.id,
        account: { id: account.globalId, username: account.username },
      });
      expect(events.every((e) => e.account.id === account.globalId)).toBe(true);
    });

    it("carries my permissions as they are now when my roles change", async () => {
      const e = await signedIn(t, await employee());
      const { client } = socket(t, e.token);
      const { events } = subscribe(client);
      await overWs(client, Me);
      await removeRole(t, e.id, PredefinedRole.AGENT);
      // What the roles module does after changing an account's roles.
      await publishAccountChanged(t.server.runtime, e.id, AccountChangeReason.ROLES_CHANGED);
      await eventually(() => events.length > 0);
      expect(events[0]!.reason).toBe("ROLES_CHANGED");
      expect(events[0]!.permissions).not.toContain("TICKETS_REPLY");
      expect(events[0]!.permissions).toContain("KB_ARTICLES_VIEW");
    });

    it("refuses anonymous subscribers", async () => {
      const { client } = socket(t);
      const { errors } = subscribe(client);
      await eventually(() => errors.length > 0);
      expect(JSON.stringify(errors)).toContain("UNAUTHENTICATED");
    });
  });
});

describe("graphql-ws access token expiry", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("auth_ws_expiry", { accessTokenTtlSeconds: 2 });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("closes the socket with 4401 when the access token expires", async () => {
    await adminSession(t);
    const e = await signedIn(t, await createTestEmployee(t, { username: "shortlived" }));
    const { client, closed } = socket(t, e.token);
    expect((await overWs(client, Me)).data?.me.id).toBe(e.globalId);
    expect(closed.code).toBeUndefined();
    await eventually(() => closed.code !== undefined, 4000);
    expect(closed.code).toBe(WS_CLOSE_TOKEN_EXPIRED);
    // And an expired token is refused at connection_init.
    const late = socket(t, e.token);
    await expect(overWs(late.client, Me)).rejects.toBeDefined();
    await eventually(() => late.closed.code !== undefined);
    expect(late.closed.code).toBe(4403);
  });

  it("closes a socket opened with an API token when the token expires (4401)", async () => {
    const e = await signedIn(t, await createTestEmployee(t, { username: "scripted" }));
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const created = await t.ok(
      CreateToken,
      { input: { name: "brief", permissions: ["TICKETS_REPLY"], expiresAt } },
      e.token,
    );
    const { client, closed } = socket(t, created.createApiToken.secret!);
    expect((await overWs(client, Me)).data?.myPermissions).toEqual(["TICKETS_REPLY"]);
    await eventually(() => closed.code !== undefined, 4000);
    expect(closed.code).toBe(WS_CLOSE_TOKEN_EXPIRED);
  });
});
