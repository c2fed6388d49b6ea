import type { EntityManager, EventSubscriber, TransactionEventArgs } from "@mikro-orm/core";
import type { Logger } from "pino";

type Callback = () => Promise<void> | void;

const queues = new WeakMap<object, Callback[]>();

/** Nested transactions are savepoints; their work commits with the outermost transaction. */
function rootTransaction(trx: object): object {
  let current = trx as Record<symbol, unknown>;
  for (;;) {
    const parentKey = Object.getOwnPropertySymbols(current).find(
      (s) => s.description === "parentTransaction",
    );
    const parent = parentKey ? current[parentKey] : undefined;
    // knex transactions are functions, not plain objects.
    if (!parent || (typeof parent !== "object" && typeof parent !== "function")) return current;
    current = parent as Record<symbol, unknown>;
  }
}

/**
 * Runs `callback` once the transaction `em` is in commits (at once when `em` is in none), and never if it rolls
 * back. For what other parties must not see before the data is there: pub/sub events, closing sockets, mail.
 */
export async function afterCommit(em: EntityManager, callback: Callback): Promise<void> {
  const trx = em.getTransactionContext<object>();
  if (!trx) {
    await callback();
    return;
  }
  const root = rootTransaction(trx);
  const queue = queues.get(root) ?? [];
  queue.push(callback);
  queues.set(root, queue);
}

/** Registered with the ORM: drains the after-commit queue of each committed transaction. */
export class AfterCommitSubscriber implements EventSubscriber {
  constructor(private readonly logger?: Logger) {}

  async afterTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const trx = args.transaction as object | undefined;
    if (!trx) return;
    const queue = queues.get(trx);
    queues.delete(trx);
    for (const callback of queue ?? []) {
      try {
        await callback();
      } catch (error) {
        // The data is committed; a failed notification must not turn the request into an error.
        this.logger?.error({ err: error }, "after-commit callback failed");
      }
    }
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    if (args.transaction) queues.delete(args.transaction as object);
  }
}
