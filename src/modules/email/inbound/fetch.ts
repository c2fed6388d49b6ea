/**
 * The email.fetch job of one mail account, a durable timer that reschedules itself every Import Frequency
 * minutes (002 L6978). It stores each new message raw in incoming_mail (insert … on conflict do nothing on
 * (account, uid) and (account, message id)) with an email.import job, in the job's transaction. Originals
 * are deleted from the server (unless Leave Messages on Server) only once their row has committed, that is
 * at the next poll: a crash between fetching and committing leaves them on the server to be fetched again.
 */
import { DriverException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { scheduleTimer } from "../../../core/jobs/index.js";
import type { JobContext } from "../../../core/jobs/index.js";
import type { AppRuntime } from "../../../core/runtime.js";
import { MailAccount } from "../email-account.entity.js";
import { IMPORT_JOB } from "./import.js";
import { openMailbox } from "./mailbox.js";

export const FETCH_JOB = "email.fetch";
/** Messages stored per poll: keeps one job's transaction short; the rest come at the next poll. */
export const FETCH_BATCH = 50;

export async function scheduleFetch(em: EntityManager, accountId: string, runAt: Date): Promise<void> {
  await scheduleTimer(em, { kind: FETCH_JOB, key: accountId, runAt, payload: { accountId } });
}

/** The Message-ID header of a raw message, without parsing the whole of it. */
export function headerMessageId(raw: Buffer): string | null {
  const end = raw.indexOf("\r\n\r\n");
  const head = raw.subarray(0, end < 0 ? Math.min(raw.length, 65536) : end).toString("latin1");
  const match = /^message-id:[ \t]*(<[^>\r\n]{1,900}>)/im.exec(head.replace(/\r?\n[ \t]+/g, " "));
  return match ? match[1]! : null;
}

export async function fetchMailAccount(app: AppRuntime, payload: { accountId: string }, job: JobContext) {
  const em = job.em as EntityManager;
  const account = await em.findOne(MailAccount, { id: payload.accountId }, { populate: ["password"] });
  if (!account || !account.enabled) return;
  let stored = 0;
  try {
    const session = await openMailbox(account);
    try {
      const messages = await session.list();
      const known = new Set(
        messages.length
          ? (
              await em.execute<Array<{ uid: string }>>(
                `select uid from incoming_mail where account_id = ? and uid in (?)`,
                [account.id, messages.map((m) => m.uid)],
              )
            ).map((r) => r.uid)
          : [],
      );
      if (!account.leaveMessagesOnServer) await session.remove(messages.filter((m) => known.has(m.uid)));
      for (const message of messages.filter((m) => !known.has(m.uid)).slice(0, FETCH_BATCH)) {
        const raw = await session.fetch(message);
        const rows = await em.execute<Array<{ id: string }>>(
          `insert into incoming_mail (id, created_at, updated_at, account_id, uid, message_id, status, raw, size)
           values (gen_random_uuid(), now(), now(), ?, ?, ?, 'RECEIVED', ?, ?)
           on conflict do nothing returning id`,
          [account.id, message.uid, headerMessageId(raw), raw, raw.length],
        );
        if (!rows[0]) {
          // The same Message-ID under another UID (a copy, a re-delivery): kept as IGNORED so that this
          // UID counts as known and is removed from the server like any imported message.
          await em.execute(
            `insert into incoming_mail (id, created_at, updated_at, account_id, uid, status, note, raw, size)
             values (gen_random_uuid(), now(), now(), ?, ?, 'IGNORED', ?, ?, ?) on conflict do nothing`,
            [account.id, message.uid, `Duplicate Message-ID ${headerMessageId(raw)}`, raw, raw.length],
          );
          continue;
        }
        stored += 1;
        await scheduleTimer(em, {
          kind: IMPORT_JOB,
          key: rows[0].id,
          runAt: new Date(),
          payload: { incomingMailId: rows[0].id },
        });
      }
    } finally {
      await session.close();
    }
    account.lastPolledAt = new Date();
    account.lastError = null;
  } catch (error) {
    // A database error aborted the transaction: let the job fail (the maintenance sweep reschedules).
    if (error instanceof DriverException) throw error;
    account.lastError = error instanceof Error ? error.message : String(error);
    app.logger.warn({ accountId: account.id, error: account.lastError, stored }, "mail account poll failed");
  }
  await em.flush();
  await scheduleFetch(em, account.id, new Date(Date.now() + account.importFrequencyMinutes * 60_000));
}
