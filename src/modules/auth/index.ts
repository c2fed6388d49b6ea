import type { ModuleDefinition } from "../../core/module.js";
import { AccountEventsResolver } from "./account-events.resolver.js";
import { ApiToken } from "./api-token.entity.js";
import { ApiTokenResolver } from "./api-token.resolver.js";
import { fetchApiTokenNode } from "./api-token.service.js";
import { AuthResolver } from "./auth.resolver.js";
import { authenticate } from "./authenticator.js";
import { RotatedRefreshToken } from "./rotated-refresh-token.entity.js";
import { Session } from "./session.entity.js";
import { SessionResolver } from "./session.resolver.js";
import { fetchSessionNode } from "./sessions.service.js";

export { hashPassword, verifyPassword, checkPasswordPolicy } from "./password.js";
export { checkNewPassword } from "./password-policy.js";
export { signInVerifiedAccount } from "./auth.service.js";
export { toSession } from "./auth.resolver.js";
export { LoginPayload, SessionTokens } from "./auth.payloads.js";
export { setLoginExtension, type LoginExtension, type LoginNameResolver } from "./login-extension.js";
export { revokeAccountAccess, revokeSessions } from "./sessions.service.js";
export { currentPermissions } from "./authenticator.js";
export { registerAfterLogin } from "./login-hooks.js";
export type { AfterLoginHook } from "./login-hooks.js";
export { ACCOUNT_CHANGED, AccountChangeReason, publishAccountChanged } from "./account-events.js";
export type { AccountChangedEvent } from "./account-events.js";

export const authModule: ModuleDefinition = {
  name: "auth",
  entities: [Session, RotatedRefreshToken, ApiToken],
  resolvers: [AuthResolver, SessionResolver, ApiTokenResolver, AccountEventsResolver],
  nodes: { Session: fetchSessionNode, ApiToken: fetchApiTokenNode },
  authenticator: authenticate,
};
