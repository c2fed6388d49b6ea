import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { AppRuntime } from "../runtime.js";
import type { Actor } from "./actor.js";
import { LoaderRegistry } from "./loaders.js";

/**
 * One per HTTP request and per graphql-ws operation: the caller, a forked EntityManager (its own identity
 * map), the request's DataLoaders and a logger carrying the request id.
 */
export interface RequestContext {
  requestId: string;
  actor: Actor | null;
  em: EntityManager;
  loaders: LoaderRegistry;
  log: Logger;
  app: AppRuntime;
  /** Client address, for lockout and audit records. */
  ip: string | undefined;
  /** Client software (User-Agent header), shown in the session list. */
  userAgent: string | undefined;
  /** Set when the transport is graphql-ws. */
  transport: "http" | "ws";
  /** The visitor token of the graphql-ws connection (connectionParams.visitorToken), checked at connect. */
  visitorToken?: string | null;
}

export function createRequestContext(
  app: AppRuntime,
  actor: Actor | null,
  init: {
    requestId?: string;
    ip?: string;
    userAgent?: string;
    transport: "http" | "ws";
    visitorToken?: string | null;
  },
): RequestContext {
  const requestId = init.requestId ?? randomUUID();
  const ctx: RequestContext = {
    requestId,
    actor,
    em: app.orm.em.fork({ clear: true }) as EntityManager,
    loaders: new LoaderRegistry(() => ctx),
    log: app.logger.child({ requestId, actor: actor?.accountId }),
    app,
    ip: init.ip,
    userAgent: init.userAgent?.slice(0, 512),
    transport: init.transport,
    visitorToken: init.visitorToken ?? null,
  };
  return ctx;
}
