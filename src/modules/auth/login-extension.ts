/**
 * The seam through which an external login provider takes part in `login` (002 L2086-2141) without the
 * auth module depending on the providers module (which boots later and depends on auth). The providers
 * module registers one extension per app at boot.
 */
import type { RequestContext } from "../../core/context/context.js";
import type { AppRuntime } from "../../core/runtime.js";
import type { Account } from "../accounts/account.entity.js";

/**
 * Given the account the username names (or null), returns how to authenticate it externally, or null when
 * the local password check applies. The returned function resolves to the account to sign in (created or
 * linked, managed by ctx.em) or throws UserErrorException (INVALID_CREDENTIALS, PROVIDER_UNAVAILABLE).
 */
export type LoginExtension = (
  ctx: RequestContext,
  account: Account | null,
) => Promise<((username: string, password: string) => Promise<Account>) | null>;

const extensions = new WeakMap<AppRuntime, LoginExtension>();

export function setLoginExtension(app: AppRuntime, extension: LoginExtension): void {
  extensions.set(app, extension);
}

export function loginExtension(app: AppRuntime): LoginExtension | undefined {
  return extensions.get(app);
}
