import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, Public, RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/account.entity.js";
import { Privilege } from "../roles/permission-catalog.js";
import { changeMyPassword, login, logout, refreshSession } from "./auth.service.js";
import type { IssuedTokens } from "./auth.service.js";
import {
  BypassLoginLockoutInput,
  ChangeMyPasswordInput,
  LoginInput,
  RefreshSessionInput,
} from "./auth.inputs.js";
import {
  BypassLoginLockoutPayload,
  ChangeMyPasswordPayload,
  LoginPayload,
  LogoutPayload,
  SessionTokens,
} from "./auth.payloads.js";
import { bypassLoginLockout } from "./lockout.js";

export function toSession(tokens: IssuedTokens): { session: SessionTokens } {
  return { session: { ...tokens, mustChangePassword: tokens.account.forcePasswordChange } };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      "Signs in with username and password. Wrong credentials give INVALID_CREDENTIALS; after too many " +
      "failures the account is locked for a while (ACCOUNT_LOCKED), even for the right password.",
  })
  @Public()
  async login(
    @Arg("input", () => LoginInput, { description: "Username and password." }) input: LoginInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return payload(async () => toSession(await login(ctx, input.username, input.password)));
  }

  @Mutation(() => LoginPayload, {
    description:
      "Exchanges a refresh token for new tokens (rotation). A refresh token that was already exchanged is " +
      "treated as stolen: the session is ended (INVALID_REFRESH_TOKEN).",
  })
  @Public()
  async refreshSession(
    @Arg("input", () => RefreshSessionInput, { description: "The current refresh token." })
    input: RefreshSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return payload(async () => toSession(await refreshSession(ctx, input.refreshToken)));
  }

  @Mutation(() => LogoutPayload, {
    description:
      "Ends the current session; its tokens and WebSockets stop working. Not for API tokens (FORBIDDEN).",
  })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  async logout(@Ctx() ctx: RequestContext): Promise<LogoutPayload> {
    return payload(async () => {
      await logout(ctx);
      return { success: true };
    });
  }

  @Mutation(() => ChangeMyPasswordPayload, {
    description:
      "Changes the caller's password (clears 'force password change'); other sessions end. Needs a session, " +
      "not an API token.",
  })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  async changeMyPassword(
    @Arg("input", () => ChangeMyPasswordInput, { description: "Current and new password." })
    input: ChangeMyPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeMyPasswordPayload> {
    return payload(async () => ({
      account: await changeMyPassword(ctx, input.currentPassword, input.newPassword),
    }));
  }

  @Mutation(() => BypassLoginLockoutPayload, {
    description: "Lifts a brute-force lockout before it runs out (002 L7542-7544).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async bypassLoginLockout(
    @Arg("input", () => BypassLoginLockoutInput, { description: "The locked account." })
    input: BypassLoginLockoutInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BypassLoginLockoutPayload> {
    return payload(async () => ({ account: await bypassLoginLockout(ctx, input.accountId) }));
  }

  @Query(() => Account, { description: "The signed-in account (an API token's owner)." })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  async me(@Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.em.findOneOrFail(Account, { id: ctx.actor!.accountId });
  }

  @Query(() => [String], {
    description:
      "The caller's effective permission keys (the union over their roles; for an API token, its scopes " +
      "within the owner's).",
  })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  myPermissions(@Ctx() ctx: RequestContext): string[] {
    return [...ctx.actor!.permissions].sort();
  }
}
