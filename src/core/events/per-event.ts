/**
 * Work that every subscriber of one published event would otherwise repeat: re-reading a subscriber's
 * account and roles, reloading the changed row, recounting a dashboard. The pub/sub hands each local
 * subscriber the same payload object (in memory and from Redis alike, where it is parsed once per instance),
 * so the payload is the memo's key: what is memoized is read at delivery time, as fresh as each subscriber
 * reading it alone, and it is garbage-collected with the event. A rejected load is forgotten, so the next
 * subscriber tries again rather than sharing the failure.
 */
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

export function perEvent<T>(event: object, key: string, load: () => Promise<T>): Promise<T> {
  let entries = memos.get(event);
  if (!entries) memos.set(event, (entries = new Map()));
  const hit = entries.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const loading = load();
  entries.set(key, loading);
  loading.catch(() => entries.delete(key));
  return loading;
}

/** The memo key of a subscriber's identity: sockets of one account (and token) see the same. */
export function subscriberKey(actor: {
  kind: string;
  accountId: string;
  apiTokenId?: string;
  mustChangePassword?: boolean;
}): string {
  return `${actor.kind}:${actor.accountId}:${actor.apiTokenId ?? ""}:${actor.mustChangePassword ? 1 : 0}`;
}
