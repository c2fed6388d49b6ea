import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { modules } from "../../modules/index.js";
import { startSharedInstances, waitFor } from "../testing/instances.js";
import type { SharedDatabaseInstances } from "../testing/instances.js";
import { cancelTimer, rescheduleTimer, scheduleTimer } from "./schedule.js";
import { lockClaimed, markAttemptFailed } from "./store.js";
import { calls, probeModule } from "./testing/probe-module.js";

/*
 * Three instances on one database (PostgreSQL at TEST_DATABASE_URL, else one in-memory PGlite served over its
 * socket and shared by the three), each with its worker polling every 50 ms.
 */
let t: SharedDatabaseInstances;

/*
 * Several clients on one PGlite socket server interleave extended-protocol messages, which pglite-socket does not
 * keep apart reliably ("unnamed prepared statement does not exist", pglite#1046). Production's embedded mode has
 * one instance and one connection, so the multi-instance guarantees are proven on PostgreSQL (CI sets
 * TEST_DATABASE_URL) and skipped, visibly, on a machine without one.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);

beforeAll(async () => {
  if (onPostgres) t = await startSharedInstances("jobs", 3, [...modules, probeModule]);
});
afterAll(async () => {
  await t?.stop();
});

function em(i = 0): EntityManager {
  return t.servers[i]!.runtime.orm.em.fork() as EntityManager;
}

async function jobRow(id: string) {
  const [row] = await t.sql<{
    status: string;
    attempts: number;
    last_error: string | null;
    locked_by: string;
  }>(`select "status", "attempts", "last_error", "locked_by" from "job" where "id" = $1`, [id]);
  return row;
}

describe.runIf(onPostgres)("durable timers across three instances (PostgreSQL only)", () => {
  it("fires 200 timers due at once exactly once each", async () => {
    const base = 1000;
    await em().transactional(async (tx) => {
      for (let n = base; n < base + 200; n++) {
        await scheduleTimer(tx, { kind: "probe.hit", runAt: new Date(), payload: { n } });
      }
    });
    const done = async () => {
      const [row] = await t.sql<{ c: string }>(
        `select count(*) as c from "job" where "kind" = 'probe.hit' and "status" = 'DONE'`,
      );
      return Number(row!.c) === 200;
    };
    await waitFor(done, 20_000, "200 DONE jobs");
    const [hits] = await t.sql<{ c: string }>(`select count(*) as c from "probe_hit" where "n" >= $1`, [
      base,
    ]);
    expect(Number(hits!.c)).toBe(200);
    // Not one retry: a second run would have hit the primary key and left a lastError.
    const odd = await t.sql(`select "id" from "job" where "kind" = 'probe.hit' and "attempts" <> 1`);
    expect(odd).toEqual([]);
    expect(calls.get("probe.hit")).toBe(200);
    const runners = await t.sql(`select distinct "locked_by" from "job" where "kind" = 'probe.hit'`);
    expect(runners.length).toBeGreaterThan(1);
  });

  it("never creates a timer whose transaction rolled back", async () => {
    await expect(
      em().transactional(async (tx) => {
        await scheduleTimer(tx, {
          kind: "probe.hit",
          key: "rolled-back",
          runAt: new Date(),
          payload: { n: 1 },
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await new Promise((r) => setTimeout(r, 300));
    expect(await t.sql(`select "id" from "job" where "key" = 'rolled-back'`)).toEqual([]);
    expect(await t.sql(`select "n" from "probe_hit" where "n" = 1`)).toEqual([]);
  });

  it("schedules once per key, reschedules and cancels by key; a cancelled timer never fires", async () => {
    const later = new Date(Date.now() + 60_000);
    const a = await scheduleTimer(em(0), {
      kind: "probe.hit",
      key: "ticket-1",
      runAt: later,
      payload: { n: 2 },
    });
    const b = await scheduleTimer(em(1), {
      kind: "probe.hit",
      key: "ticket-1",
      runAt: later,
      payload: { n: 3 },
    });
    expect(b).toBe(a);
    const pending = await t.sql<{ payload: { n: number } }>(
      `select "payload" from "job" where "key" = 'ticket-1' and "status" = 'PENDING'`,
    );
    expect(pending).toEqual([{ payload: { n: 3 } }]);
    expect(await rescheduleTimer(em(), "probe.hit", "ticket-1", new Date(Date.now() + 400))).toBe(true);
    expect(await cancelTimer(em(), "probe.hit", "ticket-1")).toBe(true);
    expect(await cancelTimer(em(), "probe.hit", "ticket-1")).toBe(false);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await jobRow(a))!.status).toBe("CANCELLED");
    expect(await t.sql(`select "n" from "probe_hit" where "n" = 3`)).toEqual([]);
  });

  it("retries a handler that fails twice, then it succeeds on the third attempt", async () => {
    const id = await scheduleTimer(em(), { kind: "probe.flaky", runAt: new Date() });
    await waitFor(async () => (await jobRow(id))!.status === "DONE", 10_000, "flaky DONE");
    const row = (await jobRow(id))!;
    expect(row.attempts).toBe(3);
    expect(row.last_error).toContain("flaky attempt 2");
    expect(calls.get("probe.flaky")).toBe(3);
    // Only the successful attempt's write committed.
    expect(await t.sql(`select "n" from "probe_hit" where "job_id" = $1`, [id])).toEqual([{ n: -3 }]);
  });

  it("ends FAILED with lastError when the handler always fails", async () => {
    const id = await scheduleTimer(em(), { kind: "probe.broken", runAt: new Date() });
    await waitFor(async () => (await jobRow(id))!.status === "FAILED", 10_000, "broken FAILED");
    const row = (await jobRow(id))!;
    expect(row.attempts).toBe(2);
    expect(row.last_error).toBe("always broken");
    expect(calls.get("probe.broken")).toBe(2);
    // The instances survived it.
    await new Promise((r) => setTimeout(r, 200));
    expect(calls.get("probe.broken")).toBe(2);
  });

  it("runs again a job whose instance died mid-run, once its lease expires", async () => {
    const id = await scheduleTimer(em(), {
      kind: "probe.hit",
      runAt: new Date(Date.now() + 3_600_000),
      payload: { n: 4 },
    });
    // What claimJobs does, by an instance that then vanishes: RUNNING under a one-second lease.
    await t.sql(
      `update "job" set "status" = 'RUNNING', "locked_by" = 'dead-instance', "attempts" = 1,
         "locked_until" = now() + interval '1 second' where "id" = $1`,
      [id],
    );
    await new Promise((r) => setTimeout(r, 500));
    expect((await jobRow(id))!.status).toBe("RUNNING");
    await waitFor(async () => (await jobRow(id))!.status === "DONE", 10_000, "reclaimed job DONE");
    const row = (await jobRow(id))!;
    expect(row.attempts).toBe(2);
    expect(row.locked_by).not.toBe("dead-instance");
    expect(await t.sql(`select "n" from "probe_hit" where "n" = 4`)).toEqual([{ n: 4 }]);
  });

  it("fences a superseded claim: the stale instance can neither run nor mark the job", async () => {
    const id = await scheduleTimer(em(), {
      kind: "probe.hit",
      runAt: new Date(Date.now() + 3_600_000),
      payload: { n: 6 },
    });
    await t.sql(
      `update "job" set "status" = 'RUNNING', "locked_by" = 'stale', "attempts" = 1,
         "locked_until" = now() - interval '1 second' where "id" = $1`,
      [id],
    );
    await waitFor(async () => (await jobRow(id))!.status === "DONE", 10_000, "superseded job DONE");
    // The stale instance wakes up with its claim (attempt 1): too late.
    expect(await em().transactional((tx) => lockClaimed(tx, id, 1))).toBe(false);
    await markAttemptFailed(em(), id, 1, "stale failure", 0);
    expect(await jobRow(id)).toMatchObject({ status: "DONE", attempts: 2, last_error: null });
  });

  it.each([
    ["pending", "superseded-1", 20],
    ["already run by another instance", "superseded-2", 30],
  ] as const)(
    "ends a failed keyed job CANCELLED (superseded) at once when a newer one of its key is %s",
    async (_case, key, n) => {
      const first = await scheduleTimer(em(), {
        kind: "probe.superseded",
        key,
        runAt: new Date(),
        payload: { n, newer: key === "superseded-1" ? "pending" : "done" },
      });
      await waitFor(
        async () => (await jobRow(first))!.status === "CANCELLED",
        8_000,
        "the failed run superseded, well before its 300 s lease",
      );
      expect((await jobRow(first))!.last_error).toMatch(/superseded.*failed after a newer timer/);
      // The newer job runs the work, once; the superseded one never retried.
      await waitFor(
        async () => (await t.sql(`select "n" from "probe_hit" where "n" = $1`, [n + 1])).length === 1,
        8_000,
      );
      const rows = await t.sql<{ status: string; attempts: number }>(
        `select "status", "attempts" from "job" where "key" = $1 order by "created_at"`,
        [key],
      );
      expect(rows).toEqual([
        { status: "CANCELLED", attempts: 1 },
        { status: "DONE", attempts: 1 },
      ]);
    },
  );

  it("retries a failed keyed job normally when no newer job of its key was scheduled", async () => {
    // Without a newer job the same failure is an ordinary retry (PENDING with backoff).
    const lone = await scheduleTimer(em(), {
      kind: "probe.hit",
      key: "lone",
      runAt: new Date(Date.now() + 3_600_000),
      payload: { n: 22 },
    });
    await t.sql(
      `update "job" set "status" = 'RUNNING', "locked_by" = 'me', "attempts" = 1,
         "locked_until" = now() + interval '1 hour' where "id" = $1`,
      [lone],
    );
    expect(await markAttemptFailed(em(), lone, 1, "boom", 3600)).toBe("PENDING");
    expect(await jobRow(lone)).toMatchObject({ status: "PENDING", last_error: "boom" });
  });

  it("fails a job whose instances died on every attempt instead of retrying it for ever", async () => {
    const id = await scheduleTimer(em(), { kind: "probe.broken", runAt: new Date(Date.now() + 3_600_000) });
    const before = calls.get("probe.broken") ?? 0;
    // Its last allowed attempt (maxAttempts 2) was claimed by an instance that then died.
    await t.sql(
      `update "job" set "status" = 'RUNNING', "locked_by" = 'dead', "attempts" = 2,
         "locked_until" = now() - interval '1 second' where "id" = $1`,
      [id],
    );
    await waitFor(async () => (await jobRow(id))!.status === "FAILED", 10_000, "poison job FAILED");
    expect((await jobRow(id))!.last_error).toContain("lease expired");
    expect(calls.get("probe.broken") ?? 0).toBe(before);
  });

  it("ticks a recurring sweep once per slot across the three instances", async () => {
    await new Promise((r) => setTimeout(r, 3500));
    const ticks = await t.sql<{ slot: string }>(
      `select "slot" from "job" where "kind" = 'probe.tick' and "status" = 'DONE' order by "slot"`,
    );
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const slots = ticks.map((r) => Number(r.slot));
    // Contiguous (none skipped while instances ran) and each run once (probe_tick's key would refuse a double).
    expect(slots).toEqual(slots.map((_, i) => slots[0]! + i));
    const written = await t.sql<{ slot: string }>(`select "slot" from "probe_tick" order by "slot"`);
    expect(written.map((r) => Number(r.slot))).toEqual(expect.arrayContaining(slots));
    expect(await t.sql(`select "id" from "job" where "kind" = 'probe.tick' and "attempts" > 1`)).toEqual([]);
  });

  it("keeps timers across a restart: scheduled, every instance stopped, a new one fires it", async () => {
    const id = await scheduleTimer(em(), {
      kind: "probe.hit",
      key: "restart",
      runAt: new Date(Date.now() + 1500),
      payload: { n: 5 },
    });
    for (const server of [...t.servers]) await t.stopInstance(server);
    expect((await jobRow(id))!.status).toBe("PENDING");
    // An API-only instance (JOBS_ENABLED=false) schedules but never runs jobs.
    const apiOnly = await t.start({ jobsEnabled: false });
    expect(apiOnly.jobs).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1800));
    expect((await jobRow(id))!.status).toBe("PENDING");
    await t.start();
    await waitFor(async () => (await jobRow(id))!.status === "DONE", 15_000, "timer after restart");
    expect(await t.sql(`select "n" from "probe_hit" where "n" = 5`)).toEqual([{ n: 5 }]);
  });
});
