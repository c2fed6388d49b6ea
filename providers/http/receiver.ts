/**
 * The provider side of the wire form: an HTTP request handler that turns a deskgraph call into a call on
 * a typed provider object and its result back into the documented answer. The contract tests run the http
 * adapter against it, and an integrator writing a provider in Node can mount it (node:http or express).
 * Order of checks follows the documented sample: signature, then AuthPW ("Permission Denied"), then
 * required inputs ("Required Input Missing", 002 L2121-2125), then the provider's own logic.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AllProviders } from "../contract/contracts.js";
import { ProviderProtocolError } from "../contract/errors.js";
import type { ProviderResult } from "../contract/result.js";
import {
  codecFor,
  decodeRequest,
  encodeResult,
  parseJson,
  type WireResult,
} from "../contract/codec/index.js";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "./signature.js";

export interface ProviderReceiverOptions {
  /** The Web Service Password this service expects as AuthPW. */
  readonly password: string;
  /** The contracts this service implements; methods it lacks answer Success=false. */
  readonly provider: Partial<AllProviders>;
  /** HMAC key; the password when not set (it must match the caller's signing secret). */
  readonly signingSecret?: string;
  /** Reject unsigned or badly signed requests with HTTP 401. Default true. */
  readonly requireSignature?: boolean;
  readonly toleranceSeconds?: number;
  readonly maxBodyBytes?: number;
  readonly now?: () => number;
}

/** A request as received: the raw body bytes (signatures cover them) and the headers. */
export interface ReceivedCall {
  readonly body: Buffer | string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface ReceiverAnswer {
  readonly status: number;
  readonly body: WireResult;
}

/** The framework-free core: a received call in, the HTTP status and documented answer out. Never rejects. */
export function createProviderReceiver(
  options: ProviderReceiverOptions,
): (call: ReceivedCall) => Promise<ReceiverAnswer> {
  const secret = options.signingSecret || options.password;
  const reply = (status: number, Success: boolean, Message: string): ReceiverAnswer => ({
    status,
    body: encodeResult(Success, Message),
  });

  return async ({ body, headers }) => {
    if (options.requireSignature !== false) {
      const check = verifySignature({
        secret,
        body,
        timestamp: header(headers, TIMESTAMP_HEADER),
        signature: header(headers, SIGNATURE_HEADER),
        toleranceSeconds: options.toleranceSeconds,
        nowMs: options.now?.(),
      });
      if (!check.valid) return reply(401, false, `Invalid signature: ${check.problem}`);
    }
    let call: ReturnType<typeof decodeRequest>;
    try {
      call = decodeRequest(parseJson(body.toString("utf8")));
    } catch (error) {
      return reply(400, false, error instanceof Error ? error.message : "Malformed request");
    }
    if (!sameSecret(call.AuthPW ?? "", options.password)) return reply(200, false, "Permission Denied");
    const implementation = (options.provider as Record<string, unknown>)[call.Method];
    if (typeof implementation !== "function") return reply(200, false, `${call.Method} is not implemented`);
    const codec = codecFor(call.Method);
    try {
      let inputs: unknown;
      try {
        inputs = codec.decodeInputs(call.variables);
      } catch (error) {
        if (error instanceof ProviderProtocolError) return reply(200, false, "Required Input Missing");
        throw error;
      }
      const result = (await implementation.call(options.provider, inputs)) as ProviderResult<unknown>;
      if (!result.ok) return reply(200, false, result.Message);
      return { status: 200, body: encodeResult(true, result.Message, codec.encodeOutputs(result.outputs)) };
    } catch {
      return reply(500, false, "Internal error");
    }
  };
}

/** The same as a node:http request handler (also usable as an express handler without a body parser). */
export function createProviderHandler(options: ProviderReceiverOptions) {
  const receive = createProviderReceiver(options);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (req.method !== "POST")
        return send(res, { status: 405, body: encodeResult(false, "Only POST is accepted") });
      const body = await readBody(req, maxBodyBytes);
      if (body === undefined)
        return send(res, { status: 413, body: encodeResult(false, "Request too large") });
      send(res, await receive({ body, headers: req.headers }));
    } catch {
      // A request handler must not reject: node:http would report an unhandled rejection.
      if (res.headersSent) res.destroy();
      else send(res, { status: 500, body: encodeResult(false, "Internal error") });
    }
  };
}

export function send(res: ServerResponse, answer: ReceiverAnswer): void {
  res.writeHead(answer.status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(answer.body));
}

function header(headers: ReceivedCall["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Compares digests so that neither the length nor the content of the password leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
