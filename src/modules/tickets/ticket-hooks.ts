import type { EntityManager } from "@mikro-orm/postgresql";
import type { UserError } from "../../core/graphql/user-error.js";
import { userError } from "../../core/graphql/user-error.js";
import { Department } from "../organization/index.js";
import { TicketComment } from "./ticket-message.entity.js";
import type { Ticket } from "./ticket.entity.js";
import { CommentType } from "./ticket.enums.js";

/** Counts a ticket's unfinished tasks; the tasks module installs it (none until then). */
export type OpenTaskCounter = (em: EntityManager, ticketId: string) => Promise<number>;
let openTasks: OpenTaskCounter = () => Promise.resolve(0);

export function setOpenTaskCounter(counter: OpenTaskCounter): void {
  openTasks = counter;
}

/** The department's closing rules (002 L6016-6026): a resolution, and every task completed. */
export async function closeChecks(em: EntityManager, ticket: Ticket): Promise<UserError[]> {
  const department = await em.findOneOrFail(Department, { id: ticket.department.id });
  const errors: UserError[] = [];
  if (department.requireResolutionToClose) {
    const n = await em.count(TicketComment, { ticket: ticket.id, type: CommentType.RESOLUTION });
    if (!n)
      errors.push(userError("RESOLUTION_REQUIRED", "The department requires a resolution to close tickets."));
  }
  if (department.requireAllTasksCompletedToClose && (await openTasks(em, ticket.id)) > 0)
    errors.push(
      userError("TASKS_OPEN", "The department requires all tasks to be completed to close tickets."),
    );
  return errors;
}

/**
 * What an agent does with a ticket that matters to other modules: READ (opened it: ticket(id)) and COMPOSE
 * (replied, or said they are writing: markComposing). Distribution records them as holds against rebalancing
 * (002 L7786-7794); the "who is replying" feature can listen here later. Installed with
 * setTicketActivityRecorder; by default nothing is recorded.
 */
export type TicketActivity = "READ" | "COMPOSE";
export type TicketActivityRecorder = (
  em: EntityManager,
  ticketId: string,
  employeeId: string,
  activity: TicketActivity,
) => Promise<void>;
let activityRecorder: TicketActivityRecorder = () => Promise.resolve();

export function setTicketActivityRecorder(recorder: TicketActivityRecorder): void {
  activityRecorder = recorder;
}

export function recordTicketActivity(
  em: EntityManager,
  ticketId: string,
  employeeId: string,
  activity: TicketActivity,
): Promise<void> {
  return activityRecorder(em, ticketId, employeeId, activity);
}
