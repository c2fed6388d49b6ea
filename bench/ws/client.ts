import WebSocket from "ws";

/**
 * A minimal graphql-transport-ws client (the graphql-ws protocol) on a bare `ws` socket: thousands of them
 * fit in one process, and the client adds nothing but JSON framing to what is measured.
 */
export class GqlWsClient {
  private readonly handlers = new Map<string, (payload: unknown) => void>();
  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: unknown };
      if (message.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
      else if (message.type === "next" && message.id) this.handlers.get(message.id)?.(message.payload);
      else if (message.type === "error") console.error("subscription error", JSON.stringify(message.payload));
    });
  }

  /** Opens the socket, sends connection_init (with the token, if any) and waits for connection_ack. */
  static connect(url: string, token?: string, timeoutMs = 30_000): Promise<GqlWsClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, "graphql-transport-ws");
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error("connection_ack timeout"));
      }, timeoutMs);
      socket.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.once("close", (code) => {
        clearTimeout(timer);
        reject(new Error(`closed with ${code} before connection_ack`));
      });
      socket.once("open", () =>
        socket.send(
          JSON.stringify({
            type: "connection_init",
            payload: token ? { authorization: `Bearer ${token}` } : {},
          }),
        ),
      );
      const client = new GqlWsClient(socket);
      socket.on("message", function ack(data) {
        if ((JSON.parse(String(data)) as { type: string }).type !== "connection_ack") return;
        socket.off("message", ack);
        socket.removeAllListeners("close");
        clearTimeout(timer);
        resolve(client);
      });
    });
  }

  subscribe(
    id: string,
    query: string,
    variables: Record<string, unknown>,
    onNext: (payload: unknown) => void,
  ) {
    this.handlers.set(id, onNext);
    this.socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
  }

  /** Runs a query or mutation over the socket (graphql-ws carries those too) and resolves with its result. */
  request(id: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve) => {
      this.handlers.set(id, (payload) => {
        this.handlers.delete(id);
        resolve(payload);
      });
      this.socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
    });
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Opens `count` connections `batch` at a time (a burst of thousands at once overflows the accept queue). */
export async function connectMany<T>(count: number, batch: number, open: (i: number) => Promise<T>) {
  const out: T[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, k) => open(start + k)))));
  }
  return out;
}
