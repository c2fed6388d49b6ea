import { ArgsType, Field, ID, InputType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { TicketListArgs } from "./ticket-list.js";
import { TicketPriority, TicketStatus } from "./ticket.enums.js";

export enum TicketSearchItems {
  EXCEPT_DELETED = "EXCEPT_DELETED",
  ONLY_DELETED = "ONLY_DELETED",
}
registerEnumType(TicketSearchItems, {
  name: "TicketSearchItems",
  description: "Items to Include of the advanced search (002 L3291).",
  valuesConfig: {
    EXCEPT_DELETED: { description: "All ticket items EXCEPT deleted items (the default)." },
    ONLY_DELETED: { description: "Only deleted items (not yet purged)." },
  },
});

export enum TicketSearchDateField {
  CREATED = "CREATED",
  LAST_ACTIVITY = "LAST_ACTIVITY",
  CLOSED = "CLOSED",
  DELETED = "DELETED",
}
registerEnumType(TicketSearchDateField, {
  name: "TicketSearchDateField",
  description: "Which time of a ticket the Date Range applies to (002 L3289; the seed names no field).",
  valuesConfig: {
    CREATED: { description: "Submission time (the default)." },
    LAST_ACTIVITY: { description: "Last message, status change or transfer." },
    CLOSED: { description: "Closing time (tickets never closed do not match)." },
    DELETED: { description: "Deletion time (with items ONLY_DELETED)." },
  },
});

@InputType({
  description:
    "A custom field criterion (002 L3300-3302): the field by id or name (case-insensitive) and the value to " +
    "find. TEXT and MULTI_LINE_TEXT values match when they contain it (case-insensitive); other types match " +
    "the value exactly, written as the data type requires.",
})
export class TicketCustomFieldCriterion {
  @Field(() => ID, { nullable: true, description: "The custom field's id; or give name." })
  fieldId?: string | null;

  @Field(() => String, { nullable: true, description: "The custom field's name; or give fieldId." })
  name?: string | null;

  @Field({ description: "The value to find (not empty)." })
  value!: string;
}

@InputType({
  description:
    "General Criteria of the ticket Advanced Search (002 L3282-3302); all given ones must match (AND). " +
    "Max Results is the connection's page size (first).",
})
export class TicketSearchCriteria {
  @Field(() => String, {
    nullable: true,
    description: "Ticket Number, exactly (case-insensitive); old numbers of merged tickets find the primary.",
  })
  ticketNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Email Address: the requester's address on the ticket, exactly (case-insensitive).",
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Customer Username: the requesting user's login name, exactly (case-insensitive).",
  })
  customerUsername?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Customer name: part of the requesting user's display name (case-insensitive).",
  })
  customerName?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date Range start (inclusive)." })
  dateFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Date Range end (inclusive)." })
  dateTo?: Date | null;

  @Field(() => TicketSearchDateField, {
    nullable: true,
    description: "Which time the Date Range applies to (default CREATED).",
  })
  dateField?: TicketSearchDateField | null;

  @Field(() => TicketSearchItems, {
    nullable: true,
    description: "Items to Include (default EXCEPT_DELETED).",
  })
  items?: TicketSearchItems | null;

  @Field(() => ID, { nullable: true, description: "Departments/Groups: a department (all its groups)." })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Departments/Groups: one group." })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "Agent: the assigned agent." })
  agentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The agent who deleted the ticket (002 L3101; meaningful with items ONLY_DELETED).",
  })
  deletedById?: string | null;

  @Field(() => [TicketStatus], { nullable: true, description: "Status: any of these." })
  status?: TicketStatus[] | null;

  @Field(() => [TicketPriority], { nullable: true, description: "Priority: any of these." })
  priority?: TicketPriority[] | null;

  @Field(() => [TicketCustomFieldCriterion], {
    nullable: true,
    description: "Custom field values; every one must match.",
  })
  customFields?: TicketCustomFieldCriterion[] | null;
}

@ArgsType()
export class TicketSearchArgs extends TicketListArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "Search String: words to find in subjects, message bodies (text, or HTML when a message has no text) and " +
      "comments (all must occur; PostgreSQL full-text, 'simple' configuration), or a ticket number.",
  })
  text?: string | null;

  @Field(() => TicketSearchCriteria, {
    nullable: true,
    description: "Advanced Search criteria (002 L3282-3302), combined with text and filter.",
  })
  criteria?: TicketSearchCriteria | null;
}
