import WebSocket from "ws";
import { sleep, summarize } from "../lib/stats.js";
import { connectMany } from "./client.js";

interface IntrospectionField {
  name: string;
}

/** Whether the live chat API (startChat, sendChatMessage, chatEvents) is in the schema yet. */
export async function chatApiPresent(graphqlUrl: string, token: string): Promise<string[]> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `{ m: __type(name: "Mutation") { fields { name } } s: __type(name: "Subscription") { fields { name } } }`,
    }),
  });
  const body = (await response.json()) as {
    data: { m: { fields: IntrospectionField[] }; s: { fields: IntrospectionField[] } };
  };
  const names = new Set([...body.data.m.fields, ...body.data.s.fields].map((f) => f.name));
  return ["startChat", "sendChatMessage", "chatEvents"].filter((n) => !names.has(n));
}

/**
 * The raw baseline of (c): `chats` pairs of sockets on a bare `ws` server; each visitor socket sends
 * `messages` messages, one every `intervalMs`, relayed to its agent socket. Latency = send to receipt.
 */
export async function chatRaw(
  rawUrl: string,
  chats: number,
  messages: number,
  intervalMs: number,
  cpuMs: () => number,
) {
  const wsUrl = rawUrl.replace(/^http/, "ws");
  const latencies: number[] = [];
  const open = (id: string) =>
    new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(`${wsUrl}/?id=${id}`);
      socket.once("open", () => resolve(socket));
      socket.once("error", reject);
    });
  const agents = await connectMany(chats, 100, async (i) => {
    const socket = await open(`agent-${i}`);
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { sentAt: number };
      latencies.push(performance.now() - message.sentAt);
    });
    return socket;
  });
  const visitors = await connectMany(chats, 100, (i) => open(`visitor-${i}`));
  try {
    const cpu0 = cpuMs();
    const started = performance.now();
    await Promise.all(
      visitors.map(async (socket, i) => {
        await sleep((i / chats) * intervalMs); // spread the chats over the interval
        for (let m = 0; m < messages; m++) {
          socket.send(JSON.stringify({ to: `agent-${i}`, sentAt: performance.now(), text: `message ${m}` }));
          await sleep(intervalMs);
        }
      }),
    );
    const deadline = Date.now() + 10_000;
    while (latencies.length < chats * messages && Date.now() < deadline) await sleep(50);
    return {
      chats,
      messagesPerChat: messages,
      intervalMs,
      delivered: latencies.length,
      missing: chats * messages - latencies.length,
      messagesPerSecond: Math.round((latencies.length / ((performance.now() - started) / 1000)) * 10) / 10,
      latencyMs: summarize(latencies),
      serverCpuMsPerMessage: Math.round(((cpuMs() - cpu0) / (latencies.length || 1)) * 100) / 100,
    };
  } finally {
    for (const s of [...agents, ...visitors]) s.terminate();
  }
}
