import { GraphQLError } from "graphql";

/**
 * Stable extensions.code values of GraphQL errors. Clients switch on these, never on messages.
 * Expected business failures of mutations are not errors: they come back in the payload's userErrors.
 */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  CONFLICT: "CONFLICT",
  PASSWORD_CHANGE_REQUIRED: "PASSWORD_CHANGE_REQUIRED",
  SETUP_REQUIRED: "SETUP_REQUIRED",
  SETUP_ALREADY_COMPLETED: "SETUP_ALREADY_COMPLETED",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = "AppError";
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Authentication required: send a valid access token or API token.") {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this.", permission?: string) {
    super(ErrorCode.FORBIDDEN, message, permission ? { permission } : {});
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found.` : `${what} was not found.`);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, field?: string[]) {
    super(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
  }
}

export class PasswordChangeRequiredError extends AppError {
  constructor() {
    super(
      ErrorCode.PASSWORD_CHANGE_REQUIRED,
      "Your password must be changed before you can continue: call changeMyPassword.",
    );
  }
}
