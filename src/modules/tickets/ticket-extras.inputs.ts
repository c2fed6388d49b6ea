import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A time log on a ticket (002 L3009, L3657; seed-A §1.15)." })
export class AddTicketTimeLogInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => Int, { description: "Minutes spent (1-1440)." })
  minutes!: number;

  @Field(() => ID, { nullable: true, description: "Time log category." })
  categoryId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Billable; default the department's Mark Time Logs as billable by default.",
  })
  billable?: boolean | null;

  @Field(() => String, { nullable: true, description: "Notes: what was done." })
  notes?: string | null;
}

@InputType({ description: "Changes to a time log; omitted fields are unchanged." })
export class UpdateTicketTimeLogInput {
  @Field(() => ID, { description: "The time log." })
  timeLogId!: string;

  @Field(() => Int, { nullable: true, description: "Minutes spent (1-1440); the cost is recomputed." })
  minutes?: number | null;

  @Field(() => ID, { nullable: true, description: "Time log category." })
  categoryId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Billable." })
  billable?: boolean | null;

  @Field(() => String, { nullable: true, description: "Notes." })
  notes?: string | null;
}

@InputType({ description: "A file attached to a ticket, uploaded as base64 (Add → Attachment)." })
export class AddTicketAttachmentInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field({ description: "File name (directories are stripped; at most 255 characters)." })
  fileName!: string;

  @Field({
    description:
      "The bytes, standard base64; at most TicketSettings.maxAttachmentBytes once decoded (default 2 MB).",
  })
  contentBase64!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Internal attachment: agents only (default false, 002 L3004).",
  })
  internal?: boolean | null;
}

@InputType({ description: "Link or unlink two tickets as related items (002 L3005)." })
export class LinkTicketsInput {
  @Field(() => ID, { description: "The ticket." })
  ticketId!: string;

  @Field(() => ID, { description: "The related ticket." })
  relatedTicketId!: string;
}

@InputType({ description: "A new time log category (002 L6917-6919)." })
export class CreateTimeLogCategoryInput {
  @Field({ description: "Category Name (unique, case-insensitive)." })
  name!: string;
}

@InputType({ description: "Renames a time log category." })
export class UpdateTimeLogCategoryInput {
  @Field(() => ID, { description: "The category." })
  id!: string;

  @Field({ description: "New name (unique, case-insensitive)." })
  name!: string;
}

@InputType({ description: "Changes to the ticket settings; omitted fields are unchanged." })
export class UpdateTicketSettingsInput {
  @Field(() => Int, { nullable: true, description: "Largest attachment in bytes (1 to 104857600)." })
  maxAttachmentBytes?: number | null;
}
