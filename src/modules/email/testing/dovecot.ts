/**
 * A real IMAP and POP3 server for tests: Debian's dovecot (dovecot-imapd, dovecot-pop3d) started
 * unprivileged on free loopback ports with a config, a passwd-file and maildirs in a temporary directory.
 * As root, the whole server runs as `nobody` (spawned with that uid); otherwise as the current user. Tests
 * skip when the binary is absent; .ci/run installs it. Mail is delivered by writing maildir files, which is
 * how a local delivery agent hands mail to dovecot.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { connect, createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { randomUUID } from "node:crypto";

export const DOVECOT_MISSING =
  "dovecot not found (set DOVECOT_BIN, or: apt-get install -y dovecot-imapd dovecot-pop3d, as .ci/run does); IMAP/POP3 tests skipped";

export function findDovecot(): string | undefined {
  const candidates = process.env.DOVECOT_BIN
    ? [process.env.DOVECOT_BIN]
    : [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin", "/sbin"].map((d) =>
        join(d, "dovecot"),
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

export interface Dovecot {
  readonly imapPort: number;
  readonly pop3Port: number;
  /** Puts a raw message into a user's INBOX (maildir "new"). */
  deliver(user: string, raw: string | Buffer): Promise<void>;
  /** Messages in a user's INBOX, new and seen, not counting expunged ones. */
  count(user: string): Promise<number>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`dovecot exited (${child.exitCode ?? child.signalCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`dovecot did not listen on ${port} within 10 s: ${log()}`);
}

export async function startDovecot(users: Record<string, string>): Promise<Dovecot> {
  const binary = findDovecot();
  if (!binary) throw new Error(DOVECOT_MISSING);
  const dir = await mkdtemp(join(tmpdir(), "deskgraph-dovecot-"));
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? Number(execFileSync("id", ["-u", "nobody"]).toString()) : process.getuid!();
  const gid = asRoot ? Number(execFileSync("id", ["-g", "nobody"]).toString()) : process.getgid!();
  const user = execFileSync("id", ["-un", String(uid)])
    .toString()
    .trim();
  const group = execFileSync("id", ["-gn", String(uid)])
    .toString()
    .trim();
  for (const sub of ["base", "state", "home"]) await mkdir(join(dir, sub));
  for (const name of Object.keys(users))
    for (const box of ["new", "cur", "tmp"])
      await mkdir(join(dir, "home", name, "Maildir", box), { recursive: true });
  await writeFile(
    join(dir, "passwd"),
    Object.entries(users)
      .map(([n, p]) => `${n}:{PLAIN}${p}\n`)
      .join(""),
  );
  const imapPort = await freePort();
  let pop3Port = await freePort();
  // A probe's port is free again once closed: the second probe may be handed the same one.
  while (pop3Port === imapPort) pop3Port = await freePort();
  const config = join(dir, "dovecot.conf");
  await writeFile(
    config,
    [
      "protocols = imap pop3",
      "listen = 127.0.0.1",
      `base_dir = ${dir}/base`,
      `state_dir = ${dir}/state`,
      `instance_name = deskgraph-${randomUUID().slice(0, 8)}`,
      `log_path = ${dir}/dovecot.log`,
      "ssl = no",
      "disable_plaintext_auth = no",
      "auth_mechanisms = plain login",
      `default_login_user = ${user}`,
      `default_internal_user = ${user}`,
      `default_internal_group = ${group}`,
      "mail_location = maildir:~/Maildir",
      "pop3_uidl_format = %08Xu%08Xv",
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${dir}/passwd\n}`,
      `userdb {\n  driver = static\n  args = uid=${uid} gid=${gid} home=${dir}/home/%u\n}`,
      `service imap-login {\n  chroot =\n  inet_listener imap {\n    port = ${imapPort}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      `service pop3-login {\n  chroot =\n  inet_listener pop3 {\n    port = ${pop3Port}\n  }\n  inet_listener pop3s {\n    port = 0\n  }\n}`,
      "service anvil {\n  chroot =\n}",
      "service stats {\n  chroot =\n}",
      "",
    ].join("\n"),
  );
  if (asRoot) {
    const all = async (path: string): Promise<void> => {
      await chown(path, uid, gid);
      for (const entry of await readdir(path, { withFileTypes: true })) {
        const child = join(path, entry.name);
        if (entry.isDirectory()) await all(child);
        else await chown(child, uid, gid);
      }
    };
    await all(dir);
    await chmod(dir, 0o755);
  }
  const child = spawn(binary, ["-F", "-c", config], { stdio: ["ignore", "ignore", "pipe"], uid, gid });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  try {
    await waitForPort(imapPort, child, () => stderr);
    await waitForPort(pop3Port, child, () => stderr);
  } catch (error) {
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let sequence = 0;
  return {
    imapPort,
    pop3Port,
    async deliver(name, raw) {
      const file = `${Date.now()}.M${(sequence += 1)}P${process.pid}.deskgraph`;
      const tmp = join(dir, "home", name, "Maildir", "tmp", file);
      await writeFile(tmp, typeof raw === "string" ? raw.replace(/\r?\n/g, "\n") : raw);
      if (asRoot) await chown(tmp, uid, gid);
      const { rename } = await import("node:fs/promises");
      await rename(tmp, join(dir, "home", name, "Maildir", "new", file));
    },
    async count(name) {
      const box = join(dir, "home", name, "Maildir");
      const [fresh, cur] = await Promise.all([readdir(join(box, "new")), readdir(join(box, "cur"))]);
      return fresh.length + cur.filter((f) => !/:2,.*T/.test(f)).length;
    },
    async stop() {
      process.removeListener("exit", killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
