import { gql, mapLimit } from "../lib/gql.js";
import {
  BenchAddAgentToGroup,
  BenchCreateDepartment,
  BenchCreateEmployee,
  BenchCreateGroup,
  BenchCreateTicket,
  BenchLogin,
  BenchRoles,
  BenchSetActiveGroups,
  BenchSetup,
} from "./operations.js";

/** Credentials the seed creates; the benchmark signs in with them. */
export const BENCH_ADMIN = { username: "admin", password: "Bench-Admin-Passw0rd!" };
export const BENCH_AGENT_PASSWORD = "Bench-Agent-Passw0rd!";
export const agentUsername = (i: number) => `agent${String(i).padStart(3, "0")}`;

export interface ApiSetup {
  adminToken: string;
  departmentIds: string[];
  groupIds: string[];
  agentIds: string[];
  templateTicketId: string;
}

export async function login(url: string, username: string, password: string) {
  const data = await gql(url, BenchLogin, { input: { username, password } });
  return data.login.session!;
}

/**
 * Everything the services own, created through the real API: installation, departments with groups, agents
 * (Agent role, a primary group and a secondary group each, active for tickets) and one template ticket whose
 * rows the SQL seed copies, so the bulk rows look exactly like the ones createTicket writes.
 */
export async function setupThroughApi(
  url: string,
  options: { departments: number; groupsPerDepartment: number; agents: number },
): Promise<ApiSetup> {
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
  const agentRoles = roles
    .filter((r) =>
      ["EVERYONE", "REGISTERED_USER", "REGISTERED_USER_VERIFIED_EMAIL", "AGENT"].includes(r.predefined ?? ""),
    )
    .map((r) => r.id);

  const departmentIds: string[] = [];
  const groupIds: string[] = [];
  for (let d = 0; d < options.departments; d++) {
    const name = `Department ${d + 1}`;
    const created = await gql(
      url,
      BenchCreateDepartment,
      { input: { name, frontLineGroup: { newGroupName: `${name} L1` } } },
      adminToken,
    );
    const department = created.createDepartment.department!;
    departmentIds.push(department.id);
    groupIds.push(department.frontLineGroup.id);
    for (let g = 1; g < options.groupsPerDepartment; g++) {
      const group = await gql(
        url,
        BenchCreateGroup,
        { input: { departmentId: department.id, name: `${name} L${g + 1}` } },
        adminToken,
      );
      groupIds.push(group.createGroup.group!.id);
    }
  }

  const indexes = Array.from({ length: options.agents }, (_, i) => i);
  const agentIds = await mapLimit(indexes, 4, async (i) => {
    const username = agentUsername(i);
    const created = await gql(
      url,
      BenchCreateEmployee,
      {
        input: {
          username,
          displayName: `Agent ${i}`,
          email: `${username}@bench.example`,
          password: BENCH_AGENT_PASSWORD,
          roleIds: agentRoles,
        },
      },
      adminToken,
    );
    const employeeId = created.createEmployee.employee!.id;
    // Primary in one group, secondary in another department's group: every group has both kinds.
    const primary = groupIds[i % groupIds.length]!;
    const secondary = groupIds[(i + Math.ceil(groupIds.length / 2)) % groupIds.length]!;
    for (const [groupId, ticketHandling] of [
      [primary, "PRIMARY_GROUP"],
      [secondary, "SECONDARY_GROUP"],
    ] as const) {
      if (groupId === primary && ticketHandling === "SECONDARY_GROUP") continue;
      await gql(url, BenchAddAgentToGroup, { input: { groupId, employeeId, ticketHandling } }, adminToken);
    }
    await gql(url, BenchSetActiveGroups, { input: { employeeId, allTickets: true } }, adminToken);
    return employeeId;
  });

  const template = await gql(
    url,
    BenchCreateTicket,
    {
      input: {
        subject: "Template ticket",
        departmentId: departmentIds[0]!,
        requesterEmail: "template@bench.example",
        message: { textBody: "The ticket whose rows the seed copies." },
      },
    },
    adminToken,
  );
  return {
    adminToken,
    departmentIds,
    groupIds,
    agentIds,
    templateTicketId: template.createTicket.ticket!.id,
  };
}
