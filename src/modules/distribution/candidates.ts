import { LoadStrategy } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Employee } from "../accounts/index.js";
import { AgentGroupMembership, TicketHandling } from "../organization/index.js";

/** One member of a group as the distribution sees it: settings, load and round-robin position. */
export interface Candidate {
  membership: AgentGroupMembership;
  employee: Employee;
  /** ACTIVE, not deleted tickets of this group that count toward the limit. */
  groupLoad: number;
  /** The same over all groups (the overall Max Tickets counts these). */
  overallLoad: number;
  /** Every ACTIVE, not deleted ticket of the agent in this group, counted or not (shown, not limited). */
  activeInGroup: number;
  lastAssignedAt: Date | null;
}

/** Why a member cannot receive a ticket now; null = eligible. */
export function skipReason(c: Candidate, options: { ignoreLimits?: boolean } = {}): string | null {
  const m = c.membership;
  if (m.ticketHandling === TicketHandling.PULL_FROM_QUEUE) return "pulls from the queue";
  if (c.employee.disabled) return "account disabled";
  if (!m.ticketsActive) return "inactive in group";
  if (options.ignoreLimits) return null;
  if (m.maxTickets !== null && m.maxTickets !== undefined && c.groupLoad >= m.maxTickets) {
    return `at group max ${c.groupLoad}/${m.maxTickets}`;
  }
  const overall = c.employee.maxTickets;
  if (overall !== null && overall !== undefined && c.overallLoad >= overall) {
    return `at overall max ${c.overallLoad}/${overall}`;
  }
  return null;
}

interface LoadRow {
  agent_id: string;
  group_load: string | number;
  overall_load: string | number;
  active_in_group: string | number;
  last_assigned_at: Date | string | null;
}

/**
 * The members of a group with their loads, read with fresh statements (after lockAgents they see every
 * committed assignment). Loads count tickets with `countsTowardLimit`, which the tickets module clears when
 * a ticket leaves ACTIVE; the status filter keeps the count right even if a row was missed.
 */
export async function loadCandidates(em: EntityManager, groupId: string): Promise<Candidate[]> {
  const memberships = await em.find(
    AgentGroupMembership,
    { group: groupId },
    {
      populate: ["employee"],
      strategy: LoadStrategy.JOINED,
      refresh: true,
      orderBy: { createdAt: "asc", id: "asc" },
    },
  );
  if (!memberships.length) return [];
  const ids = memberships.map((m) => m.employee.id);
  // Loads and rotation positions in one statement (a ticket's creation runs this on every submission).
  const loads: LoadRow[] = await em.execute(
    `select e.id as agent_id, l.group_load, l.overall_load, l.active_in_group, s.last_assigned_at
       from unnest(?::uuid[]) as e(id)
       left join (
         select t.assigned_agent_id as agent_id,
                count(*) filter (where t.group_id = ? and t.counts_toward_limit) as group_load,
                count(*) filter (where t.counts_toward_limit) as overall_load,
                count(*) filter (where t.group_id = ?) as active_in_group
           from ticket t
          where t.assigned_agent_id = any(?::uuid[]) and t.status = 'ACTIVE' and t.deleted_at is null
          group by t.assigned_agent_id
       ) l on l.agent_id = e.id
       left join distribution_state s on s.employee_id = e.id and s.group_id = ?`,
    [`{${ids.join(",")}}`, groupId, groupId, `{${ids.join(",")}}`, groupId],
  );
  const loadOf = new Map(loads.map((r) => [r.agent_id, r]));
  return memberships.map((membership) => {
    const row = loadOf.get(membership.employee.id);
    const last = row?.last_assigned_at;
    return {
      membership,
      employee: membership.employee,
      groupLoad: Number(row?.group_load ?? 0),
      overallLoad: Number(row?.overall_load ?? 0),
      activeInGroup: Number(row?.active_in_group ?? 0),
      lastAssignedAt: last ? new Date(last) : null,
    };
  });
}

/**
 * Round robin: the eligible agent who least recently received a ticket from this group by distribution
 * (never = first), ties by membership age. Rotation rather than "least loaded" is what keeps an agent back
 * from holidays from receiving a burst of tickets (002 L2925).
 */
export function byRotation(a: Candidate, b: Candidate): number {
  const ta = a.lastAssignedAt?.getTime() ?? -Infinity;
  const tb = b.lastAssignedAt?.getTime() ?? -Infinity;
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ca = a.membership.createdAt.getTime();
  const cb = b.membership.createdAt.getTime();
  if (ca !== cb) return ca - cb;
  return a.membership.id < b.membership.id ? -1 : 1;
}

export function describeLast(c: Candidate): string {
  return c.lastAssignedAt ? c.lastAssignedAt.toISOString() : "never";
}
