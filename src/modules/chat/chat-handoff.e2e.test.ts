import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { createDepartment, fork } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";
import { chatAgent, collect, eventually, overWs, waitOnline } from "./testing.js";

/*
 * Hand-off - no follow-up response and - agent disconnected (002 L7378-7379; seed-E §3.5), through the real
 * durable chat timer, over graphql-ws. Each test has a department of its own so the agents who may receive
 * its chats are known.
 */

const Start = graphql(`
  mutation ChatHandStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
        agentName
      }
      userErrors {
        code
      }
    }
  }
`);

const Get = graphql(`
  query ChatHandGet($id: ID!) {
    liveChat(id: $id) {
      agentName
      status
    }
  }
`);

const Settings = graphql(`
  mutation ChatHandSettings($input: UpdateLiveChatSettingsInput!) {
    updateLiveChatSettings(input: $input) {
      settings {
        handOffNoFollowUpSeconds
        handOffAgentDisconnectedSeconds
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Send = graphql(`
  mutation ChatHandSend($input: SendChatMessageInput!) {
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

const Typing = graphql(`
  mutation ChatHandTyping($input: SetChatTypingInput!) {
    setChatTyping(input: $input) {
      ok
    }
  }
`);

const Events = graphql(`
  subscription ChatHandEvents($chatId: ID!, $visitorToken: String) {
    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {
      kind
      message {
        systemEvent
        body
      }
      chat {
        agentName
      }
    }
  }
`);

type EventData = {
  chatEvents: {
    kind: string;
    message: { systemEvent: string | null; body: string } | null;
    chat: { agentName: string | null } | null;
  };
};

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;

beforeAll(async () => {
  t = await startTestServer("chat-handoff", { jobsPollMs: 50, presenceGraceMs: 300 });
  admin = await adminSession(t);
}, 60_000);
afterAll(async () => t?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const owner = async (chatId: string) => (await t.ok(Get, { id: chatId }, admin.token)).liveChat.agentName;
const transferNotes = async (chatId: string) =>
  (
    await fork(t).execute<Array<{ body: string }>>(
      "select body from chat_message where chat_id = ? and system_event = 'TRANSFERRED' order by seq",
      [rawId(chatId)],
    )
  ).map((r) => r.body);

describe("settings", () => {
  it("stores both hand-off times and refuses out-of-range values", async () => {
    const bad = await t.ok(Settings, { input: { handOffNoFollowUpSeconds: -1 } }, admin.token);
    expect(bad.updateLiveChatSettings.userErrors).toEqual([
      { code: "INVALID", field: ["input", "handOffNoFollowUpSeconds"] },
    ]);
    const off = await t.ok(
      Settings,
      { input: { handOffNoFollowUpSeconds: 0, handOffAgentDisconnectedSeconds: 0 } },
      admin.token,
    );
    expect(off.updateLiveChatSettings.settings).toEqual({
      handOffNoFollowUpSeconds: null,
      handOffAgentDisconnectedSeconds: null,
    });
  });
});

describe("Hand-off - no follow-up response", () => {
  it("hands the chat on when a customer message waits unanswered; a reply or the owner typing holds it", async () => {
    const dept = await createDepartment(t, admin.token, "FollowUp");
    const fay = await chatAgent(t, admin.token, "Fay", dept.groupId, { max: 5 });
    const started = (
      await t.ok(Start, { input: { departmentId: dept.departmentId, name: "Rita", question: "Hi" } })
    ).startChat;
    expect(started.chat!.agentName).toBe("Fay");
    const chatId = started.chat!.id;
    const visitorToken = started.visitorToken!;
    await chatAgent(t, admin.token, "Gus", dept.groupId, { max: 5 });
    await t.ok(Settings, { input: { handOffNoFollowUpSeconds: 3 } }, admin.token);

    // Before the owner's first answer this rule does not apply (that is "no initial response", off here).
    await t.ok(Send, { input: { chatId, visitorToken, body: "Anyone?" } });
    await sleep(3500);
    expect(await owner(chatId)).toBe("Fay");

    const visitorWs = t.ws();
    const visitor = collect<EventData>(visitorWs, print(Events), { chatId, visitorToken });
    await t.ok(Send, { input: { chatId, body: "Hello Rita" } }, fay.token);
    await eventually(() => visitor.events.length > 0, "visitor subscribed");

    // A reply in time keeps the chat.
    await overWs(visitorWs, print(Send), { input: { chatId, visitorToken, body: "My order is late" } });
    await sleep(1500);
    await t.ok(Send, { input: { chatId, body: "Let me look" } }, fay.token);
    await sleep(2500);
    expect(await owner(chatId)).toBe("Fay");

    // Typing counts as activity: the wait restarts from the owner's typing.
    await overWs(visitorWs, print(Send), { input: { chatId, visitorToken, body: "Any news?" } });
    await sleep(2000);
    await t.ok(Typing, { input: { chatId, typing: true } }, fay.token);
    await sleep(2000);
    expect(await owner(chatId)).toBe("Fay");

    // Then silence: handed to Gus, and the customer hears of it over graphql-ws.
    await eventually(async () => (await owner(chatId)) === "Gus", "handed to Gus", 15_000);
    await t.ok(Settings, { input: { handOffNoFollowUpSeconds: 0 } }, admin.token);
    expect(await transferNotes(chatId)).toEqual(["Fay did not reply; the chat was handed on."]);
    await eventually(
      () => visitor.events.some((e) => e.chatEvents.message?.systemEvent === "TRANSFERRED"),
      "visitor told",
    );
    // chat.transferred reached the domain-event consumers (their jobs carry the event).
    const [event] = await fork(t).execute<Array<{ data: { reason: string; previousAgentId: string } }>>(
      `select payload->'data' as data from job where kind like 'domainEvent:%'
         and payload->>'type' = 'chat.transferred' and payload->'subject'->>'id' = ? limit 1`,
      [rawId(chatId)],
    );
    expect(event!.data).toMatchObject({ reason: "NO_FOLLOW_UP_RESPONSE", previousAgentId: fay.id });
  }, 60_000);
});

describe("Hand-off - agent disconnected", () => {
  it("hands the chats of an agent whose last socket closed on after the grace period and the set time", async () => {
    const dept = await createDepartment(t, admin.token, "Disconnect");
    const dora = await chatAgent(t, admin.token, "Dora", dept.groupId, { max: 5 });
    const started = (
      await t.ok(Start, { input: { departmentId: dept.departmentId, name: "Sam", question: "Help" } })
    ).startChat;
    expect(started.chat!.agentName).toBe("Dora");
    const chatId = started.chat!.id;
    const visitor = collect<EventData>(t.ws(), print(Events), {
      chatId,
      visitorToken: started.visitorToken,
    });
    await t.ok(Send, { input: { chatId, body: "Hi Sam" } }, dora.token);
    await eventually(() => visitor.events.length > 0, "visitor subscribed");
    const eve = await chatAgent(t, admin.token, "Eve", dept.groupId, { max: 5 });
    await t.ok(Settings, { input: { handOffAgentDisconnectedSeconds: 2 } }, admin.token);

    // Dora's only connection drops: offline after the grace period, and a durable timer is armed.
    await dora.socket.dispose();
    await waitOnline(t, dora.id, false);
    const [timer] = await fork(t).execute<Array<{ run_at: string }>>(
      "select run_at from job where kind = 'chat.timeout' and key = ? and status = 'PENDING'",
      [rawId(chatId)],
    );
    expect(new Date(timer!.run_at).getTime()).toBeLessThanOrEqual(Date.now() + 2500);
    expect(await owner(chatId)).toBe("Dora");

    await eventually(async () => (await owner(chatId)) === "Eve", "handed to Eve", 15_000);
    expect(await transferNotes(chatId)).toEqual(["Dora disconnected; the chat was handed on."]);
    await eventually(
      () => visitor.events.some((e) => e.chatEvents.chat?.agentName === "Eve"),
      "visitor sees the new agent",
    );

    // An agent who comes back before the time keeps the chat.
    await t.ok(Settings, { input: { handOffAgentDisconnectedSeconds: 3 } }, admin.token);
    await eve.socket.dispose();
    await waitOnline(t, eve.id, false);
    const back = t.ws(eve.token, { lazy: false });
    await waitOnline(t, eve.id, true);
    await sleep(4000);
    expect(await owner(chatId)).toBe("Eve");
    await t.ok(Settings, { input: { handOffAgentDisconnectedSeconds: 0 } }, admin.token);
    await back.dispose();
  }, 60_000);
});
