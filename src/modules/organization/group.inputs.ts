import { Field, ID, InputType, Int } from "type-graphql";
import { ChatHandling, TicketHandling } from "./membership.entity.js";

@InputType({ description: "Group Time Estimates in minutes (at least 0); null clears, omitted keeps." })
export class GroupTimeEstimatesInput {
  @Field(() => Int, { nullable: true, description: "Ticket Created." })
  ticketCreatedMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Ticket Transferred." })
  ticketTransferredMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Ticket Message In." })
  ticketMessageInMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Ticket Message Out." })
  ticketMessageOutMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Live Chat Started." })
  liveChatStartedMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Live Chat Transferred." })
  liveChatTransferredMinutes?: number | null;
}

@InputType({ description: "A new group of a department (002 L6070-6082)." })
export class CreateGroupInput {
  @Field(() => ID, { description: "The department." })
  departmentId!: string;

  @Field({ description: "Group Name, unique within the department." })
  name!: string;

  @Field(() => GroupTimeEstimatesInput, { nullable: true, description: "Time Estimates tab." })
  timeEstimates?: GroupTimeEstimatesInput | null;
}

@InputType({ description: "Changes a group; omitted fields are unchanged." })
export class UpdateGroupInput {
  @Field(() => ID, { description: "The group." })
  id!: string;

  @Field({ nullable: true, description: "Group Name." })
  name?: string;

  @Field(() => GroupTimeEstimatesInput, { nullable: true, description: "Time Estimates tab." })
  timeEstimates?: GroupTimeEstimatesInput | null;
}

@InputType({ description: "Identifies a group to delete." })
export class DeleteGroupInput {
  @Field(() => ID, { description: "The group; a department's front line group cannot be deleted." })
  id!: string;
}

/** Distribution settings shared by add and update (002 L6086-6109). */
@InputType({
  description: "Agent-Group Relationship settings; omitted = default (add) or unchanged (update).",
})
export class MembershipSettingsInput {
  @Field(() => TicketHandling, { nullable: true, description: "Ticket Handling (default PRIMARY_GROUP)." })
  ticketHandling?: TicketHandling;

  @Field(() => Int, {
    nullable: true,
    description: "Max Tickets for this group (at least 0); null = no limit.",
  })
  maxTickets?: number | null;

  @Field(() => ChatHandling, { nullable: true, description: "Chat Handling (default PRIMARY_GROUP)." })
  chatHandling?: ChatHandling;

  @Field({ nullable: true, description: "Auto-Inactive enabled (needs autoInactiveMinutes)." })
  autoInactiveEnabled?: boolean;

  @Field(() => Int, { nullable: true, description: "Auto-Inactive after this many minutes (at least 1)." })
  autoInactiveMinutes?: number | null;

  @Field({ nullable: true, description: "Hand-off on Auto-Inactive." })
  handOffOnAutoInactive?: boolean;

  @Field({ nullable: true, description: "Automatically go active upon login (default true)." })
  goActiveOnLogin?: boolean;
}

@InputType({ description: "Adds an employee to a group." })
export class AddAgentToGroupInput extends MembershipSettingsInput {
  @Field(() => ID, { description: "The employee; fixed once added (002 L6118)." })
  employeeId!: string;

  @Field(() => ID, { description: "The group." })
  groupId!: string;
}

@InputType({ description: "Changes an agent's settings in a group; the agent itself cannot change." })
export class UpdateAgentGroupMembershipInput extends MembershipSettingsInput {
  @Field(() => ID, { description: "The membership." })
  id!: string;
}

@InputType({ description: "Removes an agent from a group." })
export class RemoveAgentFromGroupInput {
  @Field(() => ID, { description: "The membership." })
  id!: string;
}
