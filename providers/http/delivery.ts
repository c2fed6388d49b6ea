/**
 * Delivery records: one per attempt of every provider call (a call that is not retried has one), handed
 * to a sink so that the server can store them and let administrators query them later. Secrets never
 * leave this module unmasked: AuthPW and passwords in the inputs, credentials in the URL.
 */
import type { ProviderMethod } from "../contract/contracts.js";
import type { FailureReason } from "../contract/result.js";
import type { CircuitState } from "./breaker.js";

export interface DeliveryRecord {
  /** One id per call, shared by its attempts (also sent as X-Deskgraph-Delivery). */
  readonly deliveryId: string;
  readonly attempt: number;
  readonly maxAttempts: number;
  /** The configured provider's label (e.g. "ticket"), for filtering. */
  readonly provider: string;
  readonly method: ProviderMethod;
  /** The Web Service URL with any user:password removed; `inprocess:<module>` for in-process providers. */
  readonly target: string;
  readonly startedAt: Date;
  readonly durationMs: number;
  /** What was sent (headers and body), secrets masked; `null` when nothing was sent (circuit open). */
  readonly request: { readonly headers: Record<string, string>; readonly body: string } | null;
  /** What came back; the body is cut at `responseBodyLimit` characters. */
  readonly response: {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body: string;
  } | null;
  /** The HTTP status, when there was a response. */
  readonly status: number | null;
  /** OK when the provider answered validly (including business answers such as Authentication=FAIL). */
  readonly outcome: "OK" | FailureReason;
  readonly error: string | null;
  readonly willRetry: boolean;
  /** The breaker's state after this attempt. */
  readonly circuit: CircuitState;
}

export interface DeliverySink {
  /** Must not throw into the call: errors and rejections are reported to `onSinkError` and dropped. */
  record(record: DeliveryRecord): void | Promise<void>;
}

export const MASK = "********";

/** Variables whose values are secrets in every method's inputs. */
const SECRET_VARIABLES = new Set(["authpw", "loginpassword"]);

/** Masks secret "Name=value" entries of a request's Inputs. */
export function maskInputs(inputs: readonly string[]): string[] {
  return inputs.map((entry) => {
    const at = entry.indexOf("=");
    const name = at < 0 ? "" : entry.slice(0, at).trim().toLowerCase();
    return SECRET_VARIABLES.has(name) ? `${entry.slice(0, at)}=${MASK}` : entry;
  });
}

/** The URL without user:password (the query string is kept: it is part of the address admins configure). */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = parsed.username ? MASK : "";
      parsed.password = parsed.password ? MASK : "";
    }
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}

export function clipBody(body: string, limit: number): string {
  return body.length > limit ? `${body.slice(0, limit)}… (${body.length - limit} more characters)` : body;
}

/** Hands a record to the sink without letting the sink break or slow the call's outcome. */
export function emit(
  sink: DeliverySink | undefined,
  record: DeliveryRecord,
  onError?: (e: unknown) => void,
): void {
  if (!sink) return;
  try {
    const pending = sink.record(record);
    if (pending && typeof pending.then === "function") pending.then(undefined, (error) => onError?.(error));
  } catch (error) {
    onError?.(error);
  }
}
