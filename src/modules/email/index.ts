import type { EntityManager } from "@mikro-orm/postgresql";
import { assertPermission } from "../../core/graphql/authorization.js";
import type { ModuleDefinition } from "../../core/module.js";
import { Privilege } from "../roles/index.js";
import { MailAccount, SmtpAccount } from "./email-account.entity.js";
import { Autoresponder, EmailSettings, EmailTemplateOverride } from "./email-settings.entity.js";
import {
  AutoresponderFieldsResolver,
  IncomingMailFieldsResolver,
  MailAccountFieldsResolver,
  OutgoingMailFieldsResolver,
  SmtpAccountFieldsResolver,
} from "./email.fields.js";
import { EmailResolver } from "./email.resolver.js";
import { FETCH_JOB, fetchMailAccount } from "./inbound/fetch.js";
import { IMPORT_JOB, importIncomingMail } from "./inbound/import.js";
import { MAINTENANCE_EVERY_SECONDS, MAINTENANCE_JOB, emailMaintenance } from "./maintenance.js";
import { SEND_JOB, sendQueuedMail } from "./outbound/outbox.js";
import { TICKET_MAIL_EVENTS, handleTicketEvent } from "./outbound/replies.js";
import { ensureEmailSettings } from "./outbound/template-mail.js";
import { registerEmailEventActions } from "./outbound/event-actions.js";
import { queueChatTranscript } from "./outbound/chat-transcript.js";
import { setChatTranscriptMailer } from "../chat/index.js";
import { IncomingMail, OutgoingMail } from "./spool.entity.js";
import { SpoolResolver } from "./spool.resolver.js";

export {
  EmailTemplateKind,
  OutgoingMailKind,
  OutgoingMailStatus,
  IncomingMailStatus,
} from "./email.enums.js";
export { queueMail } from "./outbound/outbox.js";
export type { QueueMailInput } from "./outbound/outbox.js";
export { queueTemplateMail, isBlacklisted, getEmailSettings } from "./outbound/template-mail.js";
export { OutgoingMail, IncomingMail } from "./spool.entity.js";

const withFlag = <T extends { password?: string | null; hasPassword: boolean }>(row: T | null) => {
  if (row) row.hasPassword = Boolean(row.password);
  return row;
};

/** The email channel: accounts, templates, autoresponders, the outbox and spool, POP3/IMAP import. */
export const emailModule: ModuleDefinition = {
  name: "email",
  entities: [
    SmtpAccount,
    MailAccount,
    EmailSettings,
    EmailTemplateOverride,
    Autoresponder,
    OutgoingMail,
    IncomingMail,
  ],
  resolvers: [
    EmailResolver,
    SpoolResolver,
    SmtpAccountFieldsResolver,
    MailAccountFieldsResolver,
    AutoresponderFieldsResolver,
    OutgoingMailFieldsResolver,
    IncomingMailFieldsResolver,
  ],
  jobs: {
    // Retries are the outbox's own (written on the row, visible in the spool), so the job itself runs once.
    [SEND_JOB]: { run: sendQueuedMail, maxAttempts: 3, leaseSeconds: 120 },
    // One attempt: a failed poll is simply the next poll's work (email.maintenance recreates a lost timer).
    [FETCH_JOB]: { run: fetchMailAccount, maxAttempts: 1, leaseSeconds: 600 },
    [IMPORT_JOB]: { run: importIncomingMail, maxAttempts: 5, leaseSeconds: 300 },
    [MAINTENANCE_JOB]: { run: emailMaintenance, maxAttempts: 1 },
  },
  recurring: [{ kind: MAINTENANCE_JOB, everySeconds: MAINTENANCE_EVERY_SECONDS }],
  domainEventConsumers: {
    "email.ticketMail": {
      accepts: (type) => TICKET_MAIL_EVENTS.has(type),
      handle: handleTicketEvent,
      maxAttempts: 5,
    },
  },
  nodes: {
    async SmtpAccount(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return withFlag(await ctx.em.findOne(SmtpAccount, { id }, { populate: ["password"] }));
    },
    async MailAccount(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return withFlag(await ctx.em.findOne(MailAccount, { id }, { populate: ["password"] }));
    },
    async Autoresponder(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return ctx.em.findOne(Autoresponder, { id });
    },
    async OutgoingMail(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return ctx.em.findOne(OutgoingMail, { id });
    },
    async IncomingMail(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return ctx.em.findOne(IncomingMail, { id, purgedAt: null });
    },
  },
  async onBoot(app) {
    await ensureEmailSettings(app.orm.em.fork() as EntityManager);
    registerEmailEventActions();
    // Email Transcript of live chats goes through this module's outbox (docs/chat.md).
    setChatTranscriptMailer(queueChatTranscript);
  },
};
