import type { AppRuntime } from "../../core/runtime.js";

/**
 * The engine's clock: idle minutes, business hours, Maximum Frequency and evaluation times read it. Tests
 * install a clock per server (setEventsClock) instead of waiting real minutes; idle timers still become due
 * on the database clock, so a test that moves the clock forward also pulls due timers forward.
 */
const clocks = new WeakMap<AppRuntime, () => Date>();

export function setEventsClock(app: AppRuntime, clock: (() => Date) | null): void {
  if (clock) clocks.set(app, clock);
  else clocks.delete(app);
}

export function eventsNow(app: AppRuntime): Date {
  return clocks.get(app)?.() ?? new Date();
}
