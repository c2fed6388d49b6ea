import { Field, ID, Int, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { TicketAttachment, TicketTimeLog, TimeLogCategory } from "./ticket-extras.entity.js";
import { TicketComment, TicketMessage } from "./ticket-message.entity.js";
import { Ticket } from "./ticket.entity.js";

@ObjectType({ description: "Result of a mutation on one ticket." })
export class TicketPayload {
  @Field(() => Ticket, { nullable: true, description: "The ticket after the change." })
  ticket?: Ticket | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a message mutation." })
export class TicketMessagePayload extends TicketPayload {
  @Field(() => TicketMessage, { nullable: true, description: "The new message." })
  message?: TicketMessage | null;
}

@ObjectType({ description: "Result of addTicketComment." })
export class TicketCommentPayload extends TicketPayload {
  @Field(() => TicketComment, { nullable: true, description: "The new comment." })
  comment?: TicketComment | null;
}

@ObjectType({ description: "Result of addTicketAttachment." })
export class TicketAttachmentPayload extends TicketPayload {
  @Field(() => TicketAttachment, { nullable: true, description: "The new attachment." })
  attachment?: TicketAttachment | null;
}

@ObjectType({ description: "Result of addTicketTimeLog and updateTicketTimeLog." })
export class TicketTimeLogPayload extends TicketPayload {
  @Field(() => TicketTimeLog, { nullable: true, description: "The time log after the change." })
  timeLog?: TicketTimeLog | null;
}

@ObjectType({ description: "Result of a mutation on several tickets." })
export class TicketsPayload {
  @Field(() => [Ticket], { nullable: true, description: "The changed tickets." })
  tickets?: Ticket[] | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of purgeDeletedTickets." })
export class PurgeDeletedTicketsPayload {
  @Field(() => Int, { nullable: true, description: "How many tickets were purged." })
  purgedCount?: number | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The outcome for one ticket of a bulk action." })
export class BulkTicketResult {
  @Field(() => ID, { description: "The ticket id as given." })
  ticketId!: string;

  @Field(() => Ticket, { nullable: true, description: "The ticket after the change; null when refused." })
  ticket?: Ticket | null;

  @Field(() => [UserError], {
    description: "Why this ticket was not changed (codes as in the single mutations).",
  })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of bulkUpdateTickets: one entry per ticket." })
export class BulkUpdateTicketsPayload {
  @Field(() => [BulkTicketResult], { nullable: true, description: "Per-ticket outcomes, in input order." })
  results?: BulkTicketResult[] | null;

  @Field(() => [UserError], { description: "Errors of the request as a whole (e.g. too many ids)." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a time log category mutation." })
export class TimeLogCategoryPayload {
  @Field(() => TimeLogCategory, { nullable: true, description: "The category." })
  category?: TimeLogCategory | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}
