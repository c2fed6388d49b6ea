import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Employee } from "../accounts/index.js";
import { CustomFieldOwnerType, CustomFieldValue, customFieldsOf } from "../custom-fields/index.js";
import { TicketAttachment, TicketTimeLog, TimeLogCategory } from "./ticket-extras.entity.js";
import { RelatedItemKind, TicketRelatedItem } from "./ticket-extras.payloads.js";
import {
  attachmentContentById,
  attachmentsByTicket,
  categoryById,
  employeeById,
  linksByTicket,
  scopedTicketById,
  timeLogsByTicket,
} from "./ticket.loaders.js";
import { Ticket } from "./ticket.entity.js";

const isEmployee = (ctx: RequestContext) => ctx.actor?.kind === "EMPLOYEE";

/** Ticket tabs beyond the conversation: attachments, time logs, related items, custom fields. */
@Resolver(() => Ticket)
export class TicketExtrasFieldsResolver {
  @FieldResolver(() => [TicketAttachment], {
    description: "Attachments, oldest first; internal ones only for agents (002 L3004).",
  })
  async attachments(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.get(attachmentsByTicket).load(t.id);
    return isEmployee(ctx) ? rows : rows.filter((a) => !a.internal);
  }

  @FieldResolver(() => [TicketTimeLog], { description: "Time logs, oldest first (agents only)." })
  async timeLogs(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return isEmployee(ctx) ? ctx.loaders.get(timeLogsByTicket).load(t.id) : [];
  }

  @FieldResolver(() => [TicketRelatedItem], {
    description: "Related items the caller can see, oldest link first (agents only).",
  })
  async relatedItems(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<TicketRelatedItem[]> {
    if (!isEmployee(ctx)) return [];
    const links = await ctx.loaders.get(linksByTicket).load(t.id);
    const tickets = await Promise.all(links.map((l) => ctx.loaders.get(scopedTicketById).load(l.otherId)));
    return links.flatMap((l, i) =>
      tickets[i] ? [{ kind: RelatedItemKind.TICKET, ticket: tickets[i], linkedAt: l.linkedAt }] : [],
    );
  }

  @FieldResolver(() => [CustomFieldValue], {
    description:
      "Custom field values (the department's ticket template, 002 L6909-6915); agents only for now.",
  })
  async customFields(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return isEmployee(ctx) ? customFieldsOf(ctx, CustomFieldOwnerType.TICKET, t.id) : [];
  }
}

@Resolver(() => TicketAttachment)
export class TicketAttachmentFieldsResolver {
  @FieldResolver(() => String, {
    description:
      "The file's bytes, base64. Reached only through a ticket the caller may see; read it one ticket at a " +
      "time (lists should ask for metadata only).",
  })
  async contentBase64(@Root() a: TicketAttachment, @Ctx() ctx: RequestContext) {
    const data = await ctx.loaders.get(attachmentContentById).load(a.id);
    return (data ?? Buffer.alloc(0)).toString("base64");
  }
}

@Resolver(() => TicketTimeLog)
export class TicketTimeLogFieldsResolver {
  @FieldResolver(() => TimeLogCategory, { nullable: true, description: "The category, if any." })
  async category(@Root() l: TicketTimeLog, @Ctx() ctx: RequestContext) {
    return l.category ? ctx.loaders.get(categoryById).load(l.category.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "The agent whose time it is." })
  async agent(@Root() l: TicketTimeLog, @Ctx() ctx: RequestContext) {
    return l.agent ? ctx.loaders.get(employeeById).load(l.agent.id) : null;
  }
}
