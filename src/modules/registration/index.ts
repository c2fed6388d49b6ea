import type { ModuleDefinition } from "../../core/module.js";
import { RegistrationResolver } from "./registration.resolver.js";

/** Portal registration of users (002 L5829) with the Registration provider (002 L8014-8019). */
export const registrationModule: ModuleDefinition = {
  name: "registration",
  entities: [],
  resolvers: [RegistrationResolver],
};
