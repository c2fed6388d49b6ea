import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RecurringJob } from "./types.js";

/*
 * The worker's SQL. Polling statements run every JOBS_POLL_MS on every instance: they are kept out of the
 * query log (debug noise, and tests that count a request's statements must not see them).
 */
const QUIET = { enabled: false };

export interface ClaimedJob {
  id: string;
  kind: string;
  key: string | null;
  payload: Record<string, unknown>;
  runAt: Date;
  /** After this claim: the claim's fencing token (every claim increments it). */
  attempts: number;
  maxAttempts: number | null;
}

interface ClaimedRow {
  id: string;
  kind: string;
  key: string | null;
  payload: Record<string, unknown> | string;
  run_at: Date | string;
  attempts: number;
  max_attempts: number | null;
}

/**
 * Claims up to `limit` due jobs of the given kinds (kind -> lease seconds) in one statement: PENDING ones
 * whose runAt has come, and RUNNING ones whose lease expired (their instance crashed). SKIP LOCKED lets
 * instances claim side by side without waiting, and a job being run holds its row lock, so it is skipped even
 * when its lease ran out while the handler is still working.
 */
export async function claimJobs(
  em: EntityManager,
  workerId: string,
  leases: Record<string, number>,
  limit: number,
): Promise<ClaimedJob[]> {
  if (!Object.keys(leases).length || limit < 1) return [];
  const rows = await em.execute<ClaimedRow[]>(
    `with "lease" as (select e.key as "kind", e.value::int as "secs" from jsonb_each_text(?::jsonb) e),
     "due" as (
       select "id" from "job"
       where "kind" in (select "kind" from "lease")
         and (("status" = 'PENDING' and "run_at" <= now()) or ("status" = 'RUNNING' and "locked_until" < now()))
       order by "run_at" limit ? for update skip locked)
     update "job" j set "status" = 'RUNNING', "locked_by" = ?, "attempts" = j."attempts" + 1,
       "locked_until" = now() + make_interval(secs => l."secs"), "updated_at" = now()
     from "due" d, "lease" l
     where j."id" = d."id" and l."kind" = j."kind"
     returning j."id", j."kind", j."key", j."payload", j."run_at", j."attempts", j."max_attempts"`,
    [JSON.stringify(leases), limit, workerId],
    "all",
    QUIET,
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    key: r.key,
    payload: typeof r.payload === "string" ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
    runAt: new Date(r.run_at),
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
  }));
}

/**
 * Inside the job's transaction: locks the job row for the rest of the transaction, if this claim (attempt)
 * still owns it. False = the lease expired and another instance claimed it again; do not run.
 */
export async function lockClaimed(em: EntityManager, id: string, attempts: number): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `select "id" from "job" where "id" = ? and "status" = 'RUNNING' and "attempts" = ? for update`,
    [id, attempts],
    "all",
    QUIET,
  );
  return rows.length > 0;
}

/** Inside the job's transaction, after the handler: DONE commits with the handler's work or not at all. */
export async function markDone(em: EntityManager, id: string): Promise<void> {
  await em.execute(
    `update "job" set "status" = 'DONE', "finished_at" = now(), "updated_at" = now(), "locked_until" = null
     where "id" = ?`,
    [id],
    "run",
    QUIET,
  );
}

/**
 * After a failed attempt (its transaction rolled back): back to PENDING at now + delay, or FAILED when no
 * attempt is left. Fenced by the attempt number, so a stale instance cannot overwrite a newer claim.
 *
 * A keyed job whose retry would become PENDING while a newer PENDING job of the same kind and key exists
 * (scheduled while this one ran) would break the unique `job_pending_key`: the newer one carries the current
 * work, so this one ends CANCELLED ("superseded") in the same statement instead of staying RUNNING until its
 * lease expires. The same holds when that newer job was already claimed (RUNNING, DONE) by another instance
 * before this failure was recorded: it is recognised by being created at or after this attempt's claim
 * (`updated_at`, written by the claim and untouched while the job runs) — a retry would redo stale work. A newer job inserted between the check and the write makes the statement fail on the index;
 * it is then repeated once, and sees it. Returns what the job became (null: fenced off, nothing written).
 */
export async function markAttemptFailed(
  em: EntityManager,
  id: string,
  attempts: number,
  error: string,
  retryInSeconds: number | null,
): Promise<"FAILED" | "PENDING" | "CANCELLED" | null> {
  const message = error.slice(0, 4000);
  if (retryInSeconds === null) {
    const rows = await em.execute<{ status: string }[]>(
      `update "job" set "status" = 'FAILED', "finished_at" = now(), "last_error" = ?, "updated_at" = now(),
         "locked_until" = null
       where "id" = ? and "status" = 'RUNNING' and "attempts" = ? returning "status"`,
      [message, id, attempts],
      "all",
      QUIET,
    );
    return rows.length ? "FAILED" : null;
  }
  const sql = `with "newer" as (
       select exists (select 1 from "job" p join "job" me on me."id" = ?
         where p."kind" = me."kind" and p."key" = me."key" and p."id" <> me."id"
           and (p."status" = 'PENDING' or p."created_at" >= me."updated_at"))
         as "superseded")
     update "job" set
       "status" = (case when n."superseded" then 'CANCELLED' else 'PENDING' end)::job_status,
       "last_error" = case when n."superseded" then 'superseded by a newer pending job of the same key after: ' || ?::text
         else ?::text end,
       "finished_at" = case when n."superseded" then now() else null end,
       "run_at" = case when n."superseded" then "run_at" else now() + make_interval(secs => ${Number(retryInSeconds)}) end,
       "updated_at" = now(), "locked_by" = null, "locked_until" = null
     from "newer" n
     where "id" = ? and "status" = 'RUNNING' and "attempts" = ?
     returning "status"`;
  const params = [id, message, message, id, attempts];
  for (let attempt = 1; ; attempt++) {
    try {
      const rows = await em.execute<{ status: "PENDING" | "CANCELLED" }[]>(sql, params, "all", QUIET);
      return rows[0]?.status ?? null;
    } catch (err) {
      if (attempt >= 2 || !(err instanceof UniqueConstraintViolationException)) throw err;
    }
  }
}

/**
 * Creates the current slot's tick of each recurring sweep. Slots come from the database clock, so instances
 * with skewed clocks agree, and the unique (kind, slot) index makes the insert happen once across instances.
 * Slots missed while no instance ran are not back-filled: a sweep catches up with whatever is due.
 */
export async function ensureRecurringTicks(em: EntityManager, recurring: RecurringJob[]): Promise<void> {
  if (!recurring.length) return;
  const every = Object.fromEntries(recurring.map((r) => [r.kind, r.everySeconds]));
  await em.execute(
    `insert into "job" ("id", "kind", "slot", "payload", "status", "run_at", "attempts", "created_at", "updated_at")
     select gen_random_uuid(), r."kind", r."slot", jsonb_build_object('slot', r."slot"), 'PENDING'::job_status,
       to_timestamp((r."slot" * r."every")::double precision), 0, now(), now()
     from (select e.key as "kind", e.value::bigint as "every",
             floor(extract(epoch from now()) / e.value::bigint)::bigint as "slot"
           from jsonb_each_text(?::jsonb) e) r
     on conflict do nothing`,
    [JSON.stringify(every)],
    "run",
    QUIET,
  );
}

/** Finished jobs are history for the admin list for a while, then go (FAILED ones stay until handled). */
export async function deleteFinishedJobs(em: EntityManager, olderThanDays: number): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `delete from "job" where "status" in ('DONE', 'CANCELLED')
       and "finished_at" < now() - make_interval(days => ?) returning "id"`,
    [olderThanDays],
  );
  return rows.length;
}
