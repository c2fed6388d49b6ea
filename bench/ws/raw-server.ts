import http from "node:http";
import { WebSocketServer } from "ws";
import type WebSocket from "ws";

/**
 * The raw `ws` baseline: a bare WebSocket server with no GraphQL, no auth and no database.
 *   POST /publish  broadcasts the request body to every socket (fan-out baseline)
 *   ws ?id=<name>  registers the socket; a message {"to": name, ...} is relayed to that socket (chat baseline)
 *   idle sockets   simply stay open (memory baseline)
 * Its own process, so its RSS compares with the server's.
 */
const sockets = new Set<WebSocket>();
const named = new Map<string, WebSocket>();

const server = http.createServer((req, res) => {
  if (req.url === "/healthz") {
    res.writeHead(200).end("ok");
    return;
  }
  if (req.url === "/publish" && req.method === "POST") {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      for (const socket of sockets) socket.send(body);
      res.writeHead(200).end(String(sockets.size));
    });
    return;
  }
  res.writeHead(404).end();
});

const wss = new WebSocketServer({ server });
wss.on("connection", (socket, req) => {
  sockets.add(socket);
  const id = new URL(req.url ?? "/", "http://127.0.0.1").searchParams.get("id");
  if (id) named.set(id, socket);
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { to?: string };
    if (message.to) named.get(message.to)?.send(String(data));
  });
  socket.on("close", () => {
    sockets.delete(socket);
    if (id && named.get(id) === socket) named.delete(id);
  });
});

server.listen(Number(process.env.PORT ?? 4641), "127.0.0.1");
const stop = () => {
  for (const socket of sockets) socket.terminate();
  server.close(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
