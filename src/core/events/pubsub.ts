import { createPubSub } from "@graphql-yoga/subscription";

/**
 * Subscription topics. Payloads carry ids and scalars only: every emission is reloaded and re-authorized
 * for each subscriber. In-memory for one instance; a Redis event target replaces it when REDIS_URL is set.
 */
export type PubSubTopics = Record<string, [unknown]>;

export function createMemoryPubSub() {
  return createPubSub<PubSubTopics>();
}

export type AppPubSub = ReturnType<typeof createMemoryPubSub>;
