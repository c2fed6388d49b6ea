import type { Client } from "graphql-ws";
import type { TestServer } from "../../core/testing/test-server.js";
import { rawId } from "../organization/testing.js";
import type { EntityManager } from "@mikro-orm/postgresql";
import { randomBytes } from "node:crypto";
import { build } from "../../core/db/base.entity.js";
import { Employee } from "../accounts/index.js";
import { Department, Group } from "../organization/index.js";
import { getTicketAssigner, Ticket, TicketStatus } from "../tickets/index.js";

function fork(t: TestServer): EntityManager {
  return t.server.runtime.orm.em.fork() as EntityManager;
}

/** An active ticket in the group, assigned by the installed assigner as the tickets service does. */
export async function assignedTicket(t: TestServer, groupGlobalId: string) {
  return fork(t).transactional(async (em) => {
    const group = await em.findOneOrFail(Group, { id: rawId(groupGlobalId) });
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
    });
    em.persist(ticket);
    await em.flush();
    const decision = await getTicketAssigner().assign(em, ticket, "NEW");
    ticket.assignedAgent = decision.agentId ? em.getReference(Employee, decision.agentId) : null;
    ticket.countsTowardLimit = decision.countsTowardLimit;
    await em.flush();
    return { id: ticket.id, agentId: decision.agentId };
  });
}

/** Test helpers of the presence module. */

/** The membership row of an agent in a group, straight from the database. */
export async function membershipRow(t: TestServer, employeeId: string, groupGlobalId: string) {
  const rows = await fork(t).execute<
    Array<{ tickets_active: boolean; chats_active: boolean | null; updated_at: Date }>
  >(
    `select tickets_active, chats_active, updated_at from agent_group_membership where employee_id = ? and group_id = ?`,
    [employeeId, rawId(groupGlobalId)],
  );
  return rows[0]!;
}

/** Sets membership settings behind the API (auto-inactive, chat handling), keeping the N/A check valid. */
export async function setMembership(
  t: TestServer,
  employeeId: string,
  groupGlobalId: string,
  sets: string,
  params: unknown[] = [],
): Promise<void> {
  await fork(t).execute(`update agent_group_membership set ${sets} where employee_id = ? and group_id = ?`, [
    ...params,
    employeeId,
    rawId(groupGlobalId),
  ]);
}

/** Moves the agent's recorded activity (and the membership's last change) into the past. */
export async function ageActivity(t: TestServer, employeeId: string, minutes: number): Promise<void> {
  const em = fork(t);
  await em.execute(
    `update agent_presence set last_activity_at = now() - make_interval(mins => ?), created_at = now() - make_interval(mins => ?) where employee_id = ?`,
    [minutes, minutes, employeeId],
  );
  await em.execute(
    `update agent_group_membership set updated_at = now() - make_interval(mins => ?) where employee_id = ?`,
    [minutes, employeeId],
  );
}

/** Collects the events of a graphql-ws subscription. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: T[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => (v.errors ? errors.push(...v.errors) : events.push(v.data as T)),
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return { events, errors, dispose };
}
