import { Ctx, Resolver, Root, Subscription } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { AUTHENTICATED, RequirePermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Account } from "../accounts/account.entity.js";
import { ACCOUNT_CHANGED } from "./account-events.js";
import type { AccountChangedEvent } from "./account-events.js";
import { AccountChange } from "./auth.payloads.js";
import { currentPermissions } from "./authenticator.js";

@Resolver()
export class AccountEventsResolver {
  @Subscription(() => AccountChange, {
    topics: ACCOUNT_CHANGED,
    filter: ({ payload, context }: { payload: AccountChangedEvent; context: RequestContext }) =>
      payload.accountId === context.actor?.accountId,
    description:
      "Fires when your account changes: profile, roles or permissions, password, sessions, API tokens. " +
      "Each event carries the account and your permissions as they are now.",
  })
  @RequirePermission(AUTHENTICATED)
  async myAccountChanged(
    @Root() event: AccountChangedEvent,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountChange> {
    // The subscription's context lives as long as the socket: read through a fresh EntityManager so the
    // identity map does not serve the row as it was at the first event.
    const em = ctx.app.orm.em.fork();
    const account = await em.findOne(Account, { id: event.accountId });
    if (!account) throw new NotFoundError("Account");
    return {
      reason: event.reason,
      occurredAt: new Date(event.occurredAt),
      account,
      permissions: [...(await currentPermissions(ctx.app, ctx.actor!))].sort(),
      sessionId: event.sessionId ? toGlobalId("Session", event.sessionId) : null,
    };
  }
}
