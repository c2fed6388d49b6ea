import type { EntityManager } from "@mikro-orm/postgresql";
import type { ScheduleTimerInput } from "./types.js";

/*
 * Scheduling is raw SQL on the caller's EntityManager, so it runs inside the caller's transaction (a timer
 * exists iff the change that needed it commits) and the upsert on the partial unique index settles races
 * between instances scheduling the same key.
 */

type Row = { id: string };

function validKind(kind: string): string {
  if (!kind || kind.length > 200) throw new Error(`job kind "${kind}" must be 1-200 characters`);
  return kind;
}

/**
 * Schedules a timer in `em`'s transaction and returns its id. With a key, an existing PENDING timer of the
 * same kind and key is replaced (new runAt, payload, maxAttempts) instead of duplicated.
 */
export async function scheduleTimer<P extends object>(
  em: EntityManager,
  input: ScheduleTimerInput<P>,
): Promise<string> {
  const rows = await em.execute<Row[]>(
    `insert into "job" ("id", "kind", "key", "payload", "status", "run_at", "attempts", "max_attempts",
       "created_at", "updated_at")
     values (gen_random_uuid(), ?, ?, ?::jsonb, 'PENDING', ?::timestamptz, 0, ?, now(), now())
     on conflict ("kind", "key") where "status" = 'PENDING' and "key" is not null
     do update set "payload" = excluded."payload",
       "run_at" = ${input.earliest ? `least("job"."run_at", excluded."run_at")` : `excluded."run_at"`},
       "max_attempts" = excluded."max_attempts", "updated_at" = now()
     returning "id"`,
    [
      validKind(input.kind),
      input.key ?? null,
      JSON.stringify(input.payload ?? {}),
      input.runAt.toISOString(),
      input.maxAttempts ?? null,
    ],
  );
  return rows[0]!.id;
}

/**
 * Cancels the PENDING timer of this kind and key; false when there is none (never scheduled, already run,
 * or running right now: a running job cannot be stopped, so handlers re-check that their work is still due).
 */
export async function cancelTimer(em: EntityManager, kind: string, key: string): Promise<boolean> {
  const rows = await em.execute<Row[]>(
    `update "job" set "status" = 'CANCELLED', "finished_at" = now(), "updated_at" = now()
     where "kind" = ? and "key" = ? and "status" = 'PENDING' returning "id"`,
    [kind, key],
  );
  return rows.length > 0;
}

/** Moves the PENDING timer of this kind and key to `runAt`; false when there is none. */
export async function rescheduleTimer(
  em: EntityManager,
  kind: string,
  key: string,
  runAt: Date,
): Promise<boolean> {
  const rows = await em.execute<Row[]>(
    `update "job" set "run_at" = ?::timestamptz, "updated_at" = now()
     where "kind" = ? and "key" = ? and "status" = 'PENDING' returning "id"`,
    [runAt.toISOString(), kind, key],
  );
  return rows.length > 0;
}
