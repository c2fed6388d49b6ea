import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Employee } from "../accounts/index.js";
import { Ticket } from "./ticket.entity.js";

export enum TicketPresenceKind {
  /** One open ticketViewersChanged subscription (one device); kept alive by its instance's heartbeat. */
  VIEWING = "VIEWING",
  /** The agent said they are writing a reply (markComposing); lapses unless renewed. */
  REPLYING = "REPLYING",
}

/**
 * Who is on a ticket now (docs/tickets.md "Who is viewing"): rows expire instead of being trusted to be
 * deleted, so a crashed instance or a closed laptop lid never leaves a ghost viewer behind.
 */
@Entity({ tableName: "ticket_presence" })
@Index({ properties: ["ticket", "expiresAt"] })
export class TicketPresence extends BaseEntity {
  @ManyToOne(() => Ticket, { deleteRule: "cascade" })
  ticket!: Rel<Ticket>;

  @ManyToOne(() => Employee, { deleteRule: "cascade" })
  employee!: Rel<Employee>;

  @Enum({ items: () => TicketPresenceKind, nativeEnumName: "ticket_presence_kind" })
  kind!: TicketPresenceKind;

  /** The server instance holding the subscription (VIEWING rows). */
  @Property({ type: "uuid", nullable: true })
  instanceId?: string | null;

  @Property({ type: "timestamptz" })
  @Index()
  expiresAt!: Date;
}
