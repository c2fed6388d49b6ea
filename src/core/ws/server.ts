import type http from "node:http";
import { WebSocketServer } from "ws";
import type WebSocket from "ws";
import { useServer } from "graphql-ws/use/ws";
import { parse, specifiedRules, validate } from "graphql";
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from "graphql";
import { depthLimitRule } from "../graphql/depth-limit.js";
import type { Actor } from "../context/actor.js";
import { createRequestContext } from "../context/context.js";
import { AppError } from "../errors/app-errors.js";
import { makeFormatError } from "../graphql/errors.js";
import type { AppRuntime } from "../runtime.js";
import { CREDENTIAL_REVOKED, type CredentialRevokedEvent } from "../events/topics.js";
import { randomUUID } from "node:crypto";
import { runSocketHooks } from "./hooks.js";
import { sharedSubscribe } from "./shared-execution.js";

/** Close codes beyond graphql-ws's own: the credential expired, or was revoked while connected. */
export const WS_CLOSE_TOKEN_EXPIRED = 4401;
export const WS_CLOSE_TOKEN_REVOKED = 4403;

interface ConnectionState {
  actor?: Actor | null;
  /** The bearer credential of connection_init, re-checked for every operation. */
  credential?: string;
  /** A portal visitor's token (connectionParams.visitorToken), checked once: it cannot be reassigned. */
  visitorToken?: string;
  expiryTimer?: NodeJS.Timeout;
  /** Set once the socket hooks heard about the open, so close is reported exactly when open was. */
  opened?: { connectionId: string; ready: Promise<void> };
}

/**
 * graphql-ws on the HTTP server's /graphql path. The credential comes in connection_init
 * (`{ authorization: "Bearer …" }` or `{ token }`); no credential connects anonymously (portal visitors, who
 * may give `{ visitorToken }` so their operations act as that visitor without repeating it).
 * A socket closes when its access token expires or its session / API token is revoked.
 */
export function startWsServer(runtime: AppRuntime, schema: GraphQLSchema, httpServer: http.Server) {
  const wss = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    maxPayload: runtime.config.maxRequestBytes,
    verifyClient: ({ origin }: { origin: string }) =>
      runtime.config.wsAllowedOrigins.length === 0 ||
      !origin ||
      runtime.config.wsAllowedOrigins.includes(origin),
  });
  const sockets = new Map<WebSocket, ConnectionState>();
  const formatError = makeFormatError(runtime.logger);

  const revocations = (runtime.pubsub.subscribe(CREDENTIAL_REVOKED) as AsyncIterable<CredentialRevokedEvent>)[
    Symbol.asyncIterator
  ]();
  void (async () => {
    for await (const event of { [Symbol.asyncIterator]: () => revocations }) {
      for (const [socket, state] of sockets) {
        const actor = state.actor;
        if (!actor) continue;
        if (
          (event.kind === "session" && actor.sessionId === event.id) ||
          (event.kind === "apiToken" && actor.apiTokenId === event.id) ||
          (event.kind === "account" && actor.accountId === event.id)
        ) {
          socket.close(WS_CLOSE_TOKEN_REVOKED, "Credential revoked");
        }
      }
    }
  })();

  const disposable = useServer<Record<string, unknown> | undefined, { state: ConnectionState }>(
    {
      schema,
      subscribe: sharedSubscribe,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const raw = (params.authorization ?? params.Authorization ?? params.token) as unknown;
        const state: ConnectionState = { actor: null };
        sockets.set(ctx.extra.socket, state);
        ctx.extra.state = state;
        ctx.extra.socket.once("close", () => {
          clearTimeout(state.expiryTimer);
          sockets.delete(ctx.extra.socket);
          const opened = state.opened;
          // After the open hooks finished, so a socket that closes at once is not left counted.
          if (opened) {
            const socket = { connectionId: opened.connectionId, actor: state.actor ?? null };
            void opened.ready.then(() => runSocketHooks(runtime, "onSocketClose", socket));
          }
        });
        const visitor = params.visitorToken as unknown;
        if (visitor !== undefined && visitor !== null) {
          // An unknown visitor token refuses the connection (4403), as a bad bearer token does.
          if (typeof visitor !== "string" || !visitor) return false;
          if (!(await runtime.verifyVisitorToken?.(runtime, visitor))) return false;
          state.visitorToken = visitor;
        }
        if (raw === undefined || raw === null || raw === "") return true;
        if (typeof raw !== "string") return false;
        const token = raw.replace(/^Bearer\s+/i, "");
        try {
          state.actor = await runtime.authenticate(runtime, token);
          state.credential = token;
        } catch (error) {
          if (error instanceof AppError) return false;
          throw error;
        }
        const expiresAt = state.actor.expiresAt;
        if (expiresAt) {
          const ms = expiresAt * 1000 - Date.now();
          state.expiryTimer = setTimeout(
            () => ctx.extra.socket.close(WS_CLOSE_TOKEN_EXPIRED, "Token expired"),
            Math.max(0, ms),
          );
        }
        // Only authenticated sockets are announced: presence is about employees and users, not visitors.
        if (ctx.extra.socket.readyState === ctx.extra.socket.OPEN) {
          const connectionId = randomUUID();
          const ready = runSocketHooks(runtime, "onSocketOpen", { connectionId, actor: state.actor });
          state.opened = { connectionId, ready };
          await ready;
        }
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // Each operation sees the account as it is now, as an HTTP request would: roles taken away since
        // connection_init no longer apply, and a credential that stopped working closes the socket.
        const state = ctx.extra.state;
        if (state?.credential) {
          try {
            state.actor = await runtime.authenticate(runtime, state.credential);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            const expired = (state.actor?.expiresAt ?? Infinity) * 1000 <= Date.now();
            ctx.extra.socket.close(
              expired ? WS_CLOSE_TOKEN_EXPIRED : WS_CLOSE_TOKEN_REVOKED,
              expired ? "Token expired" : "Credential revoked",
            );
            return [error];
          }
        }
        // graphql-ws validates with the default rules only; add ours (depth limit) the same way HTTP does.
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, depthLimitRule()]);
        if (errors.length) return errors;
        return undefined;
      },
      context: (ctx) =>
        createRequestContext(runtime, ctx.extra.state?.actor ?? null, {
          ip: ctx.extra.request.socket.remoteAddress,
          userAgent: ctx.extra.request.headers["user-agent"],
          transport: "ws",
          visitorToken: ctx.extra.state?.visitorToken ?? null,
        }),
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => formatError(error.toJSON() as GraphQLFormattedError, error)),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return undefined;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON() as GraphQLFormattedError, error)),
        };
      },
    },
    wss,
  );

  return {
    async dispose() {
      await revocations.return?.();
      await disposable.dispose();
    },
  };
}
