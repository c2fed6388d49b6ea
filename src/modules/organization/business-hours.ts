import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { Validation } from "../../core/graphql/user-error.js";

export enum DayOfWeek {
  MONDAY = "MONDAY",
  TUESDAY = "TUESDAY",
  WEDNESDAY = "WEDNESDAY",
  THURSDAY = "THURSDAY",
  FRIDAY = "FRIDAY",
  SATURDAY = "SATURDAY",
  SUNDAY = "SUNDAY",
}
registerEnumType(DayOfWeek, { name: "DayOfWeek", description: "A day of the week." });

export const WEEK: DayOfWeek[] = Object.values(DayOfWeek);

/** Stored shape (jsonb): one entry per weekday; start = end = null is a Closed day (002 L5902-5904). */
export interface StoredDay {
  dayOfWeek: DayOfWeek;
  start: string | null;
  end: string | null;
}

@ObjectType({
  description:
    "Opening hours of one weekday, in the installation's default time zone (002 L5906). " +
    "A day without start and end is Closed.",
})
export class BusinessHoursDay {
  @Field(() => DayOfWeek, { description: "The weekday." })
  dayOfWeek!: DayOfWeek;

  @Field(() => String, { nullable: true, description: "Opening time, HH:MM (24 h); null when Closed." })
  start!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Closing time, HH:MM (24 h, 24:00 = midnight); null when Closed.",
  })
  end!: string | null;

  @Field({ description: "True when the day has no business hours (shown as Closed)." })
  closed!: boolean;
}

@InputType({ description: "Sets the hours of one weekday; leave start and end null to mark it Closed." })
export class BusinessHoursDayInput {
  @Field(() => DayOfWeek, { description: "The weekday to set." })
  dayOfWeek!: DayOfWeek;

  @Field(() => String, { nullable: true, description: "Opening time, HH:MM (24 h)." })
  start?: string | null;

  @Field(() => String, { nullable: true, description: "Closing time, HH:MM (24 h); 24:00 = end of day." })
  end?: string | null;
}

/**
 * The seed names no default hours (inferred): a new brand or department starts Monday-Friday 09:00-17:00,
 * weekend Closed, so "outside business hours" rules behave sensibly before anyone edits them.
 */
export function defaultBusinessHours(): StoredDay[] {
  return WEEK.map((dayOfWeek) =>
    dayOfWeek === DayOfWeek.SATURDAY || dayOfWeek === DayOfWeek.SUNDAY
      ? { dayOfWeek, start: null, end: null }
      : { dayOfWeek, start: "09:00", end: "17:00" },
  );
}

/** Always seven days, Monday first, whatever the stored array holds. */
export function presentBusinessHours(stored: StoredDay[] | null | undefined): BusinessHoursDay[] {
  const byDay = new Map((stored ?? []).map((d) => [d.dayOfWeek, d]));
  return WEEK.map((dayOfWeek) => {
    const day = byDay.get(dayOfWeek);
    const start = day?.start ?? null;
    const end = day?.end ?? null;
    return { dayOfWeek, start, end, closed: start === null || end === null };
  });
}

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

function minutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h! * 60 + m!;
}

/**
 * Applies the given days over the stored ones (days not listed keep their hours); collects what is wrong
 * into `validation` under input.days.<index>.
 */
export function mergeBusinessHours(
  validation: Validation,
  current: StoredDay[] | null | undefined,
  days: BusinessHoursDayInput[],
): StoredDay[] {
  const result = new Map(presentBusinessHours(current).map((d) => [d.dayOfWeek, d]));
  const seen = new Set<DayOfWeek>();
  days.forEach((day, index) => {
    const field = ["input", "days", String(index)];
    if (seen.has(day.dayOfWeek)) {
      validation.add("DUPLICATE", `${day.dayOfWeek} is listed twice.`, [...field, "dayOfWeek"]);
      return;
    }
    seen.add(day.dayOfWeek);
    const start = day.start?.trim() || null;
    const end = day.end?.trim() || null;
    if ((start === null) !== (end === null)) {
      validation.add("INVALID", "Give both start and end, or neither to mark the day Closed.", field);
      return;
    }
    if (start !== null && end !== null) {
      const ok = TIME.test(start) && TIME.test(end) && start !== "24:00";
      if (!ok) {
        validation.add("INVALID", "Times are HH:MM in 24-hour format.", field);
        return;
      }
      if (minutes(start) >= minutes(end)) {
        validation.add("INVALID", "The day must end after it starts.", field);
        return;
      }
    }
    result.set(day.dayOfWeek, { dayOfWeek: day.dayOfWeek, start, end, closed: start === null });
  });
  return WEEK.map((dayOfWeek) => {
    const { start, end } = result.get(dayOfWeek)!;
    return { dayOfWeek, start, end };
  });
}
