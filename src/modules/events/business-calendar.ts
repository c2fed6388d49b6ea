import type { EntityManager } from "@mikro-orm/postgresql";
import type { StoredDay } from "../organization/business-hours.js";

/**
 * Business hours and holidays of a department or brand at an instant (002 L5902-5910, L6034-6044), in the
 * installation's default time zone. A department that inherits from its brand uses the brand's hours or
 * holidays; holidays count as outside business hours (002 L8627).
 */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** MONDAY … SUNDAY */
  dayOfWeek: string;
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      weekday: "long",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    dayOfWeek: String(parts.weekday).toUpperCase(),
  };
}

export async function installationTimeZone(em: EntityManager): Promise<string> {
  const rows = await em.execute<Array<{ time_zone: string }>>(`select time_zone from installation limit 1`);
  return rows[0]?.time_zone ?? "UTC";
}

export interface CalendarFacts {
  duringHolidays: boolean;
  outsideBusinessHours: boolean;
}

interface Owner {
  brandId: string;
  departmentId: string | null;
  hours: StoredDay[];
  holidaysOf: { column: "brand_id" | "department_id"; id: string };
}

async function owner(
  em: EntityManager,
  departmentId: string | null,
  brandId: string | null,
): Promise<Owner | null> {
  if (departmentId) {
    const [d] = await em.execute<
      Array<{
        brand_id: string;
        inherit_business_hours_from_brand: boolean;
        inherit_holidays_from_brand: boolean;
        business_hours: StoredDay[];
        brand_hours: StoredDay[];
      }>
    >(
      `select d.brand_id, d.inherit_business_hours_from_brand, d.inherit_holidays_from_brand, d.business_hours,
              b.business_hours as brand_hours
         from department d join brand b on b.id = d.brand_id where d.id = ?`,
      [departmentId],
    );
    if (d)
      return {
        brandId: d.brand_id,
        departmentId,
        hours: d.inherit_business_hours_from_brand ? d.brand_hours : d.business_hours,
        holidaysOf: d.inherit_holidays_from_brand
          ? { column: "brand_id", id: d.brand_id }
          : { column: "department_id", id: departmentId },
      };
  }
  if (!brandId) return null;
  const [b] = await em.execute<Array<{ business_hours: StoredDay[] }>>(
    `select business_hours from brand where id = ?`,
    [brandId],
  );
  if (!b) return null;
  return {
    brandId,
    departmentId: null,
    hours: b.business_hours,
    holidaysOf: { column: "brand_id", id: brandId },
  };
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
};

/** null when neither department nor brand is known (the facts are then unavailable). */
export async function calendarFacts(
  em: EntityManager,
  at: LocalTime,
  departmentId: string | null,
  brandId: string | null,
): Promise<CalendarFacts | null> {
  const o = await owner(em, departmentId, brandId);
  if (!o) return null;
  const holidays = await em.execute<Array<{ n: string }>>(
    `select count(*) as n from holiday where ${o.holidaysOf.column} = ? and date = ?::date`,
    [o.holidaysOf.id, at.date],
  );
  const duringHolidays = Number(holidays[0]?.n ?? 0) > 0;
  const day = o.hours.find((d) => d.dayOfWeek === at.dayOfWeek);
  const now = toMinutes(at.time);
  const open = Boolean(day?.start && day.end && now >= toMinutes(day.start) && now < toMinutes(day.end));
  return { duringHolidays, outsideBusinessHours: duringHolidays || !open };
}
