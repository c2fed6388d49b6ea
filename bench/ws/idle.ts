import WebSocket from "ws";
import { sleep } from "../lib/stats.js";
import { GqlWsClient, connectMany } from "./client.js";

const MiB = 2 ** 20;

async function measure(rss: () => number, connections: number, open: () => Promise<() => void>) {
  await sleep(3000);
  const before = rss();
  const started = Date.now();
  const closers = await connectMany(connections, 500, () => open());
  const connectSeconds = (Date.now() - started) / 1000;
  await sleep(10_000); // settle: timers, buffers, lazy allocations
  const after = rss();
  for (const close of closers) close();
  return {
    connections: closers.length,
    connectSeconds: Math.round(connectSeconds * 10) / 10,
    rssBeforeMiB: Math.round(before / MiB),
    rssAfterMiB: Math.round(after / MiB),
    perConnectionKiB: Math.round((after - before) / closers.length / 1024),
  };
}

/**
 * (b) Server RSS with `connections` idle graphql-ws connections (connection_init acknowledged, no
 * operation: visitors on a portal page), against a bare `ws` server holding as many idle sockets.
 */
export function idleGraphql(wsUrl: string, rss: () => number, connections: number) {
  return measure(rss, connections, async () => {
    const client = await GqlWsClient.connect(wsUrl, undefined, 60_000);
    return () => client.close();
  });
}

/**
 * The same with signed-in employees (`tokens` round robin), each connection holding one live
 * myAccountChanged subscription: agents' idle browser tabs, presence bookkeeping included.
 */
export function idleSubscribed(wsUrl: string, rss: () => number, connections: number, tokens: string[]) {
  let i = 0;
  return measure(rss, connections, async () => {
    const client = await GqlWsClient.connect(wsUrl, tokens[i++ % tokens.length], 60_000);
    client.subscribe("1", "subscription BenchWsIdle { myAccountChanged { reason } }", {}, () => {});
    return () => client.close();
  });
}

export function idleRaw(rawUrl: string, rss: () => number, connections: number) {
  const wsUrl = rawUrl.replace(/^http/, "ws");
  return measure(
    rss,
    connections,
    () =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(wsUrl);
        socket.once("open", () => resolve(() => socket.terminate()));
        socket.once("error", reject);
      }),
  );
}
