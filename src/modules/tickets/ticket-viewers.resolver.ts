import DataLoader from "dataloader";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { defineLoader } from "../../core/context/loaders.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Employee } from "../accounts/index.js";
import { permissionKey as K } from "../roles/index.js";
import { employeeById } from "./ticket.loaders.js";
import { Ticket } from "./ticket.entity.js";
import { ticketViewerStream, viewersOf } from "./ticket-viewers.js";
import type { TicketViewerRow, TicketViewersUpdate } from "./ticket-viewers.js";

@ObjectType({ description: "An agent on a ticket now, over all their devices (collision detection)." })
export class TicketViewer {
  employeeId!: string;

  @Field({ description: "Whether the agent has the ticket open (a ticketViewersChanged subscription)." })
  viewing!: boolean;

  @Field({ description: "Whether the agent is writing a reply (markComposing, lapses after 90 s)." })
  replying!: boolean;

  @Field(() => Int, { description: "On how many devices or tabs the agent has the ticket open." })
  devices!: number;

  @Field(() => DateTimeScalar, { description: "Since when the agent has been on the ticket." })
  since!: Date;
}

@ObjectType({ description: "The agents on a ticket, sent at once and after every change." })
export class TicketViewers {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => [TicketViewer], { description: "Agents viewing or replying, earliest first (you included)." })
  viewers!: TicketViewer[];
}

const viewersByTicket = defineLoader<string, TicketViewerRow[]>(
  "tkt.viewersByTicket",
  (ctx) =>
    new DataLoader(async (ids) => {
      const rows = await viewersOf(ctx.em, ids);
      return ids.map((id) => rows.filter((r) => r.ticketId === id));
    }),
);

@Resolver(() => TicketViewer)
export class TicketViewerFieldsResolver {
  @FieldResolver(() => Employee, { nullable: true, description: "The agent." })
  async employee(@Root() v: TicketViewer, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(employeeById).load(v.employeeId);
  }
}

@Resolver(() => Ticket)
export class TicketViewersResolver {
  @FieldResolver(() => [TicketViewer], {
    description: "Agents viewing or replying to this ticket now (empty for end users).",
  })
  async viewers(@Root() t: Ticket, @Ctx() ctx: RequestContext): Promise<TicketViewer[]> {
    if (ctx.actor?.kind !== "EMPLOYEE") return [];
    return ctx.loaders.get(viewersByTicket).load(t.id);
  }

  @Subscription(() => TicketViewers, {
    subscribe: ({ args, context }: { args: { ticketId: string }; context: RequestContext }) =>
      ticketViewerStream(context, args.ticketId),
    description:
      "Who is viewing / replying: while this subscription is open you count as viewing the ticket on this " +
      "device; you get the current agents at once and after every change (another agent opens it, starts " +
      "replying with markComposing, sends, or leaves: a device that leaves counts for the grace period).",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  ticketViewersChanged(
    @Root() update: TicketViewersUpdate,
    @Arg("ticketId", () => ID, { description: "The ticket you are viewing." }) _ticketId: string,
  ): TicketViewers {
    return { ticketId: toGlobalId("Ticket", update.ticketId), viewers: update.viewers };
  }
}
