import type { RequestContext } from "../../core/context/context.js";
import type { Account } from "../accounts/account.entity.js";

/**
 * Callbacks run after a new session was issued (a login by password, provider or single sign-on), so that
 * modules booting after auth react to logins without auth depending on them: presence makes the agent
 * active in the groups set to "Automatically go active upon login" (000 L79). Process-wide, like the other
 * registries: each call gets the request's context, hence its runtime.
 */
export type AfterLoginHook = (ctx: RequestContext, account: Account) => Promise<void>;

const hooks: AfterLoginHook[] = [];

export function registerAfterLogin(hook: AfterLoginHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

/** A failing hook is logged: the session exists already and the login must not fail over it. */
export async function runAfterLogin(ctx: RequestContext, account: Account): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook(ctx, account);
    } catch (err) {
      ctx.log.error({ err }, "after-login hook failed");
    }
  }
}
