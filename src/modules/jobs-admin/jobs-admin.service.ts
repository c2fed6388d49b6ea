import type { FilterQuery } from "@mikro-orm/core";
import { LockMode, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import { Job, JobStatus } from "../../core/jobs/index.js";
import type { JobsArgs } from "./jobs-admin.types.js";

/** Newest first: what an administrator looks for is what just happened or failed. */
export async function listJobs(ctx: RequestContext, args: JobsArgs) {
  const where: FilterQuery<Job> = {};
  if (args.status) where.status = args.status;
  if (args.kind) where.kind = args.kind;
  return paginate(ctx.em, Job, where, args, { orderBy: { createdAt: "desc", id: "asc" } });
}

async function lockedJob(em: EntityManager, globalId: string): Promise<Job> {
  const id = fromGlobalId(globalId, "Job", "jobId");
  // The row lock orders this change with a worker claiming the job (the claim skips it, or it waits for us).
  const job = await em.findOne(Job, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!job) throw new NotFoundError("Job", globalId);
  return job;
}

/** FAILED or CANCELLED: a fresh set of attempts, due now. PENDING: due now instead of later. */
export async function retryJob(ctx: RequestContext, globalId: string): Promise<Job> {
  try {
    return await ctx.em.transactional(async (em) => {
      const job = await lockedJob(em, globalId);
      if (![JobStatus.FAILED, JobStatus.CANCELLED, JobStatus.PENDING].includes(job.status)) {
        throw new UserErrorException([
          userError("NOT_RETRYABLE", `A ${job.status} job cannot be retried.`, ["input", "jobId"]),
        ]);
      }
      if (job.status !== JobStatus.PENDING) {
        job.attempts = 0;
        job.finishedAt = null;
      }
      job.status = JobStatus.PENDING;
      job.runAt = new Date();
      await em.flush();
      return job;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new UserErrorException([
        userError(
          "PENDING_DUPLICATE",
          "Another job of this kind and key is already pending; it replaces this one.",
          ["input", "jobId"],
        ),
      ]);
    }
    throw error;
  }
}

/** PENDING or FAILED jobs can be cancelled; a RUNNING one is already in an instance's hands. */
export async function cancelJob(ctx: RequestContext, globalId: string): Promise<Job> {
  return ctx.em.transactional(async (em) => {
    const job = await lockedJob(em, globalId);
    if (job.status !== JobStatus.PENDING && job.status !== JobStatus.FAILED) {
      throw new UserErrorException([
        userError("NOT_CANCELLABLE", `A ${job.status} job cannot be cancelled.`, ["input", "jobId"]),
      ]);
    }
    job.status = JobStatus.CANCELLED;
    job.finishedAt = new Date();
    await em.flush();
    return job;
  });
}
