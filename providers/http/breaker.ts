/**
 * A circuit breaker per configured provider. A provider that is down would otherwise cost every portal
 * login or ticket submission a full timeout; after `failureThreshold` consecutive failures the breaker
 * opens and calls fail at once with CIRCUIT_OPEN. After `coolDownMs` it lets one call through (half-open):
 * success closes it, failure opens it for another cool-down. Only transport trouble counts (TIMEOUT,
 * NETWORK, HTTP_STATUS, PROTOCOL); a `Success=false` answer proves the service is up.
 */
export type CircuitState = "CLOSED" | "OPEN" | "HALF_OPEN";

export interface CircuitBreakerOptions {
  readonly failureThreshold: number;
  readonly coolDownMs: number;
  readonly now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private current: CircuitState = "CLOSED";
  private probing = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.current === "OPEN" && this.now() - this.openedAt >= this.options.coolDownMs) return "HALF_OPEN";
    return this.current;
  }

  /** Whether a call may go out now; in half-open only one probe at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === "CLOSED") return true;
    if (state === "OPEN" || this.probing) return false;
    this.current = "HALF_OPEN";
    this.probing = true;
    return true;
  }

  /** Reports how an acquired call ended. */
  record(failed: boolean): void {
    this.probing = false;
    if (!failed) {
      this.failures = 0;
      this.current = "CLOSED";
      return;
    }
    this.failures += 1;
    if (this.current === "HALF_OPEN" || this.failures >= this.options.failureThreshold) {
      this.current = "OPEN";
      this.openedAt = this.now();
    }
  }
}
