import type { ModuleDefinition } from "../../core/module.js";
import { Account } from "./account.entity.js";
import { Employee } from "./employee.entity.js";
import { User } from "./user.entity.js";

export { Account, AccountKind, AuthenticationMethod, usernameKey } from "./account.entity.js";
export { Employee } from "./employee.entity.js";
export { User } from "./user.entity.js";

export const accountsModule: ModuleDefinition = {
  name: "accounts",
  entities: [Account, Employee, User],
  resolvers: [],
};
