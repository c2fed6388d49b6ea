import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, RequirePermission } from "../../core/graphql/authorization.js";
import { ConnectionArgs } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/permission-catalog.js";
import { RevokeAllSessionsOfInput, RevokeSessionInput } from "./auth.inputs.js";
import { RevokeAllSessionsOfPayload, RevokeSessionPayload, SessionConnection } from "./auth.payloads.js";
import { Session } from "./session.entity.js";
import { mySessions, revokeAllSessionsOf, revokeSession } from "./sessions.service.js";

@Resolver(() => Session)
export class SessionResolver {
  @Query(() => SessionConnection, {
    description: "Your live sessions (signed-in devices), most recently active first. Not for API tokens.",
  })
  @RequirePermission(AUTHENTICATED)
  async mySessions(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Session>> {
    return mySessions(ctx, args);
  }

  @Mutation(() => RevokeSessionPayload, {
    description: "Ends one of your sessions; its tokens and WebSockets stop working at once.",
  })
  @RequirePermission(AUTHENTICATED)
  async revokeSession(
    @Arg("input", () => RevokeSessionInput, { description: "The session." }) input: RevokeSessionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevokeSessionPayload> {
    return payload(async () => ({ session: await revokeSession(ctx, input.id) }));
  }

  @Mutation(() => RevokeAllSessionsOfPayload, {
    description: "Signs an account out everywhere (its API tokens keep working: revoke those separately).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async revokeAllSessionsOf(
    @Arg("input", () => RevokeAllSessionsOfInput, { description: "The account." })
    input: RevokeAllSessionsOfInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevokeAllSessionsOfPayload> {
    return payload(() => revokeAllSessionsOf(ctx, input.accountId));
  }

  @FieldResolver(() => Boolean, { description: "True for the session making this request." })
  current(@Root() session: Session, @Ctx() ctx: RequestContext): boolean {
    return session.id === ctx.actor?.sessionId;
  }
}
