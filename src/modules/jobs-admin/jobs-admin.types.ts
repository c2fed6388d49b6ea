import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection, ConnectionArgs } from "../../core/graphql/pagination.js";
import { UserError } from "../../core/graphql/user-error.js";
import { Job, JobStatus } from "../../core/jobs/index.js";

export const JobConnection = Connection(Job);

@ArgsType()
export class JobsArgs extends ConnectionArgs {
  @Field(() => JobStatus, { nullable: true, description: "Only jobs in this status." })
  status?: JobStatus | null;

  @Field(() => String, { nullable: true, description: "Only jobs of this kind (handler name)." })
  kind?: string | null;
}

@InputType({ description: "Which job to run again." })
export class RetryJobInput {
  @Field(() => ID, { description: "Global id of a FAILED, CANCELLED or PENDING job." })
  jobId!: string;
}

@ObjectType({ description: "Result of retryJob." })
export class RetryJobPayload {
  @Field(() => Job, { nullable: true, description: "The job, PENDING and due now; null on userErrors." })
  job?: Job | null;

  @Field(() => [UserError], { description: "Why nothing changed (e.g. NOT_RETRYABLE, PENDING_DUPLICATE)." })
  userErrors!: UserError[];
}

@InputType({ description: "Which job to cancel." })
export class CancelJobInput {
  @Field(() => ID, { description: "Global id of a PENDING or FAILED job." })
  jobId!: string;
}

@ObjectType({ description: "Result of cancelJob." })
export class CancelJobPayload {
  @Field(() => Job, { nullable: true, description: "The job, CANCELLED; null on userErrors." })
  job?: Job | null;

  @Field(() => [UserError], { description: "Why nothing changed (NOT_CANCELLABLE when running or done)." })
  userErrors!: UserError[];
}
