import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, RequirePermission } from "../../core/graphql/authorization.js";
import { ConnectionArgs } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/account.entity.js";
import { ApiToken } from "./api-token.entity.js";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-token.service.js";
import { accountById } from "./auth.loaders.js";
import { ApiTokensFilterArgs, CreateApiTokenInput, RevokeApiTokenInput } from "./auth.inputs.js";
import { ApiTokenConnection, CreateApiTokenPayload, RevokeApiTokenPayload } from "./auth.payloads.js";

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Mutation(() => CreateApiTokenPayload, {
    description:
      "Creates an API token for an automation script (employees only). The secret is in the payload, once.",
  })
  @RequirePermission(AUTHENTICATED)
  async createApiToken(
    @Arg("input", () => CreateApiTokenInput, { description: "Name, permissions, expiry, owner." })
    input: CreateApiTokenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateApiTokenPayload> {
    return payload(() => createApiToken(ctx, input));
  }

  @Mutation(() => RevokeApiTokenPayload, {
    description:
      "Revokes an API token (its owner or an administrator) and the tokens it created; sockets using them close.",
  })
  @RequirePermission(AUTHENTICATED)
  async revokeApiToken(
    @Arg("input", () => RevokeApiTokenInput, { description: "The token." }) input: RevokeApiTokenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevokeApiTokenPayload> {
    return payload(() => revokeApiToken(ctx, input.id));
  }

  @Query(() => ApiTokenConnection, {
    description:
      "Your API tokens (never their secrets); administrators may list another employee's or everybody's.",
  })
  @RequirePermission(AUTHENTICATED)
  async apiTokens(
    @Args(() => ApiTokensFilterArgs) filter: ApiTokensFilterArgs,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<ApiToken>> {
    return listApiTokens(ctx, filter, args);
  }

  @FieldResolver(() => Account, { description: "The employee the token acts as." })
  async owner(@Root() token: ApiToken, @Ctx() ctx: RequestContext): Promise<Account> {
    return (await ctx.loaders.get(accountById).load(token.owner.id))!;
  }

  @FieldResolver(() => Account, { nullable: true, description: "Who created the token." })
  async createdBy(@Root() token: ApiToken, @Ctx() ctx: RequestContext): Promise<Account | null> {
    return token.createdBy ? ctx.loaders.get(accountById).load(token.createdBy.id) : null;
  }
}
