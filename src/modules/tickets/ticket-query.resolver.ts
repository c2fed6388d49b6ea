import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, RequirePermission, assertPermission } from "../../core/graphql/authorization.js";
import { Connection } from "../../core/graphql/pagination.js";
import { permissionKey as K } from "../roles/index.js";
import {
  TicketListArgs,
  findTicket,
  listMyTickets,
  listPortalTickets,
  listQueue,
  listTickets,
} from "./ticket-list.js";
import { TicketSearchArgs } from "./ticket-search.inputs.js";
import { searchTickets } from "./ticket-search.js";
import { Ticket } from "./ticket.entity.js";

const TicketConnection = Connection(Ticket);

/** Ticket lists and lookups; scope (seed-D §2.6) is applied by the services. */
@Resolver(() => Ticket)
export class TicketQueryResolver {
  @Query(() => TicketConnection, {
    description: "Tickets in the caller's scope, filtered and sorted (002 L2827, L2861).",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  async tickets(@Args(() => TicketListArgs) args: TicketListArgs, @Ctx() ctx: RequestContext) {
    return listTickets(ctx, args);
  }

  @Query(() => TicketConnection, {
    description:
      "Basic and Advanced Search (002 L3266-3303): full-text over subjects, messages and comments (or a ticket " +
      "number), the General Criteria and custom field values, with the list filters, in the caller's scope; " +
      "sorted by relevance when there is text (docs/tickets.md). At most 1,000 text matches are considered: " +
      "when more match, totalCount reads 1,000 and the results come from 1,000 of the matches; narrow the search.",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  async searchTickets(@Args(() => TicketSearchArgs) args: TicketSearchArgs, @Ctx() ctx: RequestContext) {
    return searchTickets(ctx, args);
  }

  @Query(() => TicketConnection, { description: "My Tickets: tickets assigned to the caller (002 L2825)." })
  @RequirePermission(K("TICKETS", "VIEW"))
  async myTickets(@Args(() => TicketListArgs) args: TicketListArgs, @Ctx() ctx: RequestContext) {
    return listMyTickets(ctx, args);
  }

  @Query(() => TicketConnection, {
    description:
      "Queue: unassigned tickets of the caller's groups (TICKETS_ACCESS_QUEUE or TICKETS_VIEW_QUEUE, 002 L3081).",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  async ticketQueue(@Args(() => TicketListArgs) args: TicketListArgs, @Ctx() ctx: RequestContext) {
    return listQueue(ctx, args);
  }

  @Query(() => TicketConnection, { description: "Soft-deleted tickets in scope (TICKETS_DELETE)." })
  @RequirePermission(K("TICKETS", "DELETE"))
  async deletedTickets(@Args(() => TicketListArgs) args: TicketListArgs, @Ctx() ctx: RequestContext) {
    return listTickets(ctx, Object.assign(args, { filter: { ...args.filter, deleted: true } }));
  }

  @Query(() => TicketConnection, { description: "The signed-in end user's own tickets (portal)." })
  @RequirePermission(AUTHENTICATED)
  async myPortalTickets(@Args(() => TicketListArgs) args: TicketListArgs, @Ctx() ctx: RequestContext) {
    return listPortalTickets(ctx, args);
  }

  @Query(() => Ticket, {
    description: "One ticket by id or number (old numbers of merged tickets forward); NOT_FOUND / FORBIDDEN.",
  })
  @RequirePermission(AUTHENTICATED)
  async ticket(
    @Arg("id", () => ID, { nullable: true, description: "The ticket's id." }) id: string | null,
    @Arg("number", () => String, { nullable: true, description: "The ticket number." }) number: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    if (ctx.actor?.kind === "EMPLOYEE") assertPermission(ctx, K("TICKETS", "VIEW"));
    return findTicket(ctx, id, number);
  }
}
