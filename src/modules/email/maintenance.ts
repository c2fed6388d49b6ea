/**
 * Recurring upkeep: every enabled inbound account has its fetch timer (a timer lost to an administrator's
 * cancelJob or a FAILED run is recreated), and the spool is cleaned as the Options say (002 L6939-6944).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { scheduleTimer } from "../../core/jobs/index.js";
import type { JobContext } from "../../core/jobs/index.js";
import { SEND_JOB } from "./outbound/outbox.js";
import type { AppRuntime } from "../../core/runtime.js";
import { FETCH_JOB, scheduleFetch } from "./inbound/fetch.js";
import { IMPORT_JOB } from "./inbound/import.js";
import { getEmailSettings } from "./outbound/template-mail.js";

export const MAINTENANCE_JOB = "email.maintenance";
export const MAINTENANCE_EVERY_SECONDS = 60;

export async function emailMaintenance(_app: AppRuntime, _payload: unknown, job: JobContext) {
  const em = job.em as EntityManager;
  const orphans = await em.execute<Array<{ id: string }>>(
    `select a.id from mail_account a where a.enabled and not exists (
       select 1 from job j where j.kind = ? and j.key = a.id::text and j.status in ('PENDING', 'RUNNING'))`,
    [FETCH_JOB],
  );
  for (const { id } of orphans) await scheduleFetch(em, id, new Date());
  // Likewise a queued mail whose send timer was lost (cancelled by an administrator, a failed job).
  const stranded = await em.execute<Array<{ id: string }>>(
    `select m.id from outgoing_mail m where m.status = 'QUEUED' and not exists (
       select 1 from job j where j.kind = ? and j.key = m.id::text and j.status in ('PENDING', 'RUNNING'))`,
    [SEND_JOB],
  );
  for (const { id } of stranded)
    await scheduleTimer(em, { kind: SEND_JOB, key: id, runAt: new Date(), payload: { mailId: id } });
  // An import whose ticket creation never ran (the process died right after the import job committed).
  const waiting = await em.execute<Array<{ id: string }>>(
    `select m.id from incoming_mail m where m.status = 'RECEIVED' and m.updated_at < now() - interval '2 minutes'
       and not exists (select 1 from job j where j.kind = ? and j.key = m.id::text and j.status in ('PENDING', 'RUNNING'))`,
    [IMPORT_JOB],
  );
  for (const { id } of waiting)
    await scheduleTimer(em, {
      kind: IMPORT_JOB,
      key: id,
      runAt: new Date(),
      payload: { incomingMailId: id },
    });
  const settings = await getEmailSettings(em);
  // Failed mail is deleted after its retention; sent mail and processed imports lose their raw content
  // (the rows stay: they are the threading and idempotency record).
  await em.execute(
    `delete from outgoing_mail where status = 'FAILED' and updated_at < now() - make_interval(days => ?)`,
    [settings.deleteFailedAfterDays],
  );
  await em.execute(
    `update outgoing_mail set raw = ''::bytea where status = 'SENT' and length(raw) > 0
       and sent_at < now() - make_interval(days => ?)`,
    [settings.deleteRawAfterDays],
  );
  await em.execute(
    `update incoming_mail set raw = ''::bytea where status <> 'RECEIVED' and status <> 'FAILED' and length(raw) > 0
       and created_at < now() - make_interval(days => ?)`,
    [settings.deleteRawAfterDays],
  );
}
