import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, Public, RequirePermission } from "../../core/graphql/authorization.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { UserError, payload } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/account.entity.js";
import { changeMyPassword, login, logout, refreshSession } from "./auth.service.js";
import type { IssuedTokens } from "./auth.service.js";

@InputType()
class LoginInput {
  @Field()
  username!: string;

  @Field()
  password!: string;
}

@InputType()
class RefreshSessionInput {
  @Field({
    description: "The refresh token from login or the previous refresh; it is replaced by a new one.",
  })
  refreshToken!: string;
}

@InputType()
class ChangeMyPasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}

@ObjectType({ description: "Tokens of a session: send `Authorization: Bearer <accessToken>`." })
class SessionTokens {
  @Field()
  accessToken!: string;

  @Field(() => DateTimeScalar)
  accessTokenExpiresAt!: Date;

  @Field({ description: "Exchange with refreshSession for new tokens; single use." })
  refreshToken!: string;

  @Field(() => DateTimeScalar)
  refreshTokenExpiresAt!: Date;

  @Field(() => Account)
  account!: Account;

  @Field({ description: "True when the account must change its password before doing anything else." })
  mustChangePassword!: boolean;
}

@ObjectType()
class LoginPayload {
  @Field(() => SessionTokens, { nullable: true })
  session?: SessionTokens;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
class LogoutPayload {
  @Field()
  success!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
class ChangeMyPasswordPayload {
  @Field(() => Account, { nullable: true })
  account?: Account;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

function toSession(tokens: IssuedTokens): { session: SessionTokens } {
  return { session: { ...tokens, mustChangePassword: tokens.account.forcePasswordChange } };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      "Signs in with username and password. Wrong credentials give INVALID_CREDENTIALS; after too many " +
      "failures the account is locked for a while (ACCOUNT_LOCKED).",
  })
  @Public()
  async login(
    @Arg("input", () => LoginInput) input: LoginInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return payload(async () => toSession(await login(ctx, input.username, input.password)));
  }

  @Mutation(() => LoginPayload, { description: "Exchanges a refresh token for new tokens (rotation)." })
  @Public()
  async refreshSession(
    @Arg("input", () => RefreshSessionInput) input: RefreshSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return payload(async () => toSession(await refreshSession(ctx, input.refreshToken)));
  }

  @Mutation(() => LogoutPayload, {
    description: "Ends the current session; its tokens and WebSockets stop working.",
  })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  async logout(@Ctx() ctx: RequestContext): Promise<LogoutPayload> {
    return payload(async () => {
      await logout(ctx);
      return { success: true };
    });
  }

  @Mutation(() => ChangeMyPasswordPayload, {
    description: "Changes the caller's password (clears 'force password change'); other sessions end.",
  })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  async changeMyPassword(
    @Arg("input", () => ChangeMyPasswordInput) input: ChangeMyPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeMyPasswordPayload> {
    return payload(async () => ({
      account: await changeMyPassword(ctx, input.currentPassword, input.newPassword),
    }));
  }

  @Query(() => Account, { description: "The signed-in account." })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  async me(@Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.em.findOneOrFail(Account, { id: ctx.actor!.accountId });
  }

  @Query(() => [String], {
    description: "The caller's effective permission keys (the union over their roles).",
  })
  @RequirePermission(AUTHENTICATED, { allowPendingPasswordChange: true })
  myPermissions(@Ctx() ctx: RequestContext): string[] {
    return [...ctx.actor!.permissions].sort();
  }
}
