/** The spool (002 L8060-8075): list, sort, inspect raw, retry and delete incoming and outgoing messages. */
import type { FilterQuery } from "@mikro-orm/core";
import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { paginate } from "../../core/graphql/pagination.js";
import { UserErrorException, Validation } from "../../core/graphql/user-error.js";
import { scheduleTimer } from "../../core/jobs/index.js";
import { IncomingMailStatus, MailSpoolSort, OutgoingMailStatus, SortDirection } from "./email.enums.js";
import { IMPORT_JOB } from "./inbound/import.js";
import { requeue } from "./outbound/outbox.js";
import { IncomingMail, OutgoingMail } from "./spool.entity.js";
import type { IncomingMailsArgs, OutgoingMailsArgs } from "./spool.types.js";

const SORT_FIELD: Record<MailSpoolSort, string> = {
  [MailSpoolSort.TIME_IN_SPOOL]: "createdAt",
  [MailSpoolSort.SIZE]: "size",
  [MailSpoolSort.SUBJECT]: "subject",
  [MailSpoolSort.STATUS]: "status",
};

function orderBy(sort?: MailSpoolSort | null, direction?: SortDirection | null) {
  const dir = direction === SortDirection.ASC ? "asc" : "desc";
  return { [SORT_FIELD[sort ?? MailSpoolSort.TIME_IN_SPOOL]]: dir, id: "asc" } as never;
}

export function listOutgoingMails(ctx: RequestContext, args: OutgoingMailsArgs) {
  const where: FilterQuery<OutgoingMail> = {};
  if (args.status) where.status = args.status;
  if (args.kind) where.kind = args.kind;
  if (args.ticketId) where.ticket = fromGlobalId(args.ticketId, "Ticket", "ticketId");
  return paginate(ctx.em, OutgoingMail, where, args, { orderBy: orderBy(args.sort, args.direction) });
}

export function listIncomingMails(ctx: RequestContext, args: IncomingMailsArgs) {
  const where: FilterQuery<IncomingMail> = { purgedAt: null };
  if (args.status) where.status = args.status;
  if (args.mailAccountId) where.account = fromGlobalId(args.mailAccountId, "MailAccount", "mailAccountId");
  return paginate(ctx.em, IncomingMail, where, args, { orderBy: orderBy(args.sort, args.direction) });
}

function idsOf(ids: string[], type: string): string[] {
  new Validation()
    .check(ids.length >= 1 && ids.length <= 500, "OUT_OF_RANGE", "Give 1 to 500 messages.", ["input", "ids"])
    .throwIfAny();
  return [...new Set(ids.map((id) => fromGlobalId(id, type, "ids")))];
}

async function lockedRows<T extends object>(
  em: EntityManager,
  entity: new () => T,
  ids: string[],
  globalIds: string[],
) {
  const rows = await em.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
  });
  const v = new Validation();
  for (const [i, id] of ids.entries())
    v.check(
      rows.some((r) => (r as { id: string }).id === id),
      "NOT_FOUND",
      `No message ${globalIds[i]}.`,
      ["input", "ids"],
    );
  v.throwIfAny();
  return rows;
}

/** Retry: QUEUED messages are sent now, FAILED ones get a fresh set of attempts; SENT ones are refused. */
export async function retryOutgoingMails(ctx: RequestContext, globalIds: string[]) {
  const ids = idsOf(globalIds, "OutgoingMail");
  const mails = await ctx.em.fork().transactional(async (em) => {
    const rows = await lockedRows(em, OutgoingMail, ids, globalIds);
    const sent = rows.filter((r) => r.status === OutgoingMailStatus.SENT);
    if (sent.length)
      throw new UserErrorException(
        sent.map(
          (r) =>
            new Validation().add("NOT_RETRYABLE", `${r.globalId} was sent already; it is never sent twice.`, [
              "input",
              "ids",
            ]).errors[0]!,
        ),
      );
    for (const mail of rows) {
      if (!mail.smtpAccount)
        throw new UserErrorException(
          new Validation().add("NO_SMTP_ACCOUNT", `${mail.globalId} has no SMTP account to send through.`, [
            "input",
            "ids",
          ]).errors,
        );
      await requeue(em, mail);
    }
    await em.flush();
    return rows;
  });
  return { outgoingMails: mails, deletedIds: [] };
}

export async function deleteOutgoingMails(ctx: RequestContext, globalIds: string[]) {
  const ids = idsOf(globalIds, "OutgoingMail");
  await ctx.em.fork().transactional(async (em) => {
    await lockedRows(em, OutgoingMail, ids, globalIds);
    // A pending send timer finds no row and does nothing.
    await em.nativeDelete(OutgoingMail, { id: { $in: ids } });
  });
  return { outgoingMails: [], deletedIds: globalIds };
}

/** Retry: a FAILED import runs again (after, say, a provider outage or a fixed account). */
export async function retryIncomingMails(ctx: RequestContext, globalIds: string[]) {
  const ids = idsOf(globalIds, "IncomingMail");
  const rows = await ctx.em.fork().transactional(async (em) => {
    const found = await lockedRows(em, IncomingMail, ids, globalIds);
    const v = new Validation();
    for (const row of found)
      v.check(
        [IncomingMailStatus.FAILED, IncomingMailStatus.RECEIVED].includes(row.status),
        "NOT_RETRYABLE",
        `${row.globalId} is ${row.status}; only failed or waiting imports run again.`,
        ["input", "ids"],
      );
    v.throwIfAny();
    for (const row of found) {
      row.status = IncomingMailStatus.RECEIVED;
      row.note = null;
      await scheduleTimer(em, {
        kind: IMPORT_JOB,
        key: row.id,
        runAt: new Date(),
        payload: { incomingMailId: row.id },
      });
    }
    await em.flush();
    return found;
  });
  return { incomingMails: rows, deletedIds: [] };
}

/**
 * Delete removes the stored message from the spool for good. The row itself stays, emptied and hidden, as
 * the record that its UID and Message-ID were fetched: otherwise a message still on the server would be
 * imported again. Waiting imports are cancelled with it.
 */
export async function deleteIncomingMails(ctx: RequestContext, globalIds: string[]) {
  const ids = idsOf(globalIds, "IncomingMail");
  await ctx.em.fork().transactional(async (em) => {
    const rows = await lockedRows(em, IncomingMail, ids, globalIds);
    await em.execute(
      `update incoming_mail set raw = ''::bytea, purged_at = now(), updated_at = now(),
         status = case when status = 'RECEIVED' then 'IGNORED'::incoming_mail_status else status end
       where id in (?)`,
      [rows.map((r) => r.id)],
    );
  });
  return { incomingMails: [], deletedIds: globalIds };
}
