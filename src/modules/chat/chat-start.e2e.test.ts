import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { createDepartment, fork } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";
import { chatAgent, chatCounts } from "./testing.js";

const Start = graphql(`
  mutation ChatStartStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
        chatNumber
        status
        agentName
        queuePosition
        waitingMessage
        customerName
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

const Availability = graphql(`
  query ChatStartAvailability($departmentId: ID!) {
    liveChatAvailability(departmentId: $departmentId, groupId: null) {
      online
      reason
    }
  }
`);

const Leave = graphql(`
  mutation ChatStartLeave($input: LeaveChatMessageInput!) {
    leaveChatMessage(input: $input) {
      ticketNumber
      userErrors {
        code
      }
    }
  }
`);

const Get = graphql(`
  query ChatStartGet($id: ID!, $token: String) {
    liveChat(id: $id, visitorToken: $token) {
      id
      status
      agent {
        id
      }
    }
  }
`);

const Messages = graphql(`
  query ChatStartMessages($id: ID!, $token: String) {
    chatMessages(chatId: $id, afterSeq: 0, first: 50, visitorToken: $token) {
      seq
      kind
      body
      authorName
    }
  }
`);

const End = graphql(`
  mutation ChatStartEnd($input: EndChatInput!) {
    endChat(input: $input) {
      chat {
        status
        endReason
      }
      userErrors {
        code
      }
    }
  }
`);

const AddHoliday = graphql(`
  mutation ChatStartHoliday($input: AddBrandHolidayInput!) {
    addBrandHoliday(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;

beforeAll(async () => {
  t = await startTestServer("chat-start");
  admin = await adminSession(t);
}, 60_000);
afterAll(async () => t?.stop());

function visitor(departmentId: string, name = "Visitor", extra: Record<string, unknown> = {}) {
  return { input: { departmentId, name, question: "Hello, I need help", ...extra } };
}

describe("starting a chat", () => {
  it("is offline without agents; a message left then becomes a ticket", async () => {
    const d = await createDepartment(t, admin.token, "Empty");
    expect((await t.ok(Availability, { departmentId: d.departmentId })).liveChatAvailability).toEqual({
      online: false,
      reason: "NO_AGENTS",
    });
    const res = await t.ok(Start, visitor(d.departmentId));
    expect(res.startChat.chat).toBeNull();
    expect(res.startChat.userErrors[0]!.code).toBe("CHAT_OFFLINE");
    expect(await fork(t).count("LiveChat", {})).toBe(0);
    const left = await t.ok(Leave, {
      input: { departmentId: d.departmentId, name: "Vic", email: "vic@example.com", message: "Call me back" },
    });
    expect(left.leaveChatMessage.userErrors).toEqual([]);
    const rows = await fork(t).execute<Array<{ subject: string; requester_email: string }>>(
      "select subject, requester_email from ticket where ticket_number = ?",
      [left.leaveChatMessage.ticketNumber],
    );
    expect(rows[0]).toMatchObject({
      subject: "Live chat message: Call me back",
      requester_email: "vic@example.com",
    });
    const bad = await t.ok(Leave, {
      input: { departmentId: d.departmentId, name: "Vic", email: "nope", message: "x" },
    });
    expect(bad.leaveChatMessage.userErrors.map((e) => e.code)).toEqual(["INVALID_EMAIL"]);
  });

  it("assigns a new chat to an available agent, and the visitor token reaches only that chat", async () => {
    const d = await createDepartment(t, admin.token, "Sales");
    const amy = await chatAgent(t, admin.token, "Amy", d.groupId, { max: 2 });
    expect((await t.ok(Availability, { departmentId: d.departmentId })).liveChatAvailability.online).toBe(
      true,
    );
    const first = (await t.ok(Start, visitor(d.departmentId, "Vera"))).startChat;
    expect(first.userErrors).toEqual([]);
    expect(first.chat).toMatchObject({
      status: "ACTIVE",
      agentName: "Amy",
      queuePosition: null,
      customerName: "Vera",
    });
    expect(first.visitorToken).toMatch(/^dgv_/);
    const stored = await fork(t).execute<Array<{ token_hash: string }>>(
      "select token_hash from chat_visitor",
    );
    expect(stored.map((r) => r.token_hash)).not.toContain(first.visitorToken);

    const msgs = await t.ok(Messages, { id: first.chat!.id, token: first.visitorToken });
    expect(msgs.chatMessages.map((m) => [m.seq, m.kind])).toEqual([
      [1, "CUSTOMER"],
      [2, "SYSTEM"],
    ]);
    // The agent sees the chat with its agent; the visitor sees no employee record.
    expect((await t.ok(Get, { id: first.chat!.id }, amy.token)).liveChat.agent?.id).toBe(amy.globalId);
    expect((await t.ok(Get, { id: first.chat!.id, token: first.visitorToken })).liveChat.agent).toBeNull();

    const second = (await t.ok(Start, visitor(d.departmentId, "Walt"))).startChat;
    const other = await t.gql(Get, { id: first.chat!.id, token: second.visitorToken });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const forged = await t.gql(Get, { id: first.chat!.id, token: "dgv_forged" });
    expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const anonymous = await t.gql(Get, { id: first.chat!.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // Amy is at her max (2): the third waits, told its place.
    const third = (await t.ok(Start, visitor(d.departmentId, "Xena"))).startChat;
    expect(third.chat).toMatchObject({ status: "QUEUED", queuePosition: 1, agentName: null });
    const fourth = (await t.ok(Start, visitor(d.departmentId, "Yuri"))).startChat;
    expect(fourth.chat!.queuePosition).toBe(2);
    expect([third.chat!.waitingMessage, fourth.chat!.waitingMessage]).toEqual([
      "You are next in line.",
      "There is 1 person ahead of you.",
    ]);

    // The visitor ends the first chat: Amy has room, the oldest queued chat is hers.
    const ended = await t.ok(End, { input: { chatId: first.chat!.id, visitorToken: first.visitorToken } });
    expect(ended.endChat.chat).toMatchObject({ status: "ENDED", endReason: "CUSTOMER" });
    expect((await t.ok(Get, { id: third.chat!.id, token: third.visitorToken })).liveChat.status).toBe(
      "ACTIVE",
    );
    const again = await t.ok(End, { input: { chatId: first.chat!.id, visitorToken: first.visitorToken } });
    expect(again.endChat.userErrors.map((e) => e.code)).toEqual(["CHAT_ENDED"]);
  });

  it("validates input and changes nothing", async () => {
    const d = await createDepartment(t, admin.token, "Validate");
    await chatAgent(t, admin.token, "Val", d.groupId);
    const before = await chatCounts(t);
    const res = await t.ok(Start, visitor(d.departmentId, " ", { question: "  ", email: "bad" }));
    expect(res.startChat.userErrors.map((e) => e.code).sort()).toEqual([
      "INVALID",
      "INVALID_EMAIL",
      "REQUIRED",
    ]);
    const badToken = await t.ok(Start, visitor(d.departmentId, "V", { visitorToken: "dgv_nothing" }));
    expect(badToken.startChat.userErrors.map((e) => e.code)).toEqual(["INVALID_VISITOR_TOKEN"]);
    expect(await chatCounts(t)).toEqual(before);
  });
  // Last: the holiday is the default brand's, so every department of it is offline afterwards.
  it("is offline on a holiday of the brand", async () => {
    const d = await createDepartment(t, admin.token, "Holidays");
    await chatAgent(t, admin.token, "Hal", d.groupId);
    const brand = await fork(t).execute<Array<{ brand_id: string; tz: string }>>(
      "select d.brand_id, (select time_zone from installation limit 1) as tz from department d where d.id = ?",
      [rawId(d.departmentId)],
    );
    // "Today" in the installation's time zone, as the server reckons holidays.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: brand[0]!.tz }).format(new Date());
    const added = await t.gql(
      AddHoliday,
      {
        input: {
          brandId: Buffer.from(`Brand:${brand[0]!.brand_id}`).toString("base64url"),
          name: "Today",
          date: today,
        },
      },
      admin.token,
    );
    expect(added.errors).toBeUndefined();
    const availability = (await t.ok(Availability, { departmentId: d.departmentId })).liveChatAvailability;
    expect(availability.online).toBe(false);
    expect(availability.reason).toBe("HOLIDAY");
  });
});
