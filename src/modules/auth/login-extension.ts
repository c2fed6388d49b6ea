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

/**
 * The username of the account a typed login name means, when it is not the name itself: a directory login
 * accepts `DOMAIN\user` and `user@domain` for the account `user`, and the lockout must count (and the
 * account link find) that one account whichever form is typed.
 */
export type LoginNameResolver = (ctx: RequestContext, typed: string) => Promise<string>;

const extensions = new WeakMap<AppRuntime, { extension: LoginExtension; resolveName?: LoginNameResolver }>();

export function setLoginExtension(
  app: AppRuntime,
  extension: LoginExtension,
  resolveName?: LoginNameResolver,
): void {
  extensions.set(app, { extension, resolveName });
}

export function loginExtension(app: AppRuntime): LoginExtension | undefined {
  return extensions.get(app)?.extension;
}

export function loginNameResolver(app: AppRuntime): LoginNameResolver | undefined {
  return extensions.get(app)?.resolveName;
}
