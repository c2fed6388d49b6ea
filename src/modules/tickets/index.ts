import type { ModuleDefinition } from "../../core/module.js";
import { Ticket } from "./ticket.entity.js";

export { Ticket } from "./ticket.entity.js";
export { TicketDirection, TicketPriority, TicketSource, TicketStatus } from "./ticket.enums.js";
export { getTicketAssigner, resetTicketAssigner, setTicketAssigner } from "./ticket-assigner.js";
export type { AssignmentDecision, AssignmentReason, TicketAssigner } from "./ticket-assigner.js";

export const ticketsModule: ModuleDefinition = {
  name: "tickets",
  entities: [Ticket],
  resolvers: [],
};
