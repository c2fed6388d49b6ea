import { Entity, Index, ManyToOne, OneToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Employee } from "../accounts/index.js";

/**
 * An agent's global status (002 L2704-2712): Available/Unavailable, whether they are online (at least one
 * live connection, give or take the grace period) and when they last did anything (for Auto-Inactive).
 * Created on first need; an agent without a row is Available, offline and never active.
 */
@Entity({ tableName: "agent_presence" })
export class AgentPresence extends BaseEntity {
  @OneToOne(() => Employee, { owner: true, deleteRule: "cascade", unique: true })
  employee!: Rel<Employee>;

  /** Away From Keyboard is Unavailable: no new round-robin chats, tickets unaffected (002 L2710-2712). */
  @Property({ default: true })
  available: boolean = true;

  @Property({ default: false })
  online: boolean = false;

  @Property({ type: "timestamptz", nullable: true })
  onlineChangedAt?: Date | null;

  /** When the agent's last connection closed: the grace period runs from here. */
  @Property({ type: "timestamptz", nullable: true })
  lastSeenAt?: Date | null;

  /** Last authenticated request or operation, written at most once per throttle window. */
  @Property({ type: "timestamptz", nullable: true })
  @Index()
  lastActivityAt?: Date | null;
}

/**
 * One live graphql-ws connection of an employee, on whichever instance holds it. Rows, not memory, so that
 * two tabs on two instances count together; the holding instance refreshes heartbeatAt, so the rows of a
 * crashed instance go stale and stop counting.
 */
@Entity({ tableName: "presence_connection" })
export class PresenceConnection extends BaseEntity {
  @ManyToOne(() => Employee, { deleteRule: "cascade" })
  @Index()
  employee!: Rel<Employee>;

  /** The instance holding the socket (random per process start). */
  @Property({ length: 64 })
  instanceId!: string;

  @Property({ type: "timestamptz" })
  heartbeatAt: Date = new Date();
}
