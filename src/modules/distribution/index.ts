import type { ModuleDefinition } from "../../core/module.js";
import { setTicketAssigner } from "../tickets/index.js";
import { distributionAssigner } from "./assigner.js";
import { DistributionState, TicketHold } from "./distribution.entity.js";
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
  },
};
