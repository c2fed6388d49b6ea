import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Employee } from "../accounts/index.js";
import { Group } from "../organization/index.js";
import { Ticket } from "../tickets/index.js";

/**
 * Round-robin state of one agent in one group. Kept here rather than on AgentGroupMembership: it is the
 * distribution's bookkeeping, written on every assignment, and must not bump the membership's updatedAt or
 * contend with membership edits. Rows appear on the first assignment (absent = never received one).
 */
@Entity({ tableName: "distribution_state" })
@Unique({ properties: ["employee", "group"] })
export class DistributionState extends BaseEntity {
  @ManyToOne(() => Employee, { deleteRule: "cascade" })
  employee!: Rel<Employee>;

  @ManyToOne(() => Group, { deleteRule: "cascade" })
  @Index()
  group!: Rel<Group>;

  /** When the agent last received a ticket from this group by round robin: the rotation key. */
  @Property({ type: "timestamptz", nullable: true })
  lastAssignedAt?: Date | null;
}

/** What an agent did to a ticket that holds it against rebalancing (seed-E §3.9, 002 L7786-7794). */
export enum TicketHoldKind {
  /** The ticket was assigned to the agent (Hold After Assigned). */
  ASSIGNED = "ASSIGNED",
  /** The agent opened or previewed the ticket (Hold After Read). */
  READ = "READ",
  /** The agent started writing a response (Hold After Compose). */
  COMPOSE = "COMPOSE",
}

/**
 * The latest hold of each kind an agent has on a ticket. Rebalancing leaves a ticket with its agent while any
 * of that agent's holds is younger than the rule's hold time (002 L2943-2944, L7786).
 */
@Entity({ tableName: "ticket_hold" })
@Unique({ properties: ["ticket", "employee", "kind"] })
export class TicketHold extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  ticket!: Rel<Ticket>;

  @ManyToOne(() => Employee, { deleteRule: "cascade" })
  @Index()
  employee!: Rel<Employee>;

  @Enum({ items: () => TicketHoldKind, nativeEnumName: "ticket_hold_kind" })
  kind!: TicketHoldKind;

  @Property({ type: "timestamptz" })
  at: Date = new Date();
}
