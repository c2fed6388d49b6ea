import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Role } from "../roles/index.js";
import { Brand } from "./brand.entity.js";
import { defaultBusinessHours } from "./business-hours.js";
import type { StoredDay } from "./business-hours.js";

/**
 * The second level of the organization (002 L5957-6052). Its front line group is the group flagged
 * isFrontLine (group.entity.ts), so the reference cannot dangle and "exactly one" is a database rule.
 */
@ObjectType({ implements: Node, description: "A department of a brand, e.g. Sales or Support (002 L5959)." })
@Entity({ tableName: "department" })
@Unique({ properties: ["brand", "name"] })
export class Department extends BaseEntity {
  // Options (002 L5995-6014)
  @ManyToOne(() => Brand, { deleteRule: "restrict" })
  @Index()
  brand!: Rel<Brand>;

  @Field({ description: "Department Name, unique within its brand." })
  @Property({ length: 255 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Preferred Language: the department's default language tag (e.g. en, de-DE).",
  })
  @Property({ length: 16, nullable: true })
  preferredLanguage?: string | null;

  @Field({
    description:
      "Allow all agents to find items in this department using advanced search: read-only for agents " +
      "(comments only), modifiable by managers (002 L6012).",
  })
  @Property({ default: false })
  allowAllAgentsToFindItemsInAdvancedSearch: boolean = false;

  @Field({
    description:
      "Allow managers outside of this Department to view its contents: managers of any department see it " +
      "(002 L6013).",
  })
  @Property({ default: false })
  allowManagersOutsideToView: boolean = false;

  @Field({ description: "Mark Time Logs as billable by default (002 L6014)." })
  @Property({ default: false })
  markTimeLogsBillableByDefault: boolean = false;

  // Tickets (002 L6016-6026), exposed as DepartmentTicketSettings.
  /** New Tickets in Portal; null = Nobody (the department is hidden from the portal's list). */
  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  newTicketsInPortalRole?: Rel<Role> | null;

  @Property({ type: "integer", nullable: true, default: 168 })
  autoCloseAfterHours?: number | null = 168;

  @Property({ type: "integer", nullable: true, default: 322 })
  autoLockAfterHours?: number | null = 322;

  @Property({ type: "integer", nullable: true, default: 365 })
  autoDeleteAfterDays?: number | null = 365;

  @Property({ default: false })
  requireResolutionToClose: boolean = false;

  @Property({ default: false })
  requireAllTasksCompletedToClose: boolean = false;

  @Property({ default: false })
  notifyCustomerOnAutoClose: boolean = false;

  // Call Logs (002 L6028-6032)
  @Property({ type: "integer", nullable: true })
  callLogAutoDeleteAfterDays?: number | null;

  // Custom Messages (002 L6046-6052)
  @Property({ type: "text", nullable: true })
  beforeTicketSubmissionMessage?: string | null;

  @Property({ type: "text", nullable: true })
  afterTicketSubmissionMessage?: string | null;

  // Business Hours and Holidays (002 L6034-6044)
  @Field({ description: "Inherit business hours from Brand; when off, businessHours apply." })
  @Property({ default: true })
  inheritBusinessHoursFromBrand: boolean = true;

  @Field({ description: "Inherit holidays from Brand; when off, the department's own holidays apply." })
  @Property({ default: true })
  inheritHolidaysFromBrand: boolean = true;

  @Property({ type: "jsonb" })
  businessHours: StoredDay[] = defaultBusinessHours();
}

@ObjectType({ description: "Department Tickets tab (002 L6016-6026)." })
export class DepartmentTicketSettings {
  @Field(() => Int, {
    nullable: true,
    description:
      "Auto-Close After (hours, default 168): waiting tickets close after this long without action; null = never.",
  })
  autoCloseAfterHours!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Auto-Lock After (hours, default 322): closed tickets lock; null = never.",
  })
  autoLockAfterHours!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Auto-Delete After (days, default 365): closed tickets are deleted; null = never.",
  })
  autoDeleteAfterDays!: number | null;

  @Field({ description: "Require resolution to close tickets." })
  requireResolutionToClose!: boolean;

  @Field({ description: "Require all tasks to be completed to close tickets." })
  requireAllTasksCompletedToClose!: boolean;

  @Field({ description: "Send notification to customer when tickets are auto-closed." })
  notifyCustomerOnAutoClose!: boolean;
}

@ObjectType({ description: "Department Call Logs tab (002 L6028-6032)." })
export class DepartmentCallLogSettings {
  @Field(() => Int, {
    nullable: true,
    description: "Auto-Delete After (days): call logs are deleted after this long; null = never.",
  })
  callLogAutoDeleteAfterDays!: number | null;
}

@ObjectType({ description: "Department Custom Messages tab: HTML on the portal's ticket form (002 L6046)." })
export class DepartmentCustomMessages {
  @Field(() => String, {
    nullable: true,
    description: "Before Ticket Submission: shown once the department is selected.",
  })
  beforeTicketSubmissionMessage!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "After Ticket Submission: shown after a successful portal submission.",
  })
  afterTicketSubmissionMessage!: string | null;
}
