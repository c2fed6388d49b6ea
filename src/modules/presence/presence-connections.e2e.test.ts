import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { eventually } from "../auth/testing.js";
import { addToGroup, createAgent, createDepartment, fork } from "../distribution/testing.js";
import type { Agent } from "../distribution/testing.js";
import { collect } from "./testing.js";

const PresenceChanged = graphql(`
  subscription PresAgentPresenceChanged($employeeId: ID) {
    agentPresenceChanged(employeeId: $employeeId) {
      reason
      status {
        employeeId
        online
        availability
      }
    }
  }
`);

const Counts = graphql(`
  subscription PresDashboardCounts {
    dashboardCounts {
      byAgent {
        status {
          displayName
          online
        }
      }
    }
  }
`);

const GroupsChanged = graphql(`
  subscription PresActiveGroupsChanged {
    activeGroupsChanged {
      status {
        employeeId
      }
      groups {
        ticketsActive
      }
    }
  }
`);

const SetMine = graphql(`
  mutation PresConnSetMyActiveGroups($input: SetMyActiveGroupsInput!) {
    setMyActiveGroups(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const GRACE_MS = 400;
let t: TestServer;
let admin: string;
let ann: Agent;
let bob: Agent;

type Change = { agentPresenceChanged: { reason: string; status: { online: boolean } } };

async function online(agent: Agent): Promise<boolean> {
  const [row] = await fork(t).execute<Array<{ online: boolean }>>(
    `select online from agent_presence where employee_id = ?`,
    [agent.id],
  );
  return row?.online ?? false;
}

/** Opens a socket as `agent` and waits until the server counted it. */
async function tab(agent: Agent) {
  const client = t.ws(agent.token, { lazy: false });
  await new Promise<void>((resolve) => client.on("connected", () => resolve()));
  return client;
}

beforeAll(async () => {
  t = await startTestServer("presence-connections", { presenceGraceMs: GRACE_MS, presenceHeartbeatMs: 200 });
  admin = (await adminSession(t)).token;
  const dept = await createDepartment(t, admin, "Support");
  ann = await createAgent(t, admin, "Ann");
  bob = await createAgent(t, admin, "Bob");
  await addToGroup(t, admin, ann, dept.groupId, "PRIMARY_GROUP");
  await addToGroup(t, admin, bob, dept.groupId, "PRIMARY_GROUP");
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe("online across tabs", () => {
  it("two tabs: closing one keeps the agent online, closing both goes offline after the grace period", async () => {
    const watcher = collect<Change>(t.ws(admin), print(PresenceChanged), { employeeId: ann.globalId });
    await new Promise((r) => setTimeout(r, 150));
    const first = await tab(ann);
    const second = await tab(ann);
    await eventually(() => online(ann));
    await first.dispose();
    await new Promise((r) => setTimeout(r, GRACE_MS * 2));
    expect(await online(ann)).toBe(true);
    await second.dispose();
    // Still online inside the grace period…
    expect(await online(ann)).toBe(true);
    await eventually(async () => !(await online(ann)), 3000);
    await eventually(() => watcher.events.some((e) => e.agentPresenceChanged.reason === "OFFLINE"));
    expect(watcher.events.map((e) => e.agentPresenceChanged.reason)).toEqual(["ONLINE", "OFFLINE"]);
    watcher.dispose();
  });

  it("a reconnect within the grace period emits nothing", async () => {
    const first = await tab(bob);
    await eventually(() => online(bob));
    const watcher = collect<Change>(t.ws(admin), print(PresenceChanged), { employeeId: bob.globalId });
    await new Promise((r) => setTimeout(r, 150));
    await first.dispose();
    const again = await tab(bob);
    await new Promise((r) => setTimeout(r, GRACE_MS * 3));
    expect(await online(bob)).toBe(true);
    expect(watcher.events).toEqual([]);
    await again.dispose();
    watcher.dispose();
  });
});

describe("subscriptions are scoped", () => {
  it("agents hear about themselves only; managers' dashboards follow their departments", async () => {
    const annSees = collect<Change>(t.ws(ann.token), print(PresenceChanged));
    const annGroups = collect<{ activeGroupsChanged: { status: { employeeId: string } } }>(
      t.ws(ann.token),
      print(GroupsChanged),
    );
    const adminCounts = collect<{ dashboardCounts: unknown }>(t.ws(admin), print(Counts));
    const annCounts = collect<{ dashboardCounts: unknown }>(t.ws(ann.token), print(Counts));
    // Subscriptions go live asynchronously; give them time under a loaded parallel run.
    await new Promise((r) => setTimeout(r, 1000));
    await t.ok(SetMine, { input: { allTickets: false } }, bob.token);
    await t.ok(SetMine, { input: { allTickets: false } }, ann.token);
    await eventually(() => annGroups.events.length > 0 && adminCounts.events.length >= 2, 15_000);
    await new Promise((r) => setTimeout(r, 200));
    // Ann sees her own change only (not Bob's), and no dashboard (agents are not managers).
    expect(annGroups.events.map((e) => e.activeGroupsChanged.status.employeeId)).toEqual([ann.globalId]);
    expect(annSees.events.every((e) => e.agentPresenceChanged.status)).toBe(true);
    expect(annCounts.events).toEqual([]);
    for (const s of [annSees, annGroups, adminCounts, annCounts]) s.dispose();
  });
});

describe("one event, many sockets", () => {
  /** Opens `n` sockets of the administrator on Ann's presence, brings Ann online, counts account reads. */
  async function accountReadsForOneEvent(n: number): Promise<number> {
    // Ann's sockets of the tests before have gone, and so has their grace period.
    await eventually(async () => !(await online(ann)), 5000);
    await new Promise((r) => setTimeout(r, GRACE_MS * 2));
    const sockets = Array.from({ length: n }, () =>
      collect<Change>(t.ws(admin), print(PresenceChanged), { employeeId: ann.globalId }),
    );
    await new Promise((r) => setTimeout(r, 1000));
    t.queries.length = 0;
    const tabOfAnn = await tab(ann);
    await eventually(() => sockets.every((s) => s.events.length === 1), 10_000);
    expect(sockets.map((s) => s.events[0]!.agentPresenceChanged.reason)).toEqual(Array(n).fill("ONLINE"));
    // Re-authorization reads the subscriber's account row through the ORM (the HTTP and socket session
    // checks are one plain statement of their own).
    const reads = t.queries.filter((q) => /^\[query\] select "a0"\.\*? ?.*from "account" as "a0"/.test(q));
    for (const s of sockets) s.dispose();
    await tabOfAnn.dispose();
    await eventually(async () => !(await online(ann)), 5000);
    return reads.length;
  }

  it("each socket gets the event; an account's sockets share one re-read of it per event", async () => {
    const one = await accountReadsForOneEvent(1);
    const six = await accountReadsForOneEvent(6);
    expect(one).toBeGreaterThan(0);
    expect(six).toBe(one);
  });
});
