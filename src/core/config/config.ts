import path from "node:path";

/** Thrown at boot when an environment variable is present but unusable; names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = "ConfigError";
  }
}

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** HS256 secret for access tokens; when absent one is generated once and kept in the database. */
  jwtSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  logLevel: LogLevel;
  /** Serve the GraphQL introspection query (frontends and codegen want it; turn off if you must). */
  introspection: boolean;
  /** Largest accepted HTTP request body / WebSocket message, in bytes. */
  maxRequestBytes: number;
  /** Origins allowed to open graphql-ws connections; empty = any (tokens, not cookies, authenticate). */
  wsAllowedOrigins: string[];
  redisUrl: string | undefined;
  /** Prefix of every Redis pub/sub channel, so deployments (or test runs) sharing one Redis stay apart. */
  redisPrefix: string;
  /** An agent whose last socket closed stays online this long, so a quick reconnect does not flicker. */
  presenceGraceMs: number;
  /** How often an instance refreshes the heartbeat of its agents' connections (002 L7927: 10 s). */
  presenceHeartbeatMs: number;
  /** Run the job worker in this instance (timers, sweeps); false = an API-only instance. */
  jobsEnabled: boolean;
  /** How often the job worker looks for due jobs, in milliseconds. */
  jobsPollMs: number;
  /** First retry delay of an outgoing mail after a failed SMTP attempt (doubled each time, at most 1 h). */
  mailRetryBaseMs: number;
  /** SMTP attempts before an outgoing mail is FAILED (kept in the spool until retried or deleted). */
  mailMaxAttempts: number;
  /** Where the events engine's Log to File action appends (one file name per rule action, inside it). */
  eventsLogDir: string;
  /** Timeout of one Call Web Page request of the events engine, in milliseconds. */
  eventsWebCallTimeoutMs: number;
}

export interface ConfigVariable {
  name: string;
  description: string;
  default: string;
  secret?: boolean;
}

/** The environment variables the server reads; README's configuration table is written from this list. */
export const CONFIG_VARIABLES: ConfigVariable[] = [
  { name: "PORT", description: "HTTP and WebSocket port", default: "4000" },
  { name: "HOST", description: "Interface to listen on", default: "0.0.0.0" },
  {
    name: "DATABASE_URL",
    description: "PostgreSQL URL (postgres://user:pass@host:5432/db); unset = embedded PGlite in DATA_DIR",
    default: "(unset)",
    secret: true,
  },
  { name: "DATA_DIR", description: "Where the embedded database keeps its files", default: "./data" },
  {
    name: "JWT_SECRET",
    description:
      "Secret (at least 32 characters) signing access tokens; unset = generated once, kept in the database",
    default: "(generated)",
    secret: true,
  },
  { name: "ACCESS_TOKEN_TTL", description: "Access token lifetime in seconds", default: "900" },
  { name: "REFRESH_TOKEN_TTL", description: "Refresh token lifetime in seconds", default: "2592000" },
  { name: "LOG_LEVEL", description: "fatal, error, warn, info, debug, trace or silent", default: "info" },
  { name: "GRAPHQL_INTROSPECTION", description: "Allow schema introspection (true/false)", default: "true" },
  {
    name: "MAX_REQUEST_BYTES",
    description: "Largest HTTP body or WebSocket message (base64 attachments need ~1.4x their size)",
    default: "4194304",
  },
  {
    name: "WS_ALLOWED_ORIGINS",
    description: "Comma-separated Origins allowed to open WebSockets; empty = any",
    default: "(empty)",
  },
  {
    name: "REDIS_URL",
    description: "Redis URL for pub/sub across several instances; unset = in-memory (one instance)",
    default: "(unset)",
    secret: true,
  },
  {
    name: "REDIS_PREFIX",
    description: "Prefix of the Redis pub/sub channels (instances of one deployment share it)",
    default: "deskgraph:",
  },
  {
    name: "PRESENCE_GRACE_SECONDS",
    description: "Seconds an agent stays online after their last connection closed",
    default: "30",
  },
  {
    name: "PRESENCE_HEARTBEAT_SECONDS",
    description: "Seconds between heartbeats of live agent connections (Heartbeat Interval)",
    default: "10",
  },
  {
    name: "JOBS_ENABLED",
    description: "Run the job worker (timers, sweeps) in this instance (true/false)",
    default: "true",
  },
  {
    name: "JOBS_POLL_MS",
    description: "How often the job worker looks for due jobs, in ms",
    default: "1000",
  },
  {
    name: "MAIL_RETRY_SECONDS",
    description: "Seconds before an outgoing mail is retried after an SMTP failure (doubling, at most 1 h)",
    default: "60",
  },
  {
    name: "MAIL_MAX_ATTEMPTS",
    description: "SMTP attempts before an outgoing mail is marked FAILED in the spool",
    default: "10",
  },
  {
    name: "EVENTS_LOG_DIR",
    description: "Directory the events' Log to File action writes its files into",
    default: "DATA_DIR/event-logs",
  },
  {
    name: "EVENTS_WEB_CALL_TIMEOUT_SECONDS",
    description: "Timeout of one Call Web Page request of an event rule, in seconds",
    default: "10",
  },
];

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, "is not a valid URL");
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(" or ")}, got ${parsed.protocol}`);
  }
  return raw;
}

/** Browsers send Origin as scheme://host[:port]; anything else (a bare host, a path) would never match. */
function origins(env: Env, name: string): string[] {
  const list = (env[name] ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new ConfigError(name, `must list origins like https://help.example.com, got "${origin}"`);
    }
  }
  return list;
}

const LOG_LEVELS: LogLevel[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** Reads and validates the environment once; every bad variable is reported by name. */
export function loadConfig(env: Env = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const logLevel = (env.LOG_LEVEL?.trim() || "info") as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  }
  const jwtSecret = env.JWT_SECRET?.trim() || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError("JWT_SECRET", "must be at least 32 characters long");
  }
  const config: AppConfig = {
    port: int(env, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    databaseUrl: url(env, "DATABASE_URL", ["postgres:", "postgresql:"]),
    dataDir: path.resolve(env.DATA_DIR?.trim() || "./data"),
    jwtSecret,
    accessTokenTtlSeconds: int(env, "ACCESS_TOKEN_TTL", 900, 30, 86_400),
    refreshTokenTtlSeconds: int(env, "REFRESH_TOKEN_TTL", 2_592_000, 60, 31_536_000),
    logLevel,
    introspection: bool(env, "GRAPHQL_INTROSPECTION", true),
    maxRequestBytes: int(env, "MAX_REQUEST_BYTES", 4_194_304, 1024, 104_857_600),
    wsAllowedOrigins: origins(env, "WS_ALLOWED_ORIGINS"),
    redisUrl: url(env, "REDIS_URL", ["redis:", "rediss:"]),
    redisPrefix: env.REDIS_PREFIX?.trim() || "deskgraph:",
    presenceGraceMs: int(env, "PRESENCE_GRACE_SECONDS", 30, 0, 3600) * 1000,
    presenceHeartbeatMs: int(env, "PRESENCE_HEARTBEAT_SECONDS", 10, 1, 600) * 1000,
    jobsEnabled: bool(env, "JOBS_ENABLED", true),
    jobsPollMs: int(env, "JOBS_POLL_MS", 1000, 10, 3_600_000),
    mailRetryBaseMs: int(env, "MAIL_RETRY_SECONDS", 60, 1, 3600) * 1000,
    mailMaxAttempts: int(env, "MAIL_MAX_ATTEMPTS", 10, 1, 100),
    eventsLogDir: path.resolve(
      env.EVENTS_LOG_DIR?.trim() || path.join(env.DATA_DIR?.trim() || "./data", "event-logs"),
    ),
    eventsWebCallTimeoutMs: int(env, "EVENTS_WEB_CALL_TIMEOUT_SECONDS", 10, 1, 120) * 1000,
  };
  // A session that outlives its refresh token's lifetime cannot be renewed: every client would be signed out
  // at each access token expiry.
  if (config.refreshTokenTtlSeconds <= config.accessTokenTtlSeconds) {
    throw new ConfigError("REFRESH_TOKEN_TTL", "must be longer than ACCESS_TOKEN_TTL");
  }
  return { ...config, ...overrides };
}
