import type { EntityManager } from "@mikro-orm/postgresql";
import { scheduleTimer } from "../../core/jobs/schedule.js";

export const CHAT_TIMEOUT_JOB = "chat.timeout";

/** (Re)arms the chat's one timeout timer (idle, abandon): the handler re-checks what is due. */
export async function armChatTimer(em: EntityManager, chatId: string, runAt: Date): Promise<void> {
  await scheduleTimer(em, { kind: CHAT_TIMEOUT_JOB, key: chatId, runAt, payload: { chatId } });
}
