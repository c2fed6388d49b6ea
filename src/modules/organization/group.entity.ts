import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Department } from "./department.entity.js";

/** The third level of the organization (002 L6054-6082): agents work tickets and chats in groups. */
@ObjectType({ implements: Node, description: "A group of a department, e.g. Level 1 Support (002 L6056)." })
@Entity({ tableName: "department_group" })
@Unique({ properties: ["department", "name"] })
@Index({
  name: "department_group_single_front_line",
  expression:
    'create unique index "department_group_single_front_line" on "department_group" ("department_id") ' +
    'where "is_front_line"',
})
export class Group extends BaseEntity {
  @ManyToOne(() => Department, { deleteRule: "cascade" })
  @Index()
  department!: Rel<Department>;

  @Field({ description: "Group Name, unique within its department." })
  @Property({ length: 255 })
  name!: string;

  @Field({
    description:
      "True for the department's Front Line Group, which first receives its tickets and chats (002 L5999).",
  })
  @Property({ default: false })
  isFrontLine: boolean = false;

  // Time Estimates (002 L6124-6135), exposed as GroupTimeEstimates; minutes, null = not estimated.
  @Property({ type: "integer", nullable: true })
  ticketCreatedMinutes?: number | null;

  @Property({ type: "integer", nullable: true })
  ticketTransferredMinutes?: number | null;

  @Property({ type: "integer", nullable: true })
  ticketMessageInMinutes?: number | null;

  @Property({ type: "integer", nullable: true })
  ticketMessageOutMinutes?: number | null;

  @Property({ type: "integer", nullable: true })
  liveChatStartedMinutes?: number | null;

  @Property({ type: "integer", nullable: true })
  liveChatTransferredMinutes?: number | null;
}

export const TIME_ESTIMATE_FIELDS = [
  "ticketCreatedMinutes",
  "ticketTransferredMinutes",
  "ticketMessageInMinutes",
  "ticketMessageOutMinutes",
  "liveChatStartedMinutes",
  "liveChatTransferredMinutes",
] as const;

@ObjectType({
  description:
    "Group Time Estimates tab (002 L6124-6135): minutes agents spend per event, for cost analysis reports. " +
    "Null = not estimated.",
})
export class GroupTimeEstimates {
  @Field(() => Int, { nullable: true, description: "Ticket Created: minutes to create a new ticket." })
  ticketCreatedMinutes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Ticket Transferred: minutes on a ticket transferred to the agent.",
  })
  ticketTransferredMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: "Ticket Message In: minutes on a new ticket message." })
  ticketMessageInMinutes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Ticket Message Out: minutes researching and replying to a message.",
  })
  ticketMessageOutMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: "Live Chat Started: minutes starting a live chat." })
  liveChatStartedMinutes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Live Chat Transferred: minutes chatting after a transfer.",
  })
  liveChatTransferredMinutes!: number | null;
}
