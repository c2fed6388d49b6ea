import type { EntityManager } from "@mikro-orm/postgresql";
import type { DomainEvent } from "../../core/events/domain-events.js";
import type { AppRuntime } from "../../core/runtime.js";
import { calendarFacts, installationTimeZone, localTime } from "./business-calendar.js";
import type { FactValue } from "./conditions.js";

/**
 * What conditions compare: the event's data (ids, status, priority…), plus facts looked up on demand — the
 * item's current row, custom fields, the business calendar, the time of day. Lookups run only when a rule
 * asks for them, once per evaluation.
 */
export class Facts {
  private readonly cache = new Map<string, Promise<FactValue>>();
  private readonly resolved = new Map<string, FactValue>();

  constructor(
    private readonly base: Record<string, FactValue>,
    private readonly lazy: Record<string, () => Promise<FactValue>>,
  ) {}

  get(name: string): Promise<FactValue> {
    if (name in this.base) return Promise.resolve(this.base[name]);
    let hit = this.cache.get(name);
    if (!hit) {
      const load = this.lazy[name];
      hit = load ? load() : Promise.resolve(undefined);
      this.cache.set(name, hit);
      void hit.then((v) => this.resolved.set(name, v)).catch(() => undefined);
    }
    return hit;
  }

  /** Every fact known so far (the base and what rules asked for): #VARIABLES# and Args_ use it. */
  async snapshot(names: string[] = []): Promise<Record<string, FactValue>> {
    for (const name of names) await this.get(name);
    await Promise.all([...this.cache.values()]);
    return { ...this.base, ...Object.fromEntries(this.resolved) };
  }
}

export interface FactContext {
  app: AppRuntime;
  em: EntityManager;
  event: DomainEvent;
  now: Date;
}

/** Adds an item kind's facts (tickets here; chats, tasks… from their modules later). */
export type FactEnricher = (
  ctx: FactContext,
) => Promise<{ values?: Record<string, FactValue>; lazy?: Record<string, () => Promise<FactValue>> }>;

const enrichers = new Map<string, FactEnricher>();

/** Other modules describe their items' facts here, keyed by the domain event's subject type. */
export function registerEventFacts(subjectType: string, enricher: FactEnricher): void {
  enrichers.set(subjectType, enricher);
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

export async function buildFacts(ctx: FactContext): Promise<Facts> {
  const { event, em, now } = ctx;
  const data = event.data;
  const base: Record<string, FactValue> = { ...data, actingAgentId: event.actorAccountId };
  let zone: Promise<string> | null = null;
  const timeZone = () => (zone ??= installationTimeZone(em));
  let calendar: ReturnType<typeof calendarFacts> | null = null;
  const cal = async () =>
    (calendar ??= calendarFacts(
      em,
      localTime(now, await timeZone()),
      str(base.departmentId ?? null),
      str(base.brandId ?? null),
    ));
  const lazy: Record<string, () => Promise<FactValue>> = {
    timeOfDay: async () => localTime(now, await timeZone()).time,
    dayOfWeek: async () => localTime(now, await timeZone()).dayOfWeek,
    duringHolidays: async () => (await cal())?.duringHolidays,
    outsideBusinessHours: async () => (await cal())?.outsideBusinessHours,
  };
  const enricher = enrichers.get(event.subject.type);
  if (enricher) {
    const extra = await enricher(ctx);
    for (const [k, v] of Object.entries(extra.values ?? {})) if (!(k in base)) base[k] = v;
    Object.assign(lazy, extra.lazy ?? {});
  }
  return new Facts(base, lazy);
}
