import { existsSync } from "node:fs";
import path from "node:path";
import { BENCH_DATABASE_URL, connect, recreateDatabase } from "../lib/db.js";
import { rawId } from "../lib/gql.js";
import { ROOT, hardTimeLimit, spawnDeskgraph } from "../lib/proc.js";
import { flag, writeResult } from "../lib/report.js";
import { setupThroughApi } from "./seed-api.js";
import {
  createSearchBaseline,
  createSeedHelpers,
  dropSecondaryIndexes,
  insertTicketBatch,
  insertUsers,
  recreateIndexes,
} from "./seed-sql.js";

/**
 * npm run bench:tickets:seed -- [--tickets=1000000] [--messages=5] [--departments=10] [--groups=3]
 *   [--agents=100] [--users=tickets/5] [--batch=100000]
 * Re-creates the database `bench` (BENCH_DATABASE_URL), lets the server run its migrations and boot, sets up
 * departments, groups and agents through the API, then bulk loads tickets, messages and history in SQL.
 */
const tickets = flag("tickets", 1_000_000);
const messagesPerTicket = flag("messages", 5);
const departments = flag("departments", 10);
const groupsPerDepartment = flag("groups", 3);
const agents = flag("agents", 100);
const users = flag("users", Math.max(1000, Math.floor(tickets / 5)));
const batch = flag("batch", 100_000);
const port = flag("port", 4610);
const SEQUENCE_START = 1000;

hardTimeLimit(90 * 60_000);

async function main() {
  if (!existsSync(path.join(ROOT, "dist/src/main.js"))) throw new Error("run `npm run build` first");
  const started = Date.now();
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const value = await fn();
    timings[name] = Math.round((Date.now() - t0) / 100) / 10;
    console.log(`seed: ${name} ${timings[name]} s`);
    return value;
  };

  await step("recreateDatabase", () => recreateDatabase());
  const server = await step("migrateAndBoot", () =>
    spawnDeskgraph(BENCH_DATABASE_URL, port, { JOBS_ENABLED: "false" }),
  );
  const api = await step("apiSetup", () =>
    setupThroughApi(`${server.url}/graphql`, { departments, groupsPerDepartment, agents }),
  );
  await server.stop();

  const client = await connect();
  try {
    await client.query(
      `set synchronous_commit = off; set maintenance_work_mem = '512MB'; set work_mem = '64MB';
       set max_parallel_maintenance_workers = 2`,
    );
    const ticketId = rawId(api.templateTicketId);
    const { rows } = await client.query<{ message: string; history: string; requester: string }>(
      `select (select id from ticket_message where ticket_id = t.id limit 1) as message,
              (select id from ticket_history where ticket_id = t.id and field = 'created' limit 1) as history,
              t.requester_id as requester
         from ticket t where t.id = $1`,
      [ticketId],
    );
    const template = rows[0]!;
    const shape = {
      tickets,
      messagesPerTicket,
      users,
      groups: api.groupIds.length,
      sequenceStart: SEQUENCE_START,
    };
    await step("helpers", () => createSeedHelpers(client, shape, new Date()));
    const indexes = await step("dropIndexes", () =>
      dropSecondaryIndexes(client, ["account", "ticket", "ticket_message", "ticket_history"]),
    );
    await step("users", () => insertUsers(client, template.requester));
    let loaded = { tickets: 0, messages: 0 };
    await step("tickets", async () => {
      for (let lo = 0; lo < tickets; lo += batch) {
        const hi = Math.min(tickets, lo + batch);
        const t0 = Date.now();
        const r = await insertTicketBatch(
          client,
          { ticket: ticketId, message: template.message, history: template.history },
          lo,
          hi,
          messagesPerTicket,
        );
        loaded = { tickets: loaded.tickets + r.tickets, messages: loaded.messages + r.messages };
        console.log(`seed: tickets ${hi}/${tickets} (${r.messages} messages) in ${Date.now() - t0} ms`);
      }
    });
    await step("recreateIndexes", () => recreateIndexes(client, indexes));
    await client.query(`select setval('ticket_number_seq', $1)`, [tickets + SEQUENCE_START + 1]);
    await step("searchBaseline", () => createSearchBaseline(client, tickets, batch, messagesPerTicket));
    await step("vacuumAnalyze", async () => {
      for (const table of ["account", "ticket", "ticket_message", "ticket_history", "agent_group_membership"])
        await client.query(`vacuum analyze "${table}"`);
    });
    const counts = (
      await client.query<Record<string, string>>(
        `select (select count(*) from ticket) as tickets, (select count(*) from ticket_message) as messages,
                (select count(*) from account where kind = 'USER') as users,
                (select count(*) from account where kind = 'EMPLOYEE') as employees,
                pg_size_pretty(pg_database_size(current_database())) as size`,
      )
    ).rows[0]!;
    await client.query(`create table bench_seed.manifest as select $1::jsonb as shape, now() as seeded_at`, [
      JSON.stringify({ ...shape, departments, groupsPerDepartment, agents }),
    ]);
    writeResult(`tickets-seed-${tickets}`, {
      shape: { ...shape, departments, groupsPerDepartment, agents },
      loaded,
      counts,
      rebuiltIndexes: indexes.map((i) => i.name),
      timingsSeconds: timings,
      totalSeconds: Math.round((Date.now() - started) / 1000),
    });
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
