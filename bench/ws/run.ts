import { hardTimeLimit, spawnDeskgraph, spawnNode } from "../lib/proc.js";
import type { Spawned } from "../lib/proc.js";
import { flag, writeResult } from "../lib/report.js";
import { login } from "../tickets/seed-api.js";
import { BENCH_ADMIN, BENCH_AGENT_PASSWORD } from "../tickets/seed-api.js";
import { chatApiPresent, chatRaw } from "./chat.js";
import { fanoutGraphql, fanoutRaw } from "./fanout.js";
import { idleGraphql, idleRaw } from "./idle.js";
import { WS_DATABASE_URL, setupWsDatabase, signIn } from "./setup.js";

/**
 * npm run bench:ws -- [--only=idle,fanout,chat] [--idle=10000] [--subscribers=1000] [--rounds=20]
 *   [--chats=200] [--messages=20] [--interval=500] [--watchers=20]
 * Creates the database bench_ws, then per scenario starts a fresh server (and a fresh raw `ws` server)
 * on 127.0.0.1, so every RSS figure starts from a clean process.
 */
const only = (process.argv.find((a) => a.startsWith("--only="))?.slice(7) ?? "idle,fanout,chat").split(",");
const idleConnections = flag("idle", 10_000);
const subscribers = flag("subscribers", 1000);
const roundCount = flag("rounds", 20);
const chats = flag("chats", 200);
const messages = flag("messages", 20);
const interval = flag("interval", 500);
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
    const baseline = await withServer(raw, (s) => idleRaw(s.url, s.rss, idleConnections));
    results.idle = {
      graphql,
      raw: baseline,
      ...target(graphql.connections === idleConnections && graphql.rssAfterMiB < 1024, "server RSS < 1 GiB"),
    };
  }

  if (only.includes("fanout")) {
    const graphql = await withServer(deskgraph, async (s) => {
      const graphqlUrl = `${s.url}/graphql`;
      const watcherTokens = await signIn(graphqlUrl, accounts.watchers);
      const agent = accounts.agents[0]!;
      const trigger = {
        id: agent.id,
        token: (await login(graphqlUrl, agent.username, BENCH_AGENT_PASSWORD)).accessToken,
      };
      return fanoutGraphql({
        graphqlUrl,
        wsUrl: `${s.url.replace(/^http/, "ws")}/graphql`,
        watcherTokens,
        trigger,
        subscribers,
        rounds: roundCount,
      });
    });
    const baseline = await withServer(raw, (s) =>
      fanoutRaw({ rawUrl: s.url, subscribers, rounds: roundCount }),
    );
    results.fanout = {
      subscription: "agentPresenceChanged(employeeId) ← setMyAvailability",
      subscribers,
      graphql,
      raw: baseline,
      ...target(graphql.missing === 0 && graphql.latencyMs.p95 < 100, "p95 < 100 ms, nothing missing"),
    };
  }

  if (only.includes("chat")) {
    const missing = await withServer(deskgraph, async (s) => {
      const token = (await login(`${s.url}/graphql`, BENCH_ADMIN.username, BENCH_ADMIN.password)).accessToken;
      return chatApiPresent(`${s.url}/graphql`, token);
    });
    const baseline = await withServer(raw, (s) => chatRaw(s.url, chats, messages, interval));
    results.chat = {
      graphql: missing.length ? { available: false, missingOperations: missing } : { available: true },
      raw: baseline,
      ...target(false, "p99 < 20 ms"),
    };
  }

  writeResult("ws", {
    options: { idleConnections, subscribers, rounds: roundCount, chats, messages, interval, watchers },

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
