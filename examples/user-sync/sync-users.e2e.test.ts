/**
 * The user-sync example as a billing system would run it: the real script (a child process, plain node)
 * against a test server, with an API token scoped to USERS_ORGANIZATIONS CREATE + EDIT. Per-item
 * results on stdout and the exit code; the same file twice changes nothing (the accounts tables are
 * byte-for-byte the same); a token without the scope is refused and nothing is written.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession, login } from "../../src/core/testing/fixtures.js";
import { graphql } from "../../src/core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../src/core/testing/test-server.js";
import { accountsFingerprint, insertRole, signedIn } from "../../src/modules/accounts/testing.js";

const SCRIPT = fileURLToPath(new URL("./sync-users.mjs", import.meta.url));

const Token = graphql(`
  mutation ExampleSyncToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      userErrors {
        code
        message
      }
    }
  }
`);
const Users = graphql(`
  query ExampleSyncUsers($search: String) {
    users(first: 50, search: $search) {
      nodes {
        username
        email
        displayName
        externalId
        disabled
        forcePasswordChange
      }
    }
  }
`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as [outcome, externalId, email] per line. */
  lines: string[][];
}

const USERS = [
  { externalId: "whmcs-1", email: "ann@example.com", displayName: "Ann Archer", password: "Ann-Passw0rd-1" },
  {
    externalId: "whmcs-2",
    email: "bob@example.com",
    displayName: "Bob Baker",
    password: "Bob-Passw0rd-2",
    forcePasswordChange: true,
  },
  { externalId: "whmcs-3", email: "cy@example.com", displayName: "Cy Cole", disabled: true },
];

describe("examples/user-sync/sync-users.mjs against a server", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let dir: string;
  let scoped: string;
  let unscoped: string;

  const run = async (users: unknown, token: string): Promise<Run> => {
    const file = join(dir, `users-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, JSON.stringify(users));
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [SCRIPT, file],
        { env: { ...process.env, DESKGRAPH_URL: t.url, DESKGRAPH_TOKEN: token }, timeout: 60_000 },
        (error, stdout, stderr) => {
          const code = error ? ((error as { code?: number }).code ?? 1) : 0;
          const lines = stdout
            .split("\n")
            .filter(Boolean)
            .map((l) => l.trim().split(/\s+/));
          resolve({ code: typeof code === "number" ? code : 1, stdout, stderr, lines });
        },
      );
    });
  };
  const synced = async () =>
    (await t.ok(Users, { search: "example.com" }, admin.token)).users.nodes
      .filter((u) => u.externalId?.startsWith("whmcs-") || u.email?.startsWith("bad"))
      .sort((a, b) => (a.externalId ?? "").localeCompare(b.externalId ?? ""));

  beforeAll(async () => {
    t = await startTestServer("example_user_sync");
    admin = await adminSession(t);
    dir = await mkdtemp(join(tmpdir(), "deskgraph-sync-"));
    // A billing system's token belongs to a staff account that may manage users, scoped to what the sync needs.
    await insertRole(t, "Billing Sync", "EMPLOYEE", [
      { feature: "USERS_ORGANIZATIONS", level: "FULL_CONTROL" },
    ] as never);
    const staff = await signedIn(t, "billing-sync", "EMPLOYEE", ["AGENT", "Billing Sync"]);
    const token = async (permissions: string[]) => {
      const r = await t.ok(Token, { input: { name: "billing", permissions } }, staff.token);
      expect(r.createApiToken.userErrors).toEqual([]);
      return r.createApiToken.secret!;
    };
    scoped = await token(["USERS_ORGANIZATIONS_CREATE", "USERS_ORGANIZATIONS_EDIT"]);
    unscoped = await token(["USERS_ORGANIZATIONS_EDIT"]);
  });
  afterAll(async () => {
    await t?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("a token without the scope is refused: the script fails with FORBIDDEN and nothing is written", async () => {
    const before = await accountsFingerprint(t);
    const r = await run(USERS, unscoped);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("FORBIDDEN");
    expect(r.lines).toEqual([]);
    expect(await accountsFingerprint(t)).toEqual(before);
  });

  it("creates every user and prints one CREATED line each; the synced password and flags work", async () => {
    const r = await run(USERS, scoped);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      ["CREATED", "whmcs-1", "ann@example.com"],
      ["CREATED", "whmcs-2", "bob@example.com"],
      ["CREATED", "whmcs-3", "cy@example.com"],
    ]);
    expect(await synced()).toEqual([
      expect.objectContaining({ username: "ann@example.com", displayName: "Ann Archer", disabled: false }),
      expect.objectContaining({ username: "bob@example.com", forcePasswordChange: true }),
      expect.objectContaining({ username: "cy@example.com", disabled: true }),
    ]);
    expect((await login(t, "bob@example.com", "Bob-Passw0rd-2")).mustChangePassword).toBe(true);
  });

  it("the same file again reports UNCHANGED for every user and changes nothing", async () => {
    const before = await accountsFingerprint(t);
    const r = await run(USERS, scoped);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l[0])).toEqual(["UNCHANGED", "UNCHANGED", "UNCHANGED"]);
    expect(await accountsFingerprint(t)).toEqual(before);
  });

  it("reports per item: a change is UPDATED, a bad item FAILED with its reason, and the script exits 1", async () => {
    const r = await run(
      [
        { ...USERS[0], displayName: "Ann Archer-Smith" },
        USERS[1],
        { externalId: "whmcs-4", email: "bad-address" },
        { externalId: "whmcs-5", email: "dee@example.com", passwordHash: "$1$md5$notargon" },
        { externalId: "whmcs-6", email: "eve@example.com" },
      ],
      scoped,
    );
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.slice(0, 2))).toEqual([
      ["UPDATED", "whmcs-1"],
      ["UNCHANGED", "whmcs-2"],
      ["FAILED", "whmcs-4"],
      ["FAILED", "whmcs-5"],
      ["CREATED", "whmcs-6"],
    ]);
    // The reasons are printed with their codes.
    expect(r.lines[2]!.join(" ")).toMatch(/INVALID/);
    expect(r.lines[3]!.join(" ")).toMatch(/[A-Z_]+:/);
    const users = await synced();
    expect(users.find((u) => u.externalId === "whmcs-1")!.displayName).toBe("Ann Archer-Smith");
    expect(users.map((u) => u.externalId)).not.toContain("whmcs-4");
    expect(users.map((u) => u.externalId)).not.toContain("whmcs-5");
  });

  it("sends more than 500 users in batches of 500", async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({
      externalId: `bulk-${i}`,
      email: `bulk-${i}@bulk.example.org`,
    }));
    const r = await run(many, scoped);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(501);
    expect(r.lines.every((l) => l[0] === "CREATED")).toBe(true);
    expect(r.lines[500]).toEqual(["CREATED", "bulk-500", "bulk-500@bulk.example.org"]);
  }, 120_000);
});
