import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Validation, payload } from "../../core/graphql/user-error.js";
import { Privilege, permissionKey } from "../roles/index.js";
import { distributionPreview, rebalanceTickets } from "./distribution.service.js";
import {
  DistributionPreview,
  RebalanceTicketsInput,
  RebalanceTicketsPayload,
  ReleaseTicketToQueueInput,
  ReleaseTicketToQueuePayload,
  TakeTicketInput,
  TakeTicketPayload,
} from "./distribution.types.js";
import { releaseTicketToQueue, takeTicket } from "./queue.service.js";
import { DEFAULT_REBALANCE } from "./rebalance.js";
import type { RebalanceOptions } from "./rebalance.js";

function rebalanceOptions(input: RebalanceTicketsInput): RebalanceOptions {
  const v = new Validation();
  const minutes = (key: keyof RebalanceOptions & keyof RebalanceTicketsInput, fallback: number | null) => {
    const value = input[key];
    if (value === undefined || value === null) return fallback;
    v.check(value >= 0, "INVALID", "Minutes cannot be negative.", ["input", key]);
    return value;
  };
  const options: RebalanceOptions = {
    holdAfterComposeMinutes: minutes("holdAfterComposeMinutes", DEFAULT_REBALANCE.holdAfterComposeMinutes)!,
    holdAfterReadMinutes: minutes("holdAfterReadMinutes", DEFAULT_REBALANCE.holdAfterReadMinutes)!,
    holdAfterAssignedMinutes: minutes(
      "holdAfterAssignedMinutes",
      DEFAULT_REBALANCE.holdAfterAssignedMinutes,
    )!,
    rebalancePinnedAfterMinutes: minutes("rebalancePinnedAfterMinutes", null),
  };
  v.throwIfAny();
  return options;
}

@Resolver()
export class DistributionResolver {
  @Query(() => DistributionPreview, {
    description:
      "Each member's eligibility and load in a group and who receives the next new ticket (administrators " +
      "and managers of the group's department; FORBIDDEN otherwise).",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async distributionPreview(
    @Arg("groupId", () => ID, { description: "The group." }) groupId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return distributionPreview(ctx, groupId);
  }

  @Mutation(() => TakeTicketPayload, {
    description:
      "Get From Queue: a member of the ticket's group takes a queued ticket (FORBIDDEN for non-members). " +
      "Of racing takers exactly one wins; the others get ALREADY_TAKEN. Does not count toward Max Tickets.",
  })
  @RequirePermission(permissionKey("TICKETS", "TAKE"))
  async takeTicket(
    @Arg("input", () => TakeTicketInput, { description: "See the input type." }) input: TakeTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => takeTicket(ctx, input.ticketId));
  }

  @Mutation(() => ReleaseTicketToQueuePayload, {
    description: "Gives a ticket back to its group's queue: its agent, or a manager of its department.",
  })
  @RequirePermission(permissionKey("TICKETS", "TRANSFER"))
  async releaseTicketToQueue(
    @Arg("input", () => ReleaseTicketToQueueInput, { description: "See the input type." })
    input: ReleaseTicketToQueueInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => releaseTicketToQueue(ctx, input.ticketId));
  }

  @Mutation(() => RebalanceTicketsPayload, {
    description:
      "Runs the rebalancing rules on a group now (administrators and managers of its department): tickets " +
      "of inactive or disabled agents and the excess of agents over their Max Tickets are redistributed, " +
      "then loads are levelled; held and pinned tickets stay.",
  })
  @RequirePermission(permissionKey("TICKETS", "TRANSFER"))
  async rebalanceTickets(
    @Arg("input", () => RebalanceTicketsInput, { description: "See the input type." })
    input: RebalanceTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => rebalanceTickets(ctx, input.groupId, rebalanceOptions(input)));
  }
}
