import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { ExecutionResult, GraphQLFormattedError } from "graphql";
import { createClient } from "graphql-ws";
import type { Client } from "graphql-ws";
import WebSocket from "ws";
import { loadConfig } from "../config/config.js";
import type { AppConfig } from "../config/config.js";
import { startServer } from "../bootstrap.js";
import type { StartedServer } from "../bootstrap.js";
import { modules } from "../../modules/index.js";
import { createTestDatabase } from "./test-database.js";
import { currentStatementOwner } from "../db/statement-owner.js";

export interface GqlResult<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
  status: number;
}

export interface TestServer {
  server: StartedServer;
  url: string;
  wsUrl: string;
  /** Runs an operation over HTTP; `token` becomes "Authorization: Bearer <token>". */
  gql<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GqlResult<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  ok<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<T>;
  /** A graphql-ws client; connectionParams carry the token. */
  ws(
    token?: string,
    options?: {
      lazy?: boolean;
      onClose?: (code: number) => void;
      connectionParams?: Record<string, unknown>;
    },
  ): Client;
  /** SQL statements executed since the last reset (for N+1 assertions). */
  queries: string[];
  /**
   * The SQL statements of the HTTP requests `run` makes (the "[query] " log prefix removed): only those,
   * not what background jobs, heartbeats or other requests run meanwhile, so counts are exact.
   */
  statementsDuring(run: () => Promise<unknown>): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startTestServer(
  label: string,
  overrides: Partial<AppConfig> = {},
): Promise<TestServer> {
  const db = await createTestDatabase(label);
  const queries: string[] = [];
  // Each statement with the request id (x-request-id) it ran for (src/core/db/statement-owner.ts); apart from
  // `queries`, which tests may truncate.
  const owned: Array<{ sql: string; owner: string | undefined }> = [];
  let measuring: string | undefined;
  const config = loadConfig(
    { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent" },
    { port: 0, host: "127.0.0.1", databaseUrl: db.url, ...overrides },
  );
  const server = await startServer({
    config,
    modules,
    inMemoryDatabase: true,
    onQuery: (sql) => {
      queries.push(sql);
      if (measuring) owned.push({ sql, owner: currentStatementOwner() });
    },
  });
  const url = server.url;
  const wsUrl = url.replace(/^http/, "ws");
  const clients: Client[] = [];

  async function gql<T, V>(
    doc: TypedDocumentNode<T, V>,
    variables?: V,
    token?: string,
  ): Promise<GqlResult<T>> {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-request-id": measuring ?? randomUUID(),
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(doc), variables: variables ?? {} }),
    });
    const body = (await response.json()) as ExecutionResult<T>;
    return {
      data: body.data,
      errors: body.errors as GraphQLFormattedError[] | undefined,
      status: response.status,
    };
  }

  return {
    server,
    url,
    wsUrl,
    gql,
    async ok(doc, variables, token) {
      const result = await gql(doc, variables, token);
      if (result.errors?.length) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      }
      return result.data!;
    },
    ws(token, options = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: options.lazy ?? true,
        retryAttempts: 0,
        connectionParams:
          token || options.connectionParams
            ? { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.connectionParams }
            : undefined,
        on: { closed: (event) => options.onClose?.((event as { code: number }).code) },
      });
      clients.push(client);
      return client;
    },
    queries,
    async statementsDuring(run) {
      if (measuring) throw new Error("statementsDuring calls cannot overlap");
      const tag = (measuring = `measure-${randomUUID()}`);
      try {
        await run();
      } finally {
        measuring = undefined;
      }
      const mine = owned.splice(0).filter((s) => s.owner === tag);
      return mine.map((s) => s.sql.replace(/^\[query\] /, ""));
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await server.stop();
      await db.drop();
    },
  };
}
