/**
 * NotifyEventFired (002 L2506-2540) for the events engine: "Notify External Provider" is an action of
 * system-level events (002 L2516). Call it from the job that runs the action, not inside the request that
 * fired the event: the adapter retries (3 attempts, backoff) and each attempt is logged.
 */
import type { EventTypeId, IExternalEventProvider, ProviderResult } from "../../../providers/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { ProviderKind } from "./provider-kind.js";
import { providerRegistry } from "./registry.js";

export type NotifyOutcome =
  | { sent: false; reason: "DISABLED" }
  | { sent: true; result: ProviderResult<Readonly<Record<string, never>>> };

/**
 * Sends one event to the events provider. Never throws: a failure after the retries is returned (and is in
 * the delivery log) so the caller can record it; the event itself is not undone (docs/providers.md).
 */
export async function notifyExternalEvent(
  app: AppRuntime,
  eventTypeId: EventTypeId,
  args: Readonly<Record<string, string>>,
): Promise<NotifyOutcome> {
  const active = await providerRegistry(app).get(ProviderKind.EVENTS);
  if (!active) return { sent: false, reason: "DISABLED" };
  const provider = active.provider as IExternalEventProvider;
  const result = await provider.NotifyEventFired({ EventType: eventTypeId, Args: args });
  await providerRegistry(app).deliveries.settled();
  if (!result.ok) app.logger.warn({ eventTypeId, reason: result.reason }, "events provider failed");
  return { sent: true, result };
}
