import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { signedIn } from "../accounts/testing.js";
import { createDepartment, fork } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";
import { PredefinedRole } from "../roles/index.js";
import { pickAgent } from "./index.js";
import type { ChatCandidate } from "./index.js";
import { chatAgent, eventually, joinGroup } from "./testing.js";

const Start = graphql(`
  mutation ChatAssignStart($input: StartChatInput!) {
    startChat(input: $input) {
      visitorToken
      chat {
        id
        status
        agentName
        queuePosition
      }
      userErrors {
        code
      }
    }
  }
`);

const Take = graphql(`
  mutation ChatAssignTake($input: TakeChatInput!) {
    takeChat(input: $input) {
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

const Availability = graphql(`
  mutation ChatAssignAvailability($input: SetMyAvailabilityInput!) {
    setMyAvailability(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const List = graphql(`
  query ChatAssignList($view: LiveChatView!) {
    liveChats(view: $view, first: 50) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);

const Get = graphql(`
  query ChatAssignGet($id: ID!) {
    liveChat(id: $id) {
      id
    }
  }
`);

let t: TestServer;
let admin: Awaited<ReturnType<typeof adminSession>>;

beforeAll(async () => {
  t = await startTestServer("chat-assign");
  admin = await adminSession(t);
}, 60_000);
afterAll(async () => t?.stop());

const start = (departmentId: string, name: string) =>
  t.ok(Start, { input: { departmentId, name, question: "Hi" } }).then((r) => r.startChat);

async function activeOf(agentId: string): Promise<number> {
  const [row] = await fork(t).execute<Array<{ n: string }>>(
    "select count(*) as n from live_chat where agent_id = ? and status = 'ACTIVE'",
    [agentId],
  );
  return Number(row!.n);
}

describe("choice among eligible agents (seed-B §3.8)", () => {
  it("orders by primary first, share of capacity, chat count, then the earliest last-ended chat", () => {
    const c = (
      id: string,
      max: number,
      active: number,
      ended: string | null,
      primary = true,
    ): ChatCandidate => ({
      employeeId: id,
      displayName: id,
      primary,
      max,
      active,
      lastEndedAt: ended ? new Date(ended) : null,
      since: new Date("2026-01-01"),
    });
    // The seed's example: all idle, Joe's last chat ended longest ago (002 L3366-3372).
    const sue = c("sue", 5, 0, "2026-06-01T10:00:00Z");
    const bob = c("bob", 2, 0, "2026-06-01T09:00:00Z");
    const joe = c("joe", 1, 0, "2026-06-01T08:00:00Z");
    expect(pickAgent([sue, bob, joe])!.employeeId).toBe("joe");
    expect(pickAgent([c("sue", 5, 1, null), c("bob", 2, 1, null)])!.employeeId).toBe("sue"); // 20 % < 50 %
    expect(pickAgent([c("a", 4, 2, null), c("b", 2, 1, null)])!.employeeId).toBe("b"); // same 50 %, fewer chats
    expect(pickAgent([c("p", 1, 1, null), c("s", 3, 0, null, false)])!.employeeId).toBe("s"); // primary full
    expect(pickAgent([c("p", 3, 2, null), c("s", 3, 0, null, false)])!.employeeId).toBe("p"); // primary first
    expect(pickAgent([c("full", 1, 1, null), c("zero", 0, 0, null)])).toBeNull();
  });

  it("fills agents by share of their capacity through startChat", async () => {
    const d = await createDepartment(t, admin.token, "Capacity");
    const sue = await chatAgent(t, admin.token, "Sue", d.groupId, { max: 5 });
    const bob = await chatAgent(t, admin.token, "Bob", d.groupId, { max: 2 });
    const joe = await chatAgent(t, admin.token, "Joe", d.groupId, { max: 1 });
    const order: Array<string | null> = [];
    for (let i = 0; i < 8; i++) order.push((await start(d.departmentId, `V${i}`)).chat!.agentName ?? null);
    // 0/0/0 → membership age; then the lowest share: Sue 1/5 beats Bob 1/2 and Joe 1/1 …
    expect(order).toEqual(["Sue", "Bob", "Joe", "Sue", "Sue", "Bob", "Sue", "Sue"]);
    expect([await activeOf(sue.id), await activeOf(bob.id), await activeOf(joe.id)]).toEqual([5, 2, 1]);
    const ninth = await start(d.departmentId, "V9");
    expect(ninth.chat).toMatchObject({ status: "QUEUED", queuePosition: 1 });
  });

  it("gives secondary agents chats only once the primary ones are full; skips unavailable and pull-from-queue", async () => {
    const d = await createDepartment(t, admin.token, "Tiers");
    const pat = await chatAgent(t, admin.token, "Pat", d.groupId, { max: 1 });
    const sam = await chatAgent(t, admin.token, "Sam", d.groupId, { max: 3, handling: "SECONDARY_GROUP" });
    const una = await chatAgent(t, admin.token, "Una", d.groupId, { max: 3, available: false });
    const pul = await chatAgent(t, admin.token, "Pul", d.groupId, { max: 3, handling: "PULL_FROM_QUEUE" });
    expect((await start(d.departmentId, "A")).chat!.agentName).toBe("Pat");
    expect((await start(d.departmentId, "B")).chat!.agentName).toBe("Sam");
    expect((await start(d.departmentId, "C")).chat!.agentName).toBe("Sam");
    expect((await start(d.departmentId, "D")).chat!.agentName).toBe("Sam");
    const queued = await start(d.departmentId, "E");
    expect(queued.chat!.status).toBe("QUEUED");
    expect(await activeOf(una.id)).toBe(0);
    // Pull from Queue and Unavailable agents take from the queue themselves (002 L2710, L3354).
    const took = await t.ok(Take, { input: { chatId: queued.chat!.id } }, pul.token);
    expect(took.takeChat.chat).toMatchObject({ status: "ACTIVE", agentName: "Pul" });
    expect([await activeOf(pat.id), await activeOf(sam.id)]).toEqual([1, 3]);
  });

  it("assigns a queued chat as soon as an agent becomes Available", async () => {
    const d = await createDepartment(t, admin.token, "Later");
    const ann = await chatAgent(t, admin.token, "Ann", d.groupId, { max: 2, available: false });
    const chat = await start(d.departmentId, "Waiting");
    expect(chat.chat!.status).toBe("QUEUED");
    await t.ok(Availability, { input: { availability: "AVAILABLE" } }, ann.token);
    await eventually(async () => (await activeOf(ann.id)) === 1, "the queued chat goes to Ann");
  });

  it("never exceeds an agent's Max Active Live Chats under many simultaneous starts", async () => {
    const d = await createDepartment(t, admin.token, "Rush");
    const agents = [
      await chatAgent(t, admin.token, "R1", d.groupId, { max: 2 }),
      await chatAgent(t, admin.token, "R2", d.groupId, { max: 3 }),
      await chatAgent(t, admin.token, "R3", d.groupId, { max: 1 }),
    ];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => start(d.departmentId, `Rush${i}`)),
    );
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    const loads = await Promise.all(agents.map((a) => activeOf(a.id)));
    expect(loads).toEqual([2, 3, 1]);
    const queued = results.filter((r) => r.chat!.status === "QUEUED");
    expect(queued).toHaveLength(14);
    // Queue positions are a permutation of 1..14.
    const positions = await fork(t).execute<Array<{ n: string }>>(
      "select count(*) as n from live_chat where status = 'QUEUED' and group_id = ?",
      [rawId(d.groupId)],
    );
    expect(Number(positions[0]!.n)).toBe(14);
  }, 60_000);
});

describe("permissions and scope", () => {
  it("refuses callers without Live Chats View and hides chats outside the agent's groups", async () => {
    const d = await createDepartment(t, admin.token, "Scoped");
    const owner = await chatAgent(t, admin.token, "Owen", d.groupId, { max: 1 });
    const chat = await start(d.departmentId, "Scope");
    expect(chat.chat!.agentName).toBe("Owen");
    const other = await createDepartment(t, admin.token, "Elsewhere");
    const outsider = await chatAgent(t, admin.token, "Otto", other.groupId);
    const seen = await t.gql(Get, { id: chat.chat!.id }, outsider.token);
    expect(seen.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const listed = await t.ok(List, { view: "ACTIVE" }, outsider.token);
    expect(listed.liveChats.nodes.map((n) => n.id)).not.toContain(chat.chat!.id);
    expect((await t.ok(List, { view: "MY_ACTIVE" }, owner.token)).liveChats.nodes.map((n) => n.id)).toContain(
      chat.chat!.id,
    );

    const plain = await signedIn(t, "nolive", "EMPLOYEE", []);
    for (const result of [
      await t.gql(List, { view: "ACTIVE" }, plain.token),
      await t.gql(Get, { id: chat.chat!.id }, plain.token),
      await t.gql(Take, { input: { chatId: chat.chat!.id } }, plain.token),
    ])
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const user = await signedIn(t, "portaluser", "USER", [PredefinedRole.REGISTERED_USER]);
    expect((await t.gql(List, { view: "ACTIVE" }, user.token)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await t.gql(Get, { id: chat.chat!.id }, user.token)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );

    // A member of the group who takes live chats may take it from its owner; a non-member may not.
    const member = await chatAgent(t, admin.token, "Mia", d.groupId, { max: 1 });
    expect(
      (await t.ok(Take, { input: { chatId: chat.chat!.id } }, member.token)).takeChat.chat!.agentName,
    ).toBe("Mia");
    await joinGroup(t, owner, d.groupId, "CHAT_DISABLED");
    const refused = await t.ok(Take, { input: { chatId: chat.chat!.id } }, owner.token);
    expect(refused.takeChat.userErrors.map((e) => e.code)).toEqual(["NOT_GROUP_MEMBER"]);
  });
});
