import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "pino";
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from "@mikro-orm/core";
import { ErrorCode } from "../errors/app-errors.js";

const PASSTHROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo's and graphql-js's own request-level codes.
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Errors with a known code pass through; anything else is an internal failure: logged in full with the
 * request id, shown to the client only as INTERNAL_SERVER_ERROR so internals never leak.
 */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PASSTHROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if (
      original instanceof UniqueConstraintViolationException ||
      original instanceof ForeignKeyConstraintViolationException
    ) {
      // A race that a service's own checks could not see (two writers at once): the database kept it consistent;
      // the caller may retry.
      logger.warn({ err: original, path: formatted.path }, "constraint conflict");
      return {
        message: "A concurrent change conflicts with this one; reload and try again.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    logger.error({ err: original, path: formatted.path }, "internal error");
    return {
      message: "Internal server error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
