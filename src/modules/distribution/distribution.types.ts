import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { UserError } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { AgentGroupMembership, Group } from "../organization/index.js";
import { Ticket } from "../tickets/index.js";

const ERRORS = "Expected failures; when present, nothing was changed.";

@ObjectType({ description: "One group member as ticket distribution sees them now." })
export class DistributionMember {
  @Field(() => AgentGroupMembership, { description: "The membership with its distribution settings." })
  membership!: AgentGroupMembership;

  @Field(() => Employee, { description: "The agent." })
  employee!: Employee;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the agent would not receive a new ticket now (e.g. "inactive in group", "at group max 5/5"); ' +
      "null = eligible.",
  })
  skipReason!: string | null;

  @Field(() => Int, {
    description: "ACTIVE tickets of this group that count toward the group's Max Tickets.",
  })
  groupLoad!: number;

  @Field(() => Int, {
    description: "ACTIVE tickets of all groups that count toward the overall Max Tickets.",
  })
  overallLoad!: number;

  @Field(() => Int, { description: "Every ACTIVE ticket of the agent in this group, counted or not." })
  activeTickets!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the agent last received a ticket of this group by round robin; null = never.",
  })
  lastAssignedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "1 = receives the next new ticket; null = not in the pool that would receive it.",
  })
  rotationPosition!: number | null;
}

@ObjectType({ description: "How the group's next new ticket would be distributed, and why." })
export class DistributionPreview {
  @Field(() => Group, { description: "The group." })
  group!: Group;

  @Field(() => [DistributionMember], { description: "Every member, in membership order." })
  members!: DistributionMember[];

  @Field(() => Employee, {
    nullable: true,
    description: "Who receives the next new ticket; null = the queue.",
  })
  nextAgent!: Employee | null;

  @Field({ description: "The decision in words." })
  explanation!: string;
}

@InputType({ description: "Take a ticket from its group's queue." })
export class TakeTicketInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;
}

@InputType({ description: "Give a ticket back to its group's queue." })
export class ReleaseTicketToQueueInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;
}

@InputType({
  description: "A manual rebalancing run; the hold times default to a new Rebalance Rule's (002 L7790-7794).",
})
export class RebalanceTicketsInput {
  @Field(() => ID, { description: "The group to rebalance." })
  groupId!: string;

  @Field(() => Int, { nullable: true, description: "Hold After Compose in minutes (default 30)." })
  holdAfterComposeMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Hold After Read in minutes (default 10)." })
  holdAfterReadMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Hold After Assigned in minutes (default 20)." })
  holdAfterAssignedMinutes?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Rebalance Pinned After in minutes; null = pinned tickets never move (the default).",
  })
  rebalancePinnedAfterMinutes?: number | null;
}

@ObjectType({ description: "Result of takeTicket." })
export class TakeTicketPayload {
  @Field(() => Ticket, { nullable: true, description: "The ticket, now the caller's; null when refused." })
  ticket?: Ticket;

  @Field(() => [UserError], { description: `${ERRORS} ALREADY_TAKEN: another agent has it.` })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of releaseTicketToQueue." })
export class ReleaseTicketToQueuePayload {
  @Field(() => Ticket, { nullable: true, description: "The ticket, now in the queue; null when refused." })
  ticket?: Ticket;

  @Field(() => String, { nullable: true, description: "What the distribution recorded." })
  explanation?: string;

  @Field(() => [UserError], { description: `${ERRORS} NOT_ASSIGNED, PINNED.` })
  userErrors!: UserError[];
}

@ObjectType({ description: "One ticket moved by rebalancing." })
export class TicketMoveResult {
  @Field(() => Ticket, { description: "The ticket." })
  ticket!: Ticket;

  @Field(() => Employee, { nullable: true, description: "Its agent before the move." })
  fromAgent!: Employee | null;

  @Field(() => Employee, { nullable: true, description: "Its agent now; null = the group's queue." })
  toAgent!: Employee | null;

  @Field({ description: "Why it moved and why there." })
  explanation!: string;
}

@ObjectType({ description: "Result of rebalanceTickets." })
export class RebalanceTicketsPayload {
  @Field(() => Group, { nullable: true, description: "The rebalanced group; null when refused." })
  group?: Group;

  @Field(() => [TicketMoveResult], { nullable: true, description: "The moves, in the order they were made." })
  moves?: TicketMoveResult[];

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}
