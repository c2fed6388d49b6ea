import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { DomainEvent, DomainEventValue } from "../../core/events/domain-events.js";
import type { JobContext } from "../../core/jobs/index.js";
import type { AppRuntime } from "../../core/runtime.js";
import { eventsNow } from "./clock.js";
import { evaluateRules } from "./evaluator.js";
import { EventRule } from "./event-rule.entity.js";

/**
 * The Count… event types (Ticket Count for Agent / Group / Department, Live Chat Count for Agent / Group /
 * Department; 002 L8363-8365, L8595-8597): SmarterTrack's Event Processing thread "controls ticket and live
 * chat counts" (002 L7953). Here a recurring sweep (`events.countSweep`, every COUNT_SWEEP_SECONDS) counts, for
 * each type some enabled rule uses, the open items of every department, group or agent — including those with
 * none — and evaluates the rules once per counted subject. Conditions compare the counts (Active Tickets,
 * Waiting Tickets; for chats Open Live Chats, Average / Longest Idle Minutes); Maximum Frequency keeps a
 * standing condition ("more than 20 active tickets") from acting every minute.
 */
export const COUNT_SWEEP_JOB = "events.countSweep";
export const COUNT_SWEEP_SECONDS = 60;

interface CountSpec {
  eventType: string;
  domainEventType: string;
  subjectType: "Department" | "Group" | "Employee";
  /** One row per subject: "subjectId" plus the facts (raw ids, counts). `?` = the evaluation instant. */
  sql: string;
}

const TICKETS_OPEN = `t.deleted_at is null and t.merged_into_id is null`;
const TICKET_COUNTS = `count(t.id) filter (where t.status = 'ACTIVE')::int as "activeTickets",
  count(t.id) filter (where t.status = 'WAITING')::int as "waitingTickets"`;
const CHAT_COUNTS = `count(c.id)::int as "openLiveChats",
  floor(avg(extract(epoch from (?::timestamptz - c.last_activity_at)) / 60))::int as "averageIdleMinutes",
  floor(max(extract(epoch from (?::timestamptz - c.last_activity_at)) / 60))::int as "longestIdleMinutes"`;
const CHATS_OPEN = `c.deleted_at is null and c.status in ('QUEUED', 'ACTIVE')`;

export const COUNT_SPECS: CountSpec[] = [
  {
    eventType: "TICKET_COUNT_FOR_DEPARTMENT",
    domainEventType: "events.ticketCountForDepartment",
    subjectType: "Department",
    sql: `select d.id as "subjectId", d.id as "departmentId", d.brand_id as "brandId", ${TICKET_COUNTS}
      from department d left join ticket t on t.department_id = d.id and ${TICKETS_OPEN}
      group by d.id`,
  },
  {
    eventType: "TICKET_COUNT_FOR_GROUP",
    domainEventType: "events.ticketCountForGroup",
    subjectType: "Group",
    sql: `select g.id as "subjectId", g.id as "groupId", g.department_id as "departmentId", d.brand_id as "brandId",
        ${TICKET_COUNTS}
      from department_group g join department d on d.id = g.department_id
      left join ticket t on t.group_id = g.id and ${TICKETS_OPEN}
      group by g.id, d.brand_id`,
  },
  {
    eventType: "TICKET_COUNT_FOR_AGENT",
    domainEventType: "events.ticketCountForAgent",
    subjectType: "Employee",
    sql: `select a.id as "subjectId", a.id as "agentId", ${TICKET_COUNTS}
      from account a left join ticket t on t.assigned_agent_id = a.id and ${TICKETS_OPEN}
      where a.kind = 'EMPLOYEE' and not a.disabled
      group by a.id`,
  },
  {
    eventType: "LIVE_CHAT_COUNT_FOR_DEPARTMENT",
    domainEventType: "events.liveChatCountForDepartment",
    subjectType: "Department",
    sql: `select d.id as "subjectId", d.id as "departmentId", d.brand_id as "brandId", ${CHAT_COUNTS}
      from department d left join live_chat c on c.department_id = d.id and ${CHATS_OPEN}
      group by d.id`,
  },
  {
    eventType: "LIVE_CHAT_COUNT_FOR_GROUP",
    domainEventType: "events.liveChatCountForGroup",
    subjectType: "Group",
    sql: `select g.id as "subjectId", g.id as "groupId", g.department_id as "departmentId", d.brand_id as "brandId",
        ${CHAT_COUNTS}
      from department_group g join department d on d.id = g.department_id
      left join live_chat c on c.group_id = g.id and ${CHATS_OPEN}
      group by g.id, d.brand_id`,
  },
  {
    eventType: "LIVE_CHAT_COUNT_FOR_AGENT",
    domainEventType: "events.liveChatCountForAgent",
    subjectType: "Employee",
    sql: `select a.id as "subjectId", a.id as "agentId", ${CHAT_COUNTS}
      from account a left join live_chat c on c.agent_id = a.id and ${CHATS_OPEN}
      where a.kind = 'EMPLOYEE' and not a.disabled
      group by a.id`,
  },
];

export const COUNT_EVENT_TYPES = new Set(COUNT_SPECS.map((s) => s.eventType));

/** A stable uuid per (sweep run, type, subject): the evaluation record's dedupe key. */
function eventId(jobId: string, type: string, subjectId: string): string {
  const h = createHash("sha1").update(`${jobId}:${type}:${subjectId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** One sweep: the counts of every type some enabled rule uses, each subject evaluated against those rules. */
export async function runCountSweep(app: AppRuntime, job: JobContext): Promise<number> {
  const em = job.em as EntityManager;
  const rules = await em.find(
    EventRule,
    { enabled: true, eventType: { $in: [...COUNT_EVENT_TYPES] } },
    { orderBy: { createdAt: "asc" } },
  );
  if (!rules.length) return 0;
  const now = eventsNow(app);
  let fired = 0;
  for (const spec of COUNT_SPECS) {
    const mine = rules.filter((r) => r.eventType === spec.eventType);
    if (!mine.length) continue;
    const params = spec.sql.includes("?") ? [now.toISOString(), now.toISOString()] : [];
    const rows = await em.execute<Array<Record<string, DomainEventValue>>>(spec.sql, params);
    for (const row of rows) {
      const subjectId = String(row.subjectId);
      const { subjectId: _omit, ...data } = row;
      const event: DomainEvent = {
        id: eventId(job.id, spec.eventType, subjectId),
        type: spec.domainEventType,
        subject: { type: spec.subjectType, id: subjectId },
        actorAccountId: null,
        occurredAt: now.toISOString(),
        data,
      };
      const records = await evaluateRules(app, em, event, mine);
      fired += records.filter(Boolean).length;
    }
  }
  return fired;
}
