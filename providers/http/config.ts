/** Configuration of one http provider: what the settings page calls Web Service URL and Password. */
import type { CustomFieldFilter } from "../contract/common.js";
import { ProviderConfigError } from "../contract/errors.js";
import type { DeliverySink } from "./delivery.js";

export interface HttpProviderConfig {
  /** A label for delivery records and errors, e.g. "login" or "ticket". */
  readonly name?: string;
  /** Web Service URL (002 L2629): http or https. */
  readonly url: string;
  /** Web Service Password (002 L2630), sent as AuthPW. */
  readonly password: string;
  /** Key of the HMAC signature; the Web Service Password when not set (docs/providers.md). */
  readonly signingSecret?: string;
  /** Whole-call deadline per attempt: connect, send, wait, download. */
  readonly timeoutMs?: number;
  /** Larger answers are cut off and reported as PROTOCOL. */
  readonly maxResponseBytes?: number;
  /** How much of a response body a delivery record keeps. */
  readonly responseBodyLimit?: number;
  /** Retries apply to NotifyEventFired only; `attempts` counts the first one. */
  readonly retry?: {
    readonly attempts?: number;
    readonly baseDelayMs?: number;
    readonly maxDelayMs?: number;
  };
  readonly circuitBreaker?: { readonly failureThreshold?: number; readonly coolDownMs?: number };
  readonly sink?: DeliverySink;
  readonly onSinkError?: (error: unknown) => void;
  /** Which custom fields exist; unknown `cf_*` outputs and directives are dropped. */
  readonly customFields?: CustomFieldFilter;
  /** Clock and sleep, replaceable in tests. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const HTTP_PROVIDER_DEFAULTS = {
  // A portal login waits for this; a healthy provider answers in well under a second.
  timeoutMs: 5_000,
  maxResponseBytes: 1024 * 1024,
  responseBodyLimit: 16 * 1024,
  retry: { attempts: 3, baseDelayMs: 500, maxDelayMs: 10_000 },
  circuitBreaker: { failureThreshold: 5, coolDownMs: 30_000 },
} as const;

export interface ResolvedHttpProviderConfig {
  readonly name: string;
  readonly url: string;
  readonly password: string;
  readonly signingSecret: string;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly responseBodyLimit: number;
  readonly retry: { readonly attempts: number; readonly baseDelayMs: number; readonly maxDelayMs: number };
  readonly circuitBreaker: { readonly failureThreshold: number; readonly coolDownMs: number };
  readonly sink?: DeliverySink;
  readonly onSinkError?: (error: unknown) => void;
  readonly customFields?: CustomFieldFilter;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export function resolveHttpProviderConfig(config: HttpProviderConfig): ResolvedHttpProviderConfig {
  const name = config.name ?? "external";
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    throw new ProviderConfigError(`${name} provider: the Web Service URL is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ProviderConfigError(`${name} provider: the Web Service URL must be http or https`);
  }
  if (typeof config.password !== "string") {
    throw new ProviderConfigError(`${name} provider: the Web Service Password is required`);
  }
  const d = HTTP_PROVIDER_DEFAULTS;
  const resolved: ResolvedHttpProviderConfig = {
    name,
    url: url.toString(),
    password: config.password,
    signingSecret: config.signingSecret || config.password,
    timeoutMs: config.timeoutMs ?? d.timeoutMs,
    maxResponseBytes: config.maxResponseBytes ?? d.maxResponseBytes,
    responseBodyLimit: config.responseBodyLimit ?? d.responseBodyLimit,
    retry: { ...d.retry, ...config.retry },
    circuitBreaker: { ...d.circuitBreaker, ...config.circuitBreaker },
    sink: config.sink,
    onSinkError: config.onSinkError,
    customFields: config.customFields,
    now: config.now ?? Date.now,
    sleep: config.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  const positive: [string, number][] = [
    ["timeoutMs", resolved.timeoutMs],
    ["maxResponseBytes", resolved.maxResponseBytes],
    ["retry.attempts", resolved.retry.attempts],
    ["circuitBreaker.failureThreshold", resolved.circuitBreaker.failureThreshold],
  ];
  for (const [key, value] of positive) {
    if (!Number.isFinite(value) || value < 1)
      throw new ProviderConfigError(`${name} provider: ${key} must be ≥ 1`);
  }
  return resolved;
}
