import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../runtime.js";

/** What a handler learns about the job it runs. */
export interface JobContext {
  id: string;
  kind: string;
  key: string | null;
  /** 1 on the first attempt. */
  attempt: number;
  maxAttempts: number;
  runAt: Date;
  /**
   * A fresh EntityManager inside the job's transaction: the job is marked DONE in this same transaction, so
   * work done through it commits exactly once with the job. Do not open another connection (app.orm.em) for
   * the work: on the embedded database the pool has one connection, and it would not commit with the job.
   */
  em: EntityManager;
}

/** Runs one job; throw to have it retried with backoff (then FAILED after maxAttempts). */
export type JobHandler<P = Record<string, unknown>> = (
  app: AppRuntime,
  payload: P,
  job: JobContext,
) => Promise<void>;

/** A handler with its retry policy. */
export interface JobDefinition<P = Record<string, unknown>> {
  run: JobHandler<P>;
  /** Attempts before FAILED, for jobs scheduled without their own maxAttempts (default 5). */
  maxAttempts?: number;
  /** Seconds before retry number `attempt` (1-based attempt that failed); default 10 * 2^(attempt-1), max 1 h. */
  retryDelaySeconds?: (attempt: number) => number;
  /** How long an instance may hold the job before others assume it crashed (default 300 s). */
  leaseSeconds?: number;
}

/** A periodic sweep: one job per `everySeconds` slot across all instances, run by the handler of `kind`. */
export interface RecurringJob {
  kind: string;
  everySeconds: number;
}

export interface ScheduleTimerInput<P = Record<string, unknown>> {
  kind: string;
  /** With a key, scheduling again replaces the PENDING job of the same kind and key (new runAt, payload). */
  key?: string | null;
  runAt: Date;
  payload?: P;
  maxAttempts?: number;
  /**
   * With a key: keep the earlier of the PENDING job's runAt and this one ("check no later than"), for timers
   * whose handler re-computes what is due, so two causes arming one timer never postpone each other.
   */
  earliest?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobHandler = JobHandler<any> | JobDefinition<any>;

export function toDefinition(handler: AnyJobHandler): JobDefinition {
  return typeof handler === "function" ? { run: handler } : handler;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_LEASE_SECONDS = 300;

export function defaultRetryDelaySeconds(attempt: number): number {
  return Math.min(3600, 10 * 2 ** (attempt - 1));
}
