/**
 * The DeliverySink that stores every provider attempt in provider_delivery, and its retention. Writes go
 * through a fresh EntityManager (a call may happen inside a request's transaction that later rolls back:
 * the attempt still happened). Pending writes are tracked so a caller can wait for them (`settled`),
 * which keeps the log consistent with what an administrator reads right after a failed login.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { DeliveryRecord, DeliverySink } from "../../../providers/index.js";
import { build } from "../../core/db/base.entity.js";
import type { AppRuntime } from "../../core/runtime.js";
import type { ProviderKind } from "./provider-kind.js";
import { ProviderDelivery } from "./provider-delivery.entity.js";

/** Records older than this are deleted. Two weeks covers "it broke last week" without growing forever. */
export const DELIVERY_RETENTION_DAYS = 14;
/** Purge on roughly one write in this many, so a busy provider does not run a DELETE per call. */
const PURGE_EVERY = 200;
/** Bodies are already cut at 16 KiB by the adapter; this also bounds headers and our own framing. */
const MAX_TEXT = 20_000;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

export class DeliveryLog {
  private readonly pending = new Set<Promise<void>>();
  private writes = 0;
  /** Delivery ids emitted inside one `capture` (the adapter is shared, so a call cannot be told apart otherwise). */
  private readonly captured = new AsyncLocalStorage<string[]>();

  constructor(private readonly app: AppRuntime) {}

  /** Runs one provider call and returns its result with the delivery ids its attempts were stored under. */
  async capture<T>(call: () => Promise<T>): Promise<{ result: T; deliveryIds: string[] }> {
    const deliveryIds: string[] = [];
    const result = await this.captured.run(deliveryIds, call);
    return { result, deliveryIds };
  }

  /** Adds a note to stored attempts (after they are written): what the server did not apply of the answer. */
  async annotate(deliveryIds: readonly string[], note: string): Promise<void> {
    if (!deliveryIds.length) return;
    await this.settled();
    // Appended, not replaced: one answer can carry several things not applied (an unknown group and an
    // unknown department), and the log must show all of them.
    const em = this.app.orm.em.fork();
    const rows = await em.find(ProviderDelivery, { deliveryId: { $in: [...deliveryIds] } });
    for (const row of rows) row.note = clip(row.note ? `${row.note}\n${note}` : note);
    await em.flush();
  }

  sinkFor(kind: ProviderKind): DeliverySink {
    return {
      record: (record) => {
        this.captured.getStore()?.push(record.deliveryId);
        return this.track(this.write(kind, record));
      },
    };
  }

  /** Resolves once every record emitted so far is stored (or failed to be). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private track(write: Promise<void>): Promise<void> {
    const tracked = write.catch((error) =>
      this.app.logger.warn({ err: error }, "provider delivery not stored"),
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
    return tracked;
  }

  private async write(kind: ProviderKind, record: DeliveryRecord): Promise<void> {
    const em = this.app.orm.em.fork() as EntityManager;
    em.persist(
      build(ProviderDelivery, {
        kind,
        deliveryId: record.deliveryId,
        attempt: record.attempt,
        method: record.method,
        target: record.target,
        request: record.request ? clip(JSON.stringify(record.request)) : null,
        response: record.response ? clip(JSON.stringify(record.response)) : null,
        status: record.status,
        durationMs: Math.max(0, Math.round(record.durationMs)),
        outcome: record.outcome,
        error: record.error ? clip(record.error) : null,
        willRetry: record.willRetry,
        createdAt: record.startedAt,
      }),
    );
    await em.flush();
    if (++this.writes % PURGE_EVERY === 0) await purgeProviderDeliveries(this.app);
  }
}

/**
 * Deletes delivery records older than `days`. Also exported for the jobs engine to run daily; the sink
 * runs it every PURGE_EVERY writes so the table stays bounded without it.
 */
export async function purgeProviderDeliveries(
  app: AppRuntime,
  days: number = DELIVERY_RETENTION_DAYS,
): Promise<number> {
  const before = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  return app.orm.em.fork().nativeDelete(ProviderDelivery, { createdAt: { $lt: before } });
}
