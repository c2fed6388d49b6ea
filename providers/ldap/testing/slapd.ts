/**
 * A real OpenLDAP server for tests: Debian's slapd started unprivileged on a free loopback port with a
 * config and database in a temporary directory (stack.md §4: back_mdb, core/cosine/inetorgperson schemas,
 * suffix dc=example,dc=org). It starts in well under a second. When the binary is absent the tests skip;
 * .ci/run installs it (`apt-get install slapd ldap-utils`).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { accessSync, chownSync, constants, readdirSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect, createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { Client } from "ldapts";

export const SLAPD_MISSING =
  "slapd not found (set SLAPD_BIN, or: apt-get install -y slapd ldap-utils, as .ci/run does); LDAP tests skipped";

export interface Slapd {
  readonly url: string;
  readonly port: number;
  readonly suffix: string;
  readonly adminDN: string;
  readonly adminPassword: string;
  /** Adds entries as the administrator. */
  add(entries: readonly LdapEntry[]): Promise<void>;
  stop(): Promise<void>;
}

export interface LdapEntry {
  readonly dn: string;
  readonly attributes: Readonly<Record<string, string | readonly string[]>>;
}

/** The slapd binary: $SLAPD_BIN, else on PATH or in the sbin directories that root's PATH has. */
export function findSlapd(): string | undefined {
  const candidates = process.env.SLAPD_BIN
    ? [process.env.SLAPD_BIN]
    : [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin", "/sbin"].map((dir) =>
        join(dir, "slapd"),
      );
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const SCHEMA_DIR = "/etc/ldap/schema";
const MODULE_DIRS = [
  "/usr/lib/ldap",
  "/usr/lib/x86_64-linux-gnu/ldap",
  "/usr/lib/aarch64-linux-gnu/ldap",
  "/usr/lib/openldap",
];

export async function startSlapd(options: { suffix?: string; adminPassword?: string } = {}): Promise<Slapd> {
  const binary = findSlapd();
  if (!binary) throw new Error(SLAPD_MISSING);
  const suffix = options.suffix ?? "dc=example,dc=org";
  const adminDN = `cn=admin,${suffix}`;
  const adminPassword = options.adminPassword ?? "admin-secret";
  const dir = await mkdtemp(join(tmpdir(), "deskgraph-slapd-"));
  await mkdir(join(dir, "db"));
  const config = join(dir, "slapd.conf");
  await writeFile(config, slapdConf(dir, suffix, adminDN, adminPassword));

  // Never run the directory as root: as root, hand the files to nobody and let slapd drop to it.
  const user: string[] = [];
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "nobody"]).toString());
    const group = execFileSync("id", ["-gn", "nobody"]).toString().trim();
    const gid = Number(execFileSync("id", ["-g", "nobody"]).toString());
    for (const path of [dir, join(dir, "db"), config]) chownSync(path, uid, gid);
    await chmod(dir, 0o700);
    user.push("-u", "nobody", "-g", group);
  }

  let lastError: unknown;
  // A port found free can be taken before slapd binds it; try a few.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const url = `ldap://127.0.0.1:${port}/`;
    const child = spawn(binary, ["-f", config, "-h", url, "-d", "0", ...user], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    try {
      await waitForPort(port, child, () => stderr);
      const slapd: Slapd = {
        url: `ldap://127.0.0.1:${port}`,
        port,
        suffix,
        adminDN,
        adminPassword,
        add: (entries) => addEntries(slapd, entries),
        stop: async () => {
          process.removeListener("exit", killOnExit);
          await stopChild(child);
          await rm(dir, { recursive: true, force: true });
        },
      };
      return slapd;
    } catch (error) {
      lastError = error;
      process.removeListener("exit", killOnExit);
      await stopChild(child);
    }
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError;
}

function slapdConf(dir: string, suffix: string, adminDN: string, adminPassword: string): string {
  const moduleDir = MODULE_DIRS.find((candidate) => {
    try {
      return readdirSync(candidate).some((file) => file.startsWith("back_mdb"));
    } catch {
      return false;
    }
  });
  return [
    ...["core", "cosine", "inetorgperson"].map((schema) => `include ${SCHEMA_DIR}/${schema}.schema`),
    `pidfile ${join(dir, "slapd.pid")}`,
    `argsfile ${join(dir, "slapd.args")}`,
    // Debian builds back_mdb as a module; builds with it compiled in have no module directory.
    ...(moduleDir ? [`modulepath ${moduleDir}`, "moduleload back_mdb"] : []),
    "database mdb",
    "maxsize 10485760",
    `suffix "${suffix}"`,
    `rootdn "${adminDN}"`,
    `rootpw ${adminPassword}`,
    `directory ${join(dir, "db")}`,
    // As a directory in production would be: passwords only for binding, nothing for anonymous users.
    "access to attrs=userPassword by self write by anonymous auth by * none",
    "access to * by users read by * none",
    "",
  ].join("\n");
}

async function addEntries(slapd: Slapd, entries: readonly LdapEntry[]): Promise<void> {
  const client = new Client({ url: slapd.url, timeout: 5_000, connectTimeout: 5_000 });
  try {
    await client.bind(slapd.adminDN, slapd.adminPassword);
    for (const entry of entries) {
      const attributes = Object.fromEntries(
        Object.entries(entry.attributes).map(([name, value]) => [
          name,
          typeof value === "string" ? value : [...value],
        ]),
      );
      await client.add(entry.dn, attributes);
    }
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `slapd exited (${child.exitCode ?? child.signalCode}): ${stderr().trim() || "no output"}`,
      );
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`slapd did not listen on port ${port} within 10 s: ${stderr().trim()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
