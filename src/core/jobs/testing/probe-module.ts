import type { EntityManager } from "@mikro-orm/postgresql";
import type { ModuleDefinition } from "../../module.js";
import { scheduleTimer } from "../schedule.js";
import type { JobDefinition } from "../types.js";

/**
 * Job kinds for the tests. Handlers write through the job's transaction into tables with unique constraints,
 * so a job that ran twice would fail on the second commit and show up as a retry; `calls` counts every
 * invocation in this process (all instances of a test live in it).
 */
export const calls = new Map<string, number>();

function count(kind: string): number {
  const n = (calls.get(kind) ?? 0) + 1;
  calls.set(kind, n);
  return n;
}

const hit: JobDefinition<{ n: number }> = {
  run: async (_app, payload, job) => {
    count("probe.hit");
    await job.em.execute(`insert into "probe_hit" ("n", "job_id") values (?, ?)`, [payload.n, job.id]);
  },
};

const flaky: JobDefinition = {
  retryDelaySeconds: () => 0,
  run: async (_app, _payload, job) => {
    count("probe.flaky");
    // The write is rolled back on the failing attempts: only the third one's stays.
    await job.em.execute(`insert into "probe_hit" ("n", "job_id") values (?, ?)`, [-job.attempt, job.id]);
    if (job.attempt < 3) throw new Error(`flaky attempt ${job.attempt}`);
  },
};

const broken: JobDefinition = {
  maxAttempts: 2,
  retryDelaySeconds: () => 0,
  run: async () => {
    count("probe.broken");
    throw new Error("always broken");
  },
};

/*
 * While its first run is in hand, the same key is scheduled again (what ticket activity does to an idle timer
 * that is running), then the run fails: its retry would collide with the newer PENDING job on job_pending_key
 * (newer: "pending", due in 2 s so it is surely still pending), or redo stale work after another instance
 * already ran the newer one (newer: "done": the run waits until it is DONE, then fails).
 */
const superseded: JobDefinition<{ n: number; newer?: "pending" | "done" }> = {
  retryDelaySeconds: () => 0,
  run: async (app, payload, job) => {
    count("probe.superseded");
    if (!payload.newer) {
      await job.em.execute(`insert into "probe_hit" ("n", "job_id") values (?, ?)`, [payload.n, job.id]);
      return;
    }
    const fork = () => app.orm.em.fork() as EntityManager;
    const newerId = await scheduleTimer(fork(), {
      kind: "probe.superseded",
      key: job.key!,
      runAt: new Date(Date.now() + (payload.newer === "pending" ? 2_000 : 0)),
      payload: { n: payload.n + 1 },
    });
    if (payload.newer === "done")
      for (let i = 0; i < 200; i++) {
        const rows = await fork().execute<{ status: string }[]>(`select "status" from "job" where "id" = ?`, [
          newerId,
        ]);
        if (rows[0]?.status === "DONE") break;
        await new Promise((r) => setTimeout(r, 25));
      }
    throw new Error("failed after a newer timer was scheduled");
  },
};

const tick: JobDefinition<{ slot: string | number }> = {
  run: async (_app, payload, job) => {
    count("probe.tick");
    await job.em.execute(`insert into "probe_tick" ("slot") values (?)`, [Number(payload.slot)]);
  },
};

export const probeModule: ModuleDefinition = {
  name: "probe",
  entities: [],
  resolvers: [],
  jobs: {
    "probe.hit": hit,
    "probe.flaky": flaky,
    "probe.broken": broken,
    "probe.tick": tick,
    "probe.superseded": superseded,
  },
  recurring: [{ kind: "probe.tick", everySeconds: 1 }],
  async onBoot(app) {
    const connection = app.orm.em.getConnection();
    await connection.execute(
      `create table if not exists "probe_hit" ("n" int primary key, "job_id" uuid not null)`,
    );
    await connection.execute(`create table if not exists "probe_tick" ("slot" bigint primary key)`);
  },
};
