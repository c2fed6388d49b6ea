/**
 * Request signing. AuthPW in the body is the documented check (002 L2099); it proves nothing about the
 * body and can be replayed forever. In addition every request carries
 *
 *   X-Deskgraph-Timestamp: <unix time in seconds>
 *   X-Deskgraph-Signature: sha256=<lower-case hex of HMAC-SHA256(key, "<timestamp>.<raw body bytes>")>
 *
 * where the key is the UTF-8 bytes of the provider's signing secret (the Web Service Password when no
 * separate secret is configured). A receiver recomputes the HMAC over the body exactly as received (before
 * any JSON parsing), compares in constant time, and rejects timestamps outside its tolerance window, which
 * bounds replays. docs/providers.md repeats this for integrators.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const TIMESTAMP_HEADER = "x-deskgraph-timestamp";
export const SIGNATURE_HEADER = "x-deskgraph-signature";
/** The same for every attempt of one call, so a receiver can drop a retried NotifyEventFired it already has. */
export const DELIVERY_HEADER = "x-deskgraph-delivery";
export const SIGNATURE_PREFIX = "sha256=";
/** Five minutes either way, the common choice for webhook signatures. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function computeSignature(secret: string, timestamp: string, body: string | Buffer): string {
  const hmac = createHmac("sha256", Buffer.from(secret, "utf8"));
  hmac.update(`${timestamp}.`, "utf8");
  hmac.update(body);
  return SIGNATURE_PREFIX + hmac.digest("hex");
}

/** The two signing headers for a body, at `nowMs`. */
export function signatureHeaders(secret: string, body: string, nowMs: number): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: computeSignature(secret, timestamp, body) };
}

export type SignatureCheck = { valid: true } | { valid: false; problem: string };

export interface VerifyOptions {
  readonly secret: string;
  /** The raw body bytes as received. */
  readonly body: string | Buffer;
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  readonly toleranceSeconds?: number;
  readonly nowMs?: number;
}

/** What a receiving web service runs before trusting a request. */
export function verifySignature(options: VerifyOptions): SignatureCheck {
  const { timestamp, signature } = options;
  if (!timestamp || !signature) return { valid: false, problem: "signature headers missing" };
  if (!/^\d{1,12}$/.test(timestamp)) return { valid: false, problem: "malformed timestamp" };
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const skew = Math.abs((options.nowMs ?? Date.now()) / 1000 - Number(timestamp));
  if (skew > tolerance) return { valid: false, problem: "timestamp outside the tolerance window" };
  const expected = Buffer.from(computeSignature(options.secret, timestamp, options.body), "utf8");
  const given = Buffer.from(signature.trim().toLowerCase(), "utf8");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { valid: false, problem: "signature mismatch" };
  }
  return { valid: true };
}
