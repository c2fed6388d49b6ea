import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, permissionKey as K } from "../roles/index.js";
import { addTicketAttachment, getTicketSettings, updateTicketSettings } from "./ticket-attachment.service.js";
import {
  AddTicketAttachmentInput,
  AddTicketTimeLogInput,
  CreateTimeLogCategoryInput,
  LinkTicketsInput,
  UpdateTicketSettingsInput,
  UpdateTicketTimeLogInput,
  UpdateTimeLogCategoryInput,
} from "./ticket-extras.inputs.js";
import { TimeLogCategory } from "./ticket-extras.entity.js";
import {
  DeleteTicketTimeLogPayload,
  DeleteTimeLogCategoryPayload,
  TicketSettingsPayload,
} from "./ticket-extras.payloads.js";
import {
  TicketAttachmentPayload,
  TicketPayload,
  TicketTimeLogPayload,
  TimeLogCategoryPayload,
} from "./ticket.payloads.js";
import { TicketSettings } from "./ticket-settings.entity.js";
import {
  addTicketTimeLog,
  createTimeLogCategory,
  deleteTicketTimeLog,
  deleteTimeLogCategory,
  linkTickets,
  unlinkTickets,
  updateTicketTimeLog,
  updateTimeLogCategory,
} from "./ticket-timelog.service.js";

const See = { description: "See the input type." };

/** Attachments, time logs, related items, time log categories and ticket settings: one service call each. */
@Resolver()
export class TicketExtrasResolver {
  @Query(() => TicketSettings, { description: "System-wide ticket settings (employees read them)." })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async ticketSettings(@Ctx() ctx: RequestContext) {
    return getTicketSettings(ctx.em);
  }

  @Mutation(() => TicketSettingsPayload, { description: "Changes the ticket settings (administrators)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async updateTicketSettings(
    @Arg("input", () => UpdateTicketSettingsInput, See) input: UpdateTicketSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateTicketSettings(ctx, input));
  }

  @Mutation(() => TicketAttachmentPayload, {
    description:
      "Attaches a file (base64) to a ticket; the type is sniffed from the bytes. ATTACHMENT_TOO_LARGE, " +
      "EMPTY_FILE, INVALID_BASE64.",
  })
  @RequirePermission(K("TICKETS", "ADD_ATTACHMENT"))
  async addTicketAttachment(
    @Arg("input", () => AddTicketAttachmentInput, See) input: AddTicketAttachmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => addTicketAttachment(ctx, input));
  }

  @Query(() => [TimeLogCategory], { description: "Time log categories, by name (002 L6917-6919)." })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  async timeLogCategories(@Ctx() ctx: RequestContext) {
    return ctx.em.find(TimeLogCategory, {}, { orderBy: { name: "asc" } });
  }

  @Mutation(() => TimeLogCategoryPayload, { description: "Creates a time log category (TAKEN)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async createTimeLogCategory(
    @Arg("input", () => CreateTimeLogCategoryInput, See) input: CreateTimeLogCategoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createTimeLogCategory(ctx, input));
  }

  @Mutation(() => TimeLogCategoryPayload, { description: "Renames a time log category (TAKEN)." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async updateTimeLogCategory(
    @Arg("input", () => UpdateTimeLogCategoryInput, See) input: UpdateTimeLogCategoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateTimeLogCategory(ctx, input));
  }

  @Mutation(() => DeleteTimeLogCategoryPayload, {
    description: "Deletes a time log category; its time logs stay, without a category.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async deleteTimeLogCategory(
    @Arg("id", () => ID, { description: "The category." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteTimeLogCategory(ctx, id));
  }

  @Mutation(() => TicketTimeLogPayload, {
    description: "Logs the caller's time on a ticket; billable defaults to the department's setting.",
  })
  @RequirePermission(K("TICKETS", "ADD_TIME_LOG"))
  async addTicketTimeLog(
    @Arg("input", () => AddTicketTimeLogInput, See) input: AddTicketTimeLogInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => addTicketTimeLog(ctx, input));
  }

  @Mutation(() => TicketTimeLogPayload, { description: "Changes a time log (minutes recompute the cost)." })
  @RequirePermission(K("TICKETS", "ADD_TIME_LOG"))
  async updateTicketTimeLog(
    @Arg("input", () => UpdateTicketTimeLogInput, See) input: UpdateTicketTimeLogInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateTicketTimeLog(ctx, input));
  }

  @Mutation(() => DeleteTicketTimeLogPayload, { description: "Deletes a time log." })
  @RequirePermission(K("TICKETS", "ADD_TIME_LOG"))
  async deleteTicketTimeLog(
    @Arg("timeLogId", () => ID, { description: "The time log." }) timeLogId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteTicketTimeLog(ctx, timeLogId));
  }

  @Mutation(() => TicketPayload, {
    description: "Relates two tickets (both directions; LINK_TO_SELF, ALREADY_LINKED).",
  })
  @RequirePermission(K("TICKETS", "ADD_RELATED_ITEM"))
  async linkTickets(
    @Arg("input", () => LinkTicketsInput, See) input: LinkTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => linkTickets(ctx, input));
  }

  @Mutation(() => TicketPayload, { description: "Removes the relation of two tickets (NOT_LINKED)." })
  @RequirePermission(K("TICKETS", "ADD_RELATED_ITEM"))
  async unlinkTickets(
    @Arg("input", () => LinkTicketsInput, See) input: LinkTicketsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => unlinkTickets(ctx, input));
  }
}
