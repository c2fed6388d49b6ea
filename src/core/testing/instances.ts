import "reflect-metadata";
import pg from "pg";
import { loadConfig } from "../config/config.js";
import type { AppConfig } from "../config/config.js";
import { startServer } from "../bootstrap.js";
import type { StartedServer } from "../bootstrap.js";
import { startEmbeddedDatabase } from "../db/embedded.js";
import type { ModuleDefinition } from "../module.js";
import { createTestDatabase } from "./test-database.js";

export interface SharedDatabaseInstances {
  /** The running instances, in start order (stopped ones are removed). */
  servers: StartedServer[];
  /** "postgres" (TEST_DATABASE_URL) or "pglite" (one in-memory PGlite served once, shared over its socket). */
  backend: "postgres" | "pglite";
  /** Starts one more instance on the same database (`extra` overrides its configuration). */
  start(extra?: Partial<AppConfig>): Promise<StartedServer>;
  /** Stops one instance (draining its worker); the database stays. */
  stopInstance(server: StartedServer): Promise<void>;
  /** Runs SQL on a connection of the test's own. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * Several server instances on ONE database, as in a scaled-out deployment. With TEST_DATABASE_URL: a fresh
 * PostgreSQL database. Without: an in-memory PGlite served once on a loopback socket; its query queue keeps a
 * transaction's statements together, so instances (one pooled connection each) see each other's commits.
 * Instances start one after the other, so only the first runs the migrations.
 */
export async function startSharedInstances(
  label: string,
  count: number,
  modules: ModuleDefinition[],
  overrides: Partial<AppConfig> = {},
): Promise<SharedDatabaseInstances> {
  const db = await createTestDatabase(label);
  const embedded = db.url ? undefined : await startEmbeddedDatabase(undefined);
  const url = db.url ?? embedded!.url;
  const servers: StartedServer[] = [];
  const client = new pg.Client({ connectionString: url });
  let connected = false;

  async function start(extra: Partial<AppConfig> = {}): Promise<StartedServer> {
    const config = loadConfig(
      { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent" },
      { port: 0, host: "127.0.0.1", databaseUrl: url, jobsPollMs: 50, ...overrides, ...extra },
    );
    // A PGlite socket takes 16 connections: one per instance (plus the test's) keeps well below.
    const server = await startServer({ config, modules, poolMax: embedded ? 1 : 5 });
    servers.push(server);
    return server;
  }

  for (let i = 0; i < count; i++) await start();
  await client.connect();
  connected = true;

  return {
    servers,
    backend: embedded ? "pglite" : "postgres",
    start,
    async stopInstance(server) {
      servers.splice(servers.indexOf(server), 1);
      await server.stop();
    },
    async sql<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    async stop() {
      for (const server of servers.splice(0)) await server.stop();
      if (connected) await client.end();
      await embedded?.stop();
      await db.drop();
    },
  };
}

/** Polls `check` until it returns true (or fails the test after `timeoutMs`). */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000, what = "condition") {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
