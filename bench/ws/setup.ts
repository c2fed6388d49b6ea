import { recreateDatabase } from "../lib/db.js";
import { gql, mapLimit } from "../lib/gql.js";
import { spawnDeskgraph } from "../lib/proc.js";
import type { Spawned } from "../lib/proc.js";
import {
  BenchAddAgentToGroup,
  BenchCreateDepartment,
  BenchCreateEmployee,
  BenchRoles,
  BenchSetup,
} from "../tickets/operations.js";
import { BENCH_ADMIN, BENCH_AGENT_PASSWORD, login } from "../tickets/seed-api.js";

export const WS_DATABASE_URL =
  process.env.BENCH_WS_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bench_ws";

export interface WsAccounts {
  adminToken: string;
  departmentId: string;
  groupId: string;
  /** Administrators watching the dashboard (subscribers of the fan-out). */
  watchers: string[];
  /** Agents of the department's front line group: the fan-out's trigger and the chat agents. */
  agents: Array<{ id: string; username: string }>;
  /** A second department whose only agents pull from the queue, so new tickets stay queued. */
  queueDepartmentId: string;
  /** Those agents: subscribers of the queue fan-out. */
  queueWatchers: string[];
}

/**
 * A fresh database `bench_ws`, migrated by the server, with accounts made through the API: `watchers`
 * administrators and `agents` agents in one department's front line group.
 */
export async function setupWsDatabase(port: number, watchers: number, agents: number): Promise<WsAccounts> {
  // watchers: administrators (presence fan-out) and as many pull-from-queue agents (queue fan-out).
  await recreateDatabase(WS_DATABASE_URL);
  const server: Spawned = await spawnDeskgraph(WS_DATABASE_URL, port, { JOBS_ENABLED: "false" });
  try {
    const url = `${server.url}/graphql`;
    await gql(url, BenchSetup, {
      input: {
        adminUsername: BENCH_ADMIN.username,
        adminPassword: BENCH_ADMIN.password,
        adminDisplayName: "Bench Admin",
        adminEmail: "admin@bench.example",
        companyName: "Bench Inc",
        timeZone: "UTC",
      },
    });
    const adminToken = (await login(url, BENCH_ADMIN.username, BENCH_ADMIN.password)).accessToken;
    const roles = (await gql(url, BenchRoles, {}, adminToken)).roles.nodes;
    const roleIds = (names: string[]) =>
      roles.filter((r) => names.includes(r.predefined ?? "")).map((r) => r.id);
    const base = ["EVERYONE", "REGISTERED_USER", "REGISTERED_USER_VERIFIED_EMAIL", "AGENT"];
    const department = (
      await gql(
        url,
        BenchCreateDepartment,
        { input: { name: "Live", frontLineGroup: { newGroupName: "Live L1" } } },
        adminToken,
      )
    ).createDepartment.department!;
    const create = (username: string, roleNames: string[], extra: Record<string, unknown> = {}) =>
      gql(
        url,
        BenchCreateEmployee,
        {
          input: {
            username,
            displayName: username,
            email: `${username}@bench.example`,
            password: BENCH_AGENT_PASSWORD,
            roleIds: roleIds(roleNames),
            ...extra,
          },
        },
        adminToken,
      ).then((r) => r.createEmployee.employee!.id);
    const watcherNames = Array.from({ length: watchers }, (_, i) => `watcher${i}`);
    await mapLimit(watcherNames, 4, (name) => create(name, [...base, "ADMINISTRATOR"]));
    const agentNames = Array.from({ length: agents }, (_, i) => `liveagent${i}`);
    const agentIds = await mapLimit(agentNames, 4, async (name) => {
      // 200 chats over 20 agents: room for 20 each.
      const id = await create(name, base, { maxActiveLiveChats: 20 });
      await gql(
        url,
        BenchAddAgentToGroup,
        { input: { groupId: department.frontLineGroup.id, employeeId: id } },
        adminToken,
      );
      return id;
    });
    const queue = (
      await gql(
        url,
        BenchCreateDepartment,
        { input: { name: "Queue", frontLineGroup: { newGroupName: "Queue L1" } } },
        adminToken,
      )
    ).createDepartment.department!;
    const queueNames = Array.from({ length: watchers }, (_, i) => `queuewatcher${i}`);
    await mapLimit(queueNames, 4, async (name) => {
      const id = await create(name, base);
      await gql(
        url,
        BenchAddAgentToGroup,
        { input: { groupId: queue.frontLineGroup.id, employeeId: id, ticketHandling: "PULL_FROM_QUEUE" } },
        adminToken,
      );
    });
    return {
      queueDepartmentId: queue.id,
      queueWatchers: queueNames,
      adminToken,
      departmentId: department.id,
      groupId: department.frontLineGroup.id,
      watchers: watcherNames,
      agents: agentIds.map((id, i) => ({ id, username: agentNames[i]! })),
    };
  } finally {
    await server.stop();
  }
}

/** Signs the accounts in on a (fresh) server; tokens are per server run. */
export async function signIn(graphqlUrl: string, usernames: string[]): Promise<string[]> {
  return mapLimit(usernames, 4, async (u) => (await login(graphqlUrl, u, BENCH_AGENT_PASSWORD)).accessToken);
}
