import { pino } from "pino";
import type { Logger } from "pino";
import type { LogLevel } from "../config/config.js";

/** Structured JSON logs on stdout; secrets are redacted wherever they appear in a logged object. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: "deskgraph" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        "password",
        "*.password",
        "*.newPassword",
        "*.currentPassword",
        "token",
        "*.token",
        "*.refreshToken",
        "headers.authorization",
        "*.headers.authorization",
        "variables.input.password",
        "variables.input.newPassword",
        "variables.input.refreshToken",
      ],
      censor: "[redacted]",
    },
  });
}
