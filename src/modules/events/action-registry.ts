import type { EntityManager } from "@mikro-orm/postgresql";
import type { DomainEvent } from "../../core/events/domain-events.js";
import type { AppRuntime } from "../../core/runtime.js";
import type { CatalogEventType } from "./catalog/index.js";
import type { FactValue } from "./conditions.js";
import type { EventRuleScope, StoredAction } from "./event-rule.entity.js";

/** What an action handler gets: the event, the rule, its parameters and the facts that matched. */
export interface EventActionContext {
  app: AppRuntime;
  /** The evaluating job's transaction (each action runs in a savepoint of it). */
  em: EntityManager;
  event: DomainEvent;
  eventType: CatalogEventType;
  rule: { id: string; name: string; scope: EventRuleScope; ownerId: string | null };
  action: StoredAction;
  facts: Record<string, FactValue>;
  now: Date;
  /** Id of the evaluation record: an idempotency key for external calls. */
  evaluationId: string;
  /** Replaces #VARIABLE# with the event's facts (002 L8086); unknown ones stay as written. */
  render(text: string): string;
}

/** NOT_APPLICABLE when there was nothing to do; a message goes to the evaluation record. */
export interface EventActionResult {
  outcome?: "RAN" | "NOT_APPLICABLE";
  message?: string;
}

/** Throw to fail the action (it is retried per docs/events.md, Faults); never called twice for one event. */
export type EventActionHandler = (ctx: EventActionContext) => Promise<EventActionResult | void>;

const handlers = new Map<string, EventActionHandler>();

/**
 * Lets a module provide an action of the catalog (the email module: SEND_EMAIL, USE_MY_NOTIFICATION_PROFILE…).
 * Registering a key that is not in the catalog throws; registering again replaces the handler.
 */
export function registerEventAction(
  key: string,
  handler: EventActionHandler,
  known: ReadonlySet<string>,
): void {
  if (!known.has(key))
    throw new Error(`registerEventAction: "${key}" is not an action of the events catalog`);
  handlers.set(key, handler);
}

export function eventActionHandler(key: string): EventActionHandler | undefined {
  return handlers.get(key);
}

/** Test support: forget a handler (restores "no handler"). */
export function unregisterEventAction(key: string): void {
  handlers.delete(key);
}

export function renderVariables(text: string, facts: Record<string, FactValue>): string {
  const lower = new Map(Object.entries(facts).map(([k, v]) => [k.toLowerCase(), v]));
  return text.replace(/#([A-Za-z][A-Za-z0-9_]*)#/g, (whole, name: string) => {
    const v = lower.get(name.toLowerCase());
    if (v === undefined || (typeof v === "object" && v !== null && !Array.isArray(v))) return whole;
    return v === null ? "" : Array.isArray(v) ? v.join(", ") : String(v);
  });
}
