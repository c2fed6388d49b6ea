import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sleep } from "./stats.js";

/** The repository root (this file runs as dist/bench/lib/proc.js). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

export interface Spawned {
  pid: number;
  url: string;
  /** Resident set size of the process now, from /proc/<pid>/status (bytes). */
  rss(): number;
  /** CPU time the process has used so far (user + system, ms): per-request cost that a busy machine bends less. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** User + system CPU time of a process in ms (Linux, /proc/<pid>/stat, clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident set size of a process in bytes (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return match ? Number(match[1]) * 1024 : NaN;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`process exited with ${child.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts a node script of dist/ as a child process and waits until `readyPath` answers 200 on `port`. */
export async function spawnNode(
  script: string,
  port: number,
  env: Record<string, string>,
  readyPath: string,
  nodeArgs: string[] = [],
): Promise<Spawned> {
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, "dist", script)], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.add(child);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}${readyPath}`, child, 120_000);
  return {
    pid: child.pid!,
    url: base,
    rss: () => rssOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      children.delete(child);
    },
  };
}

/** The deskgraph server (dist/src/main.js, `npm run build` first) on a PostgreSQL database. */
export function spawnDeskgraph(databaseUrl: string, port: number, env: Record<string, string> = {}) {
  return spawnNode(
    "src/main.js",
    port,
    {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      ACCESS_TOKEN_TTL: "7200",
      ...env,
    },
    "/readyz",
  );
}

/** Ends the whole run after `ms` whatever happens, so a stuck benchmark never outlives its budget. */
export function hardTimeLimit(ms: number): void {
  const timer = setTimeout(() => {
    console.error(`benchmark exceeded its time limit of ${Math.round(ms / 1000)} s; stopping`);
    process.exit(3);
  }, ms);
  timer.unref();
}
