import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./proc.js";

/** What the numbers were measured on; the load average says whether other work shared the CPU. */
export function machine() {
  const cpus = os.cpus();
  let postgres = "unknown";
  try {
    postgres = execSync("psql -h 127.0.0.1 -U postgres -tAc 'show server_version'", {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    // psql missing: leave unknown
  }
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
    node: process.version,
    postgres,
    commit,
    at: new Date().toISOString(),
  };
}

/** Writes bench/results/<name>.json and prints it. */
export function writeResult(name: string, result: Record<string, unknown>): void {
  const dir = path.join(ROOT, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const body = JSON.stringify(
    { name, machine: machine(), command: process.argv.slice(1).join(" "), ...result },
    null,
    2,
  );
  writeFileSync(path.join(dir, `${name}.json`), `${body}\n`);
  console.log(body);
}

/** Integer flags: `--name=value` on the command line, else the default. */
export function flag(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!arg) return fallback;
  const value = Number(arg.slice(name.length + 3));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number`);
  return value;
}

export const hasFlag = (name: string) => process.argv.includes(`--${name}`);
