import type { EntityManager } from "@mikro-orm/postgresql";
import type { DomainEvent, DomainEventValue } from "../../core/events/domain-events.js";
import { cancelTimer, scheduleTimer } from "../../core/jobs/index.js";
import type { JobContext } from "../../core/jobs/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { EVENT_TYPES } from "./catalog/index.js";
import { eventsNow } from "./clock.js";
import { idleThreshold } from "./conditions.js";
import { evaluateEvent, recordSkipped } from "./evaluator.js";
import { EventRule } from "./event-rule.entity.js";

/**
 * Live Chat Idle (511008) as a durable timer per chat, moved by every chat event (PROTOCOL.md chat.*), stopped
 * by chat.ended / chat.deleted. The chat's data is the last event's (the chat module may register a loader
 * with registerChatIdleSource to re-read the chat when the timer fires: ended or deleted chats are skipped).
 */
export const CHAT_IDLE_JOB = "events.chatIdle";
const CHAT_IDLE_TYPE = "LIVE_CHAT_IDLE";
const ENDS = new Set(["chat.ended", "chat.deleted"]);

export interface ChatIdlePayload {
  chatId: string;
  lastActivityAt: string;
  threshold: number;
  data: Record<string, DomainEventValue>;
}

/** Re-reads a chat when its idle timer fires: null = gone or ended; lastActivityAt moves the timer. */
export type ChatIdleSource = (
  em: EntityManager,
  chatId: string,
) => Promise<{ lastActivityAt: Date; data: Record<string, DomainEventValue> } | null>;
let source: ChatIdleSource | null = null;
export function registerChatIdleSource(s: ChatIdleSource | null): void {
  source = s;
}

async function thresholds(em: EntityManager): Promise<number[]> {
  const rules = await em.find(EventRule, { enabled: true, eventType: CHAT_IDLE_TYPE });
  const all = rules.flatMap((r) => r.conditions.filter((c) => c.key === "IDLE_MINUTES").map(idleThreshold));
  return [...new Set(all.filter((t): t is number => t !== null))].sort((a, b) => a - b);
}

async function schedule(
  em: EntityManager,
  chatId: string,
  lastActivityAt: Date,
  data: Record<string, DomainEventValue>,
  after: number,
): Promise<void> {
  const next = (await thresholds(em)).find((t) => t > after);
  if (next === undefined) {
    await cancelTimer(em, CHAT_IDLE_JOB, chatId);
    return;
  }
  await scheduleTimer(em, {
    kind: CHAT_IDLE_JOB,
    key: chatId,
    runAt: new Date(lastActivityAt.getTime() + next * 60_000),
    payload: {
      chatId,
      lastActivityAt: lastActivityAt.toISOString(),
      threshold: next,
      data,
    } satisfies ChatIdlePayload,
  });
}

/** From the timers consumer: a chat event moves (or stops) the chat's idle timer. */
export async function chatActivity(em: EntityManager, event: DomainEvent): Promise<void> {
  const chatId = String(event.data.chatId ?? event.subject.id);
  const current = source && !ENDS.has(event.type) ? await source(em, chatId) : undefined;
  if (ENDS.has(event.type) || current === null) {
    await cancelTimer(em, CHAT_IDLE_JOB, chatId);
    return;
  }
  if (current) await schedule(em, chatId, current.lastActivityAt, current.data, -1);
  else await schedule(em, chatId, new Date(event.occurredAt), event.data, -1);
}

export async function runChatIdle(app: AppRuntime, payload: ChatIdlePayload, job: JobContext): Promise<void> {
  const em = job.em as EntityManager;
  const now = eventsNow(app);
  let { data } = payload;
  let last = new Date(payload.lastActivityAt);
  const event: DomainEvent = {
    id: job.id,
    type: "events.chatIdle",
    subject: { type: "LiveChat", id: payload.chatId },
    actorAccountId: null,
    occurredAt: now.toISOString(),
    data,
  };
  if (source) {
    const current = await source(em, payload.chatId);
    if (!current) {
      const type = EVENT_TYPES.get(CHAT_IDLE_TYPE)!;
      for (const rule of await em.find(EventRule, { enabled: true, eventType: CHAT_IDLE_TYPE }))
        await recordSkipped(em, event, type, rule, now, "ITEM_GONE: the chat ended or no longer exists");
      return;
    }
    if (current.lastActivityAt.getTime() !== last.getTime()) {
      await schedule(em, payload.chatId, current.lastActivityAt, current.data, -1);
      return;
    }
    ({ data } = current);
    last = current.lastActivityAt;
  }
  const idle = Math.floor((now.getTime() - last.getTime()) / 60_000);
  if (idle < payload.threshold) {
    await schedule(em, payload.chatId, last, data, payload.threshold - 1);
    return;
  }
  event.data = { ...data, chatId: payload.chatId, idleMinutes: idle };
  await evaluateEvent(app, em, event);
  await schedule(em, payload.chatId, last, data, payload.threshold);
}
