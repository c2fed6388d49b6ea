import { randomUUID } from "node:crypto";
import type http from "node:http";
import express from "express";
import type { Request, Response } from "express";
import { ApolloServer } from "@apollo/server";
import type { ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { RequestContext } from "../context/context.js";
import { createRequestContext } from "../context/context.js";
import { runAsStatementOwner } from "../db/statement-owner.js";
import { AppError, UnauthenticatedError } from "../errors/app-errors.js";
import type { ErrorCode } from "../errors/app-errors.js";
import { makeFormatError } from "../graphql/errors.js";
import { depthLimitRule } from "../graphql/depth-limit.js";
import type { AppRuntime } from "../runtime.js";

/** Reads "Authorization: Bearer <token>" (access token or API token). */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  return match[1];
}

function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          // What Apollo's default cache-control plugin answered for this schema (no @cacheControl hints).
          response.http.headers.set("cache-control", "no-store");
          contextValue.log.info(
            {
              operation: operationName ?? undefined,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => e.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
            },
            "graphql request",
          );
        },
      };
    },
  };
}

export interface HttpApp {
  app: express.Express;
  apollo: ApolloServer<RequestContext>;
}

export async function createHttpApp(
  runtime: AppRuntime,
  schema: GraphQLSchema,
  httpServer: http.Server,
  disposeWs: () => Promise<void>,
): Promise<HttpApp> {
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: runtime.config.introspection,
    formatError: makeFormatError(runtime.logger),
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule()],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await disposeWs();
            },
          };
        },
      },
      requestLogPlugin(),
      // The default cache-control plugin wraps every field resolver to collect hints this schema never
      // gives (no @cacheControl): a measurable share of a list page's CPU. requestLogPlugin sets the
      // "no-store" header it would have sent.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await runtime.orm.em.getConnection().execute("select 1");
      res.json({ status: "ready" });
    } catch (error) {
      runtime.logger.warn({ err: error }, "readiness check failed");
      res.status(503).json({ status: "unavailable", reason: "database unreachable" });
    }
  });

  const context = async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    // A caller's request id is kept (for tracing across services) if it is sane; it comes back in the response.
    const incoming = req.header("x-request-id") ?? "";
    const requestId = /^[\w.:-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader("x-request-id", requestId);
    const token = bearerToken(req.header("authorization"));
    const actor = token ? await runtime.authenticate(runtime, token) : null;
    return createRequestContext(runtime, actor, {
      requestId,
      ip: req.ip,
      userAgent: req.header("user-agent"),
      transport: "http",
    });
  };

  app.use(
    "/graphql",
    express.json({ limit: runtime.config.maxRequestBytes }),
    // Entered after the body parser: its stream callbacks would otherwise leave the request's async context.
    (req: Request, _res: Response, next: () => void) =>
      runAsStatementOwner(req.header("x-request-id") ?? "", next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await context({ req, res });
        } catch (error) {
          // A bad credential is answered 401 with its code, not as a failed context (HTTP 500).
          if (error instanceof AppError) {
            throw new AppError(error.extensions.code as ErrorCode, error.message, { http: { status: 401 } });
          }
          throw error;
        }
      },
    }),
  );
  return { app, apollo };
}
