import type { EntityManager } from "@mikro-orm/postgresql";
import { Brand, Department, Holiday } from "../organization/index.js";
import { getInstallation } from "../system/index.js";
import type { LiveChatSettings } from "./chat-settings.entity.js";

export type OfflineReason = "HOLIDAY" | "OUTSIDE_BUSINESS_HOURS" | "NO_AGENTS";

/** Date, weekday and HH:MM of `now` in the installation's time zone (business hours follow it, 002 L5906). */
function localParts(now: Date, timeZone: string): { date: string; weekday: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    weekday: "long",
    hourCycle: "h23",
  }).formatToParts(now);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? "";
  return {
    date: `${p("year")}-${p("month")}-${p("day")}`,
    weekday: p("weekday").toUpperCase(),
    time: `${p("hour")}:${p("minute")}`,
  };
}

/** Members who receive chats in the group: chat handling on, active for chats, enabled and signed in. */
export async function receivingAgentCount(em: EntityManager, groupId: string): Promise<number> {
  const [row] = await em.execute<Array<{ n: string }>>(
    `select count(*) as n from agent_group_membership m
       join account a on a.id = m.employee_id and not a.disabled
       join agent_presence p on p.employee_id = m.employee_id and p.online
      where m.group_id = ? and m.chat_handling <> 'CHAT_DISABLED' and m.chats_active`,
    [groupId],
  );
  return Number(row!.n);
}

/**
 * Whether a new chat may start in the department's group now (002 L3505, L5910, L7380): never on a holiday
 * ("Live chat will automatically be disabled (offline) on holidays"); outside business hours only when
 * the setting disallows it; and only while an agent receives chats in the group (002 L3360).
 */
export async function chatOfflineReason(
  em: EntityManager,
  settings: LiveChatSettings,
  department: Department,
  groupId: string,
  now = new Date(),
): Promise<OfflineReason | null> {
  const installation = await getInstallation(em);
  const local = localParts(now, installation.timeZone);
  const holiday = department.inheritHolidaysFromBrand
    ? await em.count(Holiday, { brand: department.brand.id, date: local.date })
    : await em.count(Holiday, { department: department.id, date: local.date });
  if (holiday) return "HOLIDAY";
  if (settings.disallowOutsideBusinessHours) {
    const hours = department.inheritBusinessHoursFromBrand
      ? (await em.findOneOrFail(Brand, { id: department.brand.id })).businessHours
      : department.businessHours;
    const day = hours.find((d) => d.dayOfWeek === local.weekday);
    const open = day?.start && day.end && local.time >= day.start && local.time < day.end;
    if (!open) return "OUTSIDE_BUSINESS_HOURS";
  }
  if (!(await receivingAgentCount(em, groupId))) return "NO_AGENTS";
  return null;
}
