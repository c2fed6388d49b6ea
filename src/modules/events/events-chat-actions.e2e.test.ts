import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { waitFor } from "../../core/testing/instances.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { chatAgent } from "../chat/testing.js";
import type { ChatAgent } from "../chat/testing.js";
import { createDepartment } from "../distribution/testing.js";
import { raw } from "../tickets/testing.js";
import { createRule, eventsIdle, rows } from "./testing.js";

/* The Live Chat actions (002 L8419-8428) through real rules, chats and the chat module's events. */

const Start = graphql(`
  mutation EvChatActStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
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
  mutation EvChatActSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let front: { departmentId: string; groupId: string };
let escalation: { departmentId: string; groupId: string };
let amy: ChatAgent;
let ben: ChatAgent;

beforeAll(async () => {
  t = await startTestServer("events-chat-actions", { jobsPollMs: 40 });
  admin = (await adminSession(t)).token;
  front = await createDepartment(t, admin, "Chat Front");
  escalation = await createDepartment(t, admin, "Chat Escalation");
  amy = await chatAgent(t, admin, "ev-chat-amy", front.groupId);
  ben = await chatAgent(t, admin, "ev-chat-ben", escalation.groupId);
});
afterAll(async () => {
  await amy?.socket.dispose();
  await ben?.socket.dispose();
  await t?.stop();
});

async function startChat(question: string) {
  const r = await t.ok(Start, {
    input: { departmentId: front.departmentId, name: "Visitor", question } as never,
  });
  expect(r.startChat.userErrors).toEqual([]);
  return { id: r.startChat.chat!.id, token: r.startChat.visitorToken! };
}

const chatRow = async (id: string) =>
  (
    await rows<{
      status: string;
      group_id: string;
      department_id: string;
      agent_id: string | null;
      end_reason: string;
    }>(t, `select status, group_id, department_id, agent_id, end_reason from live_chat where id = ?`, [
      raw(id),
    ])
  )[0]!;

const messages = (id: string) =>
  rows<{ kind: string; body: string; system_event: string | null }>(
    t,
    `select kind, body, system_event from chat_message where chat_id = ? order by seq`,
    [raw(id)],
  );

const actionsOf = async (rule: string) => {
  await eventsIdle(t);
  return rows<{ outcome: string; actions: Array<{ action: string; outcome: string; message: string }> }>(
    t,
    `select outcome, action_trace as actions from event_rule_evaluation where rule_name = ? order by created_at`,
    [rule],
  );
};

describe("Live Chat actions", () => {
  it("Add System Message and Transfer Live Chat: a started chat gets the rule's message and moves to the agent", async () => {
    await createRule(t, admin, {
      name: "Route VIP chats",
      category: "LIVE_CHAT",
      eventType: "LIVE_CHAT_STARTED",
      conditions: [{ key: "QUESTION", operator: "CONTAINS", values: ["vip"] }],
      actions: [
        {
          action: "ADD_SYSTEM_MESSAGE",
          parameters: [{ key: "text", value: "Chat #number#: a specialist is coming." }],
        },
        {
          action: "TRANSFER_LIVE_CHAT",
          parameters: [
            { key: "groupId", value: escalation.groupId },
            { key: "agentId", value: ben.globalId },
          ],
        },
      ],
    });
    const chat = await startChat("I am a VIP customer");
    await waitFor(async () => (await chatRow(chat.id)).agent_id === ben.id, 10_000, "transferred to Ben");
    const row = await chatRow(chat.id);
    expect(row).toMatchObject({
      status: "ACTIVE",
      group_id: raw(escalation.groupId),
      department_id: raw(escalation.departmentId),
    });
    const [evaluation] = await actionsOf("Route VIP chats");
    expect(evaluation!.actions.map((a) => [a.action, a.outcome])).toEqual([
      ["ADD_SYSTEM_MESSAGE", "RAN"],
      ["TRANSFER_LIVE_CHAT", "RAN"],
    ]);
    const list = await messages(chat.id);
    const mine = list.find((m) => m.body.endsWith("a specialist is coming."))!;
    expect(mine).toMatchObject({ kind: "SYSTEM", system_event: null });
    expect(mine.body).toMatch(/^Chat \S+: a specialist is coming\.$/);
    expect(
      list.some((m) => m.system_event === "TRANSFERRED" && m.body.includes("The help desk transferred")),
    ).toBe(true);
    // The transfer's own chat.transferred / chat.assigned events do not start the rule again.
    expect(await actionsOf("Route VIP chats")).toHaveLength(1);
  });

  it("End Chat: a customer's message matching the rule ends the chat as its agent would", async () => {
    await createRule(t, admin, {
      name: "Close on goodbye",
      category: "LIVE_CHAT",
      eventType: "LIVE_CHAT_INCOMING_MESSAGE",
      conditions: [{ key: "MESSAGE", operator: "CONTAINS", values: ["goodbye"] }],
      actions: [{ action: "END_CHAT" }],
    });
    // A rule on the ended chat whose action has nothing left to act on: NOT_APPLICABLE, not an error.
    await createRule(t, admin, {
      name: "Too late",
      category: "LIVE_CHAT",
      eventType: "LIVE_CHAT_ENDED",
      conditions: [{ key: "DEPARTMENT", operator: "IS_ANY_OF", values: [front.departmentId] }],
      actions: [{ action: "ADD_SYSTEM_MESSAGE", parameters: [{ key: "text", value: "never shown" }] }],
    });
    const chat = await startChat("A question about billing");
    await waitFor(async () => (await chatRow(chat.id)).agent_id === amy.id, 10_000, "assigned to Amy");
    const sent = await t.ok(Send, {
      input: { chatId: chat.id, visitorToken: chat.token, body: "thanks, goodbye!" },
    });
    expect(sent.sendChatMessage.userErrors).toEqual([]);
    await waitFor(async () => (await chatRow(chat.id)).status === "ENDED", 10_000, "chat ended by the rule");
    expect((await chatRow(chat.id)).end_reason).toBe("AGENT");
    const [ended] = await actionsOf("Close on goodbye");
    expect(ended!.actions).toMatchObject([{ action: "END_CHAT", outcome: "RAN" }]);
    const [late] = await actionsOf("Too late");
    expect(late!.actions).toMatchObject([
      {
        action: "ADD_SYSTEM_MESSAGE",
        outcome: "NOT_APPLICABLE",
        message: "the chat has ended or no longer exists",
      },
    ]);
    const list = await messages(chat.id);
    expect(list.some((m) => m.body === "never shown")).toBe(false);
    expect(list.at(-1)).toMatchObject({ system_event: "ENDED", body: "The help desk ended the chat." });
  });

  it("a Transfer Live Chat whose agent does not take chats in the group fails visibly and changes nothing", async () => {
    await createRule(t, admin, {
      name: "Bad transfer",
      category: "LIVE_CHAT",
      eventType: "LIVE_CHAT_STARTED",
      conditions: [{ key: "QUESTION", operator: "CONTAINS", values: ["misrouted"] }],
      actions: [
        {
          action: "TRANSFER_LIVE_CHAT",
          parameters: [
            { key: "groupId", value: escalation.groupId },
            { key: "agentId", value: amy.globalId },
          ],
        },
      ],
    });
    const chat = await startChat("misrouted question");
    await eventsIdle(t);
    const [evaluation] = await actionsOf("Bad transfer");
    expect(evaluation!.outcome).not.toBe("FIRED");
    expect(evaluation!.actions[0]!.message).toMatch(/does not take chats in its group/);
    expect((await chatRow(chat.id)).group_id).toBe(raw(front.groupId));
  });
});
