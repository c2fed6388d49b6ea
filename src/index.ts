/**
 * The public API for plugins, providers and examples: build against these exports only, never against files
 * inside src/core or src/modules.
 */
export { loadConfig, ConfigError, CONFIG_VARIABLES } from "./core/config/config.js";
export type { AppConfig } from "./core/config/config.js";
export { startServer, createRuntime } from "./core/bootstrap.js";
export type { StartedServer, BootstrapOptions } from "./core/bootstrap.js";
export type { ModuleDefinition, NodeFetcher, Authenticator } from "./core/module.js";
export type { AppRuntime } from "./core/runtime.js";
export type { RequestContext } from "./core/context/context.js";
export type { Actor } from "./core/context/actor.js";
export { defineLoader } from "./core/context/loaders.js";
export {
  AppError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  BadInputError,
} from "./core/errors/app-errors.js";
export {
  RequirePermission,
  Public,
  AUTHENTICATED,
  PUBLIC,
  assertPermission,
  hasPermission,
} from "./core/graphql/authorization.js";
export { toGlobalId, fromGlobalId } from "./core/graphql/global-id.js";
export { Connection, ConnectionArgs, paginate } from "./core/graphql/pagination.js";
export { UserError, UserErrorException, Validation, payload, userError } from "./core/graphql/user-error.js";
export { recordDomainEvent, DOMAIN_EVENT_TOPIC } from "./core/events/domain-events.js";
export type { DomainEvent, DomainEventConsumer, DomainEventInput } from "./core/events/domain-events.js";
export { scheduleTimer, cancelTimer, rescheduleTimer, Job, JobStatus } from "./core/jobs/index.js";
export type {
  JobContext,
  JobDefinition,
  JobHandler,
  RecurringJob,
  ScheduleTimerInput,
} from "./core/jobs/index.js";
export { modules } from "./modules/index.js";
