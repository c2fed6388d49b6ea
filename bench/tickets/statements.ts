import "reflect-metadata";
import { loadConfig } from "../../src/core/config/config.js";
import { startServer } from "../../src/core/bootstrap.js";
import { modules } from "../../src/modules/index.js";
import { BENCH_DATABASE_URL, connect } from "../lib/db.js";
import { gql, globalId } from "../lib/gql.js";
import { hardTimeLimit } from "../lib/proc.js";
import { writeResult } from "../lib/report.js";
import { BenchAgentQueuePage, BenchCreateTicket } from "./operations.js";
import { BENCH_ADMIN, BENCH_AGENT_PASSWORD, agentUsername, login } from "./seed-api.js";

/**
 * npm run bench:tickets:statements — the SQL statements one queue page and one createTicket run, counted
 * in-process through the ORM's query hook on the seeded database: what the per-request CPU pays for.
 */
hardTimeLimit(5 * 60_000);

/** Column lists elided, long statements cut in the middle; the ORM's "[took …]" suffix kept. */
function shorten(sql: string): string {
  const norm = sql.replace(/\s+/g, " ");
  const from = norm.indexOf(" from ");
  const head = norm.startsWith("select") && from > 0 ? `select … ${norm.slice(from + 1)}` : norm;
  return head.length > 300 ? `${head.slice(0, 230)} … ${head.slice(-60)}` : head;
}

async function main() {
  const statements: string[] = [];
  const server = await startServer({
    config: loadConfig(
      { LOG_LEVEL: "warn" },
      { port: 0, host: "127.0.0.1", databaseUrl: BENCH_DATABASE_URL, jobsEnabled: false },
    ),
    modules,
    onQuery: (sql) => statements.push(sql.replace(/^\[query\] /, "")),
  });
  const db = await connect();
  try {
    const url = `${server.url}/graphql`;
    const admin = (await login(url, BENCH_ADMIN.username, BENCH_ADMIN.password)).accessToken;
    const agent = (await login(url, agentUsername(0), BENCH_AGENT_PASSWORD)).accessToken;
    const during = async (fn: () => Promise<unknown>) => {
      await fn(); // warm caches (sessions, loaders' metadata) once
      const start = statements.length;
      await fn();
      return statements.slice(start).map(shorten);
    };
    const filter = { status: ["ACTIVE" as const, "WAITING" as const] };
    const queue = await during(() => gql(url, BenchAgentQueuePage, { first: 25, filter }, agent));
    const { rows } = await db.query<{ id: string }>(`select id from department order by created_at limit 1`);
    let n = 0;
    const create = await during(() =>
      gql(
        url,
        BenchCreateTicket,
        {
          input: {
            subject: `bench-statements-${Date.now()}-${n++}`,
            departmentId: globalId("Department", rows[0]!.id),
            requesterEmail: "user1@bench.example",
            message: { textBody: "Counting statements." },
          },
        },
        admin,
      ),
    );
    writeResult("tickets-statements", {
      queuePage: { count: queue.length, statements: queue },
      createTicket: { count: create.length, statements: create },
    });
  } finally {
    await db.end();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
