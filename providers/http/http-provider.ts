/**
 * The http adapter: every contract, by POSTing the documented wire form to the configured Web Service URL.
 * One instance per configured provider (it owns that provider's circuit breaker and connections).
 * Every call resolves to a ProviderResult and never throws, whatever the provider does.
 */
import { randomUUID } from "node:crypto";
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { performance } from "node:perf_hooks";
import type { AllProviders, ProviderMethod } from "../contract/contracts.js";
import { ProviderProtocolError } from "../contract/errors.js";
import { failure, type ProviderFailure, type ProviderResult } from "../contract/result.js";
import {
  CODECS,
  decodeResultText,
  encodeRequest,
  type MethodInputs,
  type MethodOutputs,
} from "../contract/codec/index.js";
import type { MethodCodec } from "../contract/codec/method-codec.js";
import type { WireRequest } from "../contract/codec/envelope.js";
import { CircuitBreaker, type CircuitState } from "./breaker.js";
import {
  resolveHttpProviderConfig,
  type HttpProviderConfig,
  type ResolvedHttpProviderConfig,
} from "./config.js";
import { clipBody, emit, maskInputs, maskUrl, type DeliveryRecord } from "./delivery.js";
import { DELIVERY_HEADER, signatureHeaders } from "./signature.js";
import { post, type Exchange } from "./transport.js";

/** Statuses worth another attempt: the provider or a proxy in front of it is busy or briefly down. */
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Only an idempotent-enough call is retried: a repeated StartTicket could charge a customer twice. */
const RETRIED_METHODS: ReadonlySet<ProviderMethod> = new Set(["NotifyEventFired"]);

type Inputs<M extends ProviderMethod> = MethodInputs[M];
type Result<M extends ProviderMethod> = Promise<ProviderResult<MethodOutputs[M]>>;

export class HttpProvider implements AllProviders {
  private readonly config: ResolvedHttpProviderConfig;
  private readonly breaker: CircuitBreaker;
  private readonly agents = {
    http: new HttpAgent({ keepAlive: true }),
    https: new HttpsAgent({ keepAlive: true }),
  };

  constructor(config: HttpProviderConfig) {
    this.config = resolveHttpProviderConfig(config);
    this.breaker = new CircuitBreaker({ ...this.config.circuitBreaker, now: this.config.now });
  }

  Authenticate(inputs: Inputs<"Authenticate">): Result<"Authenticate"> {
    return this.call("Authenticate", inputs);
  }
  GetSignInCookieInfo(inputs: Inputs<"GetSignInCookieInfo">): Result<"GetSignInCookieInfo"> {
    return this.call("GetSignInCookieInfo", inputs);
  }
  Register(inputs: Inputs<"Register">): Result<"Register"> {
    return this.call("Register", inputs);
  }
  GetCustomFieldOptions(inputs: Inputs<"GetCustomFieldOptions">): Result<"GetCustomFieldOptions"> {
    return this.call("GetCustomFieldOptions", inputs);
  }
  StartTicket(inputs: Inputs<"StartTicket">): Result<"StartTicket"> {
    return this.call("StartTicket", inputs);
  }
  StartChat(inputs: Inputs<"StartChat">): Result<"StartChat"> {
    return this.call("StartChat", inputs);
  }
  GetUserDetails(inputs: Inputs<"GetUserDetails">): Result<"GetUserDetails"> {
    return this.call("GetUserDetails", inputs);
  }
  NotifyEventFired(inputs: Inputs<"NotifyEventFired">): Result<"NotifyEventFired"> {
    return this.call("NotifyEventFired", inputs);
  }

  /** For health pages: CLOSED, OPEN or HALF_OPEN. */
  get circuitState(): CircuitState {
    return this.breaker.state;
  }

  /** Drops pooled connections; calls made afterwards open new ones. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async call<M extends ProviderMethod>(method: M, inputs: Inputs<M>): Result<M> {
    const codec = CODECS[method] as MethodCodec<Inputs<M>, MethodOutputs[M]>;
    const deliveryId = randomUUID();
    const maxAttempts = RETRIED_METHODS.has(method) ? this.config.retry.attempts : 1;
    const base = {
      deliveryId,
      maxAttempts,
      method,
      provider: this.config.name,
      target: maskUrl(this.config.url),
    };

    let request: WireRequest;
    try {
      request = encodeRequest(method, this.config.password, codec.encodeInputs(inputs));
    } catch (error) {
      // The server handed inputs the wire form cannot carry (a field name with "="): nothing is sent and
      // the provider's health is not in question, so the breaker does not hear of it.
      const result = failure(
        "PROTOCOL",
        error instanceof ProviderProtocolError ? error.message : String(error),
      );
      this.record(
        { ...base, attempt: 1, startedAt: new Date(this.config.now()), durationMs: 0 },
        null,
        null,
        result,
        false,
      );
      return result;
    }
    const body = JSON.stringify(request);
    const maskedBody = JSON.stringify({ ...request, Inputs: maskInputs(request.Inputs) });

    for (let attempt = 1; ; attempt += 1) {
      const startedAt = new Date(this.config.now());
      const entry = { ...base, attempt, startedAt };
      if (!this.breaker.tryAcquire()) {
        const result = failure(
          "CIRCUIT_OPEN",
          `${this.config.name} provider: circuit open after repeated failures`,
        );
        this.record({ ...entry, durationMs: 0 }, null, null, result, false);
        return result;
      }
      const headers = {
        "content-type": "application/json; charset=utf-8",
        accept: "application/json",
        "user-agent": "deskgraph-provider-client/1",
        [DELIVERY_HEADER]: deliveryId,
        ...signatureHeaders(this.config.signingSecret, body, this.config.now()),
      };
      const started = performance.now();
      const { url, timeoutMs, maxResponseBytes } = this.config;
      const exchange = await post({ url, body, headers, timeoutMs, maxResponseBytes, agents: this.agents });
      const durationMs = Math.round(performance.now() - started);
      const result = this.interpret(codec, exchange);
      this.breaker.record(!result.ok && result.reason !== "REFUSED");
      const willRetry = attempt < maxAttempts && isRetryable(result) && this.breaker.state !== "OPEN";
      this.record({ ...entry, durationMs }, { headers, body: maskedBody }, exchange, result, willRetry);
      if (!willRetry) return result;
      await this.config.sleep(this.backoff(attempt, exchange));
    }
  }

  private interpret<O>(codec: MethodCodec<unknown, O>, exchange: Exchange): ProviderResult<O> {
    if (exchange.kind === "error") return failure(exchange.reason, exchange.message);
    const { status } = exchange;
    if (status < 200 || status > 299) {
      const location = exchange.headers.location;
      const redirect =
        status >= 300 && status < 400 && location ? `; redirect to ${location} not followed` : "";
      return failure("HTTP_STATUS", `HTTP ${status}${redirect}`, status);
    }
    return decodeResultText(codec, exchange.body, { customFields: this.config.customFields });
  }

  /** Exponential with jitter; a Retry-After in seconds is honoured up to the maximum delay. */
  private backoff(attempt: number, exchange: Exchange): number {
    const { baseDelayMs, maxDelayMs } = this.config.retry;
    const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + (Math.random() * exponential) / 2;
    const retryAfter = exchange.kind === "response" ? Number(exchange.headers["retry-after"]) : NaN;
    return Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(maxDelayMs, retryAfter * 1000) : jittered;
  }

  private record(
    entry: Pick<
      DeliveryRecord,
      "deliveryId" | "attempt" | "maxAttempts" | "provider" | "method" | "target" | "startedAt" | "durationMs"
    >,
    request: DeliveryRecord["request"],
    exchange: Exchange | null,
    result: ProviderResult<unknown>,
    willRetry: boolean,
  ): void {
    const response =
      exchange?.kind === "response"
        ? {
            status: exchange.status,
            headers: exchange.headers,
            body: clipBody(exchange.body, this.config.responseBodyLimit),
          }
        : null;
    emit(
      this.config.sink,
      {
        ...entry,
        request,
        response,
        status: response?.status ?? null,
        outcome: result.ok ? "OK" : result.reason,
        error: result.ok ? null : result.Message,
        willRetry,
        circuit: this.breaker.state,
      },
      this.config.onSinkError,
    );
  }
}

function isRetryable(result: ProviderResult<unknown>): result is ProviderFailure {
  if (result.ok) return false;
  if (result.reason === "TIMEOUT" || result.reason === "NETWORK") return true;
  return (
    result.reason === "HTTP_STATUS" &&
    result.httpStatus !== undefined &&
    RETRYABLE_STATUS.has(result.httpStatus)
  );
}
