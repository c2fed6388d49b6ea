import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { ExecutionResult } from "graphql";
import { createClient } from "graphql-ws";
import { Redis } from "ioredis";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modules } from "../../modules/index.js";
import { adminSession } from "../testing/fixtures.js";
import { graphql } from "../testing/gql/index.js";
import { startSharedInstances, waitFor } from "../testing/instances.js";
import type { SharedDatabaseInstances } from "../testing/instances.js";
import type { TestServer } from "../testing/test-server.js";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

const Availability = graphql(`
  mutation PresRedisSetAvailability($input: SetMyAvailabilityInput!) {
    setMyAvailability(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Watch = graphql(`
  subscription PresRedisPresenceChanged {
    agentPresenceChanged {
      reason
      status {
        availability
      }
    }
  }
`);

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** Just enough of TestServer for the fixtures (they only call ok). */
function client(url: string): TestServer {
  async function ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<T> {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(doc), variables: variables ?? {} }),
    });
    const body = (await response.json()) as ExecutionResult<T>;
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }
  return { ok } as unknown as TestServer;
}

let reachable = false;
let instances: SharedDatabaseInstances | undefined;

beforeAll(async () => {
  reachable = await redisReachable();
  if (!reachable) return;
  // A prefix of this run's own: parallel runs on the same Redis do not hear each other.
  instances = await startSharedInstances("redis-pubsub", 2, modules, {
    redisUrl: REDIS_URL,
    redisPrefix: `deskgraph-test:${randomUUID()}:`,
  });
}, 60_000);

afterAll(async () => {
  await instances?.stop();
});

describe("Redis pub/sub across instances", () => {
  it("a change made through instance A reaches a subscriber on instance B", async (ctx) => {
    if (!reachable) ctx.skip(`Redis is not reachable at ${REDIS_URL}: the two-instance test needs it`);
    const [a, b] = instances!.servers;
    const { token } = await adminSession(client(a!.url));
    const events: string[] = [];
    const ws = createClient({
      url: b!.url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    type Change = { agentPresenceChanged: { reason: string; status: { availability: string } } };
    const dispose = ws.subscribe<Change>(
      { query: print(Watch) },
      {
        next: (v) => {
          const change = v.data!.agentPresenceChanged;
          events.push(`${change.reason}:${change.status.availability}`);
        },
        error: (err) => events.push(`error:${JSON.stringify(err)}`),
        complete: () => {},
      },
    );
    // First changes through B itself until one arrives (the subscription is live), then one through A.
    // Only a change emits, so the value alternates.
    let next = "UNAVAILABLE";
    await waitFor(
      async () => {
        await client(b!.url).ok(
          Availability,
          { input: { availability: next as "AVAILABLE" | "UNAVAILABLE" } },
          token,
        );
        next = next === "UNAVAILABLE" ? "AVAILABLE" : "UNAVAILABLE";
        await new Promise((r) => setTimeout(r, 100));
        return events.some((e) => e.startsWith("AVAILABILITY:"));
      },
      10_000,
      "the subscription on B",
    );
    events.length = 0;
    await client(a!.url).ok(
      Availability,
      { input: { availability: next as "AVAILABLE" | "UNAVAILABLE" } },
      token,
    );
    await waitFor(async () => events.includes(`AVAILABILITY:${next}`), 10_000, "the event from A on B");
    expect(events).toContain(`AVAILABILITY:${next}`);
    dispose();
    await ws.dispose();
  });
});
