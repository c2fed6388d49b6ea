import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { Privilege } from "../roles/index.js";
import { MailAccount, SmtpAccount } from "./email-account.entity.js";
import { Autoresponder } from "./email-settings.entity.js";
import { incomingRawById, outgoingRawById } from "./email.loaders.js";
import { IncomingMail, OutgoingMail } from "./spool.entity.js";

const ref = (type: string, entity: { id: string } | null | undefined) =>
  entity ? toGlobalId(type, entity.id) : null;

/** Raw MIME as text: 8-bit bytes are kept one-to-one (latin1), so nothing is lost in the view. */
const rawText = (raw: Buffer | null) => (raw ? raw.toString("latin1") : "");

@Resolver(() => SmtpAccount)
export class SmtpAccountFieldsResolver {
  @FieldResolver(() => ID, { description: "The brand it belongs to." })
  brandId(@Root() a: SmtpAccount): string {
    return toGlobalId("Brand", a.brand.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The department whose ticket replies it sends." })
  departmentId(@Root() a: SmtpAccount): string | null {
    return ref("Department", a.department);
  }
}

@Resolver(() => MailAccount)
export class MailAccountFieldsResolver {
  @FieldResolver(() => ID, { description: "The department it imports into." })
  departmentId(@Root() a: MailAccount): string {
    return toGlobalId("Department", a.department.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: "Able to Start Tickets role; null = Everyone." })
  startTicketsRoleId(@Root() a: MailAccount): string | null {
    return ref("Role", a.startTicketsRole);
  }
}

@Resolver(() => Autoresponder)
export class AutoresponderFieldsResolver {
  @FieldResolver(() => ID, { description: "The brand." })
  brandId(@Root() a: Autoresponder): string {
    return toGlobalId("Brand", a.brand.id);
  }

  @FieldResolver(() => [ID], { description: "Departments it serves." })
  departmentIds(@Root() a: Autoresponder): string[] {
    return a.departmentIds.map((id) => toGlobalId("Department", id));
  }
}

@Resolver(() => OutgoingMail)
export class OutgoingMailFieldsResolver {
  @FieldResolver(() => ID, { nullable: true, description: "The ticket it belongs to." })
  ticketId(@Root() m: OutgoingMail): string | null {
    return ref("Ticket", m.ticket);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The SMTP account it is sent through." })
  smtpAccountId(@Root() m: OutgoingMail): string | null {
    return ref("SmtpAccount", m.smtpAccount);
  }

  @FieldResolver(() => String, { description: "Raw Content: the whole message with its headers, as sent." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async raw(@Root() m: OutgoingMail, @Ctx() ctx: RequestContext): Promise<string> {
    return rawText(await ctx.loaders.get(outgoingRawById).load(m.id));
  }
}

@Resolver(() => IncomingMail)
export class IncomingMailFieldsResolver {
  @FieldResolver(() => ID, { nullable: true, description: "The ticket it became or was added to." })
  ticketId(@Root() m: IncomingMail): string | null {
    return ref("Ticket", m.ticket);
  }

  @FieldResolver(() => ID, { nullable: true, description: "The ticket message it became." })
  ticketMessageId(@Root() m: IncomingMail): string | null {
    return m.ticketMessageId ? toGlobalId("TicketMessage", m.ticketMessageId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The mail account it was fetched from." })
  mailAccountId(@Root() m: IncomingMail): string | null {
    return ref("MailAccount", m.account);
  }

  @FieldResolver(() => String, { description: "Raw Content: the message as fetched, headers included." })
  @RequirePermission(Privilege.ADMINISTRATION)
  async raw(@Root() m: IncomingMail, @Ctx() ctx: RequestContext): Promise<string> {
    return rawText(await ctx.loaders.get(incomingRawById).load(m.id));
  }
}
