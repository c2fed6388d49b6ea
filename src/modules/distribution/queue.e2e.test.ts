import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { handOffTicketsOf } from "./index.js";
import {
  addToGroup,
  countsByAgent,
  createAgent,
  createDepartment,
  fork,
  newTicket,
  setActive,
} from "./testing.js";
import { rawId } from "../organization/testing.js";

const Take = graphql(`
  mutation DistTake($input: TakeTicketInput!) {
    takeTicket(input: $input) {
      ticket {
        id
        countsTowardLimit
      }
      userErrors {
        code
      }
    }
  }
`);

const Release = graphql(`
  mutation DistRelease($input: ReleaseTicketToQueueInput!) {
    releaseTicketToQueue(input: $input) {
      explanation
      userErrors {
        code
      }
    }
  }
`);

const Rebalance = graphql(`
  mutation DistRebalance($input: RebalanceTicketsInput!) {
    rebalanceTickets(input: $input) {
      moves {
        fromAgent {
          displayName
        }
        toAgent {
          displayName
        }
        explanation
      }
      userErrors {
        code
      }
    }
  }
`);

const Pin = graphql(`
  mutation DistPin($input: SetTicketPinnedInput!) {
    setTicketPinned(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const Open = graphql(`
  query DistOpen($id: ID) {
    ticket(id: $id) {
      id
    }
  }
`);

const Composing = graphql(`
  mutation DistComposing($ticketId: ID!) {
    markComposing(ticketId: $ticketId) {
      userErrors {
        code
      }
    }
  }
`);

const History = graphql(`
  query DistHistory($id: ID) {
    ticket(id: $id) {
      history(first: 50) {
        nodes {
          field
          oldValue
          newValue
          note
        }
      }
    }
  }
`);

/** The assignment changes of a ticket, oldest first, as [old, new, note]. */
async function assignments(t: TestServer, token: string, id: string) {
  const nodes = (await t.ok(History, { id }, token)).ticket.history.nodes;
  return nodes
    .filter((h) => h.field === "assignedAgent")
    .reverse()
    .map((h) => [h.oldValue, h.newValue, h.note ?? ""] as const);
}

describe("distribution: queue, rebalancing, hand-off", () => {
  let t: TestServer;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer("distribution-queue");
    admin = (await adminSession(t)).token;
  });
  afterAll(() => t.stop());

  it("racing takers: exactly one wins, the others get ALREADY_TAKEN; non-members are FORBIDDEN", async () => {
    const queue = await createDepartment(t, admin, "Queue");
    const { groupId } = queue;
    const takers = await Promise.all(["T1", "T2", "T3", "T4"].map((n) => createAgent(t, admin, n)));
    for (const x of takers) await addToGroup(t, admin, x, groupId, "PULL_FROM_QUEUE");
    const outsider = await createAgent(t, admin, "Out");
    const queued = await newTicket(t, admin, queue);
    expect(queued.agentId).toBeNull();
    expect(queued.explanation).toContain("all pull from the queue");
    const ticketId = toGlobalId("Ticket", queued.id);

    const forbidden = await t.gql(Take, { input: { ticketId } }, outsider.token);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const results = await Promise.all(takers.map((x) => t.ok(Take, { input: { ticketId } }, x.token)));
    const winners = results.filter((r) => r.takeTicket.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.takeTicket.ticket!.countsTowardLimit).toBe(false);
    expect(results.filter((r) => r.takeTicket.userErrors[0]?.code === "ALREADY_TAKEN")).toHaveLength(3);

    const winner = takers[results.indexOf(winners[0]!)]!;
    const other = takers.find((x) => x !== winner)!;
    const notYours = await t.gql(Release, { input: { ticketId } }, other.token);
    expect(notYours.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const released = await t.ok(Release, { input: { ticketId } }, winner.token);
    expect(released.releaseTicketToQueue.userErrors).toEqual([]);
    expect(released.releaseTicketToQueue.explanation).toContain("Returned to the queue");
    expect(await countsByAgent(t, groupId)).toEqual({ queue: 1 });
    // Every assignment change is in the history with its explanation.
    const history = await assignments(t, admin, ticketId);
    expect(history.slice(1)).toEqual([
      [null, winner.id, expect.stringContaining("Taken from the queue")],
      [winner.id, null, expect.stringContaining("Returned to the queue")],
    ]);
  });

  it("rebalancing moves an inactive agent's tickets and levels loads; pinned tickets stay; agents are refused", async () => {
    const rebal = await createDepartment(t, admin, "Rebal");
    const { groupId } = rebal;
    const [ava, ben, cal] = await Promise.all(["Ava", "Ben", "Cal"].map((n) => createAgent(t, admin, n)));
    await addToGroup(t, admin, ava!, groupId, "PRIMARY_GROUP");
    await addToGroup(t, admin, ben!, groupId, "PRIMARY_GROUP");
    await addToGroup(t, admin, cal!, groupId, "PRIMARY_GROUP", { active: false });
    const made: Array<Awaited<ReturnType<typeof newTicket>>> = [];
    for (let i = 0; i < 6; i++) made.push(await newTicket(t, admin, rebal));
    await t.ok(Pin, { input: { ticketId: made[0]!.globalId, pinned: true } }, admin);
    // Ava goes inactive, Cal arrives: Ava's tickets (but the pinned one) go to Ben and Cal, evenly.
    await setActive(t, ava!, groupId, false);
    await setActive(t, cal!, groupId, true);

    const refused = await t.gql(Rebalance, { input: { groupId } }, ben!.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const held = await t.ok(Rebalance, { input: { groupId } }, admin);
    expect(held.rebalanceTickets.moves).toEqual([]); // every ticket was assigned less than 20 minutes ago

    const run = await t.ok(Rebalance, { input: { groupId, holdAfterAssignedMinutes: 0 } }, admin);
    const moves = run.rebalanceTickets.moves!;
    expect(moves.filter((m) => m.fromAgent?.displayName === "Ava")).toHaveLength(2);
    expect(moves[0]!.explanation).toContain("inactive in group");
    const counts = await countsByAgent(t, groupId);
    expect(counts[ava!.id]).toBe(1); // the pinned one
    expect(Math.abs((counts[ben!.id] ?? 0) - (counts[cal!.id] ?? 0))).toBeLessThanOrEqual(1);
    expect((counts[ben!.id] ?? 0) + (counts[cal!.id] ?? 0)).toBe(5);
    const moved = moves.find((m) => m.fromAgent?.displayName === "Ava")!;
    const movedTicket = made.find((m) => m.agentId === ava!.id && m !== made[0])!;
    const history = await assignments(t, admin, movedTicket.globalId);
    expect(history.at(-1)![2]).toContain("Rebalanced from Ava");
    expect(moved.explanation).toContain("Rebalanced from Ava");
  });

  it("an agent reading or composing holds a ticket against rebalancing", async () => {
    const hold = await createDepartment(t, admin, "Hold");
    const [ida, jon] = await Promise.all(["Ida", "Jon"].map((n) => createAgent(t, admin, n)));
    await addToGroup(t, admin, ida!, hold.groupId, "PRIMARY_GROUP");
    const read = await newTicket(t, admin, hold);
    const composed = await newTicket(t, admin, hold);
    const idle = await newTicket(t, admin, hold);
    expect([read, composed, idle].map((x) => x.agentId)).toEqual([ida!.id, ida!.id, ida!.id]);
    await t.ok(Open, { id: read.globalId }, ida!.token);
    expect(
      (await t.ok(Composing, { ticketId: composed.globalId }, ida!.token)).markComposing.userErrors,
    ).toEqual([]);
    await setActive(t, ida!, hold.groupId, false);
    await addToGroup(t, admin, jon!, hold.groupId, "PRIMARY_GROUP");
    const run = await t.ok(
      Rebalance,
      { input: { groupId: hold.groupId, holdAfterAssignedMinutes: 0 } },
      admin,
    );
    expect(run.rebalanceTickets.moves!.map((m) => m.toAgent?.displayName)).toEqual(["Jon"]);
    expect(await countsByAgent(t, hold.groupId)).toEqual({ [ida!.id]: 2, [jon!.id]: 1 });
    const [row] = await fork(t).execute<Array<{ agent: string }>>(
      "select assigned_agent_id as agent from ticket where id = ?",
      [idle.id],
    );
    expect(row!.agent).toBe(jon!.id);
  });

  it("hand-off returns an agent's active tickets in the group to distribution", async () => {
    const handoff = await createDepartment(t, admin, "Handoff");
    const { groupId } = handoff;
    const [dee, eli] = await Promise.all(["Dee", "Eli"].map((n) => createAgent(t, admin, n)));
    await addToGroup(t, admin, dee!, groupId, "PRIMARY_GROUP");
    await addToGroup(t, admin, eli!, groupId, "PRIMARY_GROUP", { maxTickets: 2 });
    const made: Array<Awaited<ReturnType<typeof newTicket>>> = [];
    for (let i = 0; i < 4; i++) made.push(await newTicket(t, admin, handoff));
    await setActive(t, dee!, groupId, false);
    const moves = await fork(t).transactional((em) =>
      handOffTicketsOf(t.server.runtime, em, dee!.id, rawId(groupId)),
    );
    expect(moves.map((m) => m.toAgentId)).toEqual([null, null]); // Eli is at group max 2/2
    expect(moves[0]!.explanation).toContain("Eli: at group max 2/2");
    expect(await countsByAgent(t, groupId)).toEqual({ [eli!.id]: 2, queue: 2 });
    const handed = made.find((m) => m.agentId === dee!.id)!;
    const history = await assignments(t, admin, handed.globalId);
    expect(history.at(-1)).toEqual([dee!.id, null, expect.stringContaining("Handed off")]);
  });
});
