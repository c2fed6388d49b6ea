import { Job } from "./job.entity.js";

export { Job, JobStatus } from "./job.entity.js";
export { scheduleTimer, cancelTimer, rescheduleTimer } from "./schedule.js";
export { JobWorker } from "./worker.js";
export type { JobWorkerOptions } from "./worker.js";
export { buildJobRegistry, FINISHED_JOB_RETENTION_DAYS } from "./registry.js";
export type { JobRegistry } from "./registry.js";
export type {
  AnyJobHandler,
  JobContext,
  JobDefinition,
  JobHandler,
  RecurringJob,
  ScheduleTimerInput,
} from "./types.js";

/** Tables the core owns, registered with the ORM beside the modules' entities. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const coreEntities: Function[] = [Job];
