import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { createDepartment, fork, newTicket } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";
import { chatAgent, eventually } from "./testing.js";
import type { ChatAgent } from "./testing.js";

const Start = graphql(`
  mutation ChatLifeStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
        chatNumber
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const Get = graphql(`
  query ChatLifeGet($id: ID!) {
    liveChat(id: $id) {
      status
      endReason
      idleSince
      deletedAt
      ticket {
        id
      }
    }
  }
`);

const Settings = graphql(`
  mutation ChatLifeSettings($input: UpdateLiveChatSettingsInput!) {
    updateLiveChatSettings(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const End = graphql(`
  mutation ChatLifeEnd($input: EndChatInput!) {
    endChat(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Attach = graphql(`
  mutation ChatLifeAttach($input: AttachChatToTicketInput!) {
    attachChatToTicket(input: $input) {
      chat {
        ticket {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Detach = graphql(`
  mutation ChatLifeDetach($input: DetachChatFromTicketInput!) {
    detachChatFromTicket(input: $input) {
      chat {
        ticket {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Delete = graphql(`
  mutation ChatLifeDelete($input: LiveChatIdsInput!) {
    deleteLiveChats(input: $input) {
      chats {
        deletedAt
      }
      userErrors {
        code
      }
    }
  }
`);

const Restore = graphql(`
  mutation ChatLifeRestore($input: LiveChatIdsInput!) {
    restoreLiveChats(input: $input) {
      chats {
        deletedAt
      }
      userErrors {
        code
      }
    }
  }
`);

const Search = graphql(`
  query ChatLifeSearch($input: LiveChatSearchInput!) {
    searchLiveChats(input: $input) {
      id
      chatNumber
    }
  }
`);

const CreateReply = graphql(`
  mutation ChatLifeCreateReply($input: CreateCannedReplyInput!) {
    createCannedReply(input: $input) {
      cannedReply {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Send = graphql(`
  mutation ChatLifeSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) {
      message {
        body
      }
      userErrors {
        code
      }
    }
  }
`);

const Render = graphql(`
  query ChatLifeRender($input: RenderCannedReplyInput!) {
    renderCannedReply(input: $input) {
      html
    }
  }
`);

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;
let dept: { departmentId: string; groupId: string };
let amy: ChatAgent;
let mona: ChatAgent;

beforeAll(async () => {
  t = await startTestServer("chat-lifecycle", { jobsPollMs: 50 });
  admin = await adminSession(t);
  dept = await createDepartment(t, admin.token, "Life");
  amy = await chatAgent(t, admin.token, "Amy", dept.groupId, { max: 10 });
  mona = await chatAgent(t, admin.token, "Mona", dept.groupId, { max: 0, role: "MANAGER" });
}, 60_000);
afterAll(async () => t?.stop());

const start = async (name: string, question = "Hello") =>
  (
    await t.ok(Start, {
      input: { departmentId: dept.departmentId, name, question, email: `${name.toLowerCase()}@example.com` },
    })
  ).startChat;

describe("timers", () => {
  it("marks a silent chat idle, then ends it; abandons a chat nobody takes from the queue", async () => {
    await t.ok(
      Settings,
      { input: { idleAfterSeconds: 1, endIdleAfterSeconds: 2, abandonQueuedAfterSeconds: 1 } },
      admin.token,
    );
    const c = await start("Quiet");
    expect(c.chat!.status).toBe("ACTIVE");
    await eventually(
      async () => Boolean((await t.ok(Get, { id: c.chat!.id }, amy.token)).liveChat.idleSince),
      "idle",
      15_000,
    );
    await eventually(
      async () => (await t.ok(Get, { id: c.chat!.id }, amy.token)).liveChat.status === "ENDED",
      "ended",
      15_000,
    );
    expect((await t.ok(Get, { id: c.chat!.id }, amy.token)).liveChat.endReason).toBe("IDLE");
    const events = await fork(t).execute<Array<{ n: string }>>(
      "select count(*) as n from job where kind = 'chat.timeout' and status = 'PENDING' and key = ?",
      [rawId(c.chat!.id)],
    );
    expect(Number(events[0]!.n)).toBe(0);

    // Queued (Amy is full), never taken: abandoned.
    await fork(t).execute("update account set max_active_live_chats = 0 where id = ?", [amy.id]);
    const q = await start("Waiting");
    expect(q.chat!.status).toBe("QUEUED");
    await eventually(
      async () => (await t.ok(Get, { id: q.chat!.id }, amy.token)).liveChat.status === "ENDED",
      "abandoned",
      15_000,
    );
    expect((await t.ok(Get, { id: q.chat!.id }, amy.token)).liveChat.endReason).toBe("ABANDONED");
    await fork(t).execute("update account set max_active_live_chats = 10 where id = ?", [amy.id]);
    await t.ok(
      Settings,
      { input: { idleAfterSeconds: 300, endIdleAfterSeconds: 1800, abandonQueuedAfterSeconds: 900 } },
      admin.token,
    );
  }, 40_000);
});

describe("tickets, delete and restore, search", () => {
  it("attaches and detaches a ticket; deletes and restores ended chats (managers only); searches by the documented criteria", async () => {
    const c = await start("Carla", "My invoice is wrong");
    const chatId = c.chat!.id;
    const ticket = await newTicket(t, admin.token, dept);
    const attached = await t.ok(Attach, { input: { chatId, ticketId: ticket.globalId } }, amy.token);
    expect(attached.attachChatToTicket.chat!.ticket!.id).toBe(ticket.globalId);
    const detached = await t.ok(Detach, { input: { chatId } }, amy.token);
    expect(detached.detachChatFromTicket.chat!.ticket).toBeNull();
    expect(
      (await t.ok(Detach, { input: { chatId } }, amy.token)).detachChatFromTicket.userErrors[0]!.code,
    ).toBe("NOT_ATTACHED");

    await t.ok(Send, { input: { chatId, body: "The refund code is ZEBRA42" } }, amy.token);
    const byText = await t.ok(Search, { input: { searchString: "zebra42" } }, amy.token);
    expect(byText.searchLiveChats.map((x) => x.id)).toEqual([chatId]);
    expect(
      (await t.ok(Search, { input: { chatNumber: c.chat!.chatNumber } }, amy.token)).searchLiveChats,
    ).toHaveLength(1);
    expect(
      (await t.ok(Search, { input: { customerName: "carl", status: "ACTIVE" } }, amy.token)).searchLiveChats,
    ).toHaveLength(1);
    expect(
      (await t.ok(Search, { input: { email: "carla@", status: "ENDED" } }, amy.token)).searchLiveChats,
    ).toHaveLength(0);
    expect(
      (
        await t.ok(
          Search,
          { input: { agentId: amy.globalId, groupId: dept.groupId, maxResults: 1 } },
          amy.token,
        )
      ).searchLiveChats,
    ).toHaveLength(1);

    const notEnded = await t.ok(Delete, { input: { chatIds: [chatId] } }, mona.token);
    expect(notEnded.deleteLiveChats.userErrors.map((e) => e.code)).toEqual(["CHAT_NOT_ENDED"]);
    await t.ok(End, { input: { chatId } }, amy.token);
    expect(
      (await t.gql(Delete, { input: { chatIds: [chatId] } }, amy.token)).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    const deleted = await t.ok(Delete, { input: { chatIds: [chatId] } }, mona.token);
    expect(deleted.deleteLiveChats.chats![0]!.deletedAt).not.toBeNull();
    expect(
      (await t.ok(Search, { input: { searchString: "zebra42" } }, amy.token)).searchLiveChats,
    ).toHaveLength(0);
    expect(
      (await t.ok(Search, { input: { searchString: "zebra42", searchIn: "DELETED" } }, amy.token))
        .searchLiveChats,
    ).toHaveLength(1);
    const restored = await t.ok(Restore, { input: { chatIds: [chatId] } }, mona.token);
    expect(restored.restoreLiveChats.chats![0]!.deletedAt).toBeNull();
  });
});

describe("canned replies in chats", () => {
  it("sends a CHATS or BOTH reply with the chat's variables, and refuses a tickets-only one", async () => {
    const c = await start("Dora");
    const chatId = c.chat!.id;
    const make = async (type: "CHATS" | "TICKETS", body: string) =>
      (await t.ok(CreateReply, { input: { name: `r-${type}`, body, type } }, amy.token)).createCannedReply
        .cannedReply!.id;
    const chats = await make(
      "CHATS",
      "<p>Hi [%CUSTOMERNAME%], I am [%AGENTNAME%] from [%DEPARTMENT%] &amp; co.</p>",
    );
    const tickets = await make("TICKETS", "Ticket only");
    const sent = await t.ok(Send, { input: { chatId, cannedReplyId: chats } }, amy.token);
    expect(sent.sendChatMessage.message!.body).toBe("Hi Dora, I am Amy from Life & co.");
    const wrong = await t.gql(Send, { input: { chatId, cannedReplyId: tickets } }, amy.token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "WRONG_TYPE" });
    const rendered = await t.ok(Render, { input: { id: chats, chatId } }, amy.token);
    expect(rendered.renderCannedReply.html).toContain("Hi Dora, I am Amy from Life");
    const visitorTry = await t.gql(Send, {
      input: { chatId, cannedReplyId: chats, visitorToken: c.visitorToken },
    });
    expect(visitorTry.data?.sendChatMessage.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
  });
});
