import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { UserError } from "../../core/graphql/user-error.js";

export enum Availability {
  AVAILABLE = "AVAILABLE",
  UNAVAILABLE = "UNAVAILABLE",
}
registerEnumType(Availability, {
  name: "Availability",
  description: "An agent's global availability (002 L2710-2712, L2764-2768).",
  valuesConfig: {
    AVAILABLE: { description: "Receives new live chats by round robin in the groups they are active in." },
    UNAVAILABLE: {
      description:
        "Away from keyboard: no new round-robin live chats; keeps existing chats; tickets unaffected.",
    },
  },
});

@ObjectType({ description: "An agent's status: availability, connection and Active Groups summary." })
export class AgentStatus {
  @Field(() => ID, { description: "The agent (Employee global id)." })
  employeeId!: string;

  @Field({ description: "The agent's display name." })
  displayName!: string;

  @Field(() => Availability, { description: "Available / Unavailable (global, all groups)." })
  availability!: Availability;

  @Field({
    description:
      "True while the agent has at least one live connection, or lost the last one less than the grace period ago.",
  })
  online!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When online last changed." })
  onlineChangedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Last recorded activity (requests are sampled, so up to a minute old).",
  })
  lastActivityAt!: Date | null;

  @Field({ description: "Active in at least one group for tickets or live chats (Active tab, 002 L5585)." })
  active!: boolean;
}

@ObjectType({ description: "One row of the Active Groups window (003 L11-17; 002 L2728-2734)." })
export class ActiveGroupRow {
  @Field(() => ID, { description: "The group (Group global id)." })
  groupId!: string;

  @Field({ description: "Group name." })
  groupName!: string;

  @Field(() => ID, { description: "The group's department (Department global id)." })
  departmentId!: string;

  @Field({ description: "Department name." })
  departmentName!: string;

  @Field({ description: "Active for this group's tickets (never N/A: every member can work tickets)." })
  ticketsActive!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Active for this group's live chats; null = N/A (the agent's Chat Handling is disabled).",
  })
  chatsActive!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Active for calls; always null (N/A) until SmarterTrack Communicator is supported.",
  })
  callsActive!: null;
}

@ObjectType({ description: "An agent's Active Groups window: status and one row per group." })
export class ActiveGroups {
  @Field(() => AgentStatus, { description: "The agent's status." })
  status!: AgentStatus;

  @Field(() => [ActiveGroupRow], {
    description: "The agent's groups the caller may see, by department then group name.",
  })
  groups!: ActiveGroupRow[];
}

@InputType({ description: "Activity changes for one group; omitted channels stay as they are." })
export class ActiveGroupChange {
  @Field(() => ID, { description: "The group (Group global id); the agent must be a member." })
  groupId!: string;

  @Field(() => Boolean, { nullable: true, description: "Active for tickets." })
  tickets?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Active for live chats; refused (NOT_APPLICABLE) where chat is disabled for the agent.",
  })
  chats?: boolean | null;
}

@InputType({ description: "Input of setMyActiveGroups." })
export class SetMyActiveGroupsInput {
  @Field(() => [ActiveGroupChange], { defaultValue: [], description: "Per-group changes." })
  changes!: ActiveGroupChange[];

  @Field(() => Boolean, {
    nullable: true,
    description: "Column header checkbox (002 L2760): set tickets in every group at once, before changes.",
  })
  allTickets?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Column header checkbox: set live chats in every chat-enabled group at once, before changes.",
  })
  allChats?: boolean | null;
}

@InputType({ description: "Input of setAgentActiveGroups." })
export class SetAgentActiveGroupsInput extends SetMyActiveGroupsInput {
  @Field(() => ID, { description: "The agent (Employee global id)." })
  employeeId!: string;
}

@ObjectType({ description: "Result of setMyActiveGroups / setAgentActiveGroups." })
export class SetActiveGroupsPayload {
  @Field(() => ActiveGroups, { nullable: true, description: "The agent's groups after the change." })
  activeGroups?: ActiveGroups;

  @Field(() => [UserError], {
    description: "NOT_MEMBER: not one of the agent's groups; NOT_APPLICABLE: chat is N/A there.",
  })
  userErrors!: UserError[];
}

@InputType({ description: "Input of setMyAvailability." })
export class SetMyAvailabilityInput {
  @Field(() => Availability, { description: "The new availability." })
  availability!: Availability;
}

@ObjectType({ description: "Result of setMyAvailability." })
export class SetMyAvailabilityPayload {
  @Field(() => AgentStatus, { nullable: true, description: "Your status after the change." })
  status?: AgentStatus;

  @Field(() => [UserError], { description: "Never filled today; kept for future refusals." })
  userErrors!: UserError[];
}

@ObjectType({ description: "A ratio such as Ticket Groups 4/6 (002 L3395): active out of total." })
export class ActiveRatio {
  @Field(() => Int, { description: "How many are active." })
  active!: number;

  @Field(() => Int, { description: "How many there are." })
  total!: number;
}

@ObjectType({ description: "Active Agents, By Agent (002 L5583-5601)." })
export class AgentActivityRow {
  @Field(() => AgentStatus, { description: "The agent's status." })
  status!: AgentStatus;

  @Field(() => ActiveRatio, { description: "Ticket Groups: active in / member of." })
  ticketGroups!: ActiveRatio;

  @Field(() => ActiveRatio, { description: "Chat Groups: active in / chat-enabled memberships." })
  chatGroups!: ActiveRatio;
}

@ObjectType({ description: "Active Agents, By Group (002 L5607-5616) or By Department (002 L5622-5633)." })
export class UnitActivityRow {
  @Field(() => ID, { description: "The Group or Department global id." })
  id!: string;

  @Field({ description: "Group or department name." })
  name!: string;

  @Field(() => ActiveRatio, { description: "Ticket Agents: agents active for tickets / members." })
  ticketAgents!: ActiveRatio;

  @Field(() => ActiveRatio, { description: "Chat Agents: agents active for chats / chat-enabled members." })
  chatAgents!: ActiveRatio;
}

@ObjectType({ description: "Counts of the Active Agents dashboard, within the caller's departments." })
export class DashboardCounts {
  @Field(() => [AgentActivityRow], { description: "By Agent." })
  byAgent!: AgentActivityRow[];

  @Field(() => [UnitActivityRow], { description: "By Group." })
  byGroup!: UnitActivityRow[];

  @Field(() => [UnitActivityRow], { description: "By Department." })
  byDepartment!: UnitActivityRow[];
}

@ObjectType({ description: "An agent's status changed (availability, online, active groups)." })
export class AgentPresenceChange {
  @Field({ description: "ONLINE, OFFLINE, AVAILABILITY, ACTIVE_GROUPS, AUTO_INACTIVE or LOGIN." })
  reason!: string;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  occurredAt!: Date;

  @Field(() => AgentStatus, { description: "The agent's status now." })
  status!: AgentStatus;
}
