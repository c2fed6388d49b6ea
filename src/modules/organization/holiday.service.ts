import { LockMode } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { Brand } from "./brand.entity.js";
import { checkName, isIsoDate } from "./checks.js";
import { Department } from "./department.entity.js";
import { Holiday } from "./holiday.entity.js";

interface NewHoliday {
  ownerId: string;
  name: string;
  date: string;
}

type Owner = "brand" | "department";

async function addHoliday(ctx: RequestContext, owner: Owner, input: NewHoliday) {
  const ownerField = owner === "brand" ? "brandId" : "departmentId";
  const ownerId = fromGlobalId(input.ownerId, owner === "brand" ? "Brand" : "Department", ownerField);
  const v = new Validation();
  const name = checkName(v, input.name, ["input", "name"]);
  const date = input.date.trim();
  v.check(isIsoDate(date), "INVALID", "Give the date as YYYY-MM-DD.", ["input", "date"]);
  v.throwIfAny();
  const holiday = await ctx.em.transactional(async (em) => {
    // The owner row lock serialises additions, so the one-holiday-per-day check cannot race.
    const lock = { lockMode: LockMode.PESSIMISTIC_WRITE } as const;
    const parent =
      owner === "brand"
        ? await em.findOne(Brand, { id: ownerId }, lock)
        : await em.findOne(Department, { id: ownerId }, lock);
    if (!parent) throw new NotFoundError(owner === "brand" ? "Brand" : "Department", input.ownerId);
    if (parent instanceof Department && parent.inheritHolidaysFromBrand) {
      throw new UserErrorException([
        userError(
          "INHERITED",
          "The department inherits its brand's holidays: turn inheritHolidaysFromBrand off first (002 L6042).",
          ["input", ownerField],
        ),
      ]);
    }
    if (await em.count(Holiday, { [owner]: ownerId, date })) {
      throw new UserErrorException([
        userError("TAKEN", "There is already a holiday on that date.", ["input", "date"]),
      ]);
    }
    const created = build(Holiday, { [owner]: parent, name, date } as Partial<Holiday>);
    em.persist(created);
    await em.flush();
    return created;
  });
  ctx.loaders.clearAll();
  return { holiday };
}

async function removeHoliday(ctx: RequestContext, owner: Owner, globalId: string) {
  const id = fromGlobalId(globalId, "Holiday");
  await ctx.em.transactional(async (em) => {
    const holiday = await em.findOne(Holiday, { id, [owner]: { $ne: null } });
    if (!holiday)
      throw new NotFoundError(owner === "brand" ? "Brand holiday" : "Department holiday", globalId);
    em.remove(holiday);
    await em.flush();
  });
  ctx.loaders.clearAll();
  return { removedHolidayId: globalId };
}

export const addBrandHoliday = (
  ctx: RequestContext,
  input: { brandId: string; name: string; date: string },
) => addHoliday(ctx, "brand", { ownerId: input.brandId, name: input.name, date: input.date });

export const addDepartmentHoliday = (
  ctx: RequestContext,
  input: { departmentId: string; name: string; date: string },
) => addHoliday(ctx, "department", { ownerId: input.departmentId, name: input.name, date: input.date });

export const removeBrandHoliday = (ctx: RequestContext, id: string) => removeHoliday(ctx, "brand", id);

export const removeDepartmentHoliday = (ctx: RequestContext, id: string) =>
  removeHoliday(ctx, "department", id);
