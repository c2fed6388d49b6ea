import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { AppConfig } from "./config/config.js";
import type { AppPubSub } from "./events/pubsub.js";
import type { Authenticator, ModuleDefinition, NodeFetcher } from "./module.js";

/** Process-wide services shared by every request; built once by bootstrap. */
export interface AppRuntime {
  config: AppConfig;
  orm: MikroORM;
  logger: Logger;
  pubsub: AppPubSub;
  modules: ModuleDefinition[];
  nodes: Map<string, NodeFetcher>;
  authenticate: Authenticator;
  /**
   * Checks a visitor credential given in graphql-ws connectionParams (`{ visitorToken }`): portal visitors
   * have no account, so the chat module, which issues these tokens, sets this at boot. Unset: refused.
   */
  verifyVisitorToken?: (runtime: AppRuntime, token: string) => Promise<boolean>;
}
