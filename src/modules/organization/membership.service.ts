import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Validation } from "../../core/graphql/user-error.js";
import { Employee } from "../accounts/index.js";
import { checkMinimum, refuse } from "./checks.js";
import { Department } from "./department.entity.js";
import { Group } from "./group.entity.js";
import type {
  AddAgentToGroupInput,
  MembershipSettingsInput,
  UpdateAgentGroupMembershipInput,
} from "./group.inputs.js";
import { AgentGroupMembership, ChatHandling } from "./membership.entity.js";
import { forgetScope } from "./scope.js";

/** Settings present in the input are applied; the result is checked as a whole. */
function applySettings(v: Validation, m: AgentGroupMembership, input: MembershipSettingsInput): void {
  if (input.ticketHandling !== undefined && input.ticketHandling !== null)
    m.ticketHandling = input.ticketHandling;
  if (input.chatHandling !== undefined && input.chatHandling !== null) {
    const wasDisabled = m.chatHandling === ChatHandling.CHAT_DISABLED;
    m.chatHandling = input.chatHandling;
    // Active Groups shows N/A for a disabled channel; re-enabling starts inactive (003 L11-17).
    if (m.chatHandling === ChatHandling.CHAT_DISABLED) m.chatsActive = null;
    else if (wasDisabled || m.chatsActive === null || m.chatsActive === undefined) m.chatsActive = false;
  }
  if (input.maxTickets !== undefined) {
    checkMinimum(v, input.maxTickets, 0, ["input", "maxTickets"]);
    m.maxTickets = input.maxTickets;
  }
  if (input.autoInactiveMinutes !== undefined) {
    checkMinimum(v, input.autoInactiveMinutes, 1, ["input", "autoInactiveMinutes"]);
    m.autoInactiveMinutes = input.autoInactiveMinutes;
  }
  for (const flag of ["autoInactiveEnabled", "handOffOnAutoInactive", "goActiveOnLogin"] as const) {
    const value = input[flag];
    if (value !== undefined && value !== null) m[flag] = value;
  }
  if (m.autoInactiveEnabled && !m.autoInactiveMinutes) {
    v.add("REQUIRED", "Auto-Inactive needs its number of minutes.", ["input", "autoInactiveMinutes"]);
  }
}

async function lockDepartmentOf(em: EntityManager, group: Group): Promise<void> {
  await em.findOne(Department, { id: group.department.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

export async function addAgentToGroup(ctx: RequestContext, input: AddAgentToGroupInput) {
  const employeeId = fromGlobalId(input.employeeId, "Employee", "employeeId");
  const groupId = fromGlobalId(input.groupId, "Group", "groupId");
  const membership = await ctx.em.transactional(async (em) => {
    const group = await em.findOne(Group, { id: groupId });
    if (!group) throw new NotFoundError("Group", input.groupId);
    // Serialises with deleteGroup/deleteDepartment, so no membership lands in a group being deleted.
    await lockDepartmentOf(em, group);
    const employee = await em.findOne(Employee, { id: employeeId });
    if (!employee) refuse("NOT_FOUND", "No such employee.", ["input", "employeeId"]);
    if (await em.count(AgentGroupMembership, { employee: employeeId, group: groupId })) {
      refuse("TAKEN", "The employee is already a member of this group.", ["input", "employeeId"]);
    }
    const membership = build(AgentGroupMembership, { employee, group });
    const v = new Validation();
    applySettings(v, membership, input);
    v.throwIfAny();
    em.persist(membership);
    await em.flush();
    return membership;
  });
  forgetScope(ctx);
  ctx.loaders.clearAll();
  return { membership };
}

export async function updateAgentGroupMembership(
  ctx: RequestContext,
  input: UpdateAgentGroupMembershipInput,
) {
  const id = fromGlobalId(input.id, "AgentGroupMembership");
  const membership = await ctx.em.transactional(async (em) => {
    const membership = await em.findOne(
      AgentGroupMembership,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!membership) throw new NotFoundError("AgentGroupMembership", input.id);
    const v = new Validation();
    applySettings(v, membership, input);
    v.throwIfAny();
    await em.flush();
    return membership;
  });
  ctx.loaders.clearAll();
  return { membership };
}

export async function removeAgentFromGroup(
  ctx: RequestContext,
  globalId: string,
): Promise<{ removedMembershipId: string; group: Group }> {
  const id = fromGlobalId(globalId, "AgentGroupMembership");
  const group = await ctx.em.transactional(async (em) => {
    const membership = await em.findOne(AgentGroupMembership, { id }, { populate: ["group"] });
    if (!membership) throw new NotFoundError("AgentGroupMembership", globalId);
    const group: Group = membership.group;
    em.remove(membership);
    await em.flush();
    return group;
  });
  forgetScope(ctx);
  ctx.loaders.clearAll();
  return { removedMembershipId: globalId, group };
}
