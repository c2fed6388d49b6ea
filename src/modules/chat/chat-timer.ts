import type { EntityManager } from "@mikro-orm/postgresql";
import { scheduleTimer } from "../../core/jobs/schedule.js";

export const CHAT_TIMEOUT_JOB = "chat.timeout";

/**
 * Arms the chat's one timeout timer (idle, abandon, hand-offs) to run no later than `runAt`: the handler
 * re-checks what is due and re-arms, so keeping the earlier of two times is always safe, and a cause arming
 * it (a customer message, the agent going offline) never postpones another's deadline.
 */
export async function armChatTimer(em: EntityManager, chatId: string, runAt: Date): Promise<void> {
  await scheduleTimer(em, {
    kind: CHAT_TIMEOUT_JOB,
    key: chatId,
    runAt,
    payload: { chatId },
    earliest: true,
  });
}
