import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TestDatabase {
  /** undefined = the test server uses an in-memory embedded PGlite. */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * A database of its own for each test server: created on the PostgreSQL server named by TEST_DATABASE_URL
 * (or DATABASE_URL) and dropped afterwards, or an in-memory embedded PGlite when neither is set, so
 * `npm test` passes on a machine with no database server.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => undefined };
  const name = `dg_${label
    .replace(/[^a-z0-9]+/gi, "_")
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
