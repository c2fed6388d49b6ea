import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection, ConnectionArgs } from "../../core/graphql/pagination.js";
import { UserError } from "../../core/graphql/user-error.js";
import {
  IncomingMailStatus,
  MailSpoolSort,
  OutgoingMailKind,
  OutgoingMailStatus,
  SortDirection,
} from "./email.enums.js";
import { IncomingMail, OutgoingMail } from "./spool.entity.js";

export const OutgoingMailConnection = Connection(OutgoingMail);
export const IncomingMailConnection = Connection(IncomingMail);

@ArgsType()
export class OutgoingMailsArgs extends ConnectionArgs {
  @Field(() => OutgoingMailStatus, { nullable: true, description: "Only messages in this status." })
  status?: OutgoingMailStatus | null;

  @Field(() => OutgoingMailKind, { nullable: true, description: "Only messages of this kind." })
  kind?: OutgoingMailKind | null;

  @Field(() => ID, { nullable: true, description: "Only messages of this ticket." })
  ticketId?: string | null;

  @Field(() => MailSpoolSort, { nullable: true, description: "Sort key (default TIME_IN_SPOOL)." })
  sort?: MailSpoolSort | null;

  @Field(() => SortDirection, { nullable: true, description: "Sort direction (default DESC)." })
  direction?: SortDirection | null;
}

@ArgsType()
export class IncomingMailsArgs extends ConnectionArgs {
  @Field(() => IncomingMailStatus, { nullable: true, description: "Only messages in this status." })
  status?: IncomingMailStatus | null;

  @Field(() => ID, { nullable: true, description: "Only messages of this mail account." })
  mailAccountId?: string | null;

  @Field(() => MailSpoolSort, { nullable: true, description: "Sort key (default TIME_IN_SPOOL)." })
  sort?: MailSpoolSort | null;

  @Field(() => SortDirection, { nullable: true, description: "Sort direction (default DESC)." })
  direction?: SortDirection | null;
}

@InputType({ description: "Spool messages to act on (Select All = every id of the list)." })
export class SpoolMessagesInput {
  @Field(() => [ID], { description: "Global ids of OutgoingMail or IncomingMail messages (1 to 500)." })
  ids!: string[];
}

@ObjectType({ description: "Result of a spool action on outgoing messages." })
export class OutgoingMailsPayload {
  @Field(() => [OutgoingMail], {
    description: "The messages acted on (empty for deletions and on userErrors).",
  })
  outgoingMails!: OutgoingMail[];

  @Field(() => [ID], { description: "Global ids deleted." })
  deletedIds!: string[];

  @Field(() => [UserError], { description: "Why nothing changed (NOT_RETRYABLE for a SENT message …)." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a spool action on incoming messages." })
export class IncomingMailsPayload {
  @Field(() => [IncomingMail], {
    description: "The messages acted on (empty for deletions and on userErrors).",
  })
  incomingMails!: IncomingMail[];

  @Field(() => [ID], { description: "Global ids deleted." })
  deletedIds!: string[];

  @Field(() => [UserError], { description: "Why nothing changed (NOT_RETRYABLE for an imported message …)." })
  userErrors!: UserError[];
}
