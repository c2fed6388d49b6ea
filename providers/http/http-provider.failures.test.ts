/** What the http adapter does when the provider misbehaves: every case ends in a typed result. */
import { afterEach, describe, expect, it } from "vitest";
import { ProviderConfigError } from "../contract/errors.js";
import { SampleProvider } from "../contract/testing/sample-provider.js";
import type { DeliveryRecord } from "./delivery.js";
import { HttpProvider } from "./http-provider.js";
import type { HttpProviderConfig } from "./config.js";
import { createProviderReceiver, send } from "./receiver.js";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "./signature.js";
import { closedPort, json, startServer, type TestServer } from "./testing/server.js";

const PASSWORD = "correct horse";
const login = { LoginUsername: "myusername", LoginPassword: "mypassword" };
const ticket = { DepartmentName: "Support", TicketNumber: "T-1", CustomFields: {} };
const event = { EventType: 502000, Args: { title: "x" } };
const ok = (OutputVariables: string[]) => ({ Success: true, Message: "fine", OutputVariables });

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function server(
  handle: Parameters<typeof startServer>[0],
): Promise<TestServer & { handle: typeof handle }> {
  const started = await startServer(handle);
  cleanup.push(() => started.close());
  return started;
}

function provider(config: Partial<HttpProviderConfig> & { url: string }) {
  const records: DeliveryRecord[] = [];
  const http = new HttpProvider({
    name: "test",
    password: PASSWORD,
    sink: { record: (record) => void records.push(record) },
    sleep: async () => {},
    ...config,
  });
  cleanup.push(() => http.close());
  return { http, records };
}

describe("http adapter failures", () => {
  it("provider down: NETWORK, with a delivery record and no response", async () => {
    const { http, records } = provider({ url: `http://127.0.0.1:${await closedPort()}/provider` });
    const result = await http.Authenticate(login);
    expect(result).toMatchObject({ ok: false, reason: "NETWORK" });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      method: "Authenticate",
      outcome: "NETWORK",
      response: null,
      status: null,
    });
  });

  it("slow past the timeout: TIMEOUT, without waiting for the answer", async () => {
    const slow = await server((_req, res) => {
      const timer = setTimeout(() => json(res, ok(["Authentication=OK"])), 3_000);
      res.on("close", () => clearTimeout(timer));
    });
    const { http } = provider({ url: slow.url, timeoutMs: 200 });
    const started = Date.now();
    expect(await http.Authenticate(login)).toMatchObject({ ok: false, reason: "TIMEOUT" });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("HTML instead of JSON: PROTOCOL, the HTML kept in the record", async () => {
    const html = await server((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Welcome to IIS</body></html>");
    });
    const { http, records } = provider({ url: html.url });
    expect(await http.StartTicket(ticket)).toMatchObject({ ok: false, reason: "PROTOCOL" });
    expect(records[0]).toMatchObject({ outcome: "PROTOCOL", status: 200 });
    expect(records[0]?.response?.body).toContain("Welcome to IIS");
  });

  it("Success=true without Authentication: PROTOCOL naming the missing output", async () => {
    const missing = await server((_req, res) => json(res, ok(["EmailAddress=a@example.com"])));
    const { http } = provider({ url: missing.url });
    const result = await http.Authenticate(login);
    expect(result).toMatchObject({ ok: false, reason: "PROTOCOL" });
    expect(!result.ok && result.Message).toContain("Authentication");
  });

  it("an answer larger than the cap: PROTOCOL", async () => {
    const huge = await server((_req, res) =>
      json(res, ok(["Authentication=OK", `DisplayName=${"x".repeat(50_000)}`])),
    );
    const { http } = provider({ url: huge.url, maxResponseBytes: 10_000 });
    expect(await http.Authenticate(login)).toMatchObject({ ok: false, reason: "PROTOCOL" });
  });

  it("wrong AuthPW: the provider's Success=false 'Permission Denied' is REFUSED; secrets are masked", async () => {
    const receive = createProviderReceiver({ password: PASSWORD, provider: new SampleProvider() });
    const real = await server(async (req, res, body) =>
      send(res, await receive({ body, headers: req.headers })),
    );
    const { http, records } = provider({ url: real.url, password: "guessed", signingSecret: PASSWORD });
    expect(await http.Authenticate(login)).toEqual({
      ok: false,
      reason: "REFUSED",
      Message: "Permission Denied",
    });
    expect(records[0]?.outcome).toBe("REFUSED");
    const body = records[0]?.request?.body ?? "";
    expect(body).toContain("AuthPW=********");
    expect(body).toContain("LoginPassword=********");
    expect(body).not.toContain("guessed");
    expect(body).not.toContain("mypassword");
  });

  it("the signature is verifiable by the receiving server from the raw body", async () => {
    const capture = await server((_req, res) => json(res, ok(["TicketCreation=TRUE"])));
    const { http } = provider({ url: capture.url, signingSecret: "shared signing secret" });
    expect((await http.StartTicket(ticket)).ok).toBe(true);
    const [request] = capture.requests;
    const timestamp = request?.headers[TIMESTAMP_HEADER] as string;
    const signature = request?.headers[SIGNATURE_HEADER] as string;
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const body = request?.body ?? "";
    const verify = (overrides: object) =>
      verifySignature({ secret: "shared signing secret", body, timestamp, signature, ...overrides }).valid;
    expect(verify({})).toBe(true);
    expect(verify({ secret: PASSWORD })).toBe(false);
    expect(verify({ body: body.replace("T-1", "T-2") })).toBe(false);
    expect(verify({ nowMs: (Number(timestamp) + 3_600) * 1000 })).toBe(false);
    expect(JSON.parse(body)).toMatchObject({ Method: "StartTicket" });
    expect(request?.headers["content-type"]).toContain("application/json");
  });

  it("a receiver with another signing secret answers 401: HTTP_STATUS", async () => {
    const receive = createProviderReceiver({
      password: PASSWORD,
      signingSecret: "other",
      provider: new SampleProvider(),
    });
    const strict = await server(async (req, res, body) =>
      send(res, await receive({ body, headers: req.headers })),
    );
    const { http } = provider({ url: strict.url });
    expect(await http.Authenticate(login)).toMatchObject({
      ok: false,
      reason: "HTTP_STATUS",
      httpStatus: 401,
    });
  });

  it("redirects are not followed", async () => {
    const redirecting = await server((req, res) => {
      if (req.url === "/elsewhere") return json(res, ok(["Authentication=OK"]));
      res.writeHead(302, { location: "/elsewhere" }).end();
    });
    const { http } = provider({ url: redirecting.url });
    const result = await http.Authenticate(login);
    expect(result).toMatchObject({ ok: false, reason: "HTTP_STATUS", httpStatus: 302 });
    expect(!result.ok && result.Message).toContain("not followed");
    expect(redirecting.requests.map((request) => request.path)).toEqual(["/provider"]);
  });

  it("a sink that throws does not change the call's result", async () => {
    const healthy = await server((_req, res) => json(res, ok(["Authentication=FAIL"])));
    const errors: unknown[] = [];
    const http = new HttpProvider({
      url: healthy.url,
      password: PASSWORD,
      sink: {
        record: () => {
          throw new Error("disk full");
        },
      },
      onSinkError: (error) => errors.push(error),
    });
    cleanup.push(() => http.close());
    expect(await http.Authenticate(login)).toMatchObject({ ok: true, outputs: { Authentication: "FAIL" } });
    expect(errors).toHaveLength(1);
  });

  it("a URL with credentials is masked in records; bad configuration is refused up front", async () => {
    const { http, records } = provider({ url: `http://user:pw@127.0.0.1:${await closedPort()}/p` });
    await http.GetSignInCookieInfo({ LoginUsername: "x" });
    expect(records[0]?.target).not.toContain("pw@");
    expect(() => new HttpProvider({ url: "ftp://example.org", password: "x" })).toThrow(ProviderConfigError);
    expect(() => new HttpProvider({ url: "not a url", password: "x" })).toThrow(ProviderConfigError);
  });
});

describe("retries", () => {
  it("NotifyEventFired is retried with backoff after 503 and timeouts, under one delivery id", async () => {
    let calls = 0;
    const flaky = await server((_req, res) => {
      calls += 1;
      if (calls === 1) return json(res, { Success: false, Message: "busy" }, 503);
      if (calls === 2) return; // never answers: a timeout
      json(res, ok([]));
    });
    const delays: number[] = [];
    const { http, records } = provider({
      url: flaky.url,
      timeoutMs: 300,
      retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
      sleep: async (ms) => void delays.push(ms),
    });
    expect(await http.NotifyEventFired(event)).toMatchObject({ ok: true });
    expect(records.map((r) => [r.attempt, r.outcome, r.willRetry])).toEqual([
      [1, "HTTP_STATUS", true],
      [2, "TIMEOUT", true],
      [3, "OK", false],
    ]);
    expect(new Set(flaky.requests.map((r) => r.headers[DELIVERY_HEADER])).size).toBe(1);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[1]).toBeGreaterThan(delays[0] ?? 0);
  });

  it("gives up after the configured attempts", async () => {
    const down = await server((_req, res) => json(res, {}, 502));
    const { http, records } = provider({ url: down.url, retry: { attempts: 4 } });
    expect(await http.NotifyEventFired(event)).toMatchObject({
      ok: false,
      reason: "HTTP_STATUS",
      httpStatus: 502,
    });
    expect(records).toHaveLength(4);
    expect(records.at(-1)?.willRetry).toBe(false);
  });

  it("no other method is retried", async () => {
    const down = await server((_req, res) => json(res, {}, 503));
    const { http } = provider({ url: down.url, retry: { attempts: 5 } });
    expect(await http.StartTicket(ticket)).toMatchObject({ ok: false, httpStatus: 503 });
    expect(await http.StartChat({ DepartmentName: "Sales", CustomFields: {} })).toMatchObject({ ok: false });
    expect(await http.Authenticate(login)).toMatchObject({ ok: false });
    expect(down.requests).toHaveLength(3);
  });

  it("a refusal, a protocol error or a 4xx is not retried, even for NotifyEventFired", async () => {
    const answers = [
      (res: Parameters<typeof json>[0]) => json(res, { Success: false, Message: "Permission Denied" }),
      (res: Parameters<typeof json>[0]) => res.writeHead(200).end("<html>"),
      (res: Parameters<typeof json>[0]) => json(res, {}, 404),
    ];
    for (const answer of answers) {
      const once = await server((_req, res) => answer(res));
      const { http } = provider({ url: once.url, retry: { attempts: 5 } });
      expect((await http.NotifyEventFired(event)).ok).toBe(false);
      expect(once.requests).toHaveLength(1);
    }
  });
});

describe("circuit breaker", () => {
  it("opens after N consecutive failures, half-opens after the cool-down, closes on success", async () => {
    let healthy = false;
    const flaky = await server((_req, res) =>
      healthy ? json(res, ok(["TicketCreation=TRUE"])) : json(res, {}, 500),
    );
    let clock = Date.now();
    const { http, records } = provider({
      url: flaky.url,
      circuitBreaker: { failureThreshold: 3, coolDownMs: 10_000 },
      now: () => clock,
    });
    for (let i = 0; i < 3; i += 1)
      expect(await http.StartTicket(ticket)).toMatchObject({ reason: "HTTP_STATUS" });
    expect(http.circuitState).toBe("OPEN");
    expect(await http.StartTicket(ticket)).toMatchObject({ ok: false, reason: "CIRCUIT_OPEN" });
    expect(flaky.requests).toHaveLength(3);
    expect(records.at(-1)).toMatchObject({ outcome: "CIRCUIT_OPEN", request: null });

    clock += 10_000;
    expect(http.circuitState).toBe("HALF_OPEN");
    // The probe fails: open again for another cool-down.
    expect(await http.StartTicket(ticket)).toMatchObject({ reason: "HTTP_STATUS" });
    expect(http.circuitState).toBe("OPEN");
    expect(await http.StartTicket(ticket)).toMatchObject({ reason: "CIRCUIT_OPEN" });

    clock += 10_000;
    healthy = true;
    expect(await http.StartTicket(ticket)).toMatchObject({ ok: true });
    expect(http.circuitState).toBe("CLOSED");
    expect(flaky.requests).toHaveLength(5);
  });

  it("Success=false answers do not count: the service is up", async () => {
    const refusing = await server((_req, res) => json(res, { Success: false, Message: "Permission Denied" }));
    const { http } = provider({ url: refusing.url, circuitBreaker: { failureThreshold: 2 } });
    for (let i = 0; i < 4; i += 1)
      expect(await http.Authenticate(login)).toMatchObject({ reason: "REFUSED" });
    expect(http.circuitState).toBe("CLOSED");
  });

  it("in half-open only one probe goes out; concurrent calls fail fast", async () => {
    let release: () => void = () => {};
    let healthy = false;
    const gate = await server(async (_req, res) => {
      if (!healthy) return json(res, {}, 500);
      await new Promise<void>((resolve) => (release = resolve));
      json(res, ok(["TicketCreation=TRUE"]));
    });
    let clock = Date.now();
    const { http } = provider({
      url: gate.url,
      circuitBreaker: { failureThreshold: 1, coolDownMs: 1_000 },
      now: () => clock,
    });
    await http.StartTicket(ticket);
    clock += 1_000;
    healthy = true;
    const probe = http.StartTicket(ticket);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await http.StartTicket(ticket)).toMatchObject({ reason: "CIRCUIT_OPEN" });
    release();
    expect(await probe).toMatchObject({ ok: true });
    expect(http.circuitState).toBe("CLOSED");
  });
});
