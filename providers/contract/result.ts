/**
 * What every provider call returns inside the server. The documentation separates the transport answer
 * (`Success`, `Message`) from the business answer (`OutputVariables`: `Authentication=FAIL`,
 * `TicketCreation=FALSE`, 002 L2103-2105, L2141, L2363-2366). `ok: true` means the provider answered
 * `Success=true` and its outputs were valid; the business answer is in `outputs`. Everything else is a
 * failure with a reason, so that each caller can apply its fail-open or fail-closed policy
 * (docs/providers.md).
 */

/** Why a call produced no usable answer. */
export const FAILURE_REASONS = [
  /** No complete answer within the configured timeout. */
  "TIMEOUT",
  /** Connection refused, reset, DNS or TLS failure: nothing came back. */
  "NETWORK",
  /** The provider answered with a non-2xx HTTP status (redirects included: they are never followed). */
  "HTTP_STATUS",
  /** The answer is not the documented wire form (not JSON, wrong shape, required output missing). */
  "PROTOCOL",
  /** The circuit breaker is open after repeated failures; the provider was not called. */
  "CIRCUIT_OPEN",
  /** The provider answered `Success=false` ("Permission Denied", "Required Input Missing"). */
  "REFUSED",
  /** The provider itself failed: an in-process provider threw, a directory answered an unexpected error. */
  "PROVIDER_ERROR",
] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

export interface ProviderSuccess<T> {
  readonly ok: true;
  /** The provider's `Message` ("A message indicating the result of the Web service call"). */
  readonly Message: string;
  /** The documented output variables, typed. */
  readonly outputs: T;
}

export interface ProviderFailure {
  readonly ok: false;
  readonly reason: FailureReason;
  /** For REFUSED the provider's own `Message`; otherwise a description of what went wrong. */
  readonly Message: string;
  /** The HTTP status when there was one (HTTP_STATUS). */
  readonly httpStatus?: number;
}

export type ProviderResult<T> = ProviderSuccess<T> | ProviderFailure;

/** A `Success=true` answer. */
export function succeed<T>(outputs: T, Message = ""): ProviderSuccess<T> {
  return { ok: true, Message, outputs };
}

/** A `Success=false` answer, as the documented samples give for "Permission Denied". */
export function refuse(Message: string): ProviderFailure {
  return { ok: false, reason: "REFUSED", Message };
}

export function failure(reason: FailureReason, Message: string, httpStatus?: number): ProviderFailure {
  return httpStatus === undefined
    ? { ok: false, reason, Message }
    : { ok: false, reason, Message, httpStatus };
}

export function isFailureReason(value: unknown): value is FailureReason {
  return typeof value === "string" && (FAILURE_REASONS as readonly string[]).includes(value);
}
