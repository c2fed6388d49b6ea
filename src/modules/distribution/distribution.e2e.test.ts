import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { Employee } from "../accounts/index.js";
import { TicketStatus } from "../tickets/index.js";
import {
  addToGroup,
  countsByAgent,
  createAgent,
  createDepartment,
  fork,
  newTicket,
  setActive,
} from "./testing.js";
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

describe("distribution: round robin", () => {
  let t: TestServer;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer("distribution");
    admin = (await adminSession(t)).token;
  });
  afterAll(() => t.stop());

  it("rotates among eligible primary agents, skipping pull-from-queue and inactive members, with reasons", async () => {
    const { groupId } = await createDepartment(t, admin, "Sales");
    const [a, b, c, dana, pat] = await Promise.all(
      ["Ann", "Bob", "Cid", "Dana", "Pat"].map((n) => createAgent(t, admin, n)),
    );
    for (const x of [a, b, c] as Agent[]) await addToGroup(t, admin, x, groupId, "PRIMARY_GROUP");
    await addToGroup(t, admin, dana!, groupId, "PRIMARY_GROUP", { active: false });
    await addToGroup(t, admin, pat!, groupId, "PULL_FROM_QUEUE");
    const got: Array<string | null> = [];
    for (let i = 0; i < 4; i++) got.push((await newTicket(t, groupId)).agentId);
    expect(got).toEqual([a!.id, b!.id, c!.id, a!.id]);
    const last = await newTicket(t, groupId);
    expect(last.agentId).toBe(b!.id);
    expect(last.countsTowardLimit).toBe(true);
    expect(last.explanation).toContain("Round robin (primary): assigned to Bob");
    expect(last.explanation).toContain("Dana: inactive in group");
    expect(last.explanation).toContain("Pat: pulls from the queue");
  });

  it("uses secondary agents only when no primary agent is eligible; honours group and overall max", async () => {
    const { groupId } = await createDepartment(t, admin, "Support");
    const lee = await createAgent(t, admin, "Lee");
    const kim = await createAgent(t, admin, "Kim", "AGENT", 1); // overall max 1 overrides group max 5
    const sam = await createAgent(t, admin, "Sam");
    await addToGroup(t, admin, lee, groupId, "PRIMARY_GROUP", { maxTickets: 2 });
    await addToGroup(t, admin, kim, groupId, "PRIMARY_GROUP", { maxTickets: 5 });
    await addToGroup(t, admin, sam, groupId, "SECONDARY_GROUP", { maxTickets: 1 });
    const got: Array<string | null> = [];
    for (let i = 0; i < 5; i++) got.push((await newTicket(t, groupId)).agentId);
    expect(got).toEqual([lee.id, kim.id, lee.id, sam.id, null]);
    const queued = await newTicket(t, groupId);
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
    const { groupId } = await createDepartment(t, admin, "Billing");
    const fay = await createAgent(t, admin, "Fay");
    const gus = await createAgent(t, admin, "Gus");
    await addToGroup(t, admin, fay, groupId, "PRIMARY_GROUP", { maxTickets: 1 });
    await addToGroup(t, admin, gus, groupId, "PRIMARY_GROUP");
    await setActive(t, fay, groupId, false);
    const due = await newTicket(t, groupId, "FOLLOW_UP_DUE", {
      assignedAgent: fork(t).getReference(Employee, fay.id),
    });
    expect(due.agentId).toBe(fay.id);
    expect(due.countsTowardLimit).toBe(false);
    expect(due.explanation).toContain("Follow-up due: stays with Fay");
    const auto = await newTicket(t, groupId, "FOLLOW_UP_DUE");
    expect(auto.agentId).toBe(gus.id);
    expect(auto.countsTowardLimit).toBe(false);
    const waiting = await newTicket(t, groupId, "NEW", { status: TicketStatus.WAITING });
    expect(waiting.countsTowardLimit).toBe(false);
  });

  it("50 tickets at once to 3 primary agents with max 5 each: 5/5/5 and 35 in the queue", async () => {
    const { groupId } = await createDepartment(t, admin, "Rush");
    const agents = await Promise.all(["R1", "R2", "R3"].map((n) => createAgent(t, admin, n)));
    for (const x of agents) await addToGroup(t, admin, x, groupId, "PRIMARY_GROUP", { maxTickets: 5 });
    const results = await Promise.all(Array.from({ length: 50 }, () => newTicket(t, groupId)));
    expect(results.filter((r) => r.agentId === null)).toHaveLength(35);
    const counts = await countsByAgent(t, groupId);
    expect(counts).toEqual({ [agents[0]!.id]: 5, [agents[1]!.id]: 5, [agents[2]!.id]: 5, queue: 35 });
  });
});
