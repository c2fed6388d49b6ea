import type { ModuleDefinition } from "../../core/module.js";
import { ApiToken } from "./api-token.entity.js";
import { AuthResolver } from "./auth.resolver.js";
import { authenticate } from "./authenticator.js";
import { Session } from "./session.entity.js";

export { hashPassword, verifyPassword, checkPasswordPolicy } from "./password.js";
export { revokeSessions } from "./auth.service.js";

export const authModule: ModuleDefinition = {
  name: "auth",
  entities: [Session, ApiToken],
  resolvers: [AuthResolver],
  authenticator: authenticate,
};
