/**
 * IExternalEventProvider (002 L2506-2540; settings 002 L8053-8058): NotifyEventFired "is called on any
 * event where the 'Notify External Provider' event action is configured. This event action is only
 * available for system level events" (002 L2514-2516).
 */
import type { EventTypeId } from "./event-types.js";
import type { ProviderResult } from "./result.js";

export interface NotifyEventFiredInputs {
  /** "The numeric ID for this event" (002 L2521): see `EVENT_TYPES`. */
  readonly EventType: EventTypeId;
  /**
   * `Args_[Key]`: "The argument / condition value that was defined in the event" (002 L2522), keyed by the
   * argument or condition name without the prefix (the sample reads `iData.Arguments["title"]`, 002 L2536).
   */
  readonly Args: Readonly<Record<string, string>>;
}

/** The documented result has only `Success` and `Message` (002 L2523-2524). */
export type NotifyEventFiredOutputs = Readonly<Record<string, never>>;

export interface IExternalEventProvider {
  NotifyEventFired(inputs: NotifyEventFiredInputs): Promise<ProviderResult<NotifyEventFiredOutputs>>;
}
