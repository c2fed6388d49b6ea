import { AppError, ErrorCode } from "../../core/errors/app-errors.js";
import type { AppRuntime } from "../../core/runtime.js";

/**
 * Flood limit per sender (visitor or account), a sliding window of timestamps. In memory per instance: a
 * sender spread over N instances gets up to N times the limit, which is enough to stop a runaway client;
 * the cost on the message path stays zero queries.
 */
const windows = new WeakMap<AppRuntime, Map<string, number[]>>();

export function checkRate(app: AppRuntime, sender: string, limit: number, windowSeconds: number): void {
  let bySender = windows.get(app);
  if (!bySender) windows.set(app, (bySender = new Map()));
  const now = Date.now();
  const from = now - windowSeconds * 1000;
  const times = (bySender.get(sender) ?? []).filter((t) => t > from);
  if (times.length >= limit) {
    bySender.set(sender, times);
    const retryAfterSeconds = Math.max(1, Math.ceil((times[0]! - from) / 1000));
    throw new AppError(ErrorCode.RATE_LIMITED, "Too many chat messages: slow down and try again shortly.", {
      retryAfterSeconds,
    });
  }
  times.push(now);
  bySender.set(sender, times);
  // Keep the map from growing without bound: drop senders idle past the window now and then.
  if (bySender.size > 10_000) for (const [k, v] of bySender) if (!v.some((t) => t > from)) bySender.delete(k);
}
