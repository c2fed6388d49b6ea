import { Field, ID, InputType, Int } from "type-graphql";
import { BusinessHoursDayInput } from "./business-hours.js";

@InputType({
  description:
    "The front line group (002 L5999): exactly one of an existing group of this department or the name " +
    "of a new group, created with the department in the same transaction.",
})
export class FrontLineGroupInput {
  @Field(() => ID, {
    nullable: true,
    description: "An existing group of this department (a new department has none yet).",
  })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: "Name of a new group to create as front line group." })
  newGroupName?: string | null;
}

@InputType({ description: "Department Tickets tab (002 L6016-6026); omitted fields are unchanged." })
export class DepartmentTicketSettingsInput {
  @Field(() => ID, {
    nullable: true,
    description: "New Tickets in Portal: role required to submit; null = Nobody (hidden from the portal).",
  })
  newTicketsInPortalRoleId?: string | null;

  @Field(() => Int, { nullable: true, description: "Auto-Close After, hours (at least 1); null = never." })
  autoCloseAfterHours?: number | null;

  @Field(() => Int, { nullable: true, description: "Auto-Lock After, hours (at least 1); null = never." })
  autoLockAfterHours?: number | null;

  @Field(() => Int, { nullable: true, description: "Auto-Delete After, days (at least 1); null = never." })
  autoDeleteAfterDays?: number | null;

  @Field({ nullable: true, description: "Require resolution to close tickets." })
  requireResolutionToClose?: boolean;

  @Field({ nullable: true, description: "Require all tasks to be completed to close tickets." })
  requireAllTasksCompletedToClose?: boolean;

  @Field({ nullable: true, description: "Send notification to customer when tickets are auto-closed." })
  notifyCustomerOnAutoClose?: boolean;
}

@InputType({ description: "Department Call Logs tab (002 L6028-6032)." })
export class DepartmentCallLogSettingsInput {
  @Field(() => Int, { nullable: true, description: "Auto-Delete After, days (at least 1); null = never." })
  callLogAutoDeleteAfterDays?: number | null;
}

@InputType({ description: "Department Custom Messages tab (002 L6046-6052), HTML." })
export class DepartmentCustomMessagesInput {
  @Field(() => String, { nullable: true, description: "Before Ticket Submission." })
  beforeTicketSubmissionMessage?: string | null;

  @Field(() => String, { nullable: true, description: "After Ticket Submission." })
  afterTicketSubmissionMessage?: string | null;
}

/** Settings shared by create and update; omitted = default (create) or unchanged (update). */
@InputType({ description: "Department settings shared by createDepartment and updateDepartment." })
export class DepartmentSettingsInput {
  @Field(() => String, { nullable: true, description: "Preferred Language tag (e.g. en, de-DE)." })
  preferredLanguage?: string | null;

  @Field({
    nullable: true,
    description: "Allow all agents to find items in this department using advanced search.",
  })
  allowAllAgentsToFindItemsInAdvancedSearch?: boolean;

  @Field({ nullable: true, description: "Allow managers outside of this Department to view its contents." })
  allowManagersOutsideToView?: boolean;

  @Field({ nullable: true, description: "Mark Time Logs as billable by default." })
  markTimeLogsBillableByDefault?: boolean;

  @Field(() => DepartmentTicketSettingsInput, { nullable: true, description: "Tickets tab." })
  tickets?: DepartmentTicketSettingsInput | null;

  @Field(() => DepartmentCallLogSettingsInput, { nullable: true, description: "Call Logs tab." })
  callLogs?: DepartmentCallLogSettingsInput | null;

  @Field(() => DepartmentCustomMessagesInput, { nullable: true, description: "Custom Messages tab." })
  customMessages?: DepartmentCustomMessagesInput | null;

  @Field({ nullable: true, description: "Inherit business hours from Brand." })
  inheritBusinessHoursFromBrand?: boolean;

  @Field({ nullable: true, description: "Inherit holidays from Brand." })
  inheritHolidaysFromBrand?: boolean;
}

@InputType({ description: "A new department: name and front line group are required (002 L5976)." })
export class CreateDepartmentInput extends DepartmentSettingsInput {
  @Field(() => ID, { nullable: true, description: "The brand; the default brand when omitted." })
  brandId?: string | null;

  @Field({ description: "Department Name, unique within the brand." })
  name!: string;

  @Field(() => FrontLineGroupInput, { description: "The front line group." })
  frontLineGroup!: FrontLineGroupInput;
}

@InputType({ description: "Changes a department; omitted fields are unchanged." })
export class UpdateDepartmentInput extends DepartmentSettingsInput {
  @Field(() => ID, { description: "The department." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "Moves the department to another brand." })
  brandId?: string | null;

  @Field({ nullable: true, description: "Department Name." })
  name?: string;

  @Field(() => FrontLineGroupInput, {
    nullable: true,
    description: "Makes another group the front line group.",
  })
  frontLineGroup?: FrontLineGroupInput | null;
}

@InputType({
  description:
    "Copies a department's settings (all tabs, business hours, own holidays) into a new department with a " +
    "new front line group; other groups and agents are not copied (002 L5979).",
})
export class CloneDepartmentInput {
  @Field(() => ID, { description: "The department to copy." })
  id!: string;

  @Field({ description: "Name of the new department." })
  name!: string;

  @Field(() => ID, { nullable: true, description: "Brand of the copy; the source's brand when omitted." })
  brandId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Name of the copy's front line group; the source front line group's name when omitted.",
  })
  frontLineGroupName?: string | null;
}

@InputType({ description: "Deletes a department; its items go to another department (002 L5980)." })
export class DeleteDepartmentInput {
  @Field(() => ID, { description: "The department to delete." })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Department that receives the tickets, chats and call logs (into its front line group). Required " +
      "when the department has any: otherwise the deletion is refused with ITEMS_NEED_DESTINATION.",
  })
  moveItemsToDepartmentId?: string | null;
}

@InputType({
  description: "Sets weekdays of a department's own business hours; days not listed keep theirs.",
})
export class SetDepartmentBusinessHoursInput {
  @Field(() => ID, { description: "The department." })
  departmentId!: string;

  @Field(() => [BusinessHoursDayInput], { description: "The days to set." })
  days!: BusinessHoursDayInput[];
}

@InputType({ description: "A new holiday of a department that does not inherit its brand's holidays." })
export class AddDepartmentHolidayInput {
  @Field(() => ID, { description: "The department." })
  departmentId!: string;

  @Field({ description: "Name of the holiday." })
  name!: string;

  @Field({ description: "The day, YYYY-MM-DD; one holiday per day." })
  date!: string;
}
