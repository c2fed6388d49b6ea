import { existsSync } from "node:fs";
import path from "node:path";
import { BENCH_DATABASE_URL, connect } from "../lib/db.js";
import { rawId } from "../lib/gql.js";
import { ROOT, hardTimeLimit, spawnDeskgraph, spawnNode } from "../lib/proc.js";
import { flag, writeResult } from "../lib/report.js";
import type { TicketBenchContext } from "./context.js";
import { queueScenario } from "./queue.js";
import { searchScenario } from "./search.js";
import { BENCH_ADMIN, BENCH_AGENT_PASSWORD, agentUsername, login } from "./seed-api.js";
import { submitScenario } from "./submit.js";

/**
 * npm run bench:tickets -- [--duration=20] [--connections=10] [--submissions=20000] [--submit-connections=16]
 *   [--agents=10] [--search-queries=400] [--search-concurrency=4] [--only=queue,submit,search]
 * Needs a seeded database (npm run bench:tickets:seed). Starts the server and the raw baseline as two
 * processes on 127.0.0.1 and loads both the same way, one after the other.
 */
const duration = flag("duration", 20);
const connections = flag("connections", 10);
const submissions = flag("submissions", 20000);
const submitConnections = flag("submit-connections", 16);
const agentCount = flag("agents", 10);
const searchQueries = flag("search-queries", 400);
const searchConcurrency = flag("search-concurrency", 4);
const port = flag("port", 4620);
const rawPort = flag("raw-port", 4621);
const only = (process.argv.find((a) => a.startsWith("--only="))?.slice(7) ?? "queue,submit,search").split(
  ",",
);

/** --tag=name keeps a partial re-run (e.g. --only=queue) beside the full run's result file. */
const tag = process.argv.find((a) => a.startsWith("--tag="))?.slice(6) ?? "";

hardTimeLimit(30 * 60_000);

async function main() {
  if (!existsSync(path.join(ROOT, "dist/src/main.js"))) throw new Error("run `npm run build` first");
  const db = await connect();
  const manifest = await db.query<{ shape: Record<string, number> }>(`select shape from bench_seed.manifest`);
  const shape = manifest.rows[0]?.shape;
  if (!shape) throw new Error("the bench database is not seeded: npm run bench:tickets:seed");
  const server = await spawnDeskgraph(BENCH_DATABASE_URL, port);
  const raw = await spawnNode("bench/tickets/raw-server.js", rawPort, {}, "/healthz");
  try {
    const graphqlUrl = `${server.url}/graphql`;
    const adminToken = (await login(graphqlUrl, BENCH_ADMIN.username, BENCH_ADMIN.password)).accessToken;
    const agents = [];
    for (let i = 0; i < Math.min(agentCount, shape.agents!); i++) {
      const session = await login(graphqlUrl, agentUsername(i), BENCH_AGENT_PASSWORD);
      agents.push({
        id: rawId(session.account.id),
        globalId: session.account.id,
        token: session.accessToken,
      });
    }
    const { rows: departments } = await db.query<{ id: string; brandId: string; frontLineGroupId: string }>(
      `select d.id, d.brand_id as "brandId", g.id as "frontLineGroupId"
         from department d join department_group g on g.department_id = d.id and g.is_front_line
        order by d.created_at`,
    );
    const ctx: TicketBenchContext = {
      graphqlUrl,
      rawUrl: raw.url,
      db,
      adminToken,
      agents,
      departments,
      users: shape.users!,
      connections,
      duration,
      serverCpuMs: server.cpuMs,
      rawCpuMs: raw.cpuMs,
    };
    const results: Record<string, unknown> = {};
    if (only.includes("queue")) results.queue = await queueScenario(ctx);
    if (only.includes("submit")) results.submit = await submitScenario(ctx, submissions, submitConnections);
    if (only.includes("search"))
      results.search = await searchScenario(ctx, shape.tickets!, searchQueries, searchConcurrency);
    writeResult(`tickets-${shape.tickets}${tag ? `-${tag}` : ""}`, {
      seed: shape,
      options: { duration, connections, submissions, submitConnections, agents: agents.length },
      serverRssMiB: Math.round(server.rss() / 2 ** 20),
      ...results,
    });
  } finally {
    await raw.stop();
    await server.stop();
    await db.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
