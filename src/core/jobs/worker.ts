import { randomUUID } from "node:crypto";
import os from "node:os";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../runtime.js";
import type { JobRegistry } from "./registry.js";
import { claimJobs, ensureRecurringTicks, lockClaimed, markAttemptFailed, markDone } from "./store.js";
import type { ClaimedJob } from "./store.js";
import { DEFAULT_LEASE_SECONDS, DEFAULT_MAX_ATTEMPTS, defaultRetryDelaySeconds } from "./types.js";

export interface JobWorkerOptions {
  pollMs: number;
  /** Jobs run at once by this instance; keep it below the connection pool size. */
  concurrency: number;
}

/**
 * Polls the job table, claims due jobs with a lease and runs them. One per instance; any number of
 * instances may share a database. Never throws out of its loop: a failing handler or a database hiccup is
 * logged and the next poll goes on.
 */
export class JobWorker {
  /** Written into lockedBy: which instance runs a job. */
  readonly id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private stopping = false;
  private loopDone: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private readonly leases: Record<string, number>;

  constructor(
    private readonly app: AppRuntime,
    private readonly registry: JobRegistry,
    private readonly options: JobWorkerOptions,
  ) {
    this.leases = Object.fromEntries(
      [...registry.handlers].map(([kind, def]) => [kind, def.leaseSeconds ?? DEFAULT_LEASE_SECONDS]),
    );
  }

  start(): void {
    if (this.loopDone) return;
    this.stopping = false;
    this.loopDone = this.loop();
  }

  /** Stops polling and waits for the jobs in hand to finish (drain). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.loopDone;
    this.loopDone = undefined;
  }

  /** Polls now instead of at the next interval (after scheduling something due). */
  wake(): void {
    this.wakeUp?.();
  }

  /** One poll: creates due sweep ticks, claims and runs a batch; returns how many jobs were claimed. */
  async pollOnce(): Promise<number> {
    const em = this.app.orm.em.fork() as EntityManager;
    await ensureRecurringTicks(em, this.registry.recurring);
    const jobs = await claimJobs(em, this.id, this.leases, this.options.concurrency);
    await Promise.all(jobs.map((job) => this.run(job)));
    return jobs.length;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = await this.pollOnce();
      } catch (error) {
        this.app.logger.error({ err: error }, "job poll failed");
      }
      // A full batch suggests more is due: poll again at once.
      if (claimed < this.options.concurrency && !this.stopping) await this.sleep(this.options.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const wake = () => done();
      this.wakeUp = wake;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  /** Runs one claimed job: handler and DONE in one transaction; a failure is recorded after the rollback. */
  async run(job: ClaimedJob): Promise<void> {
    const def = this.registry.handlers.get(job.kind);
    if (!def) return; // claimJobs only claims registered kinds
    const maxAttempts = job.maxAttempts ?? def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const log = this.app.logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    if (job.attempts > maxAttempts) {
      // Reclaimed after its lease ran out on every attempt: the instances running it died (or it stalls them).
      await markAttemptFailed(this.fork(), job.id, job.attempts, "lease expired on the last attempt", null);
      log.error("job failed: its lease expired on every attempt");
      return;
    }
    try {
      const ran = await this.fork().transactional(async (em) => {
        if (!(await lockClaimed(em, job.id, job.attempts))) return false;
        await def.run(this.app, job.payload, {
          id: job.id,
          kind: job.kind,
          key: job.key,
          attempt: job.attempts,
          maxAttempts,
          runAt: job.runAt,
          em,
        });
        await em.flush();
        await markDone(em, job.id);
        return true;
      });
      if (!ran) log.warn("job skipped: its lease expired and another instance claimed it");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = job.attempts >= maxAttempts;
      const delay = last ? null : (def.retryDelaySeconds ?? defaultRetryDelaySeconds)(job.attempts);
      let became: Awaited<ReturnType<typeof markAttemptFailed>> = null;
      try {
        became = await markAttemptFailed(this.fork(), job.id, job.attempts, message, delay);
      } catch (markError) {
        // The lease will expire and the job be claimed again: at-least-once still holds.
        log.error({ err: markError }, "could not record the job's failure");
      }
      if (last) log.error({ err: error }, "job failed on its last attempt");
      else if (became === "CANCELLED")
        log.warn({ err: error }, "job attempt failed; superseded by a newer pending job of the same key");
      else log.warn({ err: error, retryInSeconds: delay }, "job attempt failed; will retry");
    }
  }

  private fork(): EntityManager {
    return this.app.orm.em.fork() as EntityManager;
  }
}
