import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Employee } from "../accounts/index.js";
import { Group } from "./group.entity.js";

export enum TicketHandling {
  PULL_FROM_QUEUE = "PULL_FROM_QUEUE",
  PRIMARY_GROUP = "PRIMARY_GROUP",
  SECONDARY_GROUP = "SECONDARY_GROUP",
}
registerEnumType(TicketHandling, {
  name: "TicketHandling",
  description: "How an agent receives a group's tickets (002 L6089-6095).",
  valuesConfig: {
    PULL_FROM_QUEUE: { description: "A member who sees the group's tickets but takes them from the queue." },
    PRIMARY_GROUP: { description: "First to receive tickets by round robin." },
    SECONDARY_GROUP: { description: "Receives round-robin tickets only once the primary agents are full." },
  },
});

export enum ChatHandling {
  CHAT_DISABLED = "CHAT_DISABLED",
  PULL_FROM_QUEUE = "PULL_FROM_QUEUE",
  PRIMARY_GROUP = "PRIMARY_GROUP",
  SECONDARY_GROUP = "SECONDARY_GROUP",
}
registerEnumType(ChatHandling, {
  name: "ChatHandling",
  description: "How an agent receives a group's live chats (002 L6097-6101).",
  valuesConfig: {
    CHAT_DISABLED: { description: "The agent receives no live chats from this group." },
    PULL_FROM_QUEUE: { description: "Sees the group's chats but takes them from the queue." },
    PRIMARY_GROUP: { description: "First to receive chats by round robin." },
    SECONDARY_GROUP: { description: "Receives round-robin chats only once the primary agents are full." },
  },
});

/**
 * The Agent-Group Relationship (002 L6084-6122, L6216-6239; 000 L55-79). chatsActive is null exactly when
 * chat is disabled: the Active Groups window shows N/A there (003 L11-17), and a CHECK keeps it so.
 */
@ObjectType({
  implements: Node,
  description: "An agent's membership of a group with its distribution settings (Agent-Group Relationship).",
})
@Entity({ tableName: "agent_group_membership" })
@Unique({ properties: ["employee", "group"] })
@Check({
  name: "agent_group_membership_chat_na",
  expression: "(chat_handling = 'CHAT_DISABLED') = (chats_active is null)",
})
export class AgentGroupMembership extends BaseEntity {
  @ManyToOne(() => Employee, { deleteRule: "cascade" })
  @Index()
  employee!: Rel<Employee>;

  @ManyToOne(() => Group, { deleteRule: "cascade" })
  @Index()
  group!: Rel<Group>;

  @Field(() => TicketHandling, { description: "Ticket Handling." })
  @Enum({ items: () => TicketHandling, nativeEnumName: "ticket_handling" })
  ticketHandling: TicketHandling = TicketHandling.PRIMARY_GROUP;

  @Field(() => Int, {
    nullable: true,
    description:
      "Max Tickets for this group: new, active tickets at a time; null = no group limit. The employee's " +
      "overall Max Tickets, when lower, wins (002 L6251).",
  })
  @Property({ type: "integer", nullable: true })
  maxTickets?: number | null;

  @Field(() => ChatHandling, { description: "Chat Handling." })
  @Enum({ items: () => ChatHandling, nativeEnumName: "chat_handling" })
  chatHandling: ChatHandling = ChatHandling.PRIMARY_GROUP;

  @Field({ description: "Auto-Inactive enabled: the agent turns inactive in this group after a while." })
  @Property({ default: false })
  autoInactiveEnabled: boolean = false;

  @Field(() => Int, {
    nullable: true,
    description: "Auto-Inactive minutes; required while autoInactiveEnabled is on.",
  })
  @Property({ type: "integer", nullable: true })
  autoInactiveMinutes?: number | null;

  @Field({ description: "Hand-off on Auto-Inactive: hand the agent's active tickets to another agent." })
  @Property({ default: false })
  handOffOnAutoInactive: boolean = false;

  @Field({ description: "Automatically go active upon login in this group." })
  @Property({ default: true })
  goActiveOnLogin: boolean = true;

  @Field({
    description: "Runtime state: the agent is active for this group's tickets (Active Groups).",
  })
  @Property({ default: false })
  ticketsActive: boolean = false;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Runtime state: the agent is active for this group's live chats; null = N/A (chat disabled).",
  })
  @Property({ type: "boolean", nullable: true })
  chatsActive?: boolean | null = false;
}
