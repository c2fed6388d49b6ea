/**
 * "Ticket Close Requested by User" (002 L8591; events catalog 502015): the requester asks, from the portal,
 * for their ticket to be closed. The request does not close it — agents or an event rule (Set Ticket Status)
 * decide — it leaves a comment and history line and records ticket.closeRequested.
 */
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { ForbiddenError } from "../../core/errors/app-errors.js";
import { AUTHENTICATED, RequirePermission } from "../../core/graphql/authorization.js";
import { UserErrorException, payload, userError } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/index.js";
import { recordHistory } from "./ticket-core.js";
import { recordTicketEvent } from "./ticket-events.js";
import { TicketComment } from "./ticket-message.entity.js";
import { TicketPayload } from "./ticket.payloads.js";
import { Ticket } from "./ticket.entity.js";
import { TicketStatus } from "./ticket.enums.js";
import { visibleTicket } from "./ticket-access.js";

@InputType({ description: "A requester asks for their ticket to be closed (002 L8591)." })
export class RequestTicketCloseInput {
  @Field(() => ID, { description: "The ticket (must be the caller's)." })
  ticketId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Why, in the requester's words (at most 2000 characters).",
  })
  reason?: string | null;
}

export async function requestTicketClose(ctx: RequestContext, input: RequestTicketCloseInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  if (ticket.requester?.id !== ctx.actor?.accountId) throw new ForbiddenError("This is not your ticket.");
  const reason = input.reason?.trim() ?? "";
  if (reason.length > 2000)
    throw new UserErrorException([
      userError("TOO_LONG", "The reason is at most 2000 characters.", ["input", "reason"]),
    ]);
  if (ticket.status === TicketStatus.CLOSED || ticket.status === TicketStatus.CLOSED_AND_LOCKED)
    throw new UserErrorException([
      userError("ALREADY_CLOSED", "The ticket is already closed.", ["input", "ticketId"]),
    ]);
  const me = ctx.actor!.accountId;
  return ctx.em.transactional(async (em) => {
    const text = `The requester asked to close this ticket.${reason ? ` Reason: ${reason}` : ""}`;
    em.persist(build(TicketComment, { ticket, text, author: em.getReference(Account, me) }));
    recordHistory(em, ticket, me, "closeRequested", null, reason || null);
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.closeRequested", me, { reason: reason || null });
    return { ticket };
  });
}

@Resolver(() => Ticket)
export class TicketCloseRequestResolver {
  @Mutation(() => TicketPayload, {
    description:
      "The requester asks for their ticket to be closed: a comment and the Ticket Close Requested by User event; " +
      "the status is unchanged. ALREADY_CLOSED when closed; FORBIDDEN for someone else's ticket.",
  })
  @RequirePermission(AUTHENTICATED)
  async requestTicketClose(
    @Arg("input", () => RequestTicketCloseInput, { description: "See the input type." })
    input: RequestTicketCloseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => requestTicketClose(ctx, input));
  }
}
