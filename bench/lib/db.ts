import pg from "pg";

/** The benchmark database: a database of its own on the local PostgreSQL, never the test or app one. */
export const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bench";

function assertLoopback(url: URL): void {
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
    throw new Error(`benchmarks only target 127.0.0.1, not ${url.hostname}`);
}

/** Drops and re-creates the benchmark database (connecting to the server's `postgres` database). */
export async function recreateDatabase(databaseUrl = BENCH_DATABASE_URL): Promise<void> {
  const url = new URL(databaseUrl);
  assertLoopback(url);
  const name = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || ["postgres", "test", "template0", "template1"].includes(name))
    throw new Error(`refusing to recreate database "${name}"`);
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

export async function connect(databaseUrl = BENCH_DATABASE_URL): Promise<pg.Client> {
  assertLoopback(new URL(databaseUrl));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}
