import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import type { ModuleDefinition } from "../module.js";
import { collectResolvers } from "../module.js";
import type { AppPubSub } from "../events/pubsub.js";
import { createMemoryPubSub } from "../events/pubsub.js";
import { AUTHENTICATED, PUBLIC, authChecker } from "./authorization.js";
import { NodeResolver } from "./node.resolver.js";

export async function buildAppSchema(
  modules: ModuleDefinition[],
  pubSub: AppPubSub = createMemoryPubSub(),
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: collectResolvers(modules, [NodeResolver]),
    authChecker,
    // Unauthenticated and forbidden are decided (and thrown) by authChecker itself.
    authMode: "error",
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
  documentPermissions(schema);
  return schema;
}

/**
 * Appends each operation's declared permission to its description, so the schema frontends read says who
 * may call what.
 */
function documentPermissions(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const permission = field.extensions?.permission;
      if (typeof permission !== "string") continue;
      const note =
        permission === PUBLIC
          ? "Permission: none (public)."
          : permission === AUTHENTICATED
            ? "Permission: any signed-in account."
            : `Permission: ${permission}.`;
      field.description = field.description ? `${field.description}\n\n${note}` : note;
    }
  }
}
