import type { EntityManager } from "@mikro-orm/postgresql";

/** Advisory-lock class of distribution ("DIST"): the two-int form keeps these apart from other modules' keys. */
const LOCK_CLASS = 0x44495354;

/** A stable int4 key for an employee id (the first 32 bits of the uuid). */
function lockKey(employeeId: string): number {
  return Number.parseInt(employeeId.replace(/-/g, "").slice(0, 8), 16) | 0;
}

/**
 * Serialises every decision that reads and then changes the load of these agents, until the transaction
 * ends (pg_advisory_xact_lock: PostgreSQL and PGlite). One lock per agent, not per group, because the overall
 * Max Tickets spans groups. Keys are taken in ascending order, so two transactions never wait on each other
 * in a cycle; a key collision only serialises a little more.
 */
export async function lockAgents(em: EntityManager, employeeIds: Iterable<string>): Promise<void> {
  const keys = [...new Set([...employeeIds].map(lockKey))].sort((a, b) => a - b);
  if (!keys.length) return;
  // One statement for all keys (a group's members were one round trip each): unnest yields the array in
  // order and each row takes its lock before the next, so the ascending order still holds.
  await em.execute("select pg_advisory_xact_lock(?, k) from unnest(array[?]::int[]) as u(k)", [
    LOCK_CLASS,
    keys,
  ]);
}
