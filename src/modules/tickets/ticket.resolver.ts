import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, Public, RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, permissionKey as K } from "../roles/index.js";
import {
  bulkUpdateTickets,
  deleteTickets,
  purgeDeletedTickets,
  restoreTickets,
} from "./ticket-bulk.service.js";
import {
  AddTicketCommentInput,
  BulkUpdateTicketsInput,
  ChangeTicketPriorityInput,
  ChangeTicketStatusInput,
  CreateTicketInput,
  MergeTicketsInput,
  ReplyToMyTicketInput,
  ReplyToTicketInput,
  SetFollowUpInput,
  SetTicketPinnedInput,
  SubmitTicketInput,
  TicketIdsInput,
  TransferTicketInput,
  UpdateTicketHeaderInput,
  PurgeDeletedTicketsInput,
} from "./ticket.inputs.js";
import {
  BulkUpdateTicketsPayload,
  TicketCommentPayload,
  TicketMessagePayload,
  TicketPayload,
  TicketsPayload,
  PurgeDeletedTicketsPayload,
} from "./ticket.payloads.js";
import {
  addTicketComment,
  changeTicketPriority,
  changeTicketStatus,
  createTicket,
  markComposing,
  replyToMyTicket,
  replyToTicket,
  setTicketPinned,
  submitTicket,
  updateTicketHeader,
} from "./ticket.service.js";
import { mergeTickets, removeFollowUp, setFollowUp, transferTicket } from "./ticket-workflow.service.js";
import { Ticket } from "./ticket.entity.js";

/** Ticket mutations: each is one service call (rules live in the services). */
@Resolver(() => Ticket)
export class TicketMutationResolver {
  @Mutation(() => TicketPayload, {
    description:
      "Creates a ticket as an agent or API client (002 L2946-2983); distribution picks the agent unless agentId is given.",
  })
  @RequirePermission(K("TICKETS", "CREATE"))
  async createTicket(
    @Arg("input", () => CreateTicketInput, { description: "See the input type." }) input: CreateTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createTicket(ctx, input));
  }
  @Mutation(() => TicketPayload, {
    description:
      "Portal submission by a user or anonymous visitor, per the department's New Tickets in Portal role (DEPARTMENT_NOT_AVAILABLE).",
  })
  @Public()
  async submitTicket(
    @Arg("input", () => SubmitTicketInput, { description: "See the input type." }) input: SubmitTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => submitTicket(ctx, input));
  }
  @Mutation(() => TicketMessagePayload, {
    description:
      "Agent reply; the ticket becomes WAITING unless another status is chosen. Locked tickets: TICKET_LOCKED.",
  })
  @RequirePermission(K("TICKETS", "REPLY"))
  async replyToTicket(
    @Arg("input", () => ReplyToTicketInput, { description: "See the input type." }) input: ReplyToTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => replyToTicket(ctx, input));
  }
  @Mutation(() => TicketPayload, {
    description:
      "Tells the server the caller is composing a reply (call when the compose window opens and on each draft " +
      "save): holds the ticket against rebalancing (Hold After Compose).",
  })
  @RequirePermission(K("TICKETS", "REPLY"))
  async markComposing(
    @Arg("ticketId", () => ID, { description: "The ticket." }) ticketId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => markComposing(ctx, ticketId));
  }
  @Mutation(() => TicketMessagePayload, {
    description:
      "Requester reply: WAITING/CLOSED re-open to ACTIVE; CLOSED_AND_LOCKED refuses (TICKET_LOCKED).",
  })
  @RequirePermission(AUTHENTICATED)
  async replyToMyTicket(
    @Arg("input", () => ReplyToMyTicketInput, { description: "See the input type." })
    input: ReplyToMyTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => replyToMyTicket(ctx, input));
  }
  @Mutation(() => TicketCommentPayload, {
    description: "Adds an internal comment (never visible to the requester).",
  })
  @RequirePermission(K("TICKETS", "ADD_COMMENT"))
  async addTicketComment(
    @Arg("input", () => AddTicketCommentInput, { description: "See the input type." })
    input: AddTicketCommentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => addTicketComment(ctx, input));
  }
  @Mutation(() => TicketPayload, {
    description: "Sets the status; closing checks the department's rules (RESOLUTION_REQUIRED, TASKS_OPEN).",
  })
  @RequirePermission(K("TICKETS", "CHANGE_STATUS"))
  async changeTicketStatus(
    @Arg("input", () => ChangeTicketStatusInput, { description: "See the input type." })
    input: ChangeTicketStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => changeTicketStatus(ctx, input));
  }
  @Mutation(() => TicketPayload, { description: "Sets the priority." })
  @RequirePermission(K("TICKETS", "CHANGE_PRIORITY"))
  async changeTicketPriority(
    @Arg("input", () => ChangeTicketPriorityInput, { description: "See the input type." })
    input: ChangeTicketPriorityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => changeTicketPriority(ctx, input));
  }
  @Mutation(() => TicketPayload, {
    description: "Pins or unpins; queue tickets cannot be pinned (NOT_ASSIGNED).",
  })
  @RequirePermission(K("TICKETS", "PIN"))
  async setTicketPinned(
    @Arg("input", () => SetTicketPinnedInput, { description: "See the input type." })
    input: SetTicketPinnedInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setTicketPinned(ctx, input));
  }
  @Mutation(() => TicketPayload, {
    description:
      "Change Subject (TICKETS_CHANGE_SUBJECT) / Change Email Address (TICKETS_CHANGE_EMAIL_ADDRESS).",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  async updateTicketHeader(
    @Arg("input", () => UpdateTicketHeaderInput, { description: "See the input type." })
    input: UpdateTicketHeaderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateTicketHeader(ctx, input));
  }
  @Mutation(() => TicketPayload, {
    description:
      "Transfers to a department, group or agent (agent: ..._TO_SPECIFIC_AGENTS; AGENT_NOT_IN_GROUP).",
  })
  @RequirePermission(K("DISTRIBUTION", "TRANSFER_WORK_ITEMS"))
  async transferTicket(
    @Arg("input", () => TransferTicketInput, { description: "See the input type." })
    input: TransferTicketInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => transferTicket(ctx, input));
  }
  @Mutation(() => TicketPayload, {
    description: "Permanently merges up to 10 tickets into the primary (MERGE_INTO_SELF, TOO_MANY).",
  })
  @RequirePermission(K("TICKETS", "MERGE"))
  async mergeTickets(
    @Arg("input", () => MergeTicketsInput, { description: "See the input type." }) input: MergeTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => mergeTickets(ctx, input));
  }
  @Mutation(() => TicketPayload, { description: "Schedules a follow-up; the ticket waits until it is due." })
  @RequirePermission(K("TICKETS", "FOLLOW_UP"))
  async setFollowUp(
    @Arg("input", () => SetFollowUpInput, { description: "See the input type." }) input: SetFollowUpInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => setFollowUp(ctx, input));
  }
  @Mutation(() => TicketsPayload, {
    description: "Soft-deletes tickets (stored Closed and Locked, follow-ups removed) until purged.",
  })
  @RequirePermission(K("TICKETS", "DELETE"))
  async deleteTickets(
    @Arg("input", () => TicketIdsInput, { description: "See the input type." }) input: TicketIdsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteTickets(ctx, input));
  }
  @Mutation(() => TicketsPayload, { description: "Restores soft-deleted tickets to their previous status." })
  @RequirePermission(K("TICKETS", "DELETE"))
  async restoreTickets(
    @Arg("input", () => TicketIdsInput, { description: "See the input type." }) input: TicketIdsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => restoreTickets(ctx, input));
  }
  @Mutation(() => BulkUpdateTicketsPayload, {
    description:
      "Status, priority, transfer or delete for many tickets; one transaction and one result per ticket.",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  async bulkUpdateTickets(
    @Arg("input", () => BulkUpdateTicketsInput, { description: "See the input type." })
    input: BulkUpdateTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => bulkUpdateTickets(ctx, input));
  }

  @Mutation(() => TicketPayload, {
    description: "Removes the follow-up; the ticket returns to its previous status.",
  })
  @RequirePermission(K("TICKETS", "FOLLOW_UP"))
  async removeFollowUp(
    @Arg("ticketId", () => ID, { description: "The ticket." }) ticketId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => removeFollowUp(ctx, ticketId));
  }

  @Mutation(() => PurgeDeletedTicketsPayload, {
    description: "Permanently removes tickets deleted before olderThan (default 90 days, 002 L3264).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async purgeDeletedTickets(
    @Arg("input", () => PurgeDeletedTicketsInput, { description: "See the input type." })
    input: PurgeDeletedTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(async () => ({ purgedCount: await purgeDeletedTickets(ctx.em, input.olderThan) }));
  }
}
