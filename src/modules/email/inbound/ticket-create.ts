/**
 * A new ticket from an imported message. The import job decides (in its transaction) that the message starts
 * a ticket; the creation runs once that transaction has committed: prepareTicketCreation (the ticket
 * provider's StartTicket, outside any transaction, as for every channel), then one transaction that locks
 * the incoming row, re-checks that it is still RECEIVED, creates the ticket and marks the row IMPORTED. Run
 * twice, the second run finds the row IMPORTED and does nothing. A creation that fails unexpectedly (or a
 * process that dies before it runs) is driven again by a new email.import job: scheduled with backoff on
 * failure, or by the maintenance sweep for rows left RECEIVED.
 */
import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { simpleParser } from "mailparser";
import { afterCommit } from "../../../core/db/after-commit.js";
import { UserErrorException } from "../../../core/graphql/user-error.js";
import { scheduleTimer } from "../../../core/jobs/index.js";
import type { AppRuntime } from "../../../core/runtime.js";
import {
  createTicketCore,
  prepareTicketCreation,
  Ticket,
  TicketDirection,
  TicketMessage,
  TicketSource,
} from "../../tickets/index.js";
import { MailAccount } from "../email-account.entity.js";
import { IncomingMailStatus } from "../email.enums.js";
import { getEmailSettings } from "../outbound/template-mail.js";
import { IncomingMail } from "../spool.entity.js";
import { sendAutoresponder } from "./autoresponder.js";
import { allAddresses, finish, firstAddress, IMPORT_JOB, keepAttachments, messageBody } from "./import.js";

/** Creations tried before the message is FAILED. */
export const MAX_CREATION_ATTEMPTS = 5;

export async function deferTicketCreation(app: AppRuntime, em: EntityManager, incoming: IncomingMail) {
  incoming.creationAttempts += 1;
  if (incoming.creationAttempts > MAX_CREATION_ATTEMPTS)
    return finish(
      app,
      em,
      incoming,
      IncomingMailStatus.FAILED,
      "The ticket could not be created (see the server log).",
    );
  incoming.note = "Creating the ticket.";
  await em.flush();
  const id = incoming.id;
  await afterCommit(em, () => createTicketFromMail(app, id));
}

async function markFailed(app: AppRuntime, id: string, note: string) {
  await app.orm.em.fork().transactional(async (em) => {
    const row = await em.findOne(IncomingMail, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (row?.status === IncomingMailStatus.RECEIVED)
      await finish(app, em as EntityManager, row, IncomingMailStatus.FAILED, note);
  });
}

export async function createTicketFromMail(app: AppRuntime, id: string): Promise<void> {
  try {
    await createOnce(app, id);
  } catch (error) {
    app.logger.warn({ err: error, incomingMailId: id }, "ticket creation from mail failed; will retry");
    const em = app.orm.em.fork() as EntityManager;
    const row = await em.findOne(IncomingMail, { id });
    if (row?.status !== IncomingMailStatus.RECEIVED) return;
    const delaySeconds = Math.min(2 ** row.creationAttempts, 300);
    await em.transactional((tx) =>
      scheduleTimer(tx as EntityManager, {
        kind: IMPORT_JOB,
        key: id,
        runAt: new Date(Date.now() + delaySeconds * 1000),
        payload: { incomingMailId: id },
      }),
    );
  }
}

async function createOnce(app: AppRuntime, id: string): Promise<void> {
  const em = app.orm.em.fork() as EntityManager;
  const incoming = await em.findOne(IncomingMail, { id }, { populate: ["raw"] });
  if (!incoming || incoming.status !== IncomingMailStatus.RECEIVED || !incoming.account) return;
  const account = await em.findOneOrFail(MailAccount, { id: incoming.account.id });
  const parsed = await simpleParser(incoming.raw, { skipImageLinks: true, skipTextLinks: true });
  const from = firstAddress(parsed.from) ?? firstAddress(parsed.replyTo)!;
  let prepared;
  try {
    prepared = await prepareTicketCreation(app, em, {
      subject: (parsed.subject ?? "").trim().slice(0, 500) || "(no subject)",
      departmentId: account.department.id,
      direction: TicketDirection.INBOUND,
      source: TicketSource.EMAIL,
      requesterEmail: from,
      message: {
        ...messageBody(parsed, false),
        cc: allAddresses(parsed.cc).filter((a) => a !== from && a !== account.emailAddress.toLowerCase()),
      },
    });
  } catch (error) {
    if (error instanceof UserErrorException) return markFailed(app, id, `Not imported: ${error.message}`);
    throw error;
  }
  await em.transactional(async (tx) => {
    const row = await tx.findOne(IncomingMail, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row || row.status !== IncomingMailStatus.RECEIVED) return; // created meanwhile, or deleted
    let ticketId: string;
    try {
      // A savepoint: a refused creation (an invalid sender) leaves the row to be marked FAILED.
      ticketId = await tx.transactional(
        async (inner) => (await createTicketCore(inner as EntityManager, prepared)).id,
      );
    } catch (error) {
      if (error instanceof UserErrorException)
        return finish(
          app,
          tx as EntityManager,
          row,
          IncomingMailStatus.FAILED,
          `Not imported: ${error.message}`,
        );
      throw error;
    }
    const ticket = await tx.findOneOrFail(Ticket, { id: ticketId });
    const first = await tx.findOneOrFail(
      TicketMessage,
      { ticket: ticketId },
      { orderBy: { createdAt: "asc" } },
    );
    row.ticket = ticket;
    row.ticketMessageId = first.id;
    await keepAttachments(tx as EntityManager, ticket, first, parsed, row);
    const settings = await getEmailSettings(tx as EntityManager);
    const note = await sendAutoresponder(app, tx as EntityManager, ticket, parsed, from, row, settings);
    await finish(
      app,
      tx as EntityManager,
      row,
      IncomingMailStatus.IMPORTED,
      `New ticket ${ticket.ticketNumber}.${note ? ` ${note}` : ""}`,
    );
  });
}
