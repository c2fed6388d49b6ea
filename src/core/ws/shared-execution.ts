import { createSourceEventStream, execute, print } from "graphql";
import type { DocumentNode, ExecutionArgs, ExecutionResult } from "graphql";
import type { RequestContext } from "../context/context.js";
import { perEvent, subscriberKey } from "../events/per-event.js";

/**
 * graphql-ws's `subscribe`, as graphql-js does it (source stream, then one execution per event), except
 * that subscribers who would compute the same result share one execution per event: the same document,
 * variables and caller (account, API token, visitor token). An agent's ten tabs, or the fifty sockets a
 * dashboard keeps open, cost one execution instead of ten or fifty; what differs per caller never shares.
 * Only object payloads can key the memo (perEvent); others execute per subscriber.
 */
export async function sharedSubscribe(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const key = `ws-result:${callerKey(args.contextValue as RequestContext | undefined)}:${operationKey(args)}`;
  const run = (payload: unknown) => Promise.resolve(execute({ ...args, rootValue: payload }));
  return mapAsyncIterator(stream, (payload) =>
    typeof payload === "object" && payload !== null
      ? perEvent(payload, key, () => run(payload))
      : run(payload),
  );
}

function callerKey(ctx: RequestContext | undefined): string {
  const who = ctx?.actor ? subscriberKey(ctx.actor) : "anonymous";
  return `${who}:${ctx?.visitorToken ?? ""}`;
}

const printed = new WeakMap<DocumentNode, string>();

/** The operation as text (printed once per subscription) with its name and variables. */
function operationKey(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) printed.set(args.document, (text = print(args.document)));
  return JSON.stringify([text, args.operationName ?? null, args.variableValues ?? {}]);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === "function";
}

function mapAsyncIterator<T, R>(
  iterable: AsyncIterable<T>,
  map: (value: T) => Promise<R>,
): AsyncIterableIterator<R> {
  const source = iterable[Symbol.asyncIterator]();
  const close = async () => {
    try {
      await source.return?.();
    } catch {
      // Keep the original error when closing the source fails too.
    }
  };
  const mapped = async (result: IteratorResult<T>): Promise<IteratorResult<R>> => {
    if (result.done) return { done: true, value: undefined };
    try {
      return { done: false, value: await map(result.value) };
    } catch (error) {
      await close();
      throw error;
    }
  };
  return {
    async next() {
      return mapped(await source.next());
    },
    async return() {
      if (source.return) await source.return();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
