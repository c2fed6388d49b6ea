import { domainEventJobs } from "../events/domain-events.js";
import type { ModuleDefinition } from "../module.js";
import { deleteFinishedJobs } from "./store.js";
import { toDefinition } from "./types.js";
import type { JobDefinition, RecurringJob } from "./types.js";

/** How long DONE and CANCELLED jobs stay visible to administrators. */
export const FINISHED_JOB_RETENTION_DAYS = 7;

/** The core's own sweep: prunes finished jobs once an hour. */
const CORE_JOBS: Record<string, JobDefinition> = {
  "core.pruneFinishedJobs": {
    maxAttempts: 1,
    run: async (_app, _payload, job) => {
      await deleteFinishedJobs(job.em, FINISHED_JOB_RETENTION_DAYS);
    },
  },
};
const CORE_RECURRING: RecurringJob[] = [{ kind: "core.pruneFinishedJobs", everySeconds: 3600 }];

export interface JobRegistry {
  handlers: Map<string, JobDefinition>;
  recurring: RecurringJob[];
}

/** Collects the modules' handlers and sweeps; a duplicate kind or a sweep without handler stops the boot. */
export function buildJobRegistry(modules: ModuleDefinition[]): JobRegistry {
  const handlers = new Map<string, JobDefinition>(Object.entries(CORE_JOBS));
  const recurring = [...CORE_RECURRING];
  for (const module of modules) {
    for (const [kind, handler] of Object.entries(module.jobs ?? {})) {
      if (handlers.has(kind))
        throw new Error(`job kind "${kind}" of module ${module.name} is registered twice`);
      handlers.set(kind, toDefinition(handler));
    }
    for (const [kind, handler] of Object.entries(domainEventJobs([module]))) {
      if (handlers.has(kind))
        throw new Error(`domain event consumer "${kind}" of module ${module.name} is registered twice`);
      handlers.set(kind, handler as unknown as JobDefinition);
    }
    for (const sweep of module.recurring ?? []) {
      if (!Number.isInteger(sweep.everySeconds) || sweep.everySeconds < 1) {
        throw new Error(`recurring job "${sweep.kind}" of module ${module.name} needs everySeconds >= 1`);
      }
      recurring.push(sweep);
    }
  }
  for (const sweep of recurring) {
    if (!handlers.has(sweep.kind)) throw new Error(`recurring job "${sweep.kind}" has no handler`);
  }
  if (new Set(recurring.map((r) => r.kind)).size !== recurring.length) {
    throw new Error("a recurring job kind is listed twice");
  }
  return { handlers, recurring };
}
