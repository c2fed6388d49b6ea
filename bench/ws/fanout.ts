import { print } from "graphql";
import WebSocket from "ws";
import { gql } from "../lib/gql.js";
import { sleep, summarize } from "../lib/stats.js";
import { GqlWsClient, connectMany } from "./client.js";
import { BenchWsPresenceChanged, BenchWsSetAvailability } from "./operations.js";

interface Round {
  latencies: number[];
  missing: number;
  allReceivedMs: number;
}

/** Fires `trigger` once per round and waits until every subscriber heard it (or 10 s passed). */
async function rounds(
  count: number,
  subscribers: number,
  onArrival: (cb: () => void) => void,
  trigger: (round: number) => Promise<void>,
): Promise<Round[]> {
  const out: Round[] = [];
  let current: { t0: number; latencies: number[]; done: () => void } | null = null;
  onArrival(() => {
    if (!current) return;
    current.latencies.push(performance.now() - current.t0);
    if (current.latencies.length === subscribers) current.done();
  });
  for (let r = 0; r < count; r++) {
    const latencies: number[] = [];
    let done!: () => void;
    const all = new Promise<void>((resolve) => (done = resolve));
    current = { t0: performance.now(), latencies, done };
    await trigger(r);
    await Promise.race([all, sleep(10_000)]);
    out.push({
      latencies: [...latencies],
      missing: subscribers - latencies.length,
      allReceivedMs: latencies.length === subscribers ? Math.max(...latencies) : NaN,
    });
    current = null;
    await sleep(300);
  }
  return out;
}

function report(all: Round[]) {
  const samples = all.flatMap((r) => r.latencies);
  return {
    rounds: all.length,
    deliveries: samples.length,
    missing: all.reduce((a, r) => a + r.missing, 0),
    latencyMs: summarize(samples),
    allReceivedMs: summarize(all.map((r) => r.allReceivedMs).filter((v) => !Number.isNaN(v))),
  };
}

/**
 * (a) One event to `subscribers` graphql-ws subscribers: an agent changes availability
 * (setMyAvailability over HTTP) and every administrator subscribed to agentPresenceChanged for that agent
 * receives it. Latency = from sending the mutation to each subscriber's `next`.
 */
export async function fanoutGraphql(options: {
  graphqlUrl: string;
  wsUrl: string;
  watcherTokens: string[];
  trigger: { id: string; token: string };
  subscribers: number;
  rounds: number;
}) {
  const handlers: Array<() => void> = [];
  const arrive = () => handlers.forEach((h) => h());
  const query = print(BenchWsPresenceChanged);
  const clients = await connectMany(options.subscribers, 100, async (i) => {
    const client = await GqlWsClient.connect(
      options.wsUrl,
      options.watcherTokens[i % options.watcherTokens.length],
    );
    client.subscribe("1", query, { employeeId: options.trigger.id }, arrive);
    return client;
  });
  await sleep(2000); // let connection-time presence events settle
  try {
    const result = await rounds(
      options.rounds,
      options.subscribers,
      (cb) => handlers.push(cb),
      async (r) => {
        await gql(
          options.graphqlUrl,
          BenchWsSetAvailability,
          { input: { availability: r % 2 === 0 ? "UNAVAILABLE" : "AVAILABLE" } },
          options.trigger.token,
        );
      },
    );
    return report(result);
  } finally {
    for (const c of clients) c.close();
  }
}

/** The raw baseline: an HTTP POST makes a bare `ws` server send the body to every socket. */
export async function fanoutRaw(options: { rawUrl: string; subscribers: number; rounds: number }) {
  const handlers: Array<() => void> = [];
  const wsUrl = options.rawUrl.replace(/^http/, "ws");
  const sockets = await connectMany(
    options.subscribers,
    100,
    (i) =>
      new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(`${wsUrl}/?n=${i}`);
        socket.once("open", () => resolve(socket));
        socket.once("error", reject);
        socket.on("message", () => handlers.forEach((h) => h()));
      }),
  );
  try {
    const result = await rounds(
      options.rounds,
      options.subscribers,
      (cb) => handlers.push(cb),
      async (r) => {
        await fetch(`${options.rawUrl}/publish`, {
          method: "POST",
          body: JSON.stringify({ round: r, availability: r % 2 === 0 ? "UNAVAILABLE" : "AVAILABLE" }),
        });
      },
    );
    return report(result);
  } finally {
    for (const s of sockets) s.terminate();
  }
}
