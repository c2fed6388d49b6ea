import { AsyncLocalStorage } from "node:async_hooks";
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterCommit } from "../db/after-commit.js";
import { scheduleTimer } from "../jobs/schedule.js";
import type { JobContext, JobDefinition } from "../jobs/types.js";
import type { ModuleDefinition } from "../module.js";
import type { AppRuntime } from "../runtime.js";

/** JSON-safe values only: events travel through the job table and Redis. */
export type DomainEventValue = string | number | boolean | null | Array<string | number | boolean | null>;

/**
 * Something that happened in the domain, recorded by the service that did it, in its transaction.
 * `type` is dotted and owned by the emitting module ("ticket.created", "chat.ended", "mail.received");
 * `data` holds the event's facts as scalars (the Args_ of the documented events are built from it).
 */
export interface DomainEvent {
  /** Unique per recorded event: consumers that must act once per event deduplicate on it. */
  id: string;
  type: string;
  /** The GraphQL type name and raw id of what the event is about ("Ticket", uuid). */
  subject: { type: string; id: string };
  /** The account that caused it; null for the system (timers, inbound mail, providers). */
  actorAccountId: string | null;
  /** ISO 8601. */
  occurredAt: string;
  data: Record<string, DomainEventValue>;
  /**
   * Set when the event was recorded while automation ran (an event rule's action): which automation, and
   * the chain of rule ids that led to it. Consumers use it to stop loops (a rule re-triggering itself).
   */
  cause?: DomainEventCause;
}

export interface DomainEventCause {
  /** Who acted, e.g. "eventRule". */
  kind: string;
  /** Ids along the causal chain, oldest first (the rules whose actions produced this event). */
  chain: string[];
}

const causeStorage = new AsyncLocalStorage<DomainEventCause>();

/** Runs `fn` so that every domain event recorded inside it carries `cause` (automation loop guards). */
export function withDomainEventCause<T>(cause: DomainEventCause, fn: () => Promise<T>): Promise<T> {
  return causeStorage.run(cause, fn);
}

export type DomainEventInput = Omit<DomainEvent, "id" | "occurredAt" | "actorAccountId" | "data"> & {
  actorAccountId?: string | null;
  occurredAt?: Date;
  data?: Record<string, DomainEventValue>;
};

/**
 * A module's reaction to domain events (the automation engine, the events provider, mail notifications).
 * Each accepted event becomes one durable job per consumer, created in the emitting transaction: a consumer
 * sees an event iff the change committed, at least once, even across a crash. Consumers of the same event
 * run independently (one failing is retried alone) and in no guaranteed order between events.
 */
export interface DomainEventConsumer {
  /** Which event types this consumer wants; all when absent. Keep it cheap: it runs inside the write. */
  accepts?: (type: string) => boolean;
  handle: (app: AppRuntime, event: DomainEvent, job: JobContext) => Promise<void>;
  maxAttempts?: number;
}

/** Pub/sub topic carrying every committed domain event (live listeners; payload: DomainEvent). */
export const DOMAIN_EVENT_TOPIC = "DOMAIN_EVENT";

export function domainEventJobKind(consumer: string): string {
  return `domainEvent:${consumer}`;
}

/** The consumers' job handlers, registered beside the modules' own jobs. */
export function domainEventJobs(modules: ModuleDefinition[]): Record<string, JobDefinition<DomainEvent>> {
  const jobs: Record<string, JobDefinition<DomainEvent>> = {};
  for (const module of modules) {
    for (const [name, consumer] of Object.entries(module.domainEventConsumers ?? {})) {
      jobs[domainEventJobKind(name)] = {
        maxAttempts: consumer.maxAttempts ?? 5,
        run: (app, event, job) => consumer.handle(app, event, job),
      };
    }
  }
  return jobs;
}

/**
 * Records a domain event in `em`'s transaction: one job per interested consumer, and after commit a
 * DOMAIN_EVENT publication. Nothing happens if the transaction rolls back.
 */
export async function recordDomainEvent(
  app: AppRuntime,
  em: EntityManager,
  input: DomainEventInput,
): Promise<DomainEvent> {
  const event: DomainEvent = {
    id: globalThis.crypto.randomUUID(),
    type: input.type,
    subject: input.subject,
    actorAccountId: input.actorAccountId ?? null,
    occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    data: input.data ?? {},
  };
  const cause = causeStorage.getStore();
  if (cause) event.cause = { kind: cause.kind, chain: [...cause.chain] };
  for (const module of app.modules) {
    for (const [name, consumer] of Object.entries(module.domainEventConsumers ?? {})) {
      if (consumer.accepts && !consumer.accepts(event.type)) continue;
      await scheduleTimer(em, { kind: domainEventJobKind(name), runAt: new Date(), payload: event });
    }
  }
  await afterCommit(em, () => app.pubsub.publish(DOMAIN_EVENT_TOPIC, event));
  return event;
}
