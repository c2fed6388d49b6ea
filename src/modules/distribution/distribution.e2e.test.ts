import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { rawId, sql } from "../organization/testing.js";
import { processDueFollowUps } from "../tickets/index.js";
import { addToGroup, countsByAgent, createAgent, createDepartment, newTicket, setActive } from "./testing.js";
import type { Agent } from "./testing.js";

const Preview = graphql(`
  query DistPreview($groupId: ID!) {
    distributionPreview(groupId: $groupId) {
      explanation
      nextAgent {
        displayName
      }
      members {
        employee {
          displayName
        }
        skipReason
        groupLoad
        overallLoad
        rotationPosition
      }
    }
  }
`);

const FollowUp = graphql(`
  mutation DistSetFollowUp($input: SetFollowUpInput!) {
    setFollowUp(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Get = graphql(`
  query DistTicketState($id: ID) {
    ticket(id: $id) {
      countsTowardLimit
      assignedAgent {
        displayName
      }
      history(first: 20) {
        nodes {
          field
          note
        }
      }
    }
  }
`);

describe("distribution: round robin", () => {
  let t: TestServer;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer("distribution");
    admin = (await adminSession(t)).token;
  });
  afterAll(() => t.stop());

  it("rotates among eligible primary agents, skipping pull-from-queue and inactive members, with reasons", async () => {
    const sales = await createDepartment(t, admin, "Sales");
    const { groupId } = sales;
    const [a, b, c, dana, pat] = await Promise.all(
      ["Ann", "Bob", "Cid", "Dana", "Pat"].map((n) => createAgent(t, admin, n)),
    );
    for (const x of [a, b, c] as Agent[]) await addToGroup(t, admin, x, groupId, "PRIMARY_GROUP");
    await addToGroup(t, admin, dana!, groupId, "PRIMARY_GROUP", { active: false });
    await addToGroup(t, admin, pat!, groupId, "PULL_FROM_QUEUE");
    const got: Array<string | null> = [];
    for (let i = 0; i < 4; i++) got.push((await newTicket(t, admin, sales)).agentId);
    expect(got).toEqual([a!.id, b!.id, c!.id, a!.id]);
    const last = await newTicket(t, admin, sales);
    expect(last.agentId).toBe(b!.id);
    expect(last.countsTowardLimit).toBe(true);
    expect(last.explanation).toContain("Round robin (primary): assigned to Bob");
    expect(last.explanation).toContain("Dana: inactive in group");
    expect(last.explanation).toContain("Pat: pulls from the queue");
  });

  it("uses secondary agents only when no primary agent is eligible; honours group and overall max", async () => {
    const support = await createDepartment(t, admin, "Support");
    const { groupId } = support;
    const lee = await createAgent(t, admin, "Lee");
    const kim = await createAgent(t, admin, "Kim", "AGENT", 1); // overall max 1 overrides group max 5
    const sam = await createAgent(t, admin, "Sam");
    await addToGroup(t, admin, lee, groupId, "PRIMARY_GROUP", { maxTickets: 2 });
    await addToGroup(t, admin, kim, groupId, "PRIMARY_GROUP", { maxTickets: 5 });
    await addToGroup(t, admin, sam, groupId, "SECONDARY_GROUP", { maxTickets: 1 });
    const got: Array<string | null> = [];
    for (let i = 0; i < 5; i++) got.push((await newTicket(t, admin, support)).agentId);
    expect(got).toEqual([lee.id, kim.id, lee.id, sam.id, null]);
    const queued = await newTicket(t, admin, support);
    expect(queued.agentId).toBeNull();
    expect(queued.explanation).toContain("Queue: no eligible agent");
    expect(queued.explanation).toContain("Lee: at group max 2/2");
    expect(queued.explanation).toContain("Kim: at overall max 1/1");
    expect(queued.explanation).toContain("Sam: at group max 1/1");

    const preview = await t.ok(Preview, { groupId }, admin);
    expect(preview.distributionPreview.nextAgent).toBeNull();
    expect(preview.distributionPreview.members.map((m) => [m.employee.displayName, m.groupLoad])).toEqual([
      ["Lee", 2],
      ["Kim", 1],
      ["Sam", 1],
    ]);
    // The preview is for managers: a plain agent is refused.
    const refused = await t.gql(Preview, { groupId }, lee.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a due follow-up stays with its inactive agent and does not count; waiting tickets do not count", async () => {
    const billing = await createDepartment(t, admin, "Billing");
    const { groupId } = billing;
    const fay = await createAgent(t, admin, "Fay");
    const gus = await createAgent(t, admin, "Gus");
    await addToGroup(t, admin, fay, groupId, "PRIMARY_GROUP", { maxTickets: 1 });
    await addToGroup(t, admin, gus, groupId, "PRIMARY_GROUP");
    const at = () => new Date(Date.now() + 60_000).toISOString();
    const hers = await newTicket(t, admin, billing, { agentId: fay.globalId });
    await t.ok(
      FollowUp,
      { input: { ticketId: hers.globalId, followUpAt: at(), autoAssign: true } },
      fay.token,
    );
    // A queued ticket (nobody active when it arrives), then auto-assigned when its follow-up is due.
    await setActive(t, fay, groupId, false);
    await setActive(t, gus, groupId, false);
    const queued = await newTicket(t, admin, billing);
    expect(queued.agentId).toBeNull();
    await t.ok(FollowUp, { input: { ticketId: queued.globalId, followUpAt: at(), autoAssign: true } }, admin);
    await setActive(t, gus, groupId, true);

    await processDueFollowUps(t.server.runtime, new Date(Date.now() + 120_000));
    const due = (await t.ok(Get, { id: hers.globalId }, admin)).ticket;
    expect(due.assignedAgent!.displayName).toBe("Fay");
    expect(due.countsTowardLimit).toBe(false);
    expect(due.history.nodes.map((h) => h.note)).toContainEqual(
      expect.stringContaining("Follow-up due: stays with Fay"),
    );
    const auto = (await t.ok(Get, { id: queued.globalId }, admin)).ticket;
    expect(auto.assignedAgent!.displayName).toBe("Gus");
    expect(auto.countsTowardLimit).toBe(false);
    const waiting = await newTicket(t, admin, billing, { status: "WAITING" });
    expect(waiting.countsTowardLimit).toBe(false);
  });

  it("50 tickets at once to 3 primary agents with max 5 each: 5/5/5 and 35 in the queue", async () => {
    const rush = await createDepartment(t, admin, "Rush");
    const { groupId } = rush;
    const agents = await Promise.all(["R1", "R2", "R3"].map((n) => createAgent(t, admin, n)));
    for (const x of agents) await addToGroup(t, admin, x, groupId, "PRIMARY_GROUP", { maxTickets: 5 });
    // 50 concurrent createTicket mutations over HTTP: each decides inside its own transaction.
    const results = await Promise.all(Array.from({ length: 50 }, () => newTicket(t, admin, rush)));
    expect(results.filter((r) => r.agentId === null)).toHaveLength(35);
    const counts = await countsByAgent(t, groupId);
    expect(counts).toEqual({ [agents[0]!.id]: 5, [agents[1]!.id]: 5, [agents[2]!.id]: 5, queue: 35 });
    // The database agrees: 15 counted tickets, each agent's at its group max.
    const [counted] = await sql<{ n: string }>(
      t,
      "select count(*) as n from ticket where group_id = ? and counts_toward_limit",
      [rawId(groupId)],
    );
    expect(counted!.n).toBe("15");
  });
});
