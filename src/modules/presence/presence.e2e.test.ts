import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession, login } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { insertRole } from "../accounts/testing.js";
import { addToGroup, createAgent, createDepartment, fork } from "../distribution/testing.js";
import type { Agent } from "../distribution/testing.js";
import { expireInactiveAgents } from "./index.js";
import { ageActivity, assignedTicket, membershipRow, setMembership } from "./testing.js";

const MyGroups = graphql(`
  query PresMyActiveGroups {
    myActiveGroups {
      status {
        employeeId
        availability
        active
      }
      groups {
        groupId
        ticketsActive
        chatsActive
        callsActive
      }
    }
  }
`);

const AgentGroups = graphql(`
  query PresAgentActiveGroups($employeeId: ID!) {
    agentActiveGroups(employeeId: $employeeId) {
      groups {
        groupId
        ticketsActive
        chatsActive
      }
    }
  }
`);

const SetMine = graphql(`
  mutation PresSetMyActiveGroups($input: SetMyActiveGroupsInput!) {
    setMyActiveGroups(input: $input) {
      activeGroups {
        groups {
          groupId
          ticketsActive
          chatsActive
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const SetAgent = graphql(`
  mutation PresSetAgentActiveGroups($input: SetAgentActiveGroupsInput!) {
    setAgentActiveGroups(input: $input) {
      activeGroups {
        groups {
          groupId
          ticketsActive
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const SetAvailability = graphql(`
  mutation PresSetMyAvailability($input: SetMyAvailabilityInput!) {
    setMyAvailability(input: $input) {
      status {
        availability
      }
      userErrors {
        code
      }
    }
  }
`);

const Dashboard = graphql(`
  query PresDashboard {
    activeAgentsDashboard {
      byAgent {
        status {
          displayName
          active
        }
        ticketGroups {
          active
          total
        }
      }
      byGroup {
        name
        ticketAgents {
          active
          total
        }
      }
      byDepartment {
        name
      }
    }
  }
`);

let t: TestServer;
let admin: string;
let sales: { departmentId: string; groupId: string };
let support: { departmentId: string; groupId: string };
let ann: Agent;
let bob: Agent;
let manager: Agent;

beforeAll(async () => {
  t = await startTestServer("presence");
  admin = (await adminSession(t)).token;
  sales = await createDepartment(t, admin, "Sales");
  support = await createDepartment(t, admin, "Support");
  ann = await createAgent(t, admin, "Ann");
  bob = await createAgent(t, admin, "Bob");
  manager = await createAgent(t, admin, "Mona");
  await fork(t).execute(
    `insert into account_role (account_id, role_id) select ?, id from role where predefined = 'MANAGER'`,
    [manager.id],
  );
  await addToGroup(t, admin, ann, sales.groupId, "PRIMARY_GROUP", { active: false });
  await addToGroup(t, admin, ann, support.groupId, "PULL_FROM_QUEUE", { active: false });
  await addToGroup(t, admin, bob, support.groupId, "PRIMARY_GROUP", { active: false });
  await addToGroup(t, admin, manager, sales.groupId, "PULL_FROM_QUEUE", { active: false });
  // Ann is excluded from Support's live chats: N/A (003 L11).
  await setMembership(t, ann.id, support.groupId, "chat_handling = 'CHAT_DISABLED', chats_active = null");
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe("availability and active groups", () => {
  it("lists the agent's groups with N/A where chat is disabled, calls always N/A", async () => {
    const data = await t.ok(MyGroups, {}, ann.token);
    expect(data.myActiveGroups.status.availability).toBe("AVAILABLE");
    const bySupport = data.myActiveGroups.groups.find((g) => g.groupId === support.groupId)!;
    const bySales = data.myActiveGroups.groups.find((g) => g.groupId === sales.groupId)!;
    expect(bySupport).toMatchObject({ ticketsActive: false, chatsActive: null, callsActive: null });
    expect(bySales).toMatchObject({ ticketsActive: false, chatsActive: false, callsActive: null });
  });

  it("goes active per group and channel; Pull from Queue keeps a tickets checkbox; N/A chats are refused", async () => {
    const done = await t.ok(
      SetMine,
      {
        input: {
          changes: [
            { groupId: sales.groupId, tickets: true, chats: true },
            { groupId: support.groupId, tickets: true },
          ],
        },
      },
      ann.token,
    );
    expect(done.setMyActiveGroups.userErrors).toEqual([]);
    expect(await membershipRow(t, ann.id, support.groupId)).toMatchObject({
      tickets_active: true,
      chats_active: null,
    });
    expect(await membershipRow(t, ann.id, sales.groupId)).toMatchObject({
      tickets_active: true,
      chats_active: true,
    });

    const refused = await t.ok(
      SetMine,
      {
        input: {
          changes: [
            { groupId: sales.groupId, tickets: false },
            { groupId: support.groupId, chats: true },
          ],
        },
      },
      ann.token,
    );
    expect(refused.setMyActiveGroups.userErrors).toEqual([
      { code: "NOT_APPLICABLE", field: ["input", "changes", "1", "chats"] },
    ]);
    // Nothing was written: Sales tickets stay active.
    expect((await membershipRow(t, ann.id, sales.groupId)).tickets_active).toBe(true);

    const notMember = await t.ok(
      SetMine,
      { input: { changes: [{ groupId: support.groupId, tickets: true }] } },
      manager.token,
    );
    expect(notMember.setMyActiveGroups.userErrors[0]!.code).toBe("NOT_MEMBER");
  });

  it("column header switches set every group at once", async () => {
    const data = await t.ok(SetMine, { input: { allTickets: false, allChats: false } }, ann.token);
    expect(data.setMyActiveGroups.activeGroups!.groups.map((g) => [g.ticketsActive, g.chatsActive])).toEqual(
      expect.arrayContaining([
        [false, false],
        [false, null],
      ]),
    );
  });

  it("Available / Unavailable is global", async () => {
    const data = await t.ok(SetAvailability, { input: { availability: "UNAVAILABLE" } }, ann.token);
    expect(data.setMyAvailability.status!.availability).toBe("UNAVAILABLE");
    expect((await t.ok(MyGroups, {}, ann.token)).myActiveGroups.status.availability).toBe("UNAVAILABLE");
    await t.ok(SetAvailability, { input: { availability: "AVAILABLE" } }, ann.token);
  });
});

describe("who may set whose status", () => {
  it("an agent without Manage Agent Status sees but cannot change their groups (002 L6717-6719)", async () => {
    await insertRole(t, "No status", "EMPLOYEE", [
      { feature: "DISTRIBUTION", level: "CUSTOM", customActions: ["TRANSFER_WORK_ITEMS"] },
    ]);
    await fork(t).execute(
      `delete from account_role where account_id = ? and role_id in (select id from role where predefined = 'AGENT');
       insert into account_role (account_id, role_id) select ?, id from role where name = 'No status'`,
      [bob.id, bob.id],
    );
    await setMembership(t, bob.id, support.groupId, "go_active_on_login = false");
    const session = await login(t, "bob", "Dist-Test-Passw0rd!");
    expect((await t.ok(MyGroups, {}, session.accessToken)).myActiveGroups.groups).toHaveLength(1);
    const denied = await t.gql(SetMine, { input: { allTickets: true } }, session.accessToken);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await membershipRow(t, bob.id, support.groupId)).tickets_active).toBe(false);
    // The administrator sets it for him.
    const set = await t.ok(SetAgent, { input: { employeeId: bob.globalId, allTickets: true } }, admin);
    expect(set.setAgentActiveGroups.activeGroups!.groups[0]!.ticketsActive).toBe(true);
  });

  it("managers see and set agents of their departments only; agents see no one else", async () => {
    const seen = await t.ok(AgentGroups, { employeeId: ann.globalId }, manager.token);
    // Only Ann's Sales group is in Mona's departments.
    expect(seen.agentActiveGroups.groups.map((g) => g.groupId)).toEqual([sales.groupId]);
    const outside = await t.gql(AgentGroups, { employeeId: bob.globalId }, manager.token);
    expect(outside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const setOutside = await t.gql(
      SetAgent,
      { input: { employeeId: bob.globalId, allTickets: false } },
      manager.token,
    );
    expect(setOutside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await membershipRow(t, bob.id, support.groupId)).tickets_active).toBe(true);
    const byAgent = await t.gql(AgentGroups, { employeeId: manager.globalId }, ann.token);
    expect(byAgent.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Setting Ann active in Sales leaves her Support membership (outside Mona's scope) alone.
    await t.ok(SetAgent, { input: { employeeId: ann.globalId, allTickets: true } }, manager.token);
    expect((await membershipRow(t, ann.id, sales.groupId)).tickets_active).toBe(true);
    expect((await membershipRow(t, ann.id, support.groupId)).tickets_active).toBe(false);
  });

  it("the dashboard counts agents within the manager's departments", async () => {
    const data = await t.ok(Dashboard, {}, manager.token);
    expect(data.activeAgentsDashboard.byDepartment.map((d) => d.name)).toEqual(["Sales"]);
    expect(data.activeAgentsDashboard.byGroup[0]!.ticketAgents).toEqual({ active: 1, total: 2 });
    const denied = await t.gql(Dashboard, {}, ann.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("login and Auto-Inactive", () => {
  it("goes active at login in groups with Automatically go active upon login (000 L79)", async () => {
    await setMembership(
      t,
      ann.id,
      sales.groupId,
      "tickets_active = false, chats_active = false, go_active_on_login = true",
    );
    await setMembership(t, ann.id, support.groupId, "tickets_active = false, go_active_on_login = false");
    await t.ok(SetAvailability, { input: { availability: "UNAVAILABLE" } }, ann.token);
    const session = await login(t, "ann", "Dist-Test-Passw0rd!");
    expect(await membershipRow(t, ann.id, sales.groupId)).toMatchObject({
      tickets_active: true,
      chats_active: true,
    });
    expect((await membershipRow(t, ann.id, support.groupId)).tickets_active).toBe(false);
    const data = await t.ok(MyGroups, {}, session.accessToken);
    expect(data.myActiveGroups.status.availability).toBe("AVAILABLE");
  });

  it("goes inactive after the idle minutes and hands the tickets off when asked (000 L72-77)", async () => {
    // Bob (active in Support) takes a ticket; Ann is not eligible there, so the hand-off reaches the queue
    // or another agent: either way it leaves Bob.
    await setMembership(
      t,
      bob.id,
      support.groupId,
      "auto_inactive_enabled = true, auto_inactive_minutes = 5, hand_off_on_auto_inactive = true, tickets_active = true",
    );
    await setMembership(t, ann.id, sales.groupId, "auto_inactive_enabled = true, auto_inactive_minutes = 60");
    const ticket = await assignedTicket(t, support.groupId);
    expect(ticket.agentId).toBe(bob.id);
    await fork(t).execute(
      `insert into agent_presence (id, employee_id, available, online, created_at, updated_at)
       values (gen_random_uuid(), ?, true, false, now(), now()) on conflict do nothing`,
      [bob.id],
    );
    await ageActivity(t, bob.id, 10);
    await ageActivity(t, ann.id, 10);

    expect(await expireInactiveAgents(t.server.runtime)).toBe(1);
    expect(await membershipRow(t, bob.id, support.groupId)).toMatchObject({ tickets_active: false });
    // Ann's 60 minutes are not up.
    expect((await membershipRow(t, ann.id, sales.groupId)).tickets_active).toBe(true);
    const [row] = await fork(t).execute<Array<{ assigned_agent_id: string | null }>>(
      `select assigned_agent_id from ticket where id = ?`,
      [ticket.id],
    );
    expect(row!.assigned_agent_id).not.toBe(bob.id);
    // Idempotent: nothing left to expire.
    expect(await expireInactiveAgents(t.server.runtime)).toBe(0);
  });

  it("without hand-off the tickets stay", async () => {
    await setMembership(
      t,
      bob.id,
      support.groupId,
      "hand_off_on_auto_inactive = false, tickets_active = true",
    );
    const ticket = await assignedTicket(t, support.groupId);
    await ageActivity(t, bob.id, 10);
    expect(await expireInactiveAgents(t.server.runtime)).toBe(1);
    const [row] = await fork(t).execute<Array<{ assigned_agent_id: string | null }>>(
      `select assigned_agent_id from ticket where id = ?`,
      [ticket.id],
    );
    expect(row!.assigned_agent_id).toBe(bob.id);
  });
});
