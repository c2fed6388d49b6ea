import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { scheduleTimer } from "../../core/jobs/index.js";
import { createTestEmployee, signedIn } from "../auth/testing.js";

const List = graphql(`
  query JobList($status: JobStatus, $kind: String, $first: Int) {
    jobs(status: $status, kind: $kind, first: $first) {
      totalCount
      nodes {
        id
        kind
        key
        status
        attempts
        maxAttempts
        lastError
        payload
        runAt
        finishedAt
      }
    }
  }
`);

const Retry = graphql(`
  mutation JobRetry($input: RetryJobInput!) {
    retryJob(input: $input) {
      job {
        id
        status
        attempts
        finishedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Cancel = graphql(`
  mutation JobCancel($input: CancelJobInput!) {
    cancelJob(input: $input) {
      job {
        id
        status
        finishedAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const NodeDoc = graphql(`
  query JobNode($id: ID!) {
    node(id: $id) {
      id
      ... on Job {
        kind
        status
      }
    }
  }
`);

// Kinds no module handles: the worker leaves these rows alone, so the test controls their status.
const KIND = "jobsAdminTest.unhandled";

describe("jobs admin", () => {
  let t: TestServer;
  let token: string;
  let pendingId: string;
  let failedId: string;

  const em = () => t.server.runtime.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    t = await startTestServer("jobs_admin");
    token = (await adminSession(t)).token;
    pendingId = await scheduleTimer(em(), {
      kind: KIND,
      key: "pending",
      runAt: new Date(Date.now() + 3_600_000),
      payload: { ticketId: "t-1" },
    });
    failedId = await scheduleTimer(em(), { kind: KIND, key: "failed", runAt: new Date() });
    await em().execute(
      `update "job" set "status" = 'FAILED', "attempts" = 5, "last_error" = 'boom', "finished_at" = now()
       where "id" = ?`,
      [failedId],
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("lists jobs by status and kind, with what went wrong", async () => {
    const failed = await t.ok(List, { status: "FAILED", kind: KIND }, token);
    expect(failed.jobs.totalCount).toBe(1);
    expect(failed.jobs.nodes[0]).toMatchObject({
      id: toGlobalId("Job", failedId),
      key: "failed",
      status: "FAILED",
      attempts: 5,
      lastError: "boom",
    });
    const all = await t.ok(List, { kind: KIND }, token);
    expect(all.jobs.totalCount).toBe(2);
    const pending = all.jobs.nodes.find((n) => n.key === "pending");
    expect(pending).toMatchObject({ status: "PENDING", payload: { ticketId: "t-1" }, maxAttempts: null });
    const node = await t.ok(NodeDoc, { id: toGlobalId("Job", pendingId) }, token);
    expect(node.node).toMatchObject({ kind: KIND, status: "PENDING" });
  });

  it("retries a FAILED job with fresh attempts, due now", async () => {
    const data = await t.ok(Retry, { input: { jobId: toGlobalId("Job", failedId) } }, token);
    expect(data.retryJob.userErrors).toEqual([]);
    expect(data.retryJob.job).toMatchObject({ status: "PENDING", attempts: 0, finishedAt: null });
  });

  it("refuses to retry a job that is pending under the same key twice, and a RUNNING one", async () => {
    const dupId = await scheduleTimer(em(), { kind: KIND, key: "dup", runAt: new Date() });
    await em().execute(`update "job" set "status" = 'FAILED' where "id" = ?`, [dupId]);
    await scheduleTimer(em(), { kind: KIND, key: "dup", runAt: new Date() });
    const dup = await t.ok(Retry, { input: { jobId: toGlobalId("Job", dupId) } }, token);
    expect(dup.retryJob.userErrors.map((e) => e.code)).toEqual(["PENDING_DUPLICATE"]);

    await em().execute(`update "job" set "status" = 'RUNNING' where "id" = ?`, [dupId]);
    const running = await t.ok(Retry, { input: { jobId: toGlobalId("Job", dupId) } }, token);
    expect(running.retryJob.userErrors.map((e) => e.code)).toEqual(["NOT_RETRYABLE"]);
  });

  it("cancels a PENDING job once; a cancelled job cannot be cancelled again", async () => {
    const data = await t.ok(Cancel, { input: { jobId: toGlobalId("Job", pendingId) } }, token);
    expect(data.cancelJob.userErrors).toEqual([]);
    expect(data.cancelJob.job?.status).toBe("CANCELLED");
    const again = await t.ok(Cancel, { input: { jobId: toGlobalId("Job", pendingId) } }, token);
    expect(again.cancelJob.userErrors.map((e) => e.code)).toEqual(["NOT_CANCELLABLE"]);
    expect(again.cancelJob.job).toBeNull();
  });

  it("answers NOT_FOUND for an unknown job and BAD_USER_INPUT for another type's id", async () => {
    const unknown = await t.gql(
      Cancel,
      { input: { jobId: toGlobalId("Job", "00000000-0000-4000-8000-000000000000") } },
      token,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const wrong = await t.gql(Cancel, { input: { jobId: toGlobalId("Brand", pendingId) } }, token);
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is for administrators only (FORBIDDEN), changing nothing", async () => {
    const agent = await signedIn(t, await createTestEmployee(t, { username: "jobsagent" }));
    const list = await t.gql(List, {}, agent.token);
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", permission: "ADMINISTRATION" });
    const retry = await t.gql(Retry, { input: { jobId: toGlobalId("Job", pendingId) } }, agent.token);
    expect(retry.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const cancel = await t.gql(Cancel, { input: { jobId: toGlobalId("Job", failedId) } }, agent.token);
    expect(cancel.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const node = await t.gql(NodeDoc, { id: toGlobalId("Job", failedId) }, agent.token);
    expect(node.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await t.gql(List, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const still = await t.ok(List, { kind: KIND, status: "PENDING" }, token);
    expect(still.jobs.nodes.map((n) => n.key).sort()).toEqual(["dup", "failed"]);
  });
});
