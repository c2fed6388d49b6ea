import type { EntityManager } from "@mikro-orm/postgresql";
import type { ModuleDefinition } from "../../core/module.js";
import { registerDepartmentItems } from "../organization/index.js";
import { ticketScope } from "./ticket-access.js";
import { TicketFieldsResolver, TicketMessageFieldsResolver } from "./ticket.fields.js";
import {
  TicketAttachmentFieldsResolver,
  TicketExtrasFieldsResolver,
  TicketTimeLogFieldsResolver,
} from "./ticket-extras.fields.js";
import { TicketExtrasResolver } from "./ticket-extras.resolver.js";
import { ensureTicketSettings } from "./ticket-attachment.service.js";
import { TicketSettings } from "./ticket-settings.entity.js";
import { TicketSignature } from "./ticket-signature.entity.js";
import { TicketReplySignatureResolver, TicketSignatureResolver } from "./ticket-signature.resolver.js";
import { TicketMutationResolver } from "./ticket.resolver.js";
import { TicketCloseRequestResolver } from "./ticket-close-request.js";
import { TicketQueryResolver } from "./ticket-query.resolver.js";
import { TicketSubscriptionResolver } from "./ticket-subscriptions.resolver.js";
import { TicketViewerFieldsResolver, TicketViewersResolver } from "./ticket-viewers.resolver.js";
import { TicketPresence } from "./ticket-viewer.entity.js";
import { startTicketPresence, stopTicketPresence } from "./ticket-viewers.js";
import {
  TicketAttachment,
  TicketAttachmentContent,
  TicketLink,
  TicketNumberAlias,
  TicketTimeLog,
  TimeLogCategory,
} from "./ticket-extras.entity.js";
import { TicketComment, TicketHistory, TicketMessage } from "./ticket-message.entity.js";
import { Ticket } from "./ticket.entity.js";
import { ensureTicketNumberSequence } from "./ticket-number.js";

export { Ticket } from "./ticket.entity.js";
export { TicketComment, TicketHistory, TicketMessage } from "./ticket-message.entity.js";
export {
  CommentType,
  MessageDirection,
  TicketDirection,
  TicketPriority,
  TicketSource,
  TicketStatus,
} from "./ticket.enums.js";
export { getTicketAssigner, resetTicketAssigner, setTicketAssigner } from "./ticket-assigner.js";
export type { AssignmentDecision, AssignmentReason, TicketAssigner } from "./ticket-assigner.js";
export { createTicketCore, recordHistory, recordHistory as recordTicketHistory } from "./ticket-core.js";
export type { CreateTicketCoreInput } from "./ticket-core.js";
export { prepareTicketCreation, setTicketStartCheck } from "./ticket-start.js";
export type {
  PreparedTicketInput,
  TicketStartCheck,
  TicketStartDecision,
  TicketStartRequest,
} from "./ticket-start.js";
export { addAgentReply, addCustomerReply } from "./ticket.service.js";
export {
  TICKET_EVENT_TYPES,
  recordTicketChanges,
  recordTicketEvent,
  snapshotTicket,
  ticketEventData,
} from "./ticket-events.js";
export type { TicketAssignmentEventReason, TicketEventType, TicketSnapshot } from "./ticket-events.js";
export {
  TicketAutomationError,
  automationAddComment,
  automationSetPinned,
  automationSetPriority,
  automationSetStatus,
  automationTransfer,
  raisedPriority,
} from "./ticket-automation.js";
export type { AutomationOutcome } from "./ticket-automation.js";
export { processDueFollowUps } from "./ticket-workflow.service.js";
import { processDueFollowUps } from "./ticket-workflow.service.js";
import { applyDepartmentTicketTiming } from "./ticket-retention.js";
export { purgeDeletedTickets } from "./ticket-bulk.service.js";
export { recordTicketActivity, setOpenTaskCounter, setTicketActivityRecorder } from "./ticket-hooks.js";
export type { TicketActivity, TicketActivityRecorder } from "./ticket-hooks.js";

let registered = false;

export const FOLLOW_UPS_DUE_JOB = "tickets.followUpsDue";
/** A follow-up fires at most this long after it comes due. */
export const FOLLOW_UPS_SWEEP_SECONDS = 15;
export const TICKET_TIMING_JOB = "tickets.departmentTiming";
/** The department timings are hours and days: a minute's lateness is invisible. */
export const TICKET_TIMING_SWEEP_SECONDS = 60;
export { applyDepartmentTicketTiming } from "./ticket-retention.js";

export const ticketsModule: ModuleDefinition = {
  name: "tickets",
  entities: [
    Ticket,
    TicketMessage,
    TicketComment,
    TicketHistory,
    TicketAttachment,
    TicketAttachmentContent,
    TimeLogCategory,
    TicketTimeLog,
    TicketLink,
    TicketNumberAlias,
    TicketSettings,
    TicketPresence,
    TicketSignature,
  ],
  resolvers: [
    TicketQueryResolver,
    TicketMutationResolver,
    TicketCloseRequestResolver,
    TicketFieldsResolver,
    TicketMessageFieldsResolver,
    TicketExtrasResolver,
    TicketExtrasFieldsResolver,
    TicketAttachmentFieldsResolver,
    TicketTimeLogFieldsResolver,
    TicketSubscriptionResolver,
    TicketViewersResolver,
    TicketViewerFieldsResolver,
    TicketSignatureResolver,
    TicketReplySignatureResolver,
  ],
  jobs: {
    // Follow-ups coming due (002 L3168-3200), swept in the job's transaction: one run per slot across
    // instances, and a crash repeats the sweep instead of losing it.
    [FOLLOW_UPS_DUE_JOB]: {
      maxAttempts: 3,
      run: async (app, _payload, job) => {
        await processDueFollowUps(app, new Date(), job.em as EntityManager);
      },
    },
    // Auto-Close / Auto-Lock / Auto-Delete of the department's Tickets tab (002 L6021-6023).
    [TICKET_TIMING_JOB]: {
      maxAttempts: 3,
      run: async (app, _payload, job) => {
        await applyDepartmentTicketTiming(app, job.em as EntityManager, new Date());
      },
    },
  },
  recurring: [
    { kind: FOLLOW_UPS_DUE_JOB, everySeconds: FOLLOW_UPS_SWEEP_SECONDS },
    { kind: TICKET_TIMING_JOB, everySeconds: TICKET_TIMING_SWEEP_SECONDS },
  ],
  nodes: {
    async Ticket(ctx, id) {
      return ctx.em.findOne(Ticket, { $and: [{ id }, await ticketScope(ctx)] });
    },
  },
  async onShutdown(app) {
    await stopTicketPresence(app);
  },
  async onBoot(app) {
    await ensureTicketNumberSequence(app.orm.em.fork() as EntityManager);
    await ensureTicketSettings(app.orm.em.fork() as EntityManager);
    startTicketPresence(app);
    if (registered) return; // the registry is process-wide; tests boot several servers
    registered = true;
    // Deleting a department or group hands its tickets over (002 L5980).
    registerDepartmentItems({
      name: "tickets",
      count: (em, departmentId) => em.count(Ticket, { department: departmentId }),
      async move(em, from, to) {
        const department = to.departmentId;
        const brand = (
          await em.execute<Array<{ brand_id: string }>>(`select brand_id from department where id = ?`, [
            department,
          ])
        )[0]!.brand_id;
        await em.nativeUpdate(
          Ticket,
          { department: from },
          { department, brand, group: to.frontLineGroupId },
        );
      },
      async moveGroupItems(em, fromGroupId, toGroupId) {
        await em.nativeUpdate(Ticket, { group: fromGroupId }, { group: toGroupId });
      },
    });
  },
};

// Used by the email module to keep attachments of imported mail (src/modules/email).
export { TicketAttachment, TicketAttachmentContent, TicketNumberAlias } from "./ticket-extras.entity.js";
export { decodeUploads, getTicketSettings, storeAttachments } from "./ticket-attachment.service.js";
// Used by the chat module: chats take files, comments and time logs like tickets (docs/chat.md).
export { TimeLogCategory } from "./ticket-extras.entity.js";
export { costOf } from "./ticket-timelog.service.js";
export type { DecodedUpload } from "./ticket-attachment.service.js";
export { sniffContentType } from "./content-sniffer.js";
