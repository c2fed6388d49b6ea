import type { ModuleDefinition } from "../../core/module.js";
import { setTicketActivityRecorder, setTicketAssigner } from "../tickets/index.js";
import { distributionAssigner, recordHold } from "./assigner.js";
import { DistributionState, TicketHold, TicketHoldKind } from "./distribution.entity.js";
import { DistributionResolver } from "./distribution.resolver.js";

export { distribute, distributionAssigner, recordHold } from "./assigner.js";
export type { DistributionReason } from "./assigner.js";
export { TicketHoldKind } from "./distribution.entity.js";
export { DEFAULT_REBALANCE, handOffTicketsOf, rebalanceGroup } from "./rebalance.js";
export type { RebalanceOptions, TicketMove } from "./rebalance.js";

export const distributionModule: ModuleDefinition = {
  name: "distribution",
  entities: [DistributionState, TicketHold],
  resolvers: [DistributionResolver],
  onBoot: async () => {
    setTicketAssigner(distributionAssigner);
    // An agent opening a ticket or composing a reply holds it against rebalancing (002 L7786-7794).
    setTicketActivityRecorder((em, ticketId, employeeId, activity) =>
      recordHold(
        em,
        ticketId,
        employeeId,
        activity === "READ" ? TicketHoldKind.READ : TicketHoldKind.COMPOSE,
      ),
    );
  },
};
