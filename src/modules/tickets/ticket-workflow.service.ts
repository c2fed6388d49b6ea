import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { Account, Employee } from "../accounts/index.js";
import { Department, Group } from "../organization/index.js";
import { permissionKey } from "../roles/index.js";
import { actorId, visibleTicket } from "./ticket-access.js";
import {
  applyAgent,
  applyStatus,
  clearFollowUp,
  isGroupMember,
  recordHistory,
  runAssigner,
} from "./ticket-core.js";
import { TicketAttachment, TicketLink, TicketNumberAlias, TicketTimeLog } from "./ticket-extras.entity.js";
import type { MergeTicketsInput, SetFollowUpInput, TransferTicketInput } from "./ticket.inputs.js";
import { TicketComment, TicketHistory, TicketMessage } from "./ticket-message.entity.js";
import { Ticket } from "./ticket.entity.js";
import { CommentType, TicketStatus } from "./ticket.enums.js";
import { recordTicketChanges, recordTicketEvent, snapshotTicket } from "./ticket-events.js";

export const MAX_MERGE = 10;

/**
 * Transfer to a department, group or agent with a comment (002 L3224-3250). An agent target needs
 * DISTRIBUTION_TRANSFER_WORK_ITEMS_TO_SPECIFIC_AGENTS and membership of the target group; without an agent the
 * assigner decides (reason TRANSFER_TO_GROUP). Idle time is not reset (lastActivityAt unchanged).
 */
export async function transferTicket(ctx: RequestContext, input: TransferTicketInput) {
  if (input.agentId)
    assertPermission(ctx, permissionKey("DISTRIBUTION", "TRANSFER_WORK_ITEMS_TO_SPECIFIC_AGENTS"));
  const ticket = await visibleTicket(ctx, input.ticketId);
  const v = new Validation();
  let group: Group | null = null;
  if (input.groupId) {
    group = await ctx.em.findOne(Group, { id: fromGlobalId(input.groupId, "Group", "groupId") });
    v.check(Boolean(group), "NOT_FOUND", "Unknown group.", ["groupId"]);
  }
  if (input.departmentId) {
    const departmentId = fromGlobalId(input.departmentId, "Department", "departmentId");
    const department = await ctx.em.findOne(Department, { id: departmentId });
    v.check(Boolean(department), "NOT_FOUND", "Unknown department.", ["departmentId"]);
    if (department && !group)
      group = await ctx.em.findOne(Group, { department: departmentId, isFrontLine: true });
    if (department && group)
      v.check(
        group.department.id === departmentId,
        "GROUP_NOT_IN_DEPARTMENT",
        "The group is not in the department.",
        ["groupId"],
      );
  }
  group ??= ticket.group ? await ctx.em.findOne(Group, { id: ticket.group.id }) : null;
  v.check(Boolean(group), "GROUP_REQUIRED", "Choose a target group.", ["groupId"]);
  const agentId = input.agentId ? fromGlobalId(input.agentId, "Employee", "agentId") : null;
  if (agentId && group) {
    const agent = await ctx.em.findOne(Employee, { id: agentId });
    v.check(Boolean(agent), "NOT_FOUND", "Unknown agent.", ["agentId"]);
    if (agent)
      v.check(
        await isGroupMember(ctx.em, agentId, group.id),
        "AGENT_NOT_IN_GROUP",
        "The agent is not a member of the target group.",
        ["agentId"],
      );
  }
  v.throwIfAny();
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    const before = snapshotTicket(ticket);
    const target = group!;
    if (ticket.department.id !== target.department.id) {
      recordHistory(em, ticket, me, "department", ticket.department.id, target.department.id);
      const department = await em.findOneOrFail(Department, { id: target.department.id });
      ticket.department = department;
      ticket.brand = department.brand;
    }
    recordHistory(em, ticket, me, "group", ticket.group?.id, target.id);
    ticket.group = target;
    ticket.pinned = false;
    ticket.countsTowardLimit = false;
    if (input.priority && input.priority !== ticket.priority) {
      recordHistory(em, ticket, me, "priority", ticket.priority, input.priority);
      ticket.priority = input.priority;
    }
    if (input.status) {
      const idle = ticket.lastActivityAt;
      applyStatus(em, ticket, me, input.status);
      ticket.lastActivityAt = idle; // transfers do not reset idle time (002 L3248)
    }
    const comment = input.comment?.trim()
      ? build(TicketComment, {
          ticket,
          type: CommentType.TRANSFER,
          text: input.comment.trim(),
          author: em.getReference(Account, me),
        })
      : null;
    if (comment) em.persist(comment);
    ticket.lastTransferredAt = new Date();
    if (agentId) applyAgent(em, ticket, me, agentId, "Transferred to a specific agent");
    else await runAssigner(em, ticket, me, "TRANSFER_TO_GROUP");
    if (input.pin && ticket.assignedAgent) ticket.pinned = true;
    await em.flush();
    await recordTicketChanges(ctx.app, em, ticket, before, me, {
      reason: agentId ? "TRANSFERRED_TO_AGENT" : "TRANSFER_TO_GROUP",
    });
    if (comment)
      await recordTicketEvent(ctx.app, em, ticket, "ticket.commentAdded", me, {
        commentId: comment.id,
        commentType: comment.type,
      });
  });
  return { ticket };
}

/**
 * Permanent merge (002 L3202-3222): the primary keeps its properties and custom fields; messages, comments,
 * attachments, time logs and history of the others move to it; their numbers forward to it.
 */
export async function mergeTickets(ctx: RequestContext, input: MergeTicketsInput) {
  const primaryId = fromGlobalId(input.primaryTicketId, "Ticket", "primaryTicketId");
  const ids = [...new Set(input.ticketIds.map((id) => fromGlobalId(id, "Ticket", "ticketIds")))];
  const v = new Validation();
  v.check(!ids.includes(primaryId), "MERGE_INTO_SELF", "A ticket cannot be merged into itself.", [
    "ticketIds",
  ]);
  v.check(ids.length > 0, "REQUIRED", "Choose tickets to merge.", ["ticketIds"]);
  v.check(ids.length + 1 <= MAX_MERGE, "TOO_MANY", `At most ${MAX_MERGE} tickets per merge.`, ["ticketIds"]);
  v.throwIfAny();
  const primary = await visibleTicket(ctx, input.primaryTicketId, "primaryTicketId");
  const others: Ticket[] = [];
  for (const id of input.ticketIds) others.push(await visibleTicket(ctx, id, "ticketIds"));
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    const from = others.map((t) => t.id);
    for (const Entity of [
      TicketMessage,
      TicketComment,
      TicketAttachment,
      TicketTimeLog,
      TicketHistory,
    ] as const)
      await em.nativeUpdate(
        Entity as typeof TicketMessage,
        { ticket: { $in: from } },
        { ticket: primary.id },
      );
    await em.nativeUpdate(TicketNumberAlias, { ticket: { $in: from } }, { ticket: primary.id });
    await em.nativeDelete(TicketLink, { $or: [{ a: { $in: from } }, { b: { $in: from } }] });
    for (const t of others) {
      em.persist(build(TicketNumberAlias, { ticketNumber: t.ticketNumber, ticket: primary }));
      t.mergedInto = primary;
      t.countsTowardLimit = false;
      clearFollowUp(t);
      recordHistory(em, primary, me, "merged", t.ticketNumber, primary.ticketNumber);
    }
    primary.lastActivityAt = new Date();
    await em.flush();
    await recordTicketEvent(ctx.app, em, primary, "ticket.merged", me, { mergedTicketIds: from });
  });
  ctx.em.clear();
  return { ticket: await ctx.em.findOneOrFail(Ticket, { id: primary.id }) };
}

/** Schedules a follow-up: the ticket waits until then (002 L3172-3186). */
export async function setFollowUp(ctx: RequestContext, input: SetFollowUpInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  const me = actorId(ctx);
  const agentId = input.autoAssign
    ? null
    : input.agentId
      ? fromGlobalId(input.agentId, "Employee", "agentId")
      : me;
  const v = new Validation();
  v.check(input.followUpAt.getTime() > Date.now(), "IN_PAST", "The follow-up must be in the future.", [
    "followUpAt",
  ]);
  v.check(
    ticket.status !== TicketStatus.CLOSED_AND_LOCKED,
    "TICKET_LOCKED",
    "Locked tickets take no follow-ups.",
  );
  if (agentId && agentId !== me && ticket.group)
    v.check(
      await isGroupMember(ctx.em, agentId, ticket.group.id),
      "AGENT_NOT_IN_GROUP",
      "The agent is not in the group.",
      ["agentId"],
    );
  v.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const snapshot = snapshotTicket(ticket);
    const before = ticket.statusBeforeFollowUp ?? ticket.status;
    applyStatus(em, ticket, me, TicketStatus.WAITING);
    ticket.statusBeforeFollowUp = before;
    recordHistory(em, ticket, me, "followUp", ticket.followUpAt, input.followUpAt);
    ticket.followUpAt = input.followUpAt;
    ticket.followUpAgent = agentId ? em.getReference(Employee, agentId) : null;
    ticket.followUpComment = input.note?.trim() || null;
    const comment = ticket.followUpComment
      ? build(TicketComment, {
          ticket,
          type: CommentType.FOLLOW_UP,
          text: ticket.followUpComment,
          author: em.getReference(Account, me),
        })
      : null;
    if (comment) em.persist(comment);
    await em.flush();
    await recordTicketChanges(ctx.app, em, ticket, snapshot, me);
    if (comment)
      await recordTicketEvent(ctx.app, em, ticket, "ticket.commentAdded", me, {
        commentId: comment.id,
        commentType: comment.type,
      });
  });
  return { ticket };
}

/** Removes the follow-up; the ticket returns to the status it had before (002 L2878, L3200). */
export async function removeFollowUp(ctx: RequestContext, ticketGlobalId: string) {
  const ticket = await visibleTicket(ctx, ticketGlobalId);
  if (!ticket.followUpAt)
    throw new UserErrorException([userError("NO_FOLLOW_UP", "The ticket has no follow-up.")]);
  const me = actorId(ctx);
  await ctx.em.transactional(async (em) => {
    const before = snapshotTicket(ticket);
    const previous = ticket.statusBeforeFollowUp ?? TicketStatus.ACTIVE;
    recordHistory(em, ticket, me, "followUp", ticket.followUpAt, null, "Removed");
    clearFollowUp(ticket);
    applyStatus(em, ticket, me, previous);
    await em.flush();
    await recordTicketChanges(ctx.app, em, ticket, before, me);
  });
  return { ticket };
}

/**
 * Makes due follow-ups ACTIVE for their agent (even an inactive one, 002 L3192), or auto-assigns them
 * (reason FOLLOW_UP_DUE). They never count toward the limit. One transaction per ticket (a savepoint when
 * `outer` is the job's transaction, whose connection is the only one on the embedded database); returns how
 * many fired.
 */
export async function processDueFollowUps(
  app: AppRuntime,
  now: Date = new Date(),
  outer?: EntityManager,
): Promise<number> {
  const em = outer ?? (app.orm.em.fork() as EntityManager);
  const due = await em.find(
    Ticket,
    { followUpAt: { $lte: now }, deletedAt: null, mergedInto: null },
    { fields: ["id"] },
  );
  for (const { id } of due) {
    await (outer ?? em.fork()).transactional(async (tx) => {
      const ticket = await tx.findOne(
        Ticket,
        { id, followUpAt: { $lte: now } },
        { lockMode: 4 /* pessimistic write */ },
      );
      if (!ticket) return;
      const before = snapshotTicket(ticket);
      const agentId = ticket.followUpAgent?.id ?? null;
      recordHistory(tx, ticket, null, "followUp", ticket.followUpAt, null, "Due");
      clearFollowUp(ticket);
      applyStatus(tx, ticket, null, TicketStatus.ACTIVE);
      ticket.followUpDueAt = now;
      if (agentId) applyAgent(tx, ticket, null, agentId, "FOLLOW_UP_DUE: the follow-up's agent");
      else await runAssigner(tx, ticket, null, "FOLLOW_UP_DUE");
      ticket.countsTowardLimit = false;
      await tx.flush();
      await recordTicketEvent(app, tx, ticket, "ticket.followUpDue", null);
      await recordTicketChanges(app, tx, ticket, before, null, {
        reason: "FOLLOW_UP_DUE",
        ignore: ["followUpAt"],
      });
    });
  }
  return due.length;
}
