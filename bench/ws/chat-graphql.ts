import { print } from "graphql";
import { graphql } from "../../src/core/testing/gql/index.js";
import { mapLimit } from "../lib/gql.js";
import { sleep, summarize } from "../lib/stats.js";
import { BenchSetActiveGroups } from "../tickets/operations.js";
import { gql } from "../lib/gql.js";
import { GqlWsClient, connectMany } from "./client.js";

/* (c) Visitor -> agent message latency with `chats` concurrent live chats over graphql-ws. */
const START = print(
  graphql(`
    mutation BenchChatStart($input: StartChatInput!) {
      startChat(input: $input) {
        chat {
          id
          status
          agent {
            id
          }
        }
        visitorToken
        userErrors {
          code
          message
        }
      }
    }
  `),
);
const TAKE = print(
  graphql(`
    mutation BenchChatTake($input: TakeChatInput!) {
      takeChat(input: $input) {
        userErrors {
          code
          message
        }
      }
    }
  `),
);
const SEND = print(
  graphql(`
    mutation BenchChatSend($input: SendChatMessageInput!) {
      sendChatMessage(input: $input) {
        userErrors {
          code
          message
        }
      }
    }
  `),
);
const EVENTS = print(
  graphql(`
    subscription BenchChatEvents($chatId: ID!, $visitorToken: String) {
      chatEvents(chatId: $chatId, visitorToken: $visitorToken) {
        kind
        message {
          body
          seq
        }
      }
    }
  `),
);

interface Started {
  chat: { id: string; status: string; agent: { id: string } | null } | null;
  visitorToken: string | null;
  userErrors: Array<{ code: string; message: string }>;
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

export interface ChatAgent {
  id: string;
  token: string;
}

export async function chatGraphql(options: {
  graphqlUrl: string;
  wsUrl: string;
  adminToken: string;
  departmentId: string;
  agents: ChatAgent[];
  chats: number;
  messages: number;
  intervalMs: number;
  cpuMs: () => number;
}) {
  const { graphqlUrl, wsUrl } = options;
  // Agents online (a live socket each) and active for chats in their groups.
  const agentSockets = new Map<string, GqlWsClient>();
  for (const agent of options.agents) {
    agentSockets.set(agent.id, await GqlWsClient.connect(wsUrl, agent.token));
    await gql(
      graphqlUrl,
      BenchSetActiveGroups,
      { input: { employeeId: agent.id, allChats: true } },
      options.adminToken,
    );
  }
  await sleep(1000);
  const refused: string[] = [];
  const started = await mapLimit(
    Array.from({ length: options.chats }, (_, i) => i),
    8,
    async (i) => {
      const data = await post<{ startChat: Started }>(graphqlUrl, START, {
        input: { departmentId: options.departmentId, name: `Visitor ${i}`, question: `Question ${i}` },
      });
      const r = data.startChat;
      if (!r.chat || !r.visitorToken) {
        refused.push(JSON.stringify(r.userErrors));
        return null;
      }
      let agentId = r.chat.agent?.id ?? null;
      if (!agentId) {
        const agent = options.agents[i % options.agents.length]!;
        await post(graphqlUrl, TAKE, { input: { chatId: r.chat.id } }, agent.token);
        agentId = agent.id;
      }
      return { chatId: r.chat.id, visitorToken: r.visitorToken, agentId };
    },
  );
  const chats = started.filter((c): c is NonNullable<typeof c> => c !== null);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  chats.forEach((chat, i) =>
    agentSockets.get(chat.agentId)!.subscribe(`chat-${i}`, EVENTS, { chatId: chat.chatId }, (payload) => {
      const body = (payload as { data?: { chatEvents?: { message?: { body: string } | null } } }).data
        ?.chatEvents?.message?.body;
      const t0 = body ? sentAt.get(body) : undefined;
      if (t0 !== undefined) {
        latencies.push(performance.now() - t0);
        sentAt.delete(body!);
      }
    }),
  );
  const visitors = await connectMany(chats.length, 50, async (i) => {
    const client = await GqlWsClient.connect(wsUrl);
    const chat = chats[i]!;
    client.subscribe("events", EVENTS, { chatId: chat.chatId, visitorToken: chat.visitorToken }, () => {});
    return client;
  });
  await sleep(1000);
  let sendErrors = 0;
  const cpu0 = options.cpuMs();
  const t0 = performance.now();
  await Promise.all(
    visitors.map(async (client, i) => {
      await sleep((i / visitors.length) * options.intervalMs);
      const chat = chats[i]!;
      for (let m = 0; m < options.messages; m++) {
        const body = `bench ${i}-${m}`;
        sentAt.set(body, performance.now());
        const result = (await client.request(`send-${m}`, SEND, {
          input: { chatId: chat.chatId, body, visitorToken: chat.visitorToken },
        })) as { errors?: unknown[]; data?: { sendChatMessage: { userErrors: unknown[] } } };
        if (result.errors?.length || result.data?.sendChatMessage.userErrors.length) sendErrors++;
        await sleep(options.intervalMs);
      }
    }),
  );
  const expected = chats.length * options.messages;
  const deadline = Date.now() + 15_000;
  while (latencies.length < expected - sendErrors && Date.now() < deadline) await sleep(50);
  const seconds = (performance.now() - t0) / 1000;
  const cpuUsed = options.cpuMs() - cpu0;
  for (const c of [...visitors, ...agentSockets.values()]) c.close();
  return {
    chats: chats.length,
    refused,
    messagesPerChat: options.messages,
    intervalMs: options.intervalMs,
    sendErrors,
    delivered: latencies.length,
    missing: expected - latencies.length,
    messagesPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarize(latencies),
    serverCpuMsPerMessage: Math.round((cpuUsed / (latencies.length || 1)) * 100) / 100,
  };
}
