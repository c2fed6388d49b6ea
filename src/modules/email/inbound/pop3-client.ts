/**
 * A small POP3 client (RFC 1939, STLS of RFC 2595): USER/PASS, UIDL, RETR, DELE, QUIT. Written here rather
 * than taken from npm because the POP3 packages there are thinly maintained and untyped, and the part of the
 * protocol an importer needs is this small; it is tested against Debian's dovecot-pop3d. Deletions only take
 * effect at QUIT (the UPDATE state), so a connection that dies mid-session deletes nothing.
 */
import net from "node:net";
import tls from "node:tls";

export interface Pop3Options {
  host: string;
  port: number;
  /** Implicit TLS (POP3S). */
  secure: boolean;
  /** Upgrade with STLS before logging in; refuses to continue without it. */
  startTls: boolean;
  rejectUnauthorized: boolean;
  user: string;
  password: string;
  timeoutMs?: number;
}

export class Pop3Error extends Error {
  override name = "Pop3Error";
}

/** Every message can be up to this big; larger ones are refused instead of filling memory. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export class Pop3Client {
  private socket!: net.Socket;
  private buffer = Buffer.alloc(0);
  private waiter: (() => void) | null = null;
  private failure: Error | null = null;

  private constructor(private readonly options: Pop3Options) {}

  static async connect(options: Pop3Options): Promise<Pop3Client> {
    const client = new Pop3Client(options);
    await client.open();
    return client;
  }

  private attach(socket: net.Socket) {
    this.socket = socket;
    socket.setTimeout(this.options.timeoutMs ?? 30_000);
    socket.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      if (this.buffer.length > MAX_RESPONSE_BYTES) this.fail(new Pop3Error("POP3 response too large"));
      this.waiter?.();
    });
    socket.on("timeout", () => this.fail(new Pop3Error("POP3 server timed out")));
    socket.on("error", (error) => this.fail(error));
    socket.on("close", () => this.fail(new Pop3Error("POP3 connection closed")));
  }

  private fail(error: Error) {
    this.failure ??= error;
    this.socket.destroy();
    this.waiter?.();
  }

  private async open() {
    const { host, port } = this.options;
    const socket = this.options.secure
      ? tls.connect({ host, port, servername: host, rejectUnauthorized: this.options.rejectUnauthorized })
      : net.connect({ host, port });
    this.attach(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once(this.options.secure ? "secureConnect" : "connect", () => resolve());
      socket.once("error", reject);
    });
    await this.readLine(); // greeting
    if (this.options.startTls && !this.options.secure) {
      await this.command("STLS");
      const plain = this.socket;
      plain.removeAllListeners("data");
      plain.removeAllListeners("close");
      plain.removeAllListeners("timeout");
      const secure = tls.connect({
        socket: plain,
        servername: host,
        rejectUnauthorized: this.options.rejectUnauthorized,
      });
      this.buffer = Buffer.alloc(0);
      this.attach(secure);
      await new Promise<void>((resolve, reject) => {
        secure.once("secureConnect", () => resolve());
        secure.once("error", reject);
      });
    }
    await this.command(`USER ${this.options.user}`);
    await this.command(`PASS ${this.options.password}`, "PASS ****");
  }

  private async waitFor<T>(take: () => T | null): Promise<T> {
    for (;;) {
      const value = take();
      if (value !== null) return value;
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.waiter = resolve));
      this.waiter = null;
    }
  }

  private readLine(): Promise<string> {
    return this.waitFor(() => {
      const end = this.buffer.indexOf("\r\n");
      if (end < 0) return null;
      const line = this.buffer.subarray(0, end).toString("latin1");
      this.buffer = this.buffer.subarray(end + 2);
      if (!line.startsWith("+OK")) throw new Pop3Error(`POP3 server refused: ${line.slice(0, 200)}`);
      return line;
    });
  }

  /** A multi-line body up to the terminating ".": dot-unstuffed, CRLF kept. */
  private readMultiline(): Promise<Buffer> {
    return this.waitFor(() => {
      const body = this.buffer.subarray(0);
      const end = body.indexOf("\r\n.\r\n");
      const emptyEnd = body.subarray(0, 3).toString() === ".\r\n";
      if (end < 0 && !emptyEnd) return null;
      const raw = emptyEnd ? Buffer.alloc(0) : body.subarray(0, end + 2);
      this.buffer = body.subarray(emptyEnd ? 3 : end + 5);
      const lines = raw.toString("latin1").split("\r\n");
      return Buffer.from(lines.map((l) => (l.startsWith("..") ? l.slice(1) : l)).join("\r\n"), "latin1");
    });
  }

  private async command(line: string, _logAs?: string): Promise<string> {
    if (this.failure) throw this.failure;
    if (/[\r\n]/.test(line)) throw new Pop3Error("POP3 arguments cannot contain line breaks");
    this.socket.write(`${line}\r\n`);
    return this.readLine();
  }

  /** Message numbers of this session and their unique ids. */
  async uidl(): Promise<Array<{ number: number; uid: string }>> {
    await this.command("UIDL");
    const body = (await this.readMultiline()).toString("latin1");
    return body
      .split("\r\n")
      .filter(Boolean)
      .map((line) => {
        const [n, uid] = line.split(" ");
        return { number: Number(n), uid: uid ?? "" };
      })
      .filter((m) => Number.isInteger(m.number) && m.uid);
  }

  async retrieve(number: number): Promise<Buffer> {
    await this.command(`RETR ${number}`);
    return this.readMultiline();
  }

  async delete(number: number): Promise<void> {
    await this.command(`DELE ${number}`);
  }

  /** Ends the session; marked deletions are applied by the server now. */
  async quit(): Promise<void> {
    try {
      await this.command("QUIT");
    } finally {
      this.socket.end();
    }
  }

  close(): void {
    this.socket.destroy();
  }
}
