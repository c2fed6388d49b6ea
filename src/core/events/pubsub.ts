import { setMaxListeners } from "node:events";
import { createPubSub } from "@graphql-yoga/subscription";
import type { PubSubEventTarget } from "@graphql-yoga/subscription";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import type { Logger } from "pino";

/**
 * Subscription topics. Payloads carry ids and scalars only: every emission is reloaded and re-authorized
 * for each subscriber. In-memory for one instance; a Redis event target replaces it when REDIS_URL is set,
 * so payloads must survive JSON (ids, ISO strings: no Date, no class instances).
 */
export type PubSubTopics = Record<string, [unknown]>;

export function createMemoryPubSub() {
  // Every subscription adds a listener to one EventTarget: thousands are normal here, not a leak, so Node's
  // MaxListenersExceededWarning (at 11) is switched off for it.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<PubSubTopics>({ eventTarget: eventTarget as PubSubEventTarget<PubSubTopics> });
}

export type AppPubSub = ReturnType<typeof createMemoryPubSub>;

export interface PubSubHandle {
  pubsub: AppPubSub;
  /** Closes the Redis connections (no-op in memory). */
  close(): Promise<void>;
}

type Target = PubSubEventTarget<PubSubTopics>;
type TopicEvent = CustomEvent<unknown>;

/**
 * Prefixes every channel so deployments (and parallel test runs) sharing one Redis do not hear each other:
 * Redis pub/sub channels are global to the server, whatever the database index.
 */
function prefixed(inner: Target, prefix: string): Target {
  type Listener = (event: TopicEvent) => void;
  type ListenerLike = Listener | { handleEvent: Listener };
  const wrappers = new Map<unknown, Map<string, Listener>>();
  const target = {
    addEventListener(type: string, listener: ListenerLike | null) {
      if (!listener) return;
      // The subscriber matches on the topic it asked for: hand it an event carrying the bare name.
      const wrapped: Listener = (event) => {
        const bare = new CustomEvent(type, { detail: event.detail });
        if (typeof listener === "function") listener(bare);
        else listener.handleEvent(bare);
      };
      const byType = wrappers.get(listener) ?? new Map<string, Listener>();
      byType.set(type, wrapped);
      wrappers.set(listener, byType);
      (inner.addEventListener as (t: string, l: Listener) => void)(prefix + type, wrapped);
    },
    removeEventListener(type: string, listener: ListenerLike | null) {
      const wrapped = wrappers.get(listener)?.get(type);
      if (!wrapped) return;
      wrappers.get(listener)!.delete(type);
      (inner.removeEventListener as (t: string, l: Listener) => void)(prefix + type, wrapped);
    },
    dispatchEvent(event: TopicEvent) {
      return (inner.dispatchEvent as (e: TopicEvent) => boolean)(
        new CustomEvent(prefix + event.type, { detail: event.detail }),
      );
    },
  };
  return target as unknown as Target;
}

/**
 * The pub/sub of one instance: in memory without a Redis URL (one instance), else Redis pub/sub so that an
 * event published on one instance reaches the subscribers of every instance. Two connections: a subscribed
 * ioredis client cannot publish.
 */
export function createAppPubSub(options: {
  redisUrl: string | undefined;
  prefix: string;
  logger?: Logger;
}): PubSubHandle {
  if (!options.redisUrl) return { pubsub: createMemoryPubSub(), close: async () => {} };
  const publishClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  for (const client of [publishClient, subscribeClient]) {
    client.on("error", (err) => options.logger?.error({ err }, "redis pub/sub connection error"));
  }
  const eventTarget = prefixed(
    createRedisEventTarget<TopicEvent>({ publishClient, subscribeClient }) as Target,
    options.prefix,
  );
  return {
    pubsub: createPubSub<PubSubTopics>({ eventTarget }),
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
