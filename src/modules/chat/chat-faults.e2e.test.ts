import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { createDepartment, fork } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";
import { chatAgent, collect, eventually, overWs } from "./testing.js";
import type { ChatAgent } from "./testing.js";

const Start = graphql(`
  mutation ChatFaultStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const Events = graphql(`
  subscription ChatFaultEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {
    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {
      kind
      message {
        seq
        body
      }
    }
  }
`);

const Send = graphql(`
  mutation ChatFaultSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) {
      message {
        seq
      }
      userErrors {
        code
      }
    }
  }
`);

const Settings = graphql(`
  mutation ChatFaultSettings($input: UpdateLiveChatSettingsInput!) {
    updateLiveChatSettings(input: $input) {
      settings {
        maxMessageLength
        rateLimitMessages
      }
      userErrors {
        code
        field
      }
    }
  }
`);

type EventData = { chatEvents: { kind: string; message: { seq: number; body: string } | null } };
type SendData = { sendChatMessage: { message: { seq: number } | null; userErrors: Array<{ code: string }> } };

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;
let dept: { departmentId: string; groupId: string };
let amy: ChatAgent;

beforeAll(async () => {
  t = await startTestServer("chat-faults");
  admin = await adminSession(t);
  dept = await createDepartment(t, admin.token, "Faults");
  amy = await chatAgent(t, admin.token, "Amy", dept.groupId, { max: 20 });
}, 60_000);
afterAll(async () => t?.stop());

async function newChat(name: string) {
  const r = (await t.ok(Start, { input: { departmentId: dept.departmentId, name, question: "Hello" } }))
    .startChat;
  return { chatId: r.chat!.id, token: r.visitorToken! };
}

async function storedSeqs(chatId: string): Promise<number[]> {
  const rows = await fork(t).execute<Array<{ seq: number }>>(
    "select seq from chat_message where chat_id = ? order by seq",
    [rawId(chatId)],
  );
  return rows.map((r) => r.seq);
}

const messages = (events: EventData[]) =>
  events.filter((e) => e.chatEvents.kind === "MESSAGE").map((e) => e.chatEvents.message!);

describe("bad input and faults over graphql-ws", () => {
  it("refuses another chat's visitor token for subscribing and sending, and delivers nothing across", async () => {
    const a = await newChat("Alice");
    const b = await newChat("Bob");
    const ws = t.ws();
    const snoop = collect<EventData>(ws, print(Events), { chatId: a.chatId, visitorToken: b.token });
    await eventually(() => snoop.errors.length > 0, "subscription refused");
    expect(JSON.stringify(snoop.errors)).toContain("FORBIDDEN");
    const own = collect<EventData>(ws, print(Events), { chatId: b.chatId, visitorToken: b.token });
    const sent = await overWs<SendData>(ws, print(Send), {
      input: { chatId: a.chatId, visitorToken: b.token, body: "hijack" },
    });
    expect(sent.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await overWs<SendData>(amy.socket, print(Send), { input: { chatId: a.chatId, body: "for Alice only" } });
    await overWs<SendData>(amy.socket, print(Send), { input: { chatId: b.chatId, body: "for Bob" } });
    await eventually(() => messages(own.events).some((m) => m.body === "for Bob"), "Bob's message");
    expect(messages(own.events).some((m) => m.body === "for Alice only")).toBe(false);
    expect(await storedSeqs(a.chatId)).toHaveLength(3); // question, joined, Amy's message: no hijack
    own.dispose();
  });

  it("refuses oversize messages with MESSAGE_TOO_LONG and stores nothing", async () => {
    const bad = await t.ok(Settings, { input: { maxMessageLength: 0 } }, admin.token);
    expect(bad.updateLiveChatSettings.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
    const set = await t.ok(Settings, { input: { maxMessageLength: 20 } }, admin.token);
    expect(set.updateLiveChatSettings.settings!.maxMessageLength).toBe(20);
    const c = await newChat("Long");
    const ws = t.ws();
    const before = await storedSeqs(c.chatId);
    const long = await overWs<SendData>(ws, print(Send), {
      input: { chatId: c.chatId, visitorToken: c.token, body: "x".repeat(21) },
    });
    expect(long.data?.sendChatMessage.userErrors.map((e) => e.code)).toEqual(["MESSAGE_TOO_LONG"]);
    const empty = await overWs<SendData>(ws, print(Send), {
      input: { chatId: c.chatId, visitorToken: c.token, body: "   " },
    });
    expect(empty.data?.sendChatMessage.userErrors.map((e) => e.code)).toEqual(["EMPTY_MESSAGE"]);
    const fits = await overWs<SendData>(ws, print(Send), {
      input: { chatId: c.chatId, visitorToken: c.token, body: "x".repeat(20) },
    });
    expect(fits.data?.sendChatMessage.userErrors).toEqual([]);
    expect(await storedSeqs(c.chatId)).toEqual([...before, before.length + 1]);
    await t.ok(Settings, { input: { maxMessageLength: 4000 } }, admin.token);
  });

  it("limits floods per visitor with RATE_LIMITED, across connections", async () => {
    await t.ok(Settings, { input: { rateLimitMessages: 3, rateLimitWindowSeconds: 60 } }, admin.token);
    const c = await newChat("Flood");
    const first = t.ws();
    const results: SendData[] = [];
    const codes: Array<unknown> = [];
    for (let i = 0; i < 4; i++) {
      const r = await overWs<SendData>(first, print(Send), {
        input: { chatId: c.chatId, visitorToken: c.token, body: `m${i}` },
      });
      if (r.data) results.push(r.data);
      codes.push(r.errors?.[0]?.extensions?.code ?? "OK");
    }
    expect(codes).toEqual(["OK", "OK", "OK", "RATE_LIMITED"]);
    // A second socket of the same visitor shares the limit.
    const second = await overWs<SendData>(t.ws(), print(Send), {
      input: { chatId: c.chatId, visitorToken: c.token, body: "again" },
    });
    expect(second.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(second.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await storedSeqs(c.chatId)).length).toBe(2 + 3);
    // Other senders are not affected.
    const agent = await overWs<SendData>(amy.socket, print(Send), {
      input: { chatId: c.chatId, body: "hi" },
    });
    expect(agent.data?.sendChatMessage.userErrors).toEqual([]);
    await t.ok(Settings, { input: { rateLimitMessages: 1000, rateLimitWindowSeconds: 10 } }, admin.token);
  });

  it("loses nothing when a socket drops: messages are stored first and a reconnect catches up by sequence", async () => {
    const c = await newChat("Dropper");
    const agentView = collect<EventData>(amy.socket, print(Events), { chatId: c.chatId });
    const ws1 = t.ws();
    const live = collect<EventData>(ws1, print(Events), { chatId: c.chatId, visitorToken: c.token });
    await eventually(async () => {
      await overWs<SendData>(amy.socket, print(Send), { input: { chatId: c.chatId, body: "ping" } });
      return messages(live.events).length > 0;
    }, "visitor subscription live");
    const lastSeen = Math.max(...messages(live.events).map((m) => m.seq));
    // The visitor sends and the socket dies at once, mid-operation.
    ws1.subscribe(
      {
        query: print(Send),
        variables: { input: { chatId: c.chatId, visitorToken: c.token, body: "sent as it dropped" } },
      },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
    ws1.terminate();
    for (const body of ["while away 1", "while away 2", "while away 3"])
      await overWs<SendData>(amy.socket, print(Send), { input: { chatId: c.chatId, body } });
    // Whatever was stored is gap-free, and the agent's stream has all of it in order.
    const stored = await storedSeqs(c.chatId);
    expect(stored).toEqual(stored.map((_, i) => i + 1));
    await eventually(
      () => Math.max(...messages(agentView.events).map((m) => m.seq), 0) === stored.at(-1),
      "agent has all",
    );
    expect(messages(agentView.events).map((m) => m.seq)).toEqual(
      stored.filter((s) => s > stored[0]!).slice(-messages(agentView.events).length),
    );

    const ws2 = t.ws();
    const resumed = collect<EventData>(ws2, print(Events), {
      chatId: c.chatId,
      visitorToken: c.token,
      afterSeq: lastSeen,
    });
    await eventually(() => messages(resumed.events).some((m) => m.body === "while away 3"), "caught up");
    const got = messages(resumed.events).map((m) => m.seq);
    expect(got).toEqual(stored.filter((s) => s > lastSeen));
    await overWs<SendData>(amy.socket, print(Send), { input: { chatId: c.chatId, body: "live again" } });
    await eventually(
      () => messages(resumed.events).some((m) => m.body === "live again"),
      "live after catch-up",
    );
    const all = messages(resumed.events).map((m) => m.seq);
    expect(all).toEqual([...new Set(all)].sort((a, b) => a - b));
    agentView.dispose();
    resumed.dispose();
  });
});

describe("the visitor token in graphql-ws connectionParams", () => {
  it("acts as that visitor on its own chat, refuses another's chat and resumes after a reconnect", async () => {
    const a = await newChat("Carla");
    const b = await newChat("Dan");
    const ws = t.ws(undefined, { connectionParams: { visitorToken: a.token } });
    // No visitorToken argument: the connection's token is the caller.
    const own = collect<EventData>(ws, print(Events), { chatId: a.chatId });
    const sent = await overWs<SendData>(ws, print(Send), { input: { chatId: a.chatId, body: "from Carla" } });
    expect(sent.data?.sendChatMessage.userErrors).toEqual([]);
    await eventually(() => messages(own.events).some((m) => m.body === "from Carla"), "own message");

    // Another visitor's chat, over the same connection: refused, nothing stored, nothing delivered.
    const snoop = collect<EventData>(ws, print(Events), { chatId: b.chatId });
    await eventually(() => snoop.errors.length > 0, "subscription refused");
    expect(JSON.stringify(snoop.errors)).toContain("FORBIDDEN");
    const hijack = await overWs<SendData>(ws, print(Send), { input: { chatId: b.chatId, body: "hijack" } });
    expect(hijack.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await storedSeqs(b.chatId)).toHaveLength(2); // question, joined
    own.dispose();
    await ws.dispose();

    // The socket is gone; Amy writes meanwhile; a new connection with the token resumes after the last seq.
    const last = messages(own.events).at(-1)!.seq;
    await overWs<SendData>(amy.socket, print(Send), { input: { chatId: a.chatId, body: "while away" } });
    const again = t.ws(undefined, { connectionParams: { visitorToken: a.token } });
    const resumed = collect<EventData>(again, print(Events), { chatId: a.chatId, afterSeq: last });
    await eventually(() => messages(resumed.events).some((m) => m.body === "while away"), "caught up");
    expect(messages(resumed.events).map((m) => m.seq)[0]).toBe(last + 1);
    resumed.dispose();
  });

  it("refuses the connection for a token we never issued", async () => {
    let closedWith: number | null = null;
    const ws = t.ws(undefined, {
      connectionParams: { visitorToken: "dgv_not-a-real-token" },
      onClose: (code) => {
        closedWith = code;
      },
    });
    const sub = collect<EventData>(ws, print(Events), { chatId: (await newChat("Eli")).chatId });
    await eventually(() => closedWith !== null, "connection closed");
    expect(closedWith).toBe(4403);
    expect(sub.events).toEqual([]);
  });
});
