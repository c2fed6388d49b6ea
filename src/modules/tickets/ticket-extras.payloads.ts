import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { UserError } from "../../core/graphql/user-error.js";
import { Ticket } from "./ticket.entity.js";
import { TicketSettings } from "./ticket-settings.entity.js";

@ObjectType({ description: "Result of updateTicketSettings." })
export class TicketSettingsPayload {
  @Field(() => TicketSettings, { nullable: true, description: "The settings now in force." })
  settings?: TicketSettings | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteTicketTimeLog." })
export class DeleteTicketTimeLogPayload {
  @Field(() => Ticket, { nullable: true, description: "The ticket the log belonged to." })
  ticket?: Ticket | null;

  @Field(() => ID, { nullable: true, description: "The deleted time log's id." })
  deletedTimeLogId?: string | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteTimeLogCategory." })
export class DeleteTimeLogCategoryPayload {
  @Field(() => ID, {
    nullable: true,
    description: "The deleted category's id (its time logs keep no category).",
  })
  deletedCategoryId?: string | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

export enum RelatedItemKind {
  TICKET = "TICKET",
}

registerEnumType(RelatedItemKind, {
  name: "TicketRelatedItemKind",
  description:
    "Kind of a related item; chats, call logs and tasks join when their modules exist (002 L3005).",
  valuesConfig: { TICKET: { description: "Another ticket." } },
});

@ObjectType({ description: "An item related to a ticket (Related Items tab, 002 L3005)." })
export class TicketRelatedItem {
  @Field(() => RelatedItemKind, { description: "What kind of item it is." })
  kind!: RelatedItemKind;

  @Field(() => Ticket, { nullable: true, description: "The related ticket (kind TICKET)." })
  ticket?: Ticket | null;

  @Field(() => DateTimeScalar, { description: "When the items were related." })
  linkedAt!: Date;
}
