/**
 * One HTTP attempt with got, reduced to what the adapter decides on: a response (any status) or a
 * classified error. Redirects are not followed: a provider URL that redirects is misconfigured, and
 * following it would send AuthPW and the signed body to an address nobody configured. got's own retries
 * are off; the adapter retries, per contract.
 */
import type { Agent as HttpAgent } from "node:http";
import type { Agent as HttpsAgent } from "node:https";
import got, { CancelError, RequestError, TimeoutError } from "got";

export type Exchange =
  | {
      readonly kind: "response";
      readonly status: number;
      readonly headers: Record<string, string>;
      readonly body: string;
    }
  | { readonly kind: "error"; readonly reason: "TIMEOUT" | "NETWORK" | "PROTOCOL"; readonly message: string };

export interface PostOptions {
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly agents: { readonly http: HttpAgent; readonly https: HttpsAgent };
}

export async function post(options: PostOptions): Promise<Exchange> {
  let tooLarge = false;
  const request = got.post(options.url, {
    body: options.body,
    headers: options.headers,
    timeout: { request: options.timeoutMs },
    followRedirect: false,
    retry: { limit: 0 },
    throwHttpErrors: false,
    responseType: "text",
    agent: { http: options.agents.http, https: options.agents.https },
  });
  request.on("downloadProgress", (progress: { transferred: number }) => {
    if (progress.transferred > options.maxResponseBytes && !tooLarge) {
      tooLarge = true;
      request.cancel();
    }
  });
  try {
    const response = await request;
    return {
      kind: "response",
      status: response.statusCode,
      headers: flatten(response.headers),
      body: response.body,
    };
  } catch (error) {
    if (tooLarge || error instanceof CancelError) {
      return {
        kind: "error",
        reason: "PROTOCOL",
        message: `the answer is larger than ${options.maxResponseBytes} bytes`,
      };
    }
    if (error instanceof TimeoutError) {
      return {
        kind: "error",
        reason: "TIMEOUT",
        message: `no answer within ${options.timeoutMs} ms (${error.event})`,
      };
    }
    if (error instanceof RequestError) {
      return { kind: "error", reason: "NETWORK", message: `${error.code}: ${error.message}` };
    }
    return {
      kind: "error",
      reason: "NETWORK",
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
