import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Employee } from "../accounts/index.js";
import { Group } from "../organization/index.js";
import { assertManages, reachOf } from "./access.js";
import { choose } from "./assigner.js";
import { loadCandidates, skipReason } from "./candidates.js";
import { DEFAULT_REBALANCE, rebalanceGroup } from "./rebalance.js";
import type { RebalanceOptions } from "./rebalance.js";

async function managedGroup(ctx: RequestContext, groupGlobalId: string): Promise<Group> {
  const reach = await reachOf(ctx);
  const group = await ctx.em.findOne(Group, { id: fromGlobalId(groupGlobalId, "Group", "groupId") });
  if (!group) throw new NotFoundError("Group", groupGlobalId);
  assertManages(reach, group.department.id);
  return group;
}

/** Each member's eligibility and load, and who would receive the next new ticket (nothing is locked). */
export async function distributionPreview(ctx: RequestContext, groupGlobalId: string) {
  const group = await managedGroup(ctx, groupGlobalId);
  const candidates = await loadCandidates(ctx.em, group.id);
  const choice = choose(candidates);
  const members = candidates.map((c) => ({
    membership: c.membership,
    employee: c.employee,
    skipReason: skipReason(c),
    groupLoad: c.groupLoad,
    overallLoad: c.overallLoad,
    activeTickets: c.activeInGroup,
    lastAssignedAt: c.lastAssignedAt,
    rotationPosition: choice.ranked.indexOf(c) >= 0 ? choice.ranked.indexOf(c) + 1 : null,
  }));
  const explanation = choice.winner
    ? `The next new ticket goes to ${choice.winner.employee.displayName} (${choice.pool} pool).`
    : "The next new ticket goes to the queue: no eligible agent.";
  return { group, members, nextAgent: choice.winner?.employee ?? null, explanation };
}

/** Manual run of the rebalancing rules for one group (administrators, managers of its department). */
export async function rebalanceTickets(
  ctx: RequestContext,
  groupGlobalId: string,
  options?: RebalanceOptions,
) {
  const group = await managedGroup(ctx, groupGlobalId);
  const actorId = ctx.actor?.accountId ?? null;
  const moves = await ctx.em.transactional((em) =>
    rebalanceGroup(ctx.app, em, group.id, { ...(options ?? DEFAULT_REBALANCE), actorId }),
  );
  const ids = [
    ...new Set(moves.flatMap((m) => [m.fromAgentId, m.toAgentId]).filter((x): x is string => !!x)),
  ];
  const employees = new Map((await ctx.em.find(Employee, { id: { $in: ids } })).map((e) => [e.id, e]));
  ctx.loaders.clearAll();
  return {
    group,
    moves: moves.map((m) => ({
      ticket: m.ticket,
      fromAgent: m.fromAgentId ? (employees.get(m.fromAgentId) ?? null) : null,
      toAgent: m.toAgentId ? (employees.get(m.toAgentId) ?? null) : null,
      explanation: m.explanation,
    })),
  };
}
