import type { EntityManager } from "@mikro-orm/postgresql";
import { randomBytes } from "node:crypto";
import { build } from "../../core/db/base.entity.js";
import { login } from "../../core/testing/fixtures.js";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import type { TestServer } from "../../core/testing/test-server.js";
import { predefinedRoleIds } from "../accounts/testing.js";
import { Employee } from "../accounts/index.js";
import { AgentGroupMembership, Department, Group } from "../organization/index.js";
import { rawId } from "../organization/testing.js";
import { getTicketAssigner, Ticket, TicketStatus } from "../tickets/index.js";
import type { AssignmentReason } from "../tickets/index.js";

/** Test helpers of the distribution module: a department, agents through the API, tickets through the assigner. */

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

/**
 * Creates a ticket as the tickets service does (flush, then ask the installed assigner inside the same
 * transaction, then apply the decision). Replace with the createTicket mutation once it is served.
 */
export async function newTicket(
  t: TestServer,
  groupId: string,
  reason: AssignmentReason = "NEW",
  init: Partial<Ticket> = {},
) {
  return fork(t).transactional(async (em) => {
    const group = await em.findOneOrFail(Group, { id: rawId(groupId) });
    const department = await em.findOneOrFail(
      Department,
      { id: group.department.id },
      { populate: ["brand"] },
    );
    const ticket = build(Ticket, {
      ticketNumber: randomBytes(8).toString("hex"),
      subject: "Help",
      brand: department.brand,
      department,
      group,
      requesterEmail: "customer@example.com",
      status: TicketStatus.ACTIVE,
      ...init,
    });
    em.persist(ticket);
    await em.flush();
    const decision = await getTicketAssigner().assign(em, ticket, reason);
    ticket.assignedAgent = decision.agentId ? em.getReference(Employee, decision.agentId) : null;
    ticket.countsTowardLimit = decision.countsTowardLimit;
    await em.flush();
    return { id: ticket.id, ...decision };
  });
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
