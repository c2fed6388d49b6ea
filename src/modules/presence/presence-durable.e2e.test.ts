import { print } from "graphql";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { waitFor } from "../../core/testing/instances.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { addToGroup, createAgent, createDepartment, fork } from "../distribution/testing.js";
import type { Agent } from "../distribution/testing.js";
import { ageActivity, collect, membershipRow, setMembership } from "./testing.js";

/*
 * What must not depend on one process's memory: the heartbeat (a crashed instance's connections go stale and
 * its agents go offline; live tabs keep their agent online however long), and Auto-Inactive run by the
 * durable recurring job through the worker.
 */

const PresenceChanged = graphql(`
  subscription PresDurableChanged($employeeId: ID) {
    agentPresenceChanged(employeeId: $employeeId) {
      reason
      status {
        online
      }
    }
  }
`);

type Change = { agentPresenceChanged: { reason: string; status: { online: boolean } } };

const HEARTBEAT_MS = 200;
const GRACE_MS = 300;
let t: TestServer;
let admin: string;
let ann: Agent;
let bob: Agent;
let cid: Agent;
let dept: { departmentId: string; groupId: string };

const online = async (agent: Agent) =>
  (
    await fork(t).execute<Array<{ online: boolean }>>(
      `select online from agent_presence where employee_id = ?`,
      [agent.id],
    )
  )[0]?.online ?? false;

beforeAll(async () => {
  t = await startTestServer("presence-durable", {
    presenceGraceMs: GRACE_MS,
    presenceHeartbeatMs: HEARTBEAT_MS,
    jobsPollMs: 50,
  });
  admin = (await adminSession(t)).token;
  dept = await createDepartment(t, admin, "Durable");
  ann = await createAgent(t, admin, "Ann");
  bob = await createAgent(t, admin, "Bob");
  cid = await createAgent(t, admin, "Cid");
  for (const agent of [ann, bob, cid]) await addToGroup(t, admin, agent, dept.groupId, "PRIMARY_GROUP");
}, 60_000);
afterAll(async () => t?.stop());

describe("heartbeat (002 L7927)", () => {
  it("a live tab stays online long past the stale time: its instance refreshes it every heartbeat", async () => {
    const tab = t.ws(ann.token, { lazy: false });
    await waitFor(() => online(ann), 5000, "Ann online");
    // Ten heartbeats: several times the 3-interval stale time plus the grace period.
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 10));
    expect(await online(ann)).toBe(true);
    const [row] = await fork(t).execute<Array<{ age_ms: number }>>(
      `select extract(epoch from now() - max(heartbeat_at)) * 1000 as age_ms from presence_connection
        where employee_id = ?`,
      [ann.id],
    );
    expect(Number(row!.age_ms)).toBeLessThan(HEARTBEAT_MS * 3);
    await tab.dispose();
  });

  it("a crashed instance's connection goes stale and its agent goes offline, announced once", async () => {
    const watcher = collect<Change>(t.ws(admin), print(PresenceChanged), { employeeId: bob.globalId });
    await new Promise((r) => setTimeout(r, 300));
    // Bob's only tab sits on an instance that died without closing it: a row nobody refreshes any more.
    const em = fork(t);
    await em.execute(
      `insert into presence_connection (id, employee_id, instance_id, heartbeat_at, created_at, updated_at)
       values (?, ?, ?, now(), now(), now())`,
      [randomUUID(), bob.id, `dead-${randomUUID()}`],
    );
    await em.execute(
      `insert into agent_presence (id, employee_id, available, online, online_changed_at, created_at, updated_at)
       values (gen_random_uuid(), ?, true, true, now(), now(), now())
       on conflict (employee_id) do update set online = true`,
      [bob.id],
    );
    // Not before the stale time: a late heartbeat is not a disconnect.
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 2));
    expect(await online(bob)).toBe(true);
    await waitFor(async () => !(await online(bob)), 10_000, "Bob offline");
    await waitFor(async () => watcher.events.length > 0, 5000, "OFFLINE event");
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 3));
    expect(watcher.events.map((e) => e.agentPresenceChanged.reason)).toEqual(["OFFLINE"]);
    expect(await em.execute(`select 1 from presence_connection where employee_id = ?`, [bob.id])).toEqual([]);
    watcher.dispose();
  });
});

describe("Auto-Inactive through the durable job (000 L72-77)", () => {
  it("the recurring job makes an idle agent inactive for tickets and chats in the group", async () => {
    const tab = t.ws(cid.token, { lazy: false });
    await waitFor(() => online(cid), 5000, "Cid online");
    await setMembership(
      t,
      cid.id,
      dept.groupId,
      "auto_inactive_enabled = true, auto_inactive_minutes = 5, tickets_active = true, chats_active = true",
    );
    await ageActivity(t, cid.id, 10);
    // The current slot's tick is removed, so the worker inserts it again on its next poll and runs it.
    await fork(t).execute(
      `delete from job where kind = 'presence.expireInactiveAgents' and status <> 'RUNNING'`,
    );
    await waitFor(
      async () => !(await membershipRow(t, cid.id, dept.groupId)).tickets_active,
      15_000,
      "Cid inactive",
    );
    expect(await membershipRow(t, cid.id, dept.groupId)).toMatchObject({
      tickets_active: false,
      chats_active: false,
    });
    const done = await fork(t).execute(
      `select 1 from job where kind = 'presence.expireInactiveAgents' and status = 'DONE'`,
    );
    expect(done.length).toBeGreaterThan(0);
    await tab.dispose();
  });
});
