import {
  Arg,
  Ctx,
  Field,
  ID,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  registerEnumType,
} from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { AUTHENTICATED, RequirePermission } from "../../core/graphql/authorization.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { permissionKey as K } from "../roles/index.js";
import { departmentQueueChanges, myTicketChanges, ticketChanges } from "./ticket-live.js";
import type { TicketLiveChange } from "./ticket-live.js";
import { Ticket } from "./ticket.entity.js";

export enum TicketChangeKind {
  CREATED = "ticket.created",
  UPDATED = "ticket.updated",
  STATUS_CHANGED = "ticket.statusChanged",
  ASSIGNED = "ticket.assigned",
  TRANSFERRED = "ticket.transferred",
  MESSAGE_ADDED = "ticket.messageAdded",
  COMMENT_ADDED = "ticket.commentAdded",
  DELETED = "ticket.deleted",
  RESTORED = "ticket.restored",
  MERGED = "ticket.merged",
  FOLLOW_UP_DUE = "ticket.followUpDue",
}
registerEnumType(TicketChangeKind, {
  name: "TicketChangeKind",
  description: "What happened to a ticket (the ticket domain events, docs/tickets.md).",
  valuesConfig: {
    CREATED: { description: "The ticket was created." },
    UPDATED: { description: "Fields changed (see changedFields)." },
    STATUS_CHANGED: { description: "The status changed." },
    ASSIGNED: { description: "The assigned agent changed (or the ticket went back to the queue)." },
    TRANSFERRED: { description: "The ticket moved to another department or group." },
    MESSAGE_ADDED: { description: "A customer or agent message was added." },
    COMMENT_ADDED: { description: "A comment was added (agents only)." },
    DELETED: { description: "The ticket was deleted." },
    RESTORED: { description: "The ticket was restored." },
    MERGED: { description: "Other tickets were merged into this one." },
    FOLLOW_UP_DUE: { description: "A follow-up came due." },
  },
});

@ObjectType({ description: "One change of a ticket, as a subscription delivers it." })
export class TicketChange {
  @Field(() => TicketChangeKind, { description: "What happened." })
  kind!: TicketChangeKind;

  @Field(() => ID, { description: "The ticket's id (also when the ticket is no longer visible to you)." })
  ticketId!: string;

  @Field(() => Ticket, {
    nullable: true,
    description: "The ticket as it is now; null when it left your scope with this change (transferred away).",
  })
  ticket?: Ticket | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "List subscriptions: whether the ticket is in the watched list after the change (false = remove it). " +
      "Null for ticketChanged.",
  })
  inList?: boolean | null;

  @Field(() => [String], { description: "For UPDATED: the changed fields; else empty." })
  changedFields!: string[];

  @Field(() => ID, { nullable: true, description: "For MESSAGE_ADDED: the new message's id." })
  messageId?: string | null;

  @Field(() => ID, { nullable: true, description: "For COMMENT_ADDED: the new comment's id." })
  commentId?: string | null;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  occurredAt!: Date;
}

function shape(change: TicketLiveChange): TicketChange {
  const { event } = change;
  const data = event.data;
  return {
    kind: event.type as TicketChangeKind,
    ticketId: toGlobalId("Ticket", event.subject.id),
    ticket: change.ticket,
    inList: change.inList,
    changedFields: Array.isArray(data.changed) ? data.changed.map(String) : [],
    messageId: typeof data.messageId === "string" ? toGlobalId("TicketMessage", data.messageId) : null,
    commentId: typeof data.commentId === "string" ? toGlobalId("TicketComment", data.commentId) : null,
    occurredAt: new Date(event.occurredAt),
  };
}

interface SubscribeData<A> {
  args: A;
  context: RequestContext;
}

/**
 * Live ticket updates over graphql-ws. Each subscription is authorized when it starts (NOT_FOUND,
 * FORBIDDEN) and again for every event against the subscriber's current roles and the ticket reloaded from
 * the database (ticket-live.ts).
 */
@Resolver()
export class TicketSubscriptionResolver {
  @Subscription(() => TicketChange, {
    subscribe: ({ args, context }: SubscribeData<{ ticketId: string }>) =>
      ticketChanges(context, args.ticketId),
    description:
      "Changes of one ticket you may see: status, assignment, transfer, new messages and comments, fields. " +
      "End users receive their own tickets' status, message and field changes only.",
  })
  @RequirePermission(AUTHENTICATED)
  ticketChanged(
    @Root() change: TicketLiveChange,
    @Arg("ticketId", () => ID, { description: "The ticket." }) _ticketId: string,
    @Ctx() _ctx: RequestContext,
  ): TicketChange {
    return shape(change);
  }

  @Subscription(() => TicketChange, {
    subscribe: ({ context }: SubscribeData<Record<string, never>>) => myTicketChanges(context),
    description:
      "My Tickets changed: a ticket was assigned to you, taken away from you (inList false), or one of yours " +
      "changed.",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  myTicketsChanged(@Root() change: TicketLiveChange): TicketChange {
    return shape(change);
  }

  @Subscription(() => TicketChange, {
    subscribe: ({ args, context }: SubscribeData<{ departmentId: string; groupId?: string | null }>) =>
      departmentQueueChanges(context, args.departmentId, args.groupId),
    description:
      "The department's queue (unassigned tickets) changed: a ticket arrived (inList true), was taken, " +
      "assigned, transferred away or deleted (inList false), or a queued ticket changed. Only the groups " +
      "you may see (administrators all, managers their departments, agents their groups).",
  })
  @RequirePermission(K("TICKETS", "VIEW"))
  departmentQueueChanged(
    @Root() change: TicketLiveChange,
    @Arg("departmentId", () => ID, { description: "The department." }) _departmentId: string,
    @Arg("groupId", () => ID, { nullable: true, description: "Only this group of the department." })
    _groupId?: string | null,
  ): TicketChange {
    return shape(change);
  }
}
