import type { EntityManager } from "@mikro-orm/postgresql";
import { login } from "../../core/testing/fixtures.js";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import type { TestServer } from "../../core/testing/test-server.js";
import { predefinedRoleIds } from "../accounts/testing.js";
import { AgentGroupMembership } from "../organization/index.js";
import { rawId } from "../organization/testing.js";

/** Test helpers of the distribution module: a department, agents and tickets through the API. */

const PASSWORD = "Dist-Test-Passw0rd!";

// codegen reads test files only, so these fixture operations are parsed here and typed by hand.
function graphql<T>(source: string): TypedDocumentNode<T, Record<string, unknown>> {
  return parse(source) as TypedDocumentNode<T, Record<string, unknown>>;
}

const CreateDepartment = graphql<{
  createDepartment: { department: { id: string; frontLineGroup: { id: string } } | null };
}>(`
  mutation DistFixtureCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        frontLineGroup {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const CreateEmployee = graphql<{
  createEmployee: { employee: { id: string } | null; userErrors: Array<{ code: string; message: string }> };
}>(`
  mutation DistFixtureCreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      employee {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const AddAgent = graphql<{
  addAgentToGroup: {
    membership: { id: string } | null;
    userErrors: Array<{ code: string; message: string }>;
  };
}>(`
  mutation DistFixtureAddAgent($input: AddAgentToGroupInput!) {
    addAgentToGroup(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export function fork(t: TestServer): EntityManager {
  return t.server.runtime.orm.em.fork() as EntityManager;
}

export interface Agent {
  name: string;
  id: string;
  globalId: string;
  token: string;
}

export async function createDepartment(t: TestServer, token: string, name: string) {
  const data = await t.ok(
    CreateDepartment,
    { input: { name, frontLineGroup: { newGroupName: `${name} L1` } } },
    token,
  );
  const d = data.createDepartment.department!;
  return { departmentId: d.id, groupId: d.frontLineGroup.id };
}

export async function createAgent(
  t: TestServer,
  token: string,
  name: string,
  role: "AGENT" | "MANAGER" | "ADMINISTRATOR" = "AGENT",
  maxTickets?: number,
): Promise<Agent> {
  const roles = await predefinedRoleIds(t);
  const data = await t.ok(
    CreateEmployee,
    {
      input: {
        username: name.toLowerCase(),
        displayName: name,
        email: `${name.toLowerCase()}@example.com`,
        password: PASSWORD,
        roleIds: [roles[role]],
        maxTickets: maxTickets ?? null,
      },
    },
    token,
  );
  if (data.createEmployee.userErrors.length) throw new Error(JSON.stringify(data.createEmployee.userErrors));
  const globalId = data.createEmployee.employee!.id;
  const session = await login(t, name.toLowerCase(), PASSWORD);
  return { name, id: rawId(globalId), globalId, token: session.accessToken };
}

/** Adds the agent to the group through the API, then sets ticketsActive in the row (no presence API yet). */
export async function addToGroup(
  t: TestServer,
  token: string,
  agent: Agent,
  groupId: string,
  ticketHandling: "PRIMARY_GROUP" | "SECONDARY_GROUP" | "PULL_FROM_QUEUE",
  options: { maxTickets?: number; active?: boolean } = {},
): Promise<void> {
  const data = await t.ok(
    AddAgent,
    {
      input: { employeeId: agent.globalId, groupId, ticketHandling, maxTickets: options.maxTickets ?? null },
    },
    token,
  );
  if (data.addAgentToGroup.userErrors.length)
    throw new Error(JSON.stringify(data.addAgentToGroup.userErrors));
  await setActive(t, agent, groupId, options.active ?? true);
}

export async function setActive(
  t: TestServer,
  agent: Agent,
  groupId: string,
  active: boolean,
): Promise<void> {
  await fork(t).nativeUpdate(
    AgentGroupMembership,
    { employee: agent.id, group: rawId(groupId) },
    { ticketsActive: active },
  );
}

const CreateTicket = graphql<{
  createTicket: {
    ticket: {
      id: string;
      countsTowardLimit: boolean;
      assignedAgent: { id: string } | null;
      history: { nodes: Array<{ field: string; note: string | null }> };
    } | null;
    userErrors: Array<{ code: string; message: string }>;
  };
}>(`
  mutation DistFixtureCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        id
        countsTowardLimit
        assignedAgent {
          id
        }
        history(first: 10) {
          nodes {
            field
            note
          }
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export interface TestGroup {
  departmentId: string;
  groupId: string;
}

/**
 * Creates a ticket in the group through the createTicket mutation (as a client would) and returns the
 * distribution's decision as the ticket shows it: agent, whether it counts, the explanation in the history.
 */
export async function newTicket(
  t: TestServer,
  token: string,
  where: TestGroup,
  extra: Record<string, unknown> = {},
) {
  const data = await t.ok(
    CreateTicket,
    {
      input: {
        subject: "Help",
        departmentId: where.departmentId,
        groupId: where.groupId,
        requesterEmail: "customer@example.com",
        ...extra,
      },
    },
    token,
  );
  const ticket = data.createTicket.ticket;
  if (!ticket) throw new Error(JSON.stringify(data.createTicket.userErrors));
  const note = ticket.history.nodes.find((h) => h.field === "assignedAgent")?.note ?? "";
  return {
    id: rawId(ticket.id),
    globalId: ticket.id,
    agentId: ticket.assignedAgent ? rawId(ticket.assignedAgent.id) : null,
    countsTowardLimit: ticket.countsTowardLimit,
    explanation: note,
  };
}

/** Active tickets per agent id ("queue" for none) in a group, straight from the database. */
export async function countsByAgent(t: TestServer, groupId: string): Promise<Record<string, number>> {
  const rows: Array<{ agent: string | null; n: string }> = await fork(t).execute(
    `select assigned_agent_id as agent, count(*) as n from ticket
      where group_id = ? and status = 'ACTIVE' and deleted_at is null group by assigned_agent_id`,
    [rawId(groupId)],
  );
  return Object.fromEntries(rows.map((r) => [r.agent ?? "queue", Number(r.n)]));
}
