import type { NonEmptyArray } from "type-graphql";
import type { RequestContext } from "./context/context.js";
import type { Actor } from "./context/actor.js";
import type { AppRuntime } from "./runtime.js";
import type { AnyJobHandler, RecurringJob } from "./jobs/types.js";
import type { DomainEventConsumer } from "./events/domain-events.js";

/** Loads a node by raw id for `node(id:)`, enforcing the caller's right to see it (null = not found). */
export type NodeFetcher = (ctx: RequestContext, id: string) => Promise<object | null>;

/** Turns a bearer credential into an actor; throws UnauthenticatedError when it is invalid or revoked. */
export type Authenticator = (app: AppRuntime, credential: string) => Promise<Actor>;

/** What a domain module contributes to the server. */
export interface ModuleDefinition {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  /** GraphQL type name -> fetcher, for the Node interface. */
  nodes?: Record<string, NodeFetcher>;
  authenticator?: Authenticator;
  /** Runs once after migrations, before the server listens (seed fixed rows, start timers). */
  onBoot?: (app: AppRuntime) => Promise<void>;
  onShutdown?: (app: AppRuntime) => Promise<void>;
  /** Job kind (prefix it with the module name: "tickets.followUpDue") -> handler; see docs/jobs.md. */
  jobs?: Record<string, AnyJobHandler>;
  /** Periodic sweeps: one job per period across all instances, run by the handler of the same kind. */
  recurring?: RecurringJob[];
  /**
   * Consumer name (prefix it with the module name: "events.rules") -> reaction to committed domain events,
   * each run as a durable job (src/core/events/domain-events.ts).
   */
  domainEventConsumers?: Record<string, DomainEventConsumer>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function collectResolvers(modules: ModuleDefinition[], core: Function[]): NonEmptyArray<Function> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  return [...core, ...modules.flatMap((m) => m.resolvers)] as NonEmptyArray<Function>;
}
