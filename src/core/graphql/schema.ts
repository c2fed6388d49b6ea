import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import type { ModuleDefinition } from "../module.js";
import { collectResolvers } from "../module.js";
import type { AppPubSub } from "../events/pubsub.js";
import { createMemoryPubSub } from "../events/pubsub.js";
import { authChecker } from "./authorization.js";
import { NodeResolver } from "./node.resolver.js";

export async function buildAppSchema(
  modules: ModuleDefinition[],
  pubSub: AppPubSub = createMemoryPubSub(),
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: collectResolvers(modules, [NodeResolver]),
    authChecker,
    // Unauthenticated and forbidden are decided (and thrown) by authChecker itself.
    authMode: "error",
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}
