/**
 * Live ticket updates for graphql-ws subscriptions, built on the committed domain events (DOMAIN_EVENT_TOPIC).
 * Nothing in an event is trusted for authorization: for every event the subscriber is re-read (roles,
 * disabled, permissions) and the ticket is reloaded through a fresh EntityManager inside the subscriber's
 * ticket scope, so a ticket that moved out of their groups stops arriving and a revoked role stops the stream.
 */
import { filter, map, pipe } from "@graphql-yoga/subscription";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { createRequestContext } from "../../core/context/context.js";
import { LoaderRegistry } from "../../core/context/loaders.js";
import type { Actor } from "../../core/context/actor.js";
import { DOMAIN_EVENT_TOPIC } from "../../core/events/domain-events.js";
import { perEvent, subscriberKey } from "../../core/events/per-event.js";
import type { DomainEvent } from "../../core/events/domain-events.js";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "../../core/errors/app-errors.js";
import { hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Account } from "../accounts/index.js";
import { currentPermissions } from "../auth/index.js";
import { Department, Group, departmentScope, forgetScope, groupIdsOf } from "../organization/index.js";
import { PredefinedRole, permissionKey } from "../roles/index.js";
import { ticketScope, visibleTicket } from "./ticket-access.js";
import { Ticket } from "./ticket.entity.js";

/** What a subscription yields per event before the resolver shapes it. */
export interface TicketLiveChange {
  event: DomainEvent;
  ticket: Ticket | null;
  /** For list subscriptions: whether the ticket is in the watched list after the change. */
  inList: boolean | null;
}

/** Events end users hear about on their own tickets (comments, assignments and transfers are internal). */
const CUSTOMER_EVENTS = new Set([
  "ticket.created",
  "ticket.statusChanged",
  "ticket.messageAdded",
  "ticket.updated",
  "ticket.merged",
  "ticket.deleted",
  "ticket.restored",
]);

/**
 * The subscriber as the database says they are now; null when the account is gone or disabled. With the
 * event, sockets of one account share one reading per event (perEvent), and with it the viewer's
 * EntityManager and scope: 1,000 subscribers of 20 agents re-read 20 accounts, not 1,000.
 */
export async function freshViewer(ctx: RequestContext, event?: object): Promise<RequestContext | null> {
  const actor = ctx.actor;
  if (!actor) return null;
  if (event) return perEvent(event, `ticket-viewer:${subscriberKey(actor)}`, () => readViewer(ctx, actor));
  return readViewer(ctx, actor);
}

async function readViewer(ctx: RequestContext, actor: Actor): Promise<RequestContext | null> {
  const em = ctx.app.orm.em.fork() as EntityManager;
  const account = await em.findOne(Account, { id: actor.accountId }, { populate: ["roles"] });
  if (!account || account.disabled) return null;
  const fresh: Actor = {
    ...actor,
    roleKeys: new Set(account.roles.getItems().flatMap((r) => (r.predefined ? [r.predefined] : []))),
    permissions: await currentPermissions(ctx.app, actor),
  };
  return createRequestContext(ctx.app, fresh, { transport: "ws", requestId: ctx.requestId });
}

/**
 * The subscription's context serves every event of the socket's operation: give the field resolvers of this
 * event the fresh viewer's EntityManager, loaders and actor, so nothing cached from an earlier event leaks.
 */
export function adopt(ctx: RequestContext, viewer: RequestContext): void {
  ctx.em = viewer.em;
  // The viewer may be shared by the account's sockets: keep this socket's own session on its actor.
  const own = ctx.actor;
  ctx.actor = own ? { ...viewer.actor!, sessionId: own.sessionId, expiresAt: own.expiresAt } : viewer.actor;
  ctx.loaders = new LoaderRegistry(() => ctx);
  forgetScope(ctx);
}

const reloads = new WeakMap<RequestContext, Map<string, Promise<Ticket | null>>>();

/**
 * The ticket reloaded inside the viewer's scope (null when gone, merged away or no longer visible); once per
 * viewer, which the sockets of one account share for an event.
 */
export function reload(viewer: RequestContext, ticketId: string): Promise<Ticket | null> {
  let byId = reloads.get(viewer);
  if (!byId) reloads.set(viewer, (byId = new Map()));
  let loading = byId.get(ticketId);
  if (!loading) {
    loading = ticketScope(viewer).then((scope) =>
      viewer.em.findOne(Ticket, { $and: [{ id: ticketId }, scope] }),
    );
    byId.set(ticketId, loading);
  }
  return loading;
}

const isTicketEvent = (e: DomainEvent) => e.subject.type === "Ticket" && e.type.startsWith("ticket.");
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** Whether a ticket at this place lies in the employee viewer's ticket scope (as ticketScope decides). */
async function seesLocation(
  viewer: RequestContext,
  departmentId: string | null,
  groupId: string | null,
): Promise<boolean> {
  const roles = viewer.actor!.roleKeys;
  if (roles.has(PredefinedRole.ADMINISTRATOR)) return true;
  if (roles.has(PredefinedRole.MANAGER)) {
    const scope = await departmentScope(viewer);
    return scope === "all" || (departmentId !== null && scope.has(departmentId));
  }
  return groupId !== null && (await groupIdsOf(viewer)).has(groupId);
}

function stream(
  ctx: RequestContext,
  decide: (event: DomainEvent, viewer: RequestContext) => Promise<TicketLiveChange | null>,
): AsyncIterable<TicketLiveChange> {
  const source = ctx.app.pubsub.subscribe(DOMAIN_EVENT_TOPIC) as AsyncIterable<DomainEvent>;
  return pipe(
    source,
    filter((event: DomainEvent) => isTicketEvent(event)),
    map(async (event: DomainEvent) => {
      try {
        const viewer = await freshViewer(ctx, event);
        if (!viewer) return null;
        if (viewer.actor!.kind === "EMPLOYEE" && !hasPermission(viewer, permissionKey("TICKETS", "VIEW")))
          return null;
        const change = await decide(event, viewer);
        if (change) adopt(ctx, viewer);
        return change;
      } catch (err) {
        // One event that cannot be checked (database going away at shutdown) is skipped, never delivered.
        ctx.log.error({ err, eventId: event.id }, "ticket subscription event dropped");
        return null;
      }
    }),
    filter((change: TicketLiveChange | null): change is TicketLiveChange => change !== null),
  );
}

/** Employees need TICKETS_VIEW for every ticket subscription (as for the ticket queries). */
export function assertMayView(ctx: RequestContext): void {
  if (!ctx.actor) throw new UnauthenticatedError();
  if (ctx.actor.kind === "EMPLOYEE" && !hasPermission(ctx, permissionKey("TICKETS", "VIEW")))
    throw new ForbiddenError("This requires TICKETS_VIEW.", permissionKey("TICKETS", "VIEW"));
}

/** ticketChanged: one ticket the caller may see now (NOT_FOUND / FORBIDDEN at subscription time). */
export async function ticketChanges(
  ctx: RequestContext,
  ticketGlobalId: string,
): Promise<AsyncIterable<TicketLiveChange>> {
  assertMayView(ctx);
  const ticket = await visibleTicket(ctx, ticketGlobalId);
  return stream(ctx, async (event, viewer) => {
    if (event.subject.id !== ticket.id) return null;
    if (viewer.actor!.kind === "USER" && !CUSTOMER_EVENTS.has(event.type)) return null;
    const fresh = await reload(viewer, ticket.id);
    return fresh ? { event, ticket: fresh, inList: null } : null;
  });
}

/** myTicketsChanged: tickets assigned to the caller, including the change that takes one away. */
export async function myTicketChanges(ctx: RequestContext): Promise<AsyncIterable<TicketLiveChange>> {
  assertMayView(ctx);
  if (ctx.actor!.kind !== "EMPLOYEE") throw new ForbiddenError("My Tickets is for employees.");
  const me = ctx.actor!.accountId;
  return stream(ctx, async (event, viewer) => {
    const before = event.type === "ticket.assigned" ? event.data.previousAgentId : event.data.agentId;
    const ticket = await reload(viewer, event.subject.id);
    const mine = Boolean(
      ticket && ticket.assignedAgent?.id === me && !ticket.deletedAt && !ticket.mergedInto,
    );
    if (!mine && before !== me && event.data.previousAgentId !== me) return null;
    return { event, ticket, inList: mine };
  });
}

/**
 * departmentQueueChanged: the unassigned tickets of a department (optionally one group) as far as the caller
 * sees them: administrators all, managers their departments, agents their groups. A change is delivered when
 * the ticket is in the watched queue before or after it (created into it, taken out, transferred in or out).
 */
export async function departmentQueueChanges(
  ctx: RequestContext,
  departmentGlobalId: string,
  groupGlobalId: string | null | undefined,
): Promise<AsyncIterable<TicketLiveChange>> {
  assertMayView(ctx);
  if (ctx.actor!.kind !== "EMPLOYEE") throw new ForbiddenError("Queues are for employees.");
  const departmentId = fromGlobalId(departmentGlobalId, "Department", "departmentId");
  const groupId = groupGlobalId ? fromGlobalId(groupGlobalId, "Group", "groupId") : null;
  if (!(await ctx.em.count(Department, { id: departmentId })))
    throw new NotFoundError("Department", departmentGlobalId);
  if (groupId && !(await ctx.em.count(Group, { id: groupId, department: departmentId })))
    throw new NotFoundError("Group", groupGlobalId!);
  const groups = await ctx.em.find(Group, groupId ? { id: groupId } : { department: departmentId });
  const visible = [];
  for (const g of groups) if (await seesLocation(ctx, departmentId, g.id)) visible.push(g.id);
  if (!visible.length) throw new ForbiddenError("This queue is outside your departments and groups.");

  const watched = (d: unknown, g: unknown) => d === departmentId && (!groupId || g === groupId);
  return stream(ctx, async (event, viewer) => {
    const d = event.data;
    const moved = event.type === "ticket.transferred";
    // A ticket assigned while being created (reason NEW / ASSIGNED_ON_CREATION) was never in the queue.
    const atCreation = d.reason === "NEW" || d.reason === "ASSIGNED_ON_CREATION";
    const wasQueued =
      event.type === "ticket.created"
        ? false
        : event.type === "ticket.assigned"
          ? d.previousAgentId === null && !atCreation
          : moved
            ? d.previousAgentId === null
            : d.agentId === null;
    const fromDepartment = moved ? str(d.previousDepartmentId) : str(d.departmentId);
    const fromGroup = moved ? str(d.previousGroupId) : str(d.groupId);
    const before =
      wasQueued &&
      watched(fromDepartment, fromGroup) &&
      (await seesLocation(viewer, fromDepartment, fromGroup));
    const ticket = await reload(viewer, event.subject.id);
    const queued = Boolean(
      ticket &&
      !ticket.assignedAgent &&
      !ticket.deletedAt &&
      watched(ticket.department.id, ticket.group?.id ?? null) &&
      (await seesLocation(viewer, ticket.department.id, ticket.group?.id ?? null)),
    );
    if (!before && !queued) return null;
    return { event, ticket, inList: queued };
  });
}
