/**
 * Wraps an in-process provider so that it behaves like the http adapter towards the server: every call
 * resolves to a valid ProviderResult, never throws, never hangs past the timeout, and leaves a delivery
 * record. Typed outputs go through the same codec as wire answers (encode, then decode), so a JavaScript
 * module returning garbage is a PROTOCOL failure and unknown custom fields are dropped the same way.
 * No retries and no circuit breaker: there is no network between the server and the module.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { CustomFieldFilter } from "../contract/common.js";
import {
  CONTRACT_METHODS,
  type AllProviders,
  type ContractName,
  type ProviderMethod,
} from "../contract/contracts.js";
import { ProviderProtocolError } from "../contract/errors.js";
import { failure, isFailureReason, succeed, type ProviderResult } from "../contract/result.js";
import { codecFor, decodeEnvelope, encodeResult, type AnyMethodCodec } from "../contract/codec/index.js";
import { asRecord } from "../contract/codec/variables.js";
import { emit, maskInputs, type DeliverySink } from "../http/delivery.js";

export interface GuardOptions {
  readonly name: string;
  /** Shown as the delivery records' target, e.g. `inprocess:./providers/billing.js`. */
  readonly target: string;
  readonly timeoutMs: number;
  readonly sink?: DeliverySink;
  readonly onSinkError?: (error: unknown) => void;
  readonly customFields?: CustomFieldFilter;
}

class Timeout extends Error {}

export function guardProvider(
  implementation: object,
  contracts: readonly ContractName[],
  options: GuardOptions,
): Partial<AllProviders> {
  const guarded: Record<string, (inputs: unknown) => Promise<ProviderResult<unknown>>> = {};
  for (const contract of contracts) {
    for (const method of CONTRACT_METHODS[contract]) {
      const fn = (implementation as Record<string, unknown>)[method] as (inputs: unknown) => unknown;
      guarded[method] = (inputs) => call(implementation, fn, method, inputs, options);
    }
  }
  return guarded as Partial<AllProviders>;
}

async function call(
  self: object,
  fn: (inputs: unknown) => unknown,
  method: ProviderMethod,
  inputs: unknown,
  options: GuardOptions,
): Promise<ProviderResult<unknown>> {
  const codec = codecFor(method);
  const startedAt = new Date();
  const started = performance.now();
  let result: ProviderResult<unknown>;
  try {
    const raw = await withTimeout(
      Promise.resolve().then(() => fn.call(self, inputs)),
      options.timeoutMs,
    );
    result = validate(codec, raw, options.customFields);
  } catch (error) {
    if (error instanceof Timeout) result = failure("TIMEOUT", `no answer within ${options.timeoutMs} ms`);
    else
      result = failure(
        "PROVIDER_ERROR",
        `${method} threw: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
  emit(
    options.sink,
    {
      deliveryId: randomUUID(),
      attempt: 1,
      maxAttempts: 1,
      provider: options.name,
      method,
      target: options.target,
      startedAt,
      durationMs: Math.round(performance.now() - started),
      request: describeRequest(codec, inputs),
      response: null,
      status: null,
      outcome: result.ok ? "OK" : result.reason,
      error: result.ok ? null : result.Message,
      willRetry: false,
      circuit: "CLOSED",
    },
    options.onSinkError,
  );
  return result;
}

/** Checks what the module returned against the contract, as a wire answer would be checked. */
function validate(
  codec: AnyMethodCodec,
  raw: unknown,
  customFields?: CustomFieldFilter,
): ProviderResult<unknown> {
  try {
    const result = asRecord(raw, `the ${codec.method} result`);
    const Message = result.Message ?? "";
    if (typeof Message !== "string") throw new ProviderProtocolError("Message must be text");
    if (result.ok === false) {
      if (!isFailureReason(result.reason)) throw new ProviderProtocolError("a failure needs a known reason");
      return failure(result.reason, Message);
    }
    if (result.ok !== true) throw new ProviderProtocolError("a result needs ok: true or ok: false");
    const envelope = decodeEnvelope(encodeResult(true, Message, codec.encodeOutputs(result.outputs)));
    return succeed(codec.decodeOutputs(envelope, { customFields }), Message);
  } catch (error) {
    if (error instanceof ProviderProtocolError) return failure("PROTOCOL", error.message);
    throw error;
  }
}

function describeRequest(
  codec: AnyMethodCodec,
  inputs: unknown,
): { headers: Record<string, string>; body: string } | null {
  try {
    return {
      headers: {},
      body: JSON.stringify({ Method: codec.method, Inputs: maskInputs(codec.encodeInputs(inputs)) }),
    };
  } catch {
    return null;
  }
}

/** Stops waiting after `ms`; the module's work itself cannot be cancelled from outside. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Timeout()), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
