import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../testing/gql/index.js";
import { startTestServer } from "../testing/test-server.js";
import type { TestServer } from "../testing/test-server.js";
import { adminSession } from "../testing/fixtures.js";
import { loadConfig } from "../config/config.js";
import { startServer } from "../bootstrap.js";
import { modules } from "../../modules/index.js";

const NodeQuery = graphql(`
  query PlatformNode($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Employee {
        username
      }
    }
  }
`);

const Me = graphql(`
  query PlatformMe {
    me {
      id
    }
  }
`);

describe("platform", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  beforeAll(async () => {
    t = await startTestServer("platform");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("answers /healthz and /readyz", async () => {
    const base = t.url.replace(/\/graphql$/, "");
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("refetches objects by global id with node(), and returns null for unknown ids", async () => {
    const found = await t.ok(NodeQuery, { id: admin.adminId }, admin.token);
    expect(found.node).toMatchObject({ id: admin.adminId, __typename: "Employee", username: "admin" });
    const unknown = Buffer.from("Employee:00000000-0000-4000-8000-00000000abcd").toString("base64url");
    expect((await t.ok(NodeQuery, { id: unknown }, admin.token)).node).toBeNull();
    expect((await t.ok(NodeQuery, { id: "garbage" }, admin.token)).node).toBeNull();
  });

  it("statementsDuring counts the measured request's statements and none of the background's", async () => {
    // Statements outside any request (like the job worker's and heartbeats') run meanwhile, in numbers.
    let stop = false;
    const connection = t.server.runtime.orm.em.getConnection();
    const background = (async () => {
      while (!stop) await connection.execute("select 4242 as background");
    })();
    const statements = await t.statementsDuring(async () => {
      await t.ok(NodeQuery, { id: admin.adminId }, admin.token);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    stop = true;
    await background;
    expect(statements.some((q) => q.includes("4242"))).toBe(false);
    // The request's own statements are there: the session check and the employee's row.
    expect(statements.some((q) => /from "?auth_session"?/.test(q))).toBe(true);
    expect(statements.some((q) => /from "account" as "e0" where "e0"."id" = /.test(q))).toBe(true);
  });

  it("refuses node() to anonymous callers", async () => {
    const result = await t.gql(NodeQuery, { id: admin.adminId });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers a malformed or forged bearer token with 401 UNAUTHENTICATED", async () => {
    const forged = await t.gql(Me, undefined, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic abc" },
      body: JSON.stringify({ query: "{ installationStatus { setupRequired } }" }),
    });
    expect(response.status).toBe(401);
  });

  it("echoes a sane x-request-id and generates one otherwise", async () => {
    const post = (headers: Record<string, string>) =>
      fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: "{ installationStatus { setupRequired } }" }),
      });
    expect((await post({ "x-request-id": "trace-123" })).headers.get("x-request-id")).toBe("trace-123");
    const generated = (await post({ "x-request-id": "bad id with spaces" })).headers.get("x-request-id");
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses operations nested deeper than the limit, over HTTP and graphql-ws", async () => {
    const query = `query Deep { a: __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`;
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors[0]!.message).toMatch(/at most 12/);

    const client = t.ws();
    const wsErrors = await new Promise<unknown>((resolve) => {
      client.subscribe({ query }, { next: () => undefined, error: resolve, complete: () => resolve(null) });
    });
    expect(JSON.stringify(wsErrors)).toMatch(/at most 12/);
  });

  it("returns GraphQL validation errors with a stable code", async () => {
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ noSuchField }" }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("embedded database", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "deskgraph-data-"));
  });
  afterAll(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it("keeps its data in DATA_DIR across restarts", async () => {
    const config = loadConfig(
      { LOG_LEVEL: "silent", DATA_DIR: dataDir },
      { port: 0, host: "127.0.0.1", databaseUrl: undefined },
    );
    const first = await startServer({ config, modules });
    const t1 = { url: first.url };
    const setup = await fetch(t1.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { setupInstallation(input: { adminUsername: "root", adminPassword: "Persisted-1", adminDisplayName: "Root", adminEmail: "root@example.com", companyName: "Persisted Ltd", timeZone: "UTC" }) { userErrors { code } } }`,
      }),
    });
    expect(
      ((await setup.json()) as { data: { setupInstallation: { userErrors: unknown[] } } }).data
        .setupInstallation.userErrors,
    ).toEqual([]);
    await first.stop();

    const second = await startServer({ config, modules });
    try {
      const status = await fetch(second.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ installationStatus { setupRequired companyName } }" }),
      });
      expect(await status.json()).toEqual({
        data: { installationStatus: { setupRequired: false, companyName: "Persisted Ltd" } },
      });
    } finally {
      await second.stop();
    }
  }, 60_000);
});
