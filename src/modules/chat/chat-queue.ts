import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { LiveChat } from "./chat.entity.js";
import { ChatStatus } from "./chat.enums.js";
import type { ChatEventPayload } from "./chat.events.js";
import { lockChat, publishAfterCommit, statusEvent } from "./chat.events.js";
import { autoAssign } from "./chat-assign.js";

export { armChatTimer, CHAT_TIMEOUT_JOB } from "./chat-timer.js";
export const CHAT_DRAIN_JOB = "chat.drainQueues";

/** STATUS to every chat still queued in the groups: their queue positions moved. */
export async function queueMoved(em: EntityManager, groupIds: string[]): Promise<ChatEventPayload[]> {
  if (!groupIds.length) return [];
  const rows = await em.find(
    LiveChat,
    { status: ChatStatus.QUEUED, group: { $in: groupIds }, deletedAt: null },
    { fields: ["id"] },
  );
  return rows.map((r) => statusEvent(r.id));
}

/**
 * Hands queued chats of the groups to agents who have room, oldest first, one transaction per chat
 * (002 L3506: "Once an agent's active chats load falls below …, the system will assign additional live
 * chats"). Queued chats are claimed with SKIP LOCKED, so instances draining together never block or
 * double-assign; the agents' advisory locks keep every Max Active Live Chats. Returns how many it assigned.
 */
export async function drainQueues(app: AppRuntime, groupIds?: string[], em?: EntityManager): Promise<number> {
  const base = em ?? (app.orm.em.fork() as EntityManager);
  const groups =
    groupIds ??
    (
      await base.execute<Array<{ group_id: string }>>(
        `select distinct group_id from live_chat where status = 'QUEUED' and deleted_at is null and group_id is not null`,
      )
    ).map((r) => r.group_id);
  let assigned = 0;
  for (const groupId of groups) {
    for (;;) {
      const done = await base.transactional(async (trx) => {
        const [row] = await trx.execute<Array<{ id: string }>>(
          `select id from live_chat where status = 'QUEUED' and group_id = ? and deleted_at is null
            order by queued_at, chat_number limit 1 for update skip locked`,
          [groupId],
        );
        if (!row) return true;
        const chat = await lockChat(trx, row.id);
        const events: ChatEventPayload[] = [];
        const agent = await autoAssign(app, trx, chat, events, { reason: "QUEUE" });
        if (!agent) return true;
        await trx.flush();
        events.push(...(await queueMoved(trx, [groupId])));
        await publishAfterCommit(app, trx, events);
        return false;
      });
      if (done) break;
      assigned++;
    }
  }
  return assigned;
}

/** Groups an agent belongs to (to drain when they free up or become available). */
export async function groupsOfAgent(em: EntityManager, employeeId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ group_id: string }>>(
    `select group_id from agent_group_membership where employee_id = ? and chat_handling in ('PRIMARY_GROUP', 'SECONDARY_GROUP')`,
    [employeeId],
  );
  return rows.map((r) => r.group_id);
}
