import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AppRuntime } from "../../core/runtime.js";
import { CustomFieldOwnerType, deleteCustomFieldValues } from "../custom-fields/index.js";
import { LiveChat } from "./chat.entity.js";
import { ChatStatus } from "./chat.enums.js";
import { recordChatEvent } from "./chat.events.js";

export const CHAT_RETENTION_JOB = "chat.retention";
/** Days are the unit of both rules: an hourly sweep is precise enough and costs two indexed queries. */
export const CHAT_RETENTION_SWEEP_SECONDS = 3600;
/** Deleted items are purged every 90 days (002 L3517, L7946); 002 L4825's "30 days" is read as a typo. */
export const CHAT_PURGE_AFTER_DAYS = 90;

const purgeCutoff = (now: Date) => new Date(now.getTime() - CHAT_PURGE_AFTER_DAYS * 86_400_000);

/** Chats handled per sweep; the next sweep continues, so a backlog drains without a long transaction. */
const BATCH = 200;

/**
 * Auto-Delete After (002 L7460): ended chats of a department with the setting, ended at least that many days
 * ago, not yet deleted. Counted from endedAt (a chat is "older" from when it stopped changing).
 */
const AUTO_DELETE = `select c.id from live_chat c
    join department_chat_settings s on s.department_id = c.department_id
   where c.status = 'ENDED' and c.deleted_at is null and s.auto_delete_after_days is not null
     and c.ended_at <= ?::timestamptz - s.auto_delete_after_days * interval '1 day'
   order by c.ended_at limit ${BATCH}`;

/**
 * One retention sweep in `em`'s transaction (the job's): auto-delete (the same soft delete as a manager's,
 * restorable, recorded as chat.deleted without an actor), each chat locked and re-checked in a savepoint so a
 * concurrent restore or delete wins; then the purge of chats deleted more than 90 days ago.
 */
export async function applyChatRetention(
  app: AppRuntime,
  em: EntityManager,
  now: Date = new Date(),
): Promise<{ deleted: number; purged: number }> {
  let deleted = 0;
  const rows = await em.execute<Array<{ id: string }>>(AUTO_DELETE, [now.toISOString()]);
  for (const { id } of rows) {
    await em.transactional(async (tx) => {
      const chat = await tx.findOne(
        LiveChat,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!chat || chat.deletedAt || chat.status !== ChatStatus.ENDED) return;
      chat.deletedAt = now;
      await tx.flush();
      await recordChatEvent(app, tx, chat, "chat.deleted", null, { auto: true });
      deleted += 1;
    });
  }
  const purged = await purgeDeletedChats(em, purgeCutoff(now), BATCH * 5);
  return { deleted, purged };
}

/**
 * Hard-deletes chats deleted before `cutoff`: messages and participants cascade; custom field values are
 * stored generically (no foreign key) and go explicitly; visitors left without chats go too (their token
 * then reconnects to nothing). Purge records no event: nothing is left to refer to.
 */
export async function purgeDeletedChats(
  em: EntityManager,
  olderThan?: Date | null,
  limit?: number,
): Promise<number> {
  const cutoff = olderThan ?? purgeCutoff(new Date());
  return em.transactional(async (tx) => {
    const chats = await tx.find(
      LiveChat,
      { deletedAt: { $lt: cutoff } },
      { fields: ["id", "visitor"], limit },
    );
    if (!chats.length) return 0;
    const ids = chats.map((c) => c.id);
    const visitors = [...new Set(chats.map((c) => c.visitor.id))];
    await deleteCustomFieldValues(tx, CustomFieldOwnerType.LIVE_CHAT, ids);
    const count = await tx.nativeDelete(LiveChat, { id: { $in: ids } });
    await tx.execute(
      `delete from chat_visitor v where v.id = any(?::uuid[])
          and not exists (select 1 from live_chat c where c.visitor_id = v.id)`,
      [`{${visitors.join(",")}}`],
    );
    return count;
  });
}
