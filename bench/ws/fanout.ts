import { print } from "graphql";
import WebSocket from "ws";
import { gql } from "../lib/gql.js";
import { sleep, summarize } from "../lib/stats.js";
import { GqlWsClient, connectMany } from "./client.js";
import { BenchWsPresenceChanged, BenchWsSetAvailability } from "./operations.js";

/** A round gives up waiting after this long; subscribers not reached by then count as missing. */
const ROUND_TIMEOUT_MS = 30_000;

interface Round {
  latencies: number[];
  missing: number;
  allReceivedMs: number;
}

/** Fires `trigger` once per round and waits until every subscriber heard it (or the timeout). */
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
    await Promise.race([all, sleep(ROUND_TIMEOUT_MS)]);
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

/** `cpuMs`: the server's CPU time over all rounds (the 300 ms pauses between rounds included). */
function report(all: Round[], cpuMs: number) {
  const samples = all.flatMap((r) => r.latencies);
  return {
    rounds: all.length,
    serverCpuMsPerEvent: Math.round(cpuMs / (all.length || 1)),
    deliveries: samples.length,
    missing: all.reduce((a, r) => a + r.missing, 0),
    latencyMs: summarize(samples),
    allReceivedMs: summarize(all.map((r) => r.allReceivedMs).filter((v) => !Number.isNaN(v))),
  };
}

export interface FanoutSubscription {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Sends the one write that produces the event (over HTTP). */
  trigger: (round: number) => Promise<void>;
}

/**
 * (a) One event to `subscribers` graphql-ws subscribers: each round sends one mutation over HTTP and waits
 * for every subscriber's `next`. Latency = from sending the mutation to each subscriber's receipt.
 */
export async function fanoutGraphql(options: {
  wsUrl: string;
  tokens: string[];
  subscription: FanoutSubscription;
  subscribers: number;
  rounds: number;
  cpuMs: () => number;
}) {
  const handlers: Array<() => void> = [];
  const arrive = () => handlers.forEach((h) => h());
  const { query, variables } = options.subscription;
  const clients = await connectMany(options.subscribers, 100, async (i) => {
    const client = await GqlWsClient.connect(options.wsUrl, options.tokens[i % options.tokens.length]);
    client.subscribe("1", query, variables, arrive);
    return client;
  });
  await sleep(2000); // let connection-time presence events settle
  try {
    const cpu0 = options.cpuMs();
    const result = await rounds(
      options.rounds,
      options.subscribers,
      (cb) => handlers.push(cb),
      options.subscription.trigger,
    );
    return { subscription: options.subscription.name, ...report(result, options.cpuMs() - cpu0) };
  } finally {
    for (const c of clients) c.close();
  }
}

/** agentPresenceChanged for one agent, fired by that agent's setMyAvailability. */
export function presenceFanout(graphqlUrl: string, agent: { id: string; token: string }): FanoutSubscription {
  return {
    name: "agentPresenceChanged(employeeId) <- setMyAvailability",
    query: print(BenchWsPresenceChanged),
    variables: { employeeId: agent.id },
    trigger: async (r) => {
      await gql(
        graphqlUrl,
        BenchWsSetAvailability,
        { input: { availability: r % 2 === 0 ? "UNAVAILABLE" : "AVAILABLE" } },
        agent.token,
      );
    },
  };
}

/** The raw baseline: an HTTP POST makes a bare `ws` server send the body to every socket. */
export async function fanoutRaw(options: {
  rawUrl: string;
  subscribers: number;
  rounds: number;
  cpuMs: () => number;
}) {
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
    const cpu0 = options.cpuMs();
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
    return report(result, options.cpuMs() - cpu0);
  } finally {
    for (const s of sockets) s.terminate();
  }
}
