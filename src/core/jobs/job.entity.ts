import { Entity, Enum, Index, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../db/base.entity.js";
import { Node } from "../graphql/node.js";
import { DateTimeScalar, JSONObjectScalar } from "../graphql/scalars.js";

/** Where a job is in its life; only PENDING jobs are claimed, only RUNNING ones hold a lease. */
export enum JobStatus {
  PENDING = "PENDING",
  RUNNING = "RUNNING",
  DONE = "DONE",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
}

registerEnumType(JobStatus, {
  name: "JobStatus",
  description: "Where a background job (timer, sweep) is in its life.",
  valuesConfig: {
    PENDING: { description: "Waiting for its run time, or for a retry." },
    RUNNING: { description: "Claimed by an instance, under a lease." },
    DONE: { description: "Ran successfully; its work committed with this status." },
    FAILED: { description: "Failed on every allowed attempt; see lastError." },
    CANCELLED: { description: "Cancelled before it ran." },
  },
});

/**
 * A durable timer or job. The partial unique indexes are the whole concurrency story of scheduling: one
 * PENDING row per (kind, key) so "the follow-up timer of ticket X" exists once, and one row per recurring
 * (kind, slot) ever, so three instances creating the same sweep tick insert it once.
 */
@ObjectType({ implements: Node, description: "A background job or timer kept in the database." })
@Entity({ tableName: "job" })
@Index({
  name: "job_pending_key",
  expression:
    'create unique index "job_pending_key" on "job" ("kind", "key") where "status" = \'PENDING\' and "key" is not null',
})
@Index({
  name: "job_slot",
  expression: 'create unique index "job_slot" on "job" ("kind", "slot") where "slot" is not null',
})
@Index({
  name: "job_due",
  expression: 'create index "job_due" on "job" ("run_at") where "status" in (\'PENDING\', \'RUNNING\')',
})
@Index({ properties: ["status", "kind"] })
export class Job extends BaseEntity {
  @Field({ description: "The handler that runs it, e.g. tickets.followUpDue." })
  @Property({ type: "text" })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: "Dedupe key: at most one PENDING job per kind and key (e.g. a ticket id).",
  })
  @Property({ type: "text", nullable: true })
  key: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "For a tick of a recurring sweep: its slot number (epoch seconds / period).",
  })
  @Property({ type: "bigint", nullable: true })
  slot: string | null = null;

  @Field(() => JSONObjectScalar, { description: "What the handler needs: ids, never whole documents." })
  @Property({ type: "json" })
  payload: Record<string, unknown> = {};

  @Field(() => JobStatus, { description: "Where the job is in its life." })
  @Enum({ items: () => JobStatus, nativeEnumName: "job_status" })
  status: JobStatus = JobStatus.PENDING;

  @Field(() => DateTimeScalar, { description: "When it is due (next attempt for a retry)." })
  @Property({ type: "timestamptz" })
  runAt: Date = new Date();

  @Field(() => Int, { description: "Attempts started so far (a claim counts as one)." })
  @Property({ type: "integer" })
  attempts: number = 0;

  @Field(() => Int, {
    nullable: true,
    description: "Attempts allowed before the job is FAILED; null = its handler's default.",
  })
  @Property({ type: "integer", nullable: true })
  maxAttempts: number | null = null;

  @Field(() => String, { nullable: true, description: "The error of the last failed attempt." })
  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The instance running it, or the last one that ran it.",
  })
  @Property({ type: "text", nullable: true })
  lockedBy: string | null = null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "End of the running instance's lease; after it another instance may run the job again.",
  })
  @Property({ type: "timestamptz", nullable: true })
  lockedUntil: Date | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it became DONE, FAILED or CANCELLED." })
  @Property({ type: "timestamptz", nullable: true })
  finishedAt: Date | null = null;
}
