import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { createDepartment } from "../distribution/testing.js";
import { chatAgent, collect, eventually, overWs } from "./testing.js";
import type { ChatAgent } from "./testing.js";

const Start = graphql(`
  mutation ChatMsgStart($input: StartChatInput!) {
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

const Events = graphql(`
  subscription ChatMsgEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {
    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {
      kind
      message {
        seq
        kind
        body
        authorName
        systemEvent
      }
      typing {
        side
        typing
        preview
      }
      read {
        side
        seq
      }
      chat {
        status
        agentName
        surveyUrl
      }
    }
  }
`);

const Send = graphql(`
  mutation ChatMsgSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) {
      message {
        seq
        kind
        body
      }
      userErrors {
        code
      }
    }
  }
`);

const Coach = graphql(`
  mutation ChatMsgCoach($input: SendCoachingMessageInput!) {
    sendCoachingMessage(input: $input) {
      message {
        seq
        kind
        authorName
      }
      userErrors {
        code
      }
    }
  }
`);

const Typing = graphql(`
  mutation ChatMsgTyping($input: SetChatTypingInput!) {
    setChatTyping(input: $input) {
      ok
      userErrors {
        code
      }
    }
  }
`);

const Read = graphql(`
  mutation ChatMsgRead($input: MarkChatReadInput!) {
    markChatRead(input: $input) {
      ok
      userErrors {
        code
      }
    }
  }
`);

const Join = graphql(`
  mutation ChatMsgJoin($input: JoinChatInput!) {
    joinChat(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Transfer = graphql(`
  mutation ChatMsgTransfer($input: TransferChatInput!) {
    transferChat(input: $input) {
      chat {
        status
        agentName
      }
      userErrors {
        code
      }
    }
  }
`);

const End = graphql(`
  mutation ChatMsgEnd($input: EndChatInput!) {
    endChat(input: $input) {
      chat {
        status
        surveyUrl
      }
      userErrors {
        code
      }
    }
  }
`);

const Transcript = graphql(`
  query ChatMsgTranscript($chatId: ID!, $token: String) {
    liveChatTranscript(chatId: $chatId, visitorToken: $token)
  }
`);

const DeptSettings = graphql(`
  mutation ChatMsgDeptSettings($input: UpdateDepartmentChatSettingsInput!) {
    updateDepartmentChatSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

type EventData = {
  chatEvents: {
    kind: string;
    message: { seq: number; kind: string; body: string; systemEvent: string | null } | null;
    typing: { side: string; typing: boolean; preview: string | null } | null;
    read: { side: string; seq: number } | null;
    chat: { status: string; agentName: string | null; surveyUrl: string | null } | null;
  };
};

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;
let dept: { departmentId: string; groupId: string };
let amy: ChatAgent;
let ben: ChatAgent;
let mona: ChatAgent;

beforeAll(async () => {
  t = await startTestServer("chat-messages");
  admin = await adminSession(t);
  dept = await createDepartment(t, admin.token, "Support");
  amy = await chatAgent(t, admin.token, "Amy", dept.groupId, { max: 3 });
  ben = await chatAgent(t, admin.token, "Ben", dept.groupId, { max: 0 });
  mona = await chatAgent(t, admin.token, "Mona", dept.groupId, { max: 0, role: "MANAGER" });
}, 60_000);
afterAll(async () => t?.stop());

const messages = (events: EventData[]) =>
  events.filter((e) => e.chatEvents.kind === "MESSAGE").map((e) => e.chatEvents.message!);

describe("messages, typing and read state over graphql-ws", () => {
  it("delivers both ways in order, with typing previews for agents only and read state", async () => {
    await t.ok(
      DeptSettings,
      { input: { departmentId: dept.departmentId, surveyUrl: "https://example.com/survey" } },
      admin.token,
    );
    const started = (
      await t.ok(Start, { input: { departmentId: dept.departmentId, name: "Vera", question: "My order?" } })
    ).startChat;
    expect(started.chat!.agentName).toBe("Amy");
    const chatId = started.chat!.id;
    const token = started.visitorToken!;
    const visitorWs = t.ws();
    const visitor = collect<EventData>(visitorWs, print(Events), { chatId, visitorToken: token });
    const agent = collect<EventData>(amy.socket, print(Events), { chatId });
    const coach = collect<EventData>(mona.socket, print(Events), { chatId });
    // Subscriptions are live once a first event arrives; typing is not stored, so probe with it.
    await eventually(async () => {
      await t.ok(Typing, { input: { chatId, typing: true } }, amy.token);
      return visitor.events.length > 0 && coach.events.length > 0;
    }, "subscriptions live");
    const agentTyping = visitor.events.find((e) => e.chatEvents.kind === "TYPING")!.chatEvents.typing!;
    expect(agentTyping).toEqual({ side: "AGENT", typing: true, preview: null });

    await overWs(visitorWs, print(Typing), {
      input: { chatId, visitorToken: token, typing: true, preview: "Where is my ord" },
    });
    await eventually(
      () => agent.events.some((e) => e.chatEvents.typing?.side === "CUSTOMER"),
      "agent sees typing",
    );
    expect(
      agent.events.find((e) => e.chatEvents.typing?.side === "CUSTOMER")!.chatEvents.typing!.preview,
    ).toBe("Where is my ord");
    expect(visitor.events.some((e) => e.chatEvents.typing?.side === "CUSTOMER")).toBe(false);

    const bodies = ["one", "two", "three", "four", "five"];
    for (const body of bodies) {
      const sent = await overWs<{ sendChatMessage: { userErrors: unknown[] } }>(visitorWs, print(Send), {
        input: { chatId, visitorToken: token, body },
      });
      expect(sent.data?.sendChatMessage.userErrors).toEqual([]);
    }
    const reply = await overWs<{ sendChatMessage: { message: { seq: number } } }>(amy.socket, print(Send), {
      input: { chatId, body: "Let me check" },
    });
    expect(reply.data?.sendChatMessage.message.seq).toBeGreaterThan(3);
    await eventually(
      () => messages(agent.events).length >= 6 && messages(visitor.events).length >= 6,
      "all delivered",
    );
    for (const stream of [agent.events, visitor.events]) {
      const got = messages(stream);
      expect(got.map((m) => m.body)).toEqual([...bodies, "Let me check"]);
      const seqs = got.map((m) => m.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }

    await overWs(visitorWs, print(Read), {
      input: { chatId, visitorToken: token, seq: reply.data!.sendChatMessage.message.seq },
    });
    await eventually(
      () => agent.events.some((e) => e.chatEvents.read?.side === "CUSTOMER"),
      "agent sees read state",
    );

    // Coaching: the manager whispers, Amy answers in coaching; the visitor receives neither (002 L3466-3486).
    const whisper = await t.ok(Coach, { input: { chatId, body: "Offer the discount" } }, mona.token);
    expect(whisper.sendCoachingMessage.message).toMatchObject({
      kind: "COACHING",
      authorName: "Mona (coaching)",
    });
    await t.ok(Coach, { input: { chatId, body: "Will do" } }, amy.token);
    const coachOnlyRefused = await t.ok(Send, { input: { chatId, body: "Hi from the coach" } }, mona.token);
    expect(coachOnlyRefused.sendChatMessage.userErrors.map((e) => e.code)).toEqual(["NOT_IN_CHAT"]);
    await t.ok(Send, { input: { chatId, body: "Here is 10% off" } }, amy.token);
    await eventually(
      () => messages(visitor.events).some((m) => m.body === "Here is 10% off"),
      "visitor got the reply",
    );
    await eventually(
      () => messages(agent.events).filter((m) => m.kind === "COACHING").length === 2,
      "agent got coaching",
    );
    expect(messages(coach.events).filter((m) => m.kind === "COACHING")).toHaveLength(2);
    expect(messages(visitor.events).some((m) => m.kind === "COACHING")).toBe(false);
    const transcript = (await t.ok(Transcript, { chatId, token })).liveChatTranscript;
    expect(transcript).toContain("Here is 10% off");
    expect(transcript).not.toContain("discount");
    expect((await t.ok(Transcript, { chatId }, amy.token)).liveChatTranscript).toContain(
      "Offer the discount",
    );

    // Co-chat: Ben joins and writes to the customer; the visitor sees him join.
    expect((await t.ok(Join, { input: { chatId, role: "CO_CHAT" } }, ben.token)).joinChat.userErrors).toEqual(
      [],
    );
    expect(
      (await t.ok(Send, { input: { chatId, body: "Ben here too" } }, ben.token)).sendChatMessage.userErrors,
    ).toEqual([]);
    await eventually(
      () => messages(visitor.events).some((m) => m.body === "Ben here too"),
      "co-chat message",
    );
    expect(messages(visitor.events).some((m) => m.systemEvent === "JOINED" && m.body.startsWith("Ben"))).toBe(
      true,
    );

    // Transfer to Ben: he owns it now.
    const moved = await t.ok(
      Transfer,
      { input: { chatId, agentId: ben.globalId, comment: "billing" } },
      amy.token,
    );
    expect(moved.transferChat.chat).toMatchObject({ status: "ACTIVE", agentName: "Ben" });
    await eventually(
      () => messages(visitor.events).some((m) => m.systemEvent === "TRANSFERRED"),
      "transfer message",
    );

    // Ending: the visitor sees ENDED and the survey; a message after the end is refused.
    const ended = await overWs<{ endChat: { chat: { status: string; surveyUrl: string | null } } }>(
      ben.socket,
      print(End),
      { input: { chatId } },
    );
    expect(ended.data?.endChat.chat).toEqual({ status: "ENDED", surveyUrl: "https://example.com/survey" });
    await eventually(
      () => visitor.events.some((e) => e.chatEvents.chat?.status === "ENDED"),
      "visitor sees the end",
    );
    expect(messages(visitor.events).at(-1)!.systemEvent).toBe("ENDED");
    const late = await overWs<{ sendChatMessage: { userErrors: Array<{ code: string }> } }>(
      visitorWs,
      print(Send),
      { input: { chatId, visitorToken: token, body: "still there?" } },
    );
    expect(late.data?.sendChatMessage.userErrors.map((e) => e.code)).toEqual(["CHAT_ENDED"]);
    visitor.dispose();
    agent.dispose();
    coach.dispose();
  }, 60_000);

  it("transfers to a group: automatic assignment there, else its queue", async () => {
    const other = await createDepartment(t, admin.token, "Billing");
    const bill = await chatAgent(t, admin.token, "Bill", other.groupId, { max: 1 });
    const started = (
      await t.ok(Start, { input: { departmentId: dept.departmentId, name: "Gus", question: "Invoice" } })
    ).startChat;
    const moved = await t.ok(
      Transfer,
      { input: { chatId: started.chat!.id, departmentId: other.departmentId } },
      amy.token,
    );
    expect(moved.transferChat.chat).toMatchObject({ status: "ACTIVE", agentName: "Bill" });
    const again = (
      await t.ok(Start, { input: { departmentId: dept.departmentId, name: "Hal", question: "Invoice 2" } })
    ).startChat;
    const refused = await t.ok(
      Transfer,
      { input: { chatId: again.chat!.id, agentId: amy.globalId, groupId: other.groupId } },
      amy.token,
    );
    expect(refused.transferChat.userErrors.map((e) => e.code)).toEqual(["NOT_GROUP_MEMBER"]);
    const queued = await t.ok(
      Transfer,
      { input: { chatId: again.chat!.id, groupId: other.groupId } },
      amy.token,
    );
    expect(queued.transferChat.chat).toMatchObject({ status: "QUEUED", agentName: null });
    // The chat left Amy's groups: she no longer sees it.
    const gone = await t.gql(
      Transfer,
      { input: { chatId: again.chat!.id, groupId: dept.groupId } },
      amy.token,
    );
    expect(gone.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(bill.id).toBeTruthy();
  });
});
