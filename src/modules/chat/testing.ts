import type { Client } from "graphql-ws";
import { waitFor } from "../../core/testing/instances.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { addToGroup, createAgent, fork } from "../distribution/testing.js";
import type { Agent } from "../distribution/testing.js";
import { rawId } from "../organization/testing.js";

/** Test helpers of the chat module: agents who receive chats, visitors who start them, event collectors. */

export interface ChatAgent extends Agent {
  socket: Client;
}

export interface ChatAgentOptions {
  max?: number;
  handling?: "PRIMARY_GROUP" | "SECONDARY_GROUP" | "PULL_FROM_QUEUE";
  role?: "AGENT" | "MANAGER" | "ADMINISTRATOR";
  online?: boolean;
  available?: boolean;
}

/** Waits until presence says the agent is online (their socket was announced). */
export async function waitOnline(t: TestServer, employeeId: string, online = true): Promise<void> {
  await waitFor(
    async () => {
      const rows = await fork(t).execute<Array<{ online: boolean }>>(
        "select online from agent_presence where employee_id = ?",
        [employeeId],
      );
      return (rows[0]?.online ?? false) === online;
    },
    10_000,
    `agent ${employeeId} online=${online}`,
  );
}

/**
 * An agent in the group who receives live chats: Chat Handling as given (default Primary), active for
 * chats, Max Active Live Chats `max`, signed in (a graphql-ws connection, so presence sees them online).
 */
export async function chatAgent(
  t: TestServer,
  adminToken: string,
  name: string,
  groupId: string,
  options: ChatAgentOptions = {},
): Promise<ChatAgent> {
  const agent = await createAgent(
    t,
    adminToken,
    name,
    options.role === "ADMINISTRATOR" ? "ADMINISTRATOR" : "AGENT",
  );
  // Managers must also be agents (002 L6272): the Manager role is added beside the Agent role.
  if (options.role === "MANAGER")
    await fork(t).execute(
      "insert into account_role (account_id, role_id) select ?, id from role where predefined = 'MANAGER'",
      [agent.id],
    );
  await addToGroup(t, adminToken, agent, groupId, "PRIMARY_GROUP");
  await joinGroup(t, agent, groupId, options.handling ?? "PRIMARY_GROUP");
  await fork(t).execute("update account set max_active_live_chats = ? where id = ?", [
    options.max ?? 2,
    agent.id,
  ]);
  const socket = t.ws(agent.token, { lazy: false });
  if (options.online ?? true) {
    await waitOnline(t, agent.id);
    if (options.available === false)
      await fork(t).execute("update agent_presence set available = false where employee_id = ?", [agent.id]);
  }
  return { ...agent, socket };
}

/** Chat handling and active-for-chats of an existing membership (behind the API, like presence tests do). */
export async function joinGroup(
  t: TestServer,
  agent: Agent,
  groupId: string,
  handling: string,
  active = true,
): Promise<void> {
  await fork(t).execute(
    "update agent_group_membership set chat_handling = ?, chats_active = ? where employee_id = ? and group_id = ?",
    [handling, handling === "CHAT_DISABLED" ? null : active, agent.id, rawId(groupId)],
  );
}

/** Collects the events of a graphql-ws subscription (data or errors). */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let completed = false;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => (v.errors ? errors.push(...v.errors) : events.push(v.data as T)),
      error: (e) => errors.push(e),
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    events,
    errors,
    dispose,
    get completed() {
      return completed;
    },
  };
}

export async function eventually(
  check: () => boolean | Promise<boolean>,
  what = "condition",
  timeoutMs = 10_000,
) {
  await waitFor(async () => Boolean(await check()), timeoutMs, what);
}

/** Active chats per agent id ("queue" for queued) in a group, straight from the database. */
export async function chatCounts(t: TestServer): Promise<Record<string, number>> {
  const rows = await fork(t).execute<Array<{ agent: string | null; status: string; n: string }>>(
    `select agent_id as agent, status, count(*) as n from live_chat where status <> 'ENDED' group by agent_id, status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status === "QUEUED" ? "queue" : r.agent!, Number(r.n)]));
}

/** Runs one operation (a mutation, typically) over a graphql-ws connection and resolves with its result. */
export function overWs<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  return new Promise<{
    data?: T | null;
    errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
  }>((resolve, reject) => {
    let result: {
      data?: T | null;
      errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
    } = {};
    client.subscribe<T>(
      { query, variables },
      {
        next: (v) => {
          result = v as typeof result;
        },
        error: (e) => {
          if (Array.isArray(e)) resolve({ errors: e });
          else reject(e);
        },
        complete: () => resolve(result),
      },
    );
  });
}
