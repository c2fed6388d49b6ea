import type { AppRuntime } from "../../core/runtime.js";
import { PRESENCE_CHANGED } from "../presence/index.js";
import type { PresenceChangedEvent } from "../presence/index.js";
import { drainQueues, groupsOfAgent } from "./chat-queue.js";

/**
 * Re-assignment when an agent becomes able to take chats (comes online, turns Available, goes active in a
 * group): their groups' queues are drained at once. Every instance hears the event (Redis); the drain is
 * safe to run twice (SKIP LOCKED and the agents' locks), and the recurring chat.drainQueues sweep catches
 * anything a lost event missed.
 */
const listeners = new WeakMap<AppRuntime, AsyncIterator<unknown>>();
const TRIGGERS = new Set(["AVAILABILITY", "ONLINE", "ACTIVE_GROUPS", "LOGIN"]);

export function startQueueListener(app: AppRuntime): void {
  const iterator = (app.pubsub.subscribe(PRESENCE_CHANGED) as AsyncIterable<PresenceChangedEvent>)[
    Symbol.asyncIterator
  ]();
  listeners.set(app, iterator);
  void (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      if (!TRIGGERS.has(next.value.reason)) continue;
      try {
        const em = app.orm.em.fork();
        await drainQueues(app, await groupsOfAgent(em as never, next.value.employeeId));
      } catch (err) {
        app.logger.error({ err }, "live chat queue drain failed");
      }
    }
  })();
}

export async function stopQueueListener(app: AppRuntime): Promise<void> {
  await listeners.get(app)?.return?.();
  listeners.delete(app);
}
