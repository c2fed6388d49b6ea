import type { ModuleDefinition } from "../../core/module.js";
import { Brand } from "./brand.entity.js";

export { Brand } from "./brand.entity.js";

export const organizationModule: ModuleDefinition = {
  name: "organization",
  entities: [Brand],
  resolvers: [],
};
