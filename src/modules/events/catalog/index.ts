import { ACTIONS, ACTIONS_BY_KEY } from "./actions.data.js";
import { CATEGORIES_P_TO_W, UNCATEGORIZED_EVENT_TYPES } from "./categories-more.data.js";
import { CATEGORIES_A_TO_L } from "./categories.data.js";
import type { CategoryDefinition, EventTypeDefinition } from "./catalog.model.js";

export * from "./catalog.model.js";
export { ACTIONS, ACTIONS_BY_KEY, UNCATEGORIZED_EVENT_TYPES };

/** The twelve categories of seed-E §1.10, alphabetical as in the help. */
export const CATEGORIES: CategoryDefinition[] = [...CATEGORIES_A_TO_L, ...CATEGORIES_P_TO_W];

export interface CatalogEventType extends EventTypeDefinition {
  category: CategoryDefinition;
}

export const EVENT_TYPES = new Map<string, CatalogEventType>(
  CATEGORIES.flatMap((category) =>
    category.eventTypes.map((type) => [type.key, { ...type, category }] as const),
  ),
);

export function categoryOf(key: string): CategoryDefinition | undefined {
  return CATEGORIES.find((c) => c.key === key);
}

/** The event types a domain event may be, with the sources that matched (several: messageAdded by author). */
export function eventTypesForDomainEvent(
  domainEventType: string,
  data: Record<string, unknown>,
): CatalogEventType[] {
  const out: CatalogEventType[] = [];
  for (const type of EVENT_TYPES.values()) {
    const hit = type.sources.some((source) => {
      if (source.domainEventType !== domainEventType) return false;
      if (!source.where) return true;
      const value = data[source.where.field];
      if (Array.isArray(value)) return value.map(String).includes(source.where.value);
      return String(value) === source.where.value;
    });
    if (hit) out.push(type);
  }
  return out;
}

/** Every domain event type some catalog entry listens to (the consumer's `accepts`). */
export const SOURCE_EVENT_TYPES: ReadonlySet<string> = new Set(
  [...EVENT_TYPES.values()].flatMap((type) => type.sources.map((s) => s.domainEventType)),
);
