import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Connection, ConnectionArgs, paginate } from "../../core/graphql/pagination.js";
import { Employee, User } from "../accounts/index.js";
import { Brand, Department, Group, brandById, departmentById, groupById } from "../organization/index.js";
import {
  commentsByTicket,
  employeeById,
  lastMessageByTicket,
  messagesByTicket,
  userById,
} from "./ticket.loaders.js";
import { TicketComment, TicketHistory, TicketMessage } from "./ticket-message.entity.js";
import { Ticket } from "./ticket.entity.js";

const TicketHistoryConnection = Connection(TicketHistory);

const isEmployee = (ctx: RequestContext) => ctx.actor?.kind === "EMPLOYEE";

/** Relations of Ticket, each through a DataLoader so a page costs a constant number of statements. */
@Resolver(() => Ticket)
export class TicketFieldsResolver {
  @FieldResolver(() => Brand, { description: "The brand." })
  async brand(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(brandById).load(t.brand.id);
  }

  @FieldResolver(() => Department, { description: "The department." })
  async department(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(departmentById).load(t.department.id);
  }

  @FieldResolver(() => Group, {
    nullable: true,
    description: "The group (its queue when no agent is assigned).",
  })
  async group(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return t.group ? ctx.loaders.get(groupById).load(t.group.id) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "The assigned agent; null = in the queue." })
  async assignedAgent(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return t.assignedAgent ? ctx.loaders.get(employeeById).load(t.assignedAgent.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The requester's user account, when linked." })
  async requester(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return t.requester ? ctx.loaders.get(userById).load(t.requester.id) : null;
  }

  @FieldResolver(() => TicketMessage, { nullable: true, description: "The newest message." })
  async lastMessage(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(lastMessageByTicket).load(t.id);
  }

  @FieldResolver(() => [TicketMessage], { description: "The conversation, oldest first." })
  async messages(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(messagesByTicket).load(t.id);
  }

  @FieldResolver(() => [TicketComment], {
    description: "Internal comments, sticky first then oldest first; always empty for end users.",
  })
  async comments(@Root() t: Ticket, @Ctx() ctx: RequestContext) {
    if (!isEmployee(ctx)) return [];
    const rows = await ctx.loaders.get(commentsByTicket).load(t.id);
    return [...rows].sort((a, b) => Number(b.type === "STICKY") - Number(a.type === "STICKY"));
  }

  @FieldResolver(() => TicketHistoryConnection, {
    description: "Audit trail of every change, newest first (agents only).",
  })
  async history(
    @Root() t: Ticket,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const where = isEmployee(ctx) ? { ticket: t.id } : { ticket: t.id, id: null };
    return paginate(ctx.em, TicketHistory, where as never, args, {
      orderBy: { createdAt: "desc", id: "desc" },
    });
  }
}

@Resolver(() => TicketMessage)
export class TicketMessageFieldsResolver {
  @FieldResolver(() => [String], { description: "Blind copies: agents only (empty for end users)." })
  bcc(@Root() m: TicketMessage, @Ctx() ctx: RequestContext) {
    return isEmployee(ctx) ? m.bcc : [];
  }
}
