import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { ExecutionResult } from "graphql";
import { createClient } from "graphql-ws";
import type { Client } from "graphql-ws";
import { Redis } from "ioredis";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StartedServer } from "../../core/bootstrap.js";
import { ADMIN, adminSession, login } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startSharedInstances } from "../../core/testing/instances.js";
import type { SharedDatabaseInstances } from "../../core/testing/instances.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { modules } from "../index.js";
import { createDepartment } from "../distribution/testing.js";
import { chatAgent, collect, eventually, overWs } from "./testing.js";

/*
 * Two servers on one PostgreSQL database and one Redis: a chat message sent through one instance reaches its
 * subscriber on the other. PostgreSQL only, like the other multi-instance tests (pglite-socket cannot keep
 * several clients apart, see src/core/jobs/jobs.e2e.test.ts); skipped visibly without it or without Redis.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const onPostgres = Boolean(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);

const Start = graphql(`
  mutation ChatInstStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
        agentName
      }
      userErrors {
        code
      }
    }
  }
`);

const Events = graphql(`
  subscription ChatInstEvents($chatId: ID!, $visitorToken: String) {
    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {
      kind
      message {
        seq
        body
      }
    }
  }
`);

const Send = graphql(`
  mutation ChatInstSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) {
      message {
        seq
      }
      userErrors {
        code
      }
    }
  }
`);

const PresenceChanged = graphql(`
  subscription ChatInstPresence($employeeId: ID) {
    agentPresenceChanged(employeeId: $employeeId) {
      reason
      status {
        online
      }
    }
  }
`);

const GRACE_MS = 500;

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

const sockets: Client[] = [];

/** Enough of TestServer for the fixtures: HTTP to `http`, graphql-ws to `wsTo`. */
function clientOf(http: StartedServer, wsTo: StartedServer = http): TestServer {
  async function gql<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string) {
    const response = await fetch(http.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(doc), variables: variables ?? {} }),
    });
    const body = (await response.json()) as ExecutionResult<T>;
    return { data: body.data, errors: body.errors, status: response.status };
  }
  return {
    server: http,
    url: http.url,
    gql,
    async ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string) {
      const r = await gql(doc, variables, token);
      if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
      return r.data!;
    },
    ws(token?: string, options: { lazy?: boolean } = {}) {
      const client = createClient({
        url: wsTo.url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        lazy: options.lazy ?? true,
        retryAttempts: 0,
        connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
      });
      sockets.push(client);
      return client;
    },
  } as unknown as TestServer;
}

let reachable = false;
let instances: SharedDatabaseInstances | undefined;

beforeAll(async () => {
  reachable = onPostgres && (await redisReachable());
  if (!reachable) return;
  instances = await startSharedInstances("chat-instances", 2, modules, {
    redisUrl: REDIS_URL,
    redisPrefix: `deskgraph-test:${randomUUID()}:`,
    presenceGraceMs: GRACE_MS,
    presenceHeartbeatMs: 200,
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await instances?.stop();
});

describe("live chat across two instances (Redis pub/sub)", () => {
  it("a message sent through instance A reaches its subscriber on instance B, both ways", async (ctx) => {
    if (!reachable) ctx.skip(`needs PostgreSQL (TEST_DATABASE_URL) and Redis at ${REDIS_URL}`);
    const [a, b] = instances!.servers;
    const onA = clientOf(a!);
    const admin = await adminSession(onA);
    const dept = await createDepartment(onA, admin.token, "Spread");
    // The agent's socket is on B; they act through A over HTTP.
    const amy = await chatAgent(clientOf(a!, b!), admin.token, "Amy", dept.groupId, { max: 3 });
    const started = (
      await onA.ok(Start, { input: { departmentId: dept.departmentId, name: "Vera", question: "Hi" } })
    ).startChat;
    expect(started.chat!.agentName).toBe("Amy");
    const chatId = started.chat!.id;
    const token = started.visitorToken!;

    type EventData = { chatEvents: { kind: string; message: { seq: number; body: string } | null } };
    const visitorOnB = collect<EventData>(clientOf(b!).ws(), print(Events), { chatId, visitorToken: token });
    const agentOnA = collect<EventData>(clientOf(a!).ws(amy.token), print(Events), { chatId });
    const bodies = (events: EventData[]) =>
      events.flatMap((e) => (e.chatEvents.message ? [e.chatEvents.message.body] : []));

    // Until the subscriptions are live, probe; then the real messages.
    let n = 0;
    await eventually(async () => {
      await onA.ok(Send, { input: { chatId, body: `probe ${n++}` } }, amy.token);
      return bodies(visitorOnB.events).some((b) => b.startsWith("probe"));
    }, "visitor's subscription on B");
    await onA.ok(Send, { input: { chatId, body: "from the agent via A" } }, amy.token);
    await eventually(() => bodies(visitorOnB.events).includes("from the agent via A"), "A → B");

    const visitorSocketOnB = clientOf(b!).ws();
    await eventually(async () => {
      await overWs(visitorSocketOnB, print(Send), {
        input: { chatId, visitorToken: token, body: `hello ${n++}` },
      });
      return bodies(agentOnA.events).some((b) => b.startsWith("hello"));
    }, "B → A");
    const seqs = visitorOnB.events.flatMap((e) => (e.chatEvents.message ? [e.chatEvents.message.seq] : []));
    expect(seqs).toEqual([...new Set(seqs)].sort((x, y) => x - y));
    visitorOnB.dispose();
    agentOnA.dispose();
  }, 60_000);

  it("an agent with one tab on each instance stays online until the last closes; the change reaches both", async (ctx) => {
    if (!reachable) ctx.skip(`needs PostgreSQL (TEST_DATABASE_URL) and Redis at ${REDIS_URL}`);
    const [a, b] = instances!.servers;
    const onA = clientOf(a!);
    // The installation was set up by the first test (same database).
    const adminToken = (await login(onA, ADMIN.username, ADMIN.password)).accessToken;
    const dept = await createDepartment(onA, adminToken, "Tabs");
    // Tab 1 on A (chatAgent opens it and waits for online).
    const ben = await chatAgent(onA, adminToken, "Ben", dept.groupId, { max: 1 });
    type Change = { agentPresenceChanged: { reason: string; status: { online: boolean } } };
    const watchA = collect<Change>(clientOf(a!).ws(adminToken), print(PresenceChanged), {
      employeeId: ben.globalId,
    });
    const watchB = collect<Change>(clientOf(b!).ws(adminToken), print(PresenceChanged), {
      employeeId: ben.globalId,
    });
    await new Promise((r) => setTimeout(r, 500));
    const tabOnB = clientOf(b!).ws(ben.token, { lazy: false });
    const online = async () =>
      (
        await instances!.sql<{ online: boolean }>(
          `select online from agent_presence where employee_id = $1`,
          [ben.id],
        )
      )[0]?.online;
    await eventually(
      async () =>
        Number(
          (
            await instances!.sql<{ n: string }>(
              `select count(*) as n from presence_connection where employee_id = $1`,
              [ben.id],
            )
          )[0]!.n,
        ) === 2,
      "two connections",
    );
    // Closing the tab on A: B's tab keeps Ben online, through and after the grace period; nothing announced.
    await ben.socket.dispose();
    await new Promise((r) => setTimeout(r, GRACE_MS * 3));
    expect(await online()).toBe(true);
    expect(watchA.events).toEqual([]);
    expect(watchB.events).toEqual([]);
    // Closing the last one: offline after the grace period, announced once, on both instances.
    await tabOnB.dispose();
    await eventually(async () => (await online()) === false, "Ben offline");
    await eventually(() => watchA.events.length > 0 && watchB.events.length > 0, "OFFLINE on both");
    await new Promise((r) => setTimeout(r, 600));
    for (const w of [watchA, watchB])
      expect(w.events.map((e) => e.agentPresenceChanged.reason)).toEqual(["OFFLINE"]);
    watchA.dispose();
    watchB.dispose();
  }, 60_000);
});
