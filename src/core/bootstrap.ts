import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { AppConfig } from "./config/config.js";
import { startEmbeddedDatabase } from "./db/embedded.js";
import type { EmbeddedDatabase } from "./db/embedded.js";
import { initOrm, migrate } from "./db/orm.js";
import { migrationsList } from "./db/migrations/index.js";
import { createAppPubSub } from "./events/pubsub.js";
import { buildAppSchema } from "./graphql/schema.js";
import { createHttpApp } from "./http/app.js";
import { createLogger } from "./logging/logger.js";
import type { ModuleDefinition } from "./module.js";
import type { AppRuntime } from "./runtime.js";
import { UnauthenticatedError } from "./errors/app-errors.js";
import { startWsServer } from "./ws/server.js";
import { buildJobRegistry, coreEntities, JobWorker } from "./jobs/index.js";

export interface StartedServer {
  runtime: AppRuntime;
  url: string;
  port: number;
  /** The job worker; undefined when JOBS_ENABLED=false. */
  jobs: JobWorker | undefined;
  stop(): Promise<void>;
}

export interface BootstrapOptions {
  config: AppConfig;
  modules: ModuleDefinition[];
  /** Tests: keep the embedded database in memory instead of DATA_DIR. */
  inMemoryDatabase?: boolean;
  onQuery?: (sql: string) => void;
  /** Connections in the pool; default 1 on the embedded database, else 10 (tests sharing one PGlite: 1). */
  poolMax?: number;
}

function poolSize(options: BootstrapOptions, embedded: boolean): number {
  return options.poolMax ?? (embedded ? 1 : 10);
}

/** Opens the database (embedded or DATABASE_URL), migrates it, and boots the modules; no HTTP yet. */
export async function createRuntime(
  options: BootstrapOptions,
): Promise<{ runtime: AppRuntime; close(): Promise<void> }> {
  const { config, modules } = options;
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;
  let clientUrl = config.databaseUrl;
  if (!clientUrl) {
    embedded = await startEmbeddedDatabase(options.inMemoryDatabase ? undefined : config.dataDir);
    clientUrl = embedded.url;
    logger.info(
      { dataDir: options.inMemoryDatabase ? ":memory:" : config.dataDir },
      "embedded database started",
    );
  }
  const orm = await initOrm({
    clientUrl,
    entities: [...coreEntities, ...modules.flatMap((m) => m.entities)],
    poolMax: poolSize(options, Boolean(embedded)),
    logger,
    onQuery: options.onQuery,
    migrationsList,
  });
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, "migrations applied");

  const events = createAppPubSub({ redisUrl: config.redisUrl, prefix: config.redisPrefix, logger });
  const authenticators = modules.flatMap((m) => (m.authenticator ? [m.authenticator] : []));
  const runtime: AppRuntime = {
    config,
    orm,
    logger,
    pubsub: events.pubsub,
    modules,
    nodes: new Map(modules.flatMap((m) => Object.entries(m.nodes ?? {}))),
    authenticate: authenticators[0] ?? (async () => Promise.reject(new UnauthenticatedError())),
  };
  for (const module of modules) await module.onBoot?.(runtime);
  return {
    runtime,
    async close() {
      for (const module of [...modules].reverse()) await module.onShutdown?.(runtime);
      await events.close();
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

/** The whole server: database, schema, HTTP (Apollo on express) and graphql-ws on one port. */
export async function startServer(options: BootstrapOptions): Promise<StartedServer> {
  // Before anything opens: a misdeclared job kind should stop the boot, whether or not this instance runs jobs.
  const jobRegistry = buildJobRegistry(options.modules);
  const { runtime, close } = await createRuntime(options);
  const schema = await buildAppSchema(runtime.modules, runtime.pubsub);
  const httpServer = http.createServer();
  const ws = startWsServer(runtime, schema, httpServer);
  const { app, apollo } = await createHttpApp(runtime, schema, httpServer, () => ws.dispose());
  httpServer.on("request", app);
  await new Promise<void>((resolve) => httpServer.listen(options.config.port, options.config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.config.host === "0.0.0.0" ? "localhost" : options.config.host;
  const url = `http://${host}:${port}/graphql`;
  runtime.logger.info({ url }, "deskgraph listening");
  let jobs: JobWorker | undefined;
  if (options.config.jobsEnabled) {
    // Leave at least one pooled connection to requests; the embedded database's single one is shared.
    const pool = poolSize(options, !options.config.databaseUrl);
    jobs = new JobWorker(runtime, jobRegistry, {
      pollMs: options.config.jobsPollMs,
      concurrency: Math.max(1, Math.min(4, pool - 1)),
    });
    jobs.start();
  }
  return {
    runtime,
    url,
    port,
    jobs,
    async stop() {
      // Drain: jobs in hand finish (and commit) before the database closes.
      await jobs?.stop();
      await apollo.stop();
      await close();
    },
  };
}
