import { hardTimeLimit, spawnDeskgraph, spawnNode } from "../lib/proc.js";
import type { Spawned } from "../lib/proc.js";
import { flag, writeResult } from "../lib/report.js";
import { login } from "../tickets/seed-api.js";
import { BENCH_ADMIN, BENCH_AGENT_PASSWORD } from "../tickets/seed-api.js";
import { chatApiPresent, chatRaw } from "./chat.js";
import { chatGraphql } from "./chat-graphql.js";
import { fanoutGraphql, fanoutRaw, presenceFanout } from "./fanout.js";
import { queueFanout, queueSubscriptionPresent } from "./fanout-queue.js";
import { idleGraphql, idleRaw, idleSubscribed } from "./idle.js";
import { WS_DATABASE_URL, setupWsDatabase, signIn } from "./setup.js";

/**
 * npm run bench:ws -- [--only=idle,fanout,chat] [--tag=name: bench/results/ws-name.json] [--idle=10000] [--idle-subscribed=2000] [--subscribers=1000] [--rounds=5]
 *   [--chats=200] [--messages=5] [--interval=1000] [--watchers=20]
 * Creates the database bench_ws, then per scenario starts a fresh server (and a fresh raw `ws` server)
 * on 127.0.0.1, so every RSS figure starts from a clean process.
 */
const only = (process.argv.find((a) => a.startsWith("--only="))?.slice(7) ?? "idle,fanout,chat").split(",");
const idleConnections = flag("idle", 10_000);
// Signed-in, subscribed connections open at ~18-25/s on this machine (presence bookkeeping per socket).
const idleSubscribedConnections = flag("idle-subscribed", 2000);
const subscribers = flag("subscribers", 1000);
const roundCount = flag("rounds", 5);
const chats = flag("chats", 200);
const messages = flag("messages", 5);
const interval = flag("interval", 1000);
const watchers = flag("watchers", 20);
const port = flag("port", 4640);
const rawPort = flag("raw-port", 4641);

hardTimeLimit(30 * 60_000);

async function withServer<T>(start: () => Promise<Spawned>, fn: (s: Spawned) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

const deskgraph = () => spawnDeskgraph(WS_DATABASE_URL, port);
const raw = () => spawnNode("bench/ws/raw-server.js", rawPort, {}, "/healthz");
const target = (met: boolean, text: string) => ({ target: text, met });

async function main() {
  const accounts = await setupWsDatabase(port, watchers, Math.max(2, Math.min(chats, 20)));
  const results: Record<string, unknown> = {};

  if (only.includes("idle")) {
    const graphql = await withServer(deskgraph, (s) =>
      idleGraphql(`${s.url.replace(/^http/, "ws")}/graphql`, s.rss, idleConnections),
    );
    const subscribed = await withServer(deskgraph, async (s) =>
      idleSubscribed(
        `${s.url.replace(/^http/, "ws")}/graphql`,
        s.rss,
        idleSubscribedConnections,
        await signIn(`${s.url}/graphql`, accounts.watchers),
      ),
    );
    const baseline = await withServer(raw, (s) => idleRaw(s.url, s.rss, idleConnections));
    results.idle = {
      graphql,
      graphqlSubscribed: {
        ...subscribed,
        // Not measured at full count (see --idle-subscribed): its per-connection cost times --idle.
        extrapolatedRssMiBAtIdleCount: Math.round(
          subscribed.rssBeforeMiB + (subscribed.perConnectionKiB * idleConnections) / 1024,
        ),
      },
      raw: baseline,
      ...target(
        graphql.connections === idleConnections && graphql.rssAfterMiB < 1024,
        "server RSS < 1 GiB with --idle anonymous connections",
      ),
    };
  }

  if (only.includes("fanout")) {
    const variants: Record<string, unknown> = {};
    const graphql = await withServer(deskgraph, async (s) => {
      const graphqlUrl = `${s.url}/graphql`;
      const wsUrl = `${s.url.replace(/^http/, "ws")}/graphql`;
      const agent = accounts.agents[0]!;
      const trigger = {
        id: agent.id,
        token: (await login(graphqlUrl, agent.username, BENCH_AGENT_PASSWORD)).accessToken,
      };
      const admin = (await login(graphqlUrl, BENCH_ADMIN.username, BENCH_ADMIN.password)).accessToken;
      if (await queueSubscriptionPresent(graphqlUrl, admin)) {
        variants.queue = await fanoutGraphql({
          wsUrl,
          tokens: await signIn(graphqlUrl, accounts.queueWatchers),
          subscription: queueFanout(graphqlUrl, admin, accounts.queueDepartmentId),
          subscribers,
          rounds: roundCount,
          cpuMs: s.cpuMs,
        });
      } else variants.queue = { available: false, note: "departmentQueueChanged is not in the schema yet" };
      variants.presence = await fanoutGraphql({
        wsUrl,
        tokens: await signIn(graphqlUrl, accounts.watchers),
        subscription: presenceFanout(graphqlUrl, trigger),
        subscribers,
        rounds: roundCount,
        cpuMs: s.cpuMs,
      });
      return variants;
    });
    const baseline = await withServer(raw, (s) =>
      fanoutRaw({ rawUrl: s.url, subscribers, rounds: roundCount, cpuMs: s.cpuMs }),
    );
    const measured = Object.values(graphql).filter(
      (v): v is { missing: number; latencyMs: { p95: number } } =>
        typeof v === "object" && v !== null && "latencyMs" in v,
    );
    results.fanout = {
      subscribers,
      graphql,
      raw: baseline,
      ...target(
        measured.length > 0 && measured.every((v) => v.missing === 0 && v.latencyMs.p95 < 100),
        "p95 < 100 ms, nothing missing (every variant measured)",
      ),
    };
  }

  if (only.includes("chat")) {
    const graphql = await withServer(deskgraph, async (s) => {
      const graphqlUrl = `${s.url}/graphql`;
      const admin = (await login(graphqlUrl, BENCH_ADMIN.username, BENCH_ADMIN.password)).accessToken;
      const missing = await chatApiPresent(graphqlUrl, admin);
      if (missing.length) return { available: false as const, missingOperations: missing };
      const tokens = await signIn(
        graphqlUrl,
        accounts.agents.map((a) => a.username),
      );
      return {
        available: true as const,
        ...(await chatGraphql({
          graphqlUrl,
          wsUrl: `${s.url.replace(/^http/, "ws")}/graphql`,
          adminToken: admin,
          departmentId: accounts.departmentId,
          agents: accounts.agents.map((a, i) => ({ id: a.id, token: tokens[i]! })),
          chats,
          messages,
          intervalMs: interval,
          cpuMs: s.cpuMs,
        })),
      };
    });
    const baseline = await withServer(raw, (s) => chatRaw(s.url, chats, messages, interval, s.cpuMs));
    results.chat = {
      graphql,
      raw: baseline,
      ...target(
        graphql.available && graphql.missing === 0 && graphql.latencyMs.p99 < 20,
        "p99 < 20 ms, every message delivered",
      ),
    };
  }

  const tag = process.argv.find((a) => a.startsWith("--tag="))?.slice(6);
  writeResult(tag ? `ws-${tag}` : "ws", {
    options: {
      idleConnections,
      idleSubscribedConnections,
      subscribers,
      rounds: roundCount,
      chats,
      messages,
      interval,
      watchers,
    },

    ...results,
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
