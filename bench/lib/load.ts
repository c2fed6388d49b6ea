import autocannon from "autocannon";
import type { LatencySummary } from "./stats.js";
import { summarize } from "./stats.js";

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Responses whose status was not 2xx, or whose body the caller's check refused. */
  failed: number;
  errors: number;
  timeouts: number;
  latencyMs: { p50: number; p90: number; p97_5: number; p99: number; mean: number; max: number };
  durationSeconds: number;
}

export interface LoadOptions {
  url: string;
  method?: "GET" | "POST";
  connections: number;
  /** Seconds; or `amount` requests. */
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  /** Builds request n (path, body, headers); called once per request. */
  request: (n: number) => { path?: string; body?: string; headers?: Record<string, string> };
  /** false = the response failed even with status 200 (GraphQL errors, userErrors). */
  check?: (status: number, body: string) => boolean;
}

/** autocannon over loopback with a request built per call, counting refused responses. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  if (target.hostname !== "127.0.0.1") throw new Error("benchmarks only target 127.0.0.1");
  let n = 0;
  let failed = 0;
  const started = Date.now();
  const result = await autocannon({
    url: options.url,
    method: options.method ?? "POST",
    connections: options.connections,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.duration ?? 10 }),
    timeout: 30,
    headers: { "content-type": "application/json", ...options.headers },
    requests: [
      {
        setupRequest: (req) => {
          const built = options.request(n++);
          return {
            ...req,
            ...(built.path ? { path: built.path } : {}),
            ...(built.body !== undefined ? { body: built.body } : {}),
            headers: { ...req.headers, ...built.headers },
          };
        },
        onResponse: (status, body) => {
          if (status < 200 || status >= 300 || (options.check && !options.check(status, body))) failed++;
        },
      },
    ],
  });
  const elapsed = (Date.now() - started) / 1000;
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round((result.requests.total / elapsed) * 10) / 10,
    failed,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      mean: result.latency.average,
      max: result.latency.max,
    },
    durationSeconds: Math.round(elapsed * 10) / 10,
  };
}

/**
 * A closed loop of `concurrency` workers sending `total` requests with fetch, timing each one; for
 * percentiles autocannon does not report (p95).
 */
export async function timedLoop(
  total: number,
  concurrency: number,
  send: (n: number) => Promise<boolean>,
): Promise<{ latency: LatencySummary; failed: number; requestsPerSecond: number }> {
  const samples: number[] = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const n = next++;
        const t0 = performance.now();
        const ok = await send(n).catch(() => false);
        samples.push(performance.now() - t0);
        if (!ok) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    latency: summarize(samples),
    failed,
    requestsPerSecond: Math.round((total / seconds) * 10) / 10,
  };
}

/** Runs a load and adds the server's CPU time per request (ms), read from /proc around it. */
export async function withCpu<T extends { requests: number }>(cpuMs: () => number, run: () => Promise<T>) {
  const before = cpuMs();
  const result = await run();
  const used = cpuMs() - before;
  return {
    ...result,
    serverCpuMs: used,
    serverCpuMsPerRequest: Math.round((used / (result.requests || 1)) * 100) / 100,
  };
}
