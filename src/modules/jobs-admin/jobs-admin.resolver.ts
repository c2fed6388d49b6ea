import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import { cancelJob, listJobs, retryJob } from "./jobs-admin.service.js";
import {
  CancelJobInput,
  CancelJobPayload,
  JobConnection,
  JobsArgs,
  RetryJobInput,
  RetryJobPayload,
} from "./jobs-admin.types.js";

@Resolver()
export class JobsAdminResolver {
  @Query(() => JobConnection, {
    description: "Background jobs and timers (follow-ups, sweeps), newest first; for administrators.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async jobs(@Args(() => JobsArgs) args: JobsArgs, @Ctx() ctx: RequestContext) {
    return listJobs(ctx, args);
  }

  @Mutation(() => RetryJobPayload, {
    description: "Runs a FAILED or CANCELLED job again with a fresh set of attempts, or a PENDING one now.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async retryJob(
    @Arg("input", () => RetryJobInput, { description: "The job." }) input: RetryJobInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RetryJobPayload> {
    return payload(async () => ({ job: await retryJob(ctx, input.jobId) }));
  }

  @Mutation(() => CancelJobPayload, { description: "Cancels a PENDING or FAILED job; it will not run." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async cancelJob(
    @Arg("input", () => CancelJobInput, { description: "The job." }) input: CancelJobInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CancelJobPayload> {
    return payload(async () => ({ job: await cancelJob(ctx, input.jobId) }));
  }
}
