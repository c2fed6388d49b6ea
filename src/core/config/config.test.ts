import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

/** loadConfig must name the variable at fault, so a bad deployment fails at boot with a clear message. */
function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("applies the defaults when nothing is set", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: "0.0.0.0",
      databaseUrl: undefined,
      dataDir: path.resolve("./data"),
      jwtSecret: undefined,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 2_592_000,
      logLevel: "info",
      introspection: true,
      maxRequestBytes: 4_194_304,
      wsAllowedOrigins: [],
      redisUrl: undefined,
      redisPrefix: "deskgraph:",
      presenceGraceMs: 30_000,
      presenceHeartbeatMs: 10_000,
      jobsEnabled: true,
      jobsPollMs: 1000,
      mailRetryBaseMs: 60_000,
      mailMaxAttempts: 10,
      eventsLogDir: path.resolve("./data/event-logs"),
      eventsWebCallTimeoutMs: 10_000,
    });
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "", JWT_SECRET: "", LOG_LEVEL: "" })).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      jwtSecret: undefined,
      logLevel: "info",
    });
  });

  it("reads valid values", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_URL: "postgres://u:p@db:5432/desk",
      DATA_DIR: "/var/lib/deskgraph",
      JWT_SECRET: "x".repeat(32),
      ACCESS_TOKEN_TTL: "60",
      REFRESH_TOKEN_TTL: "3600",
      LOG_LEVEL: "debug",
      GRAPHQL_INTROSPECTION: "off",
      MAX_REQUEST_BYTES: "2048",
      WS_ALLOWED_ORIGINS: "https://a.example, https://b.example",
      REDIS_URL: "redis://cache:6379",
      REDIS_PREFIX: "desk:",
      PRESENCE_GRACE_SECONDS: "5",
      PRESENCE_HEARTBEAT_SECONDS: "2",
      JOBS_ENABLED: "false",
      JOBS_POLL_MS: "250",
      MAIL_RETRY_SECONDS: "5",
      MAIL_MAX_ATTEMPTS: "3",
      EVENTS_WEB_CALL_TIMEOUT_SECONDS: "3",
    });
    expect(config).toEqual({
      port: 8080,
      host: "127.0.0.1",
      databaseUrl: "postgres://u:p@db:5432/desk",
      dataDir: "/var/lib/deskgraph",
      jwtSecret: "x".repeat(32),
      accessTokenTtlSeconds: 60,
      refreshTokenTtlSeconds: 3600,
      logLevel: "debug",
      introspection: false,
      maxRequestBytes: 2048,
      wsAllowedOrigins: ["https://a.example", "https://b.example"],
      redisUrl: "redis://cache:6379",
      redisPrefix: "desk:",
      presenceGraceMs: 5000,
      presenceHeartbeatMs: 2000,
      jobsEnabled: false,
      jobsPollMs: 250,
      mailRetryBaseMs: 5000,
      mailMaxAttempts: 3,
      eventsLogDir: "/var/lib/deskgraph/event-logs",
      eventsWebCallTimeoutMs: 3000,
    });
  });

  it.each([
    ["PORT", "abc"],
    ["MAIL_RETRY_SECONDS", "0"],
    ["MAIL_MAX_ATTEMPTS", "many"],
    ["EVENTS_WEB_CALL_TIMEOUT_SECONDS", "0"],
    ["JOBS_POLL_MS", "5"],
    ["JOBS_ENABLED", "maybe"],
    ["PORT", "70000"],
    ["PORT", "-1"],
    ["DATABASE_URL", "mysql://root@localhost/desk"],
    ["DATABASE_URL", "not a url"],
    ["JWT_SECRET", "too-short"],
    ["LOG_LEVEL", "loud"],
    ["GRAPHQL_INTROSPECTION", "maybe"],
    ["ACCESS_TOKEN_TTL", "5"],
    ["REFRESH_TOKEN_TTL", "1.5"],
    ["MAX_REQUEST_BYTES", "10"],
    ["REDIS_URL", "http://cache:6379"],
    ["WS_ALLOWED_ORIGINS", "help.example.com"],
    ["WS_ALLOWED_ORIGINS", "https://help.example.com/"],
  ])("refuses %s=%s with a ConfigError naming the variable", (variable, value) => {
    const error = failure({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it("refuses a refresh token lifetime not longer than the access token's", () => {
    const error = failure({ ACCESS_TOKEN_TTL: "3600", REFRESH_TOKEN_TTL: "3600" });
    expect(error.variable).toBe("REFRESH_TOKEN_TTL");
  });

  it("lets overrides win over the environment (tests shorten token lifetimes this way)", () => {
    expect(loadConfig({ ACCESS_TOKEN_TTL: "900" }, { accessTokenTtlSeconds: 2 }).accessTokenTtlSeconds).toBe(
      2,
    );
  });
});
