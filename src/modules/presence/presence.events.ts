import type { EntityManager } from "@mikro-orm/postgresql";
import { afterCommit } from "../../core/db/after-commit.js";
import type { AppRuntime } from "../../core/runtime.js";

/** Topic of agentPresenceChanged, activeGroupsChanged and dashboardCounts. */
export const PRESENCE_CHANGED = "PRESENCE_CHANGED";

export type PresenceChangeReason =
  "AVAILABILITY" | "ONLINE" | "OFFLINE" | "ACTIVE_GROUPS" | "AUTO_INACTIVE" | "LOGIN";

/** JSON-safe (it crosses instances through Redis): ids, strings, no Dates. */
export interface PresenceChangedEvent {
  employeeId: string;
  /** Departments of the agent's groups at the time: who may see the change is decided from these. */
  departmentIds: string[];
  reason: PresenceChangeReason;
  occurredAt: string;
}

/** Departments of the agent's group memberships. */
export async function departmentsOf(em: EntityManager, employeeId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ department_id: string }>>(
    `select distinct g.department_id from agent_group_membership m
       join department_group g on g.id = m.group_id where m.employee_id = ?`,
    [employeeId],
  );
  return rows.map((r) => r.department_id);
}

/**
 * Work other modules do in the very transaction that records a presence change (the chat module arms its
 * disconnect hand-off timers when an agent goes OFFLINE): durable where a pub/sub listener would not be.
 * Process-wide, like the socket hooks; each call receives the runtime of its server.
 */
export type PresenceChangeHook = (
  app: AppRuntime,
  em: EntityManager,
  employeeId: string,
  reason: PresenceChangeReason,
) => Promise<void>;

const changeHooks: PresenceChangeHook[] = [];

export function registerPresenceChangeHook(hook: PresenceChangeHook): void {
  changeHooks.push(hook);
}

/** Publishes once `em`'s transaction commits (subscribers reload the rows); hooks run in the transaction. */
export async function publishPresence(
  app: AppRuntime,
  em: EntityManager,
  employeeId: string,
  reason: PresenceChangeReason,
): Promise<void> {
  for (const hook of changeHooks) await hook(app, em, employeeId, reason);
  const departmentIds = await departmentsOf(em, employeeId);
  await afterCommit(em, () => {
    const event: PresenceChangedEvent = {
      employeeId,
      departmentIds,
      reason,
      occurredAt: new Date().toISOString(),
    };
    app.pubsub.publish(PRESENCE_CHANGED, event);
  });
}
