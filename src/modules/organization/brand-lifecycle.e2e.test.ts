import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { orgFingerprint } from "./testing.js";

const BrandFields = graphql(`
  query OrgBrandLifeRead($id: ID!) {
    brand(id: $id) {
      id
      holidays {
        id
        name
        date
      }
    }
  }
`);

const Brands = graphql(`
  query OrgBrandLifeList {
    brands(first: 10) {
      nodes {
        id
        isDefault
      }
    }
  }
`);

const Create = graphql(`
  mutation OrgBrandLifeCreate($input: CreateBrandInput!) {
    createBrand(input: $input) {
      brand {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const SetDefault = graphql(`
  mutation OrgBrandLifeSetDefault($input: BrandIdInput!) {
    setDefaultBrand(input: $input) {
      brand {
        id
        isDefault
      }
      userErrors {
        code
      }
    }
  }
`);

const Hours = graphql(`
  mutation OrgBrandLifeHours($input: SetBrandBusinessHoursInput!) {
    setBrandBusinessHours(input: $input) {
      brand {
        businessHours {
          dayOfWeek
          start
          end
          closed
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const AddHoliday = graphql(`
  mutation OrgBrandLifeAddHoliday($input: AddBrandHolidayInput!) {
    addBrandHoliday(input: $input) {
      holiday {
        id
        name
        date
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const RemoveHoliday = graphql(`
  mutation OrgBrandLifeRemoveHoliday($input: RemoveHolidayInput!) {
    removeBrandHoliday(input: $input) {
      removedHolidayId
      userErrors {
        code
      }
    }
  }
`);

const Delete = graphql(`
  mutation OrgBrandLifeDelete($input: BrandIdInput!) {
    deleteBrand(input: $input) {
      deletedBrandId
      userErrors {
        code
        field
      }
    }
  }
`);

const CreateDepartment = graphql(`
  mutation OrgBrandLifeCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

describe("brand hours, holidays, default and deletion", () => {
  let t: TestServer;
  let token: string;
  let defaultBrandId: string;
  let brandId: string;

  beforeAll(async () => {
    t = await startTestServer("org_brand_lifecycle");
    const admin = await adminSession(t);
    token = admin.token;
    defaultBrandId = admin.brandId;
    const created = await t.ok(
      Create,
      { input: { name: "FreshStyles", hostHeaders: ["help.freshstyles.example"] } },
      token,
    );
    brandId = created.createBrand.brand!.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  const codes = (errors: Array<{ code: string; field?: string[] | null }>) =>
    errors.map((e) => [e.code, e.field?.join(".")]);

  it("sets business hours per weekday and refuses impossible ones", async () => {
    const data = await t.ok(
      Hours,
      {
        input: {
          brandId,
          days: [
            { dayOfWeek: "SATURDAY", start: "10:00", end: "14:00" },
            { dayOfWeek: "MONDAY", start: null, end: null },
            { dayOfWeek: "TUESDAY", start: "00:00", end: "24:00" },
          ],
        },
      },
      token,
    );
    expect(data.setBrandBusinessHours.userErrors).toEqual([]);
    const hours = data.setBrandBusinessHours.brand!.businessHours;
    expect(hours.map((d) => [d.dayOfWeek, d.start, d.end, d.closed])).toEqual([
      ["MONDAY", null, null, true],
      ["TUESDAY", "00:00", "24:00", false],
      ["WEDNESDAY", "09:00", "17:00", false],
      ["THURSDAY", "09:00", "17:00", false],
      ["FRIDAY", "09:00", "17:00", false],
      ["SATURDAY", "10:00", "14:00", false],
      ["SUNDAY", null, null, true],
    ]);
    const before = await orgFingerprint(t);
    const bad = await t.ok(
      Hours,
      {
        input: {
          brandId,
          days: [
            { dayOfWeek: "WEDNESDAY", start: "17:00", end: "09:00" },
            { dayOfWeek: "THURSDAY", start: "09:00" },
            { dayOfWeek: "FRIDAY", start: "9am", end: "5pm" },
            { dayOfWeek: "WEDNESDAY", start: null, end: null },
          ],
        },
      },
      token,
    );
    expect(codes(bad.setBrandBusinessHours.userErrors)).toEqual([
      ["INVALID", "input.days.0"],
      ["INVALID", "input.days.1"],
      ["INVALID", "input.days.2"],
      ["DUPLICATE", "input.days.3.dayOfWeek"],
    ]);
    expect(await orgFingerprint(t)).toEqual(before);
  });

  it("adds and removes holidays, one per date", async () => {
    const added = await t.ok(AddHoliday, { input: { brandId, name: "New Year", date: "2027-01-01" } }, token);
    expect(added.addBrandHoliday.holiday).toMatchObject({ name: "New Year", date: "2027-01-01" });
    const before = await orgFingerprint(t);
    const twice = await t.ok(AddHoliday, { input: { brandId, name: "Again", date: "2027-01-01" } }, token);
    expect(codes(twice.addBrandHoliday.userErrors)).toEqual([["TAKEN", "input.date"]]);
    const bad = await t.ok(AddHoliday, { input: { brandId, name: " ", date: "2027-02-30" } }, token);
    expect(codes(bad.addBrandHoliday.userErrors)).toEqual([
      ["REQUIRED", "input.name"],
      ["INVALID", "input.date"],
    ]);
    expect(await orgFingerprint(t)).toEqual(before);
    const read = await t.ok(BrandFields, { id: brandId }, token);
    expect(read.brand.holidays.map((h) => h.date)).toEqual(["2027-01-01"]);
    const removed = await t.ok(RemoveHoliday, { input: { id: added.addBrandHoliday.holiday!.id } }, token);
    expect(removed.removeBrandHoliday.removedHolidayId).toBe(added.addBrandHoliday.holiday!.id);
    expect((await t.ok(BrandFields, { id: brandId }, token)).brand.holidays).toEqual([]);
  });

  it("moves the default flag: always exactly one default brand", async () => {
    const moved = await t.ok(SetDefault, { input: { id: brandId } }, token);
    expect(moved.setDefaultBrand.brand).toEqual({ id: brandId, isDefault: true });
    let list = await t.ok(Brands, undefined, token);
    expect(list.brands.nodes.filter((b) => b.isDefault).map((b) => b.id)).toEqual([brandId]);
    await t.ok(SetDefault, { input: { id: defaultBrandId } }, token);
    list = await t.ok(Brands, undefined, token);
    expect(list.brands.nodes.filter((b) => b.isDefault).map((b) => b.id)).toEqual([defaultBrandId]);
  });

  it("refuses to delete the default brand or a brand with departments (IN_USE), then deletes", async () => {
    const created = await t.ok(
      CreateDepartment,
      { input: { brandId, name: "Sales", frontLineGroup: { newGroupName: "Sales Front Line" } } },
      token,
    );
    expect(created.createDepartment.userErrors).toEqual([]);
    const before = await orgFingerprint(t);
    const isDefault = await t.ok(Delete, { input: { id: defaultBrandId } }, token);
    expect(codes(isDefault.deleteBrand.userErrors)).toEqual([["IN_USE", "input.id"]]);
    const hasDepartments = await t.ok(Delete, { input: { id: brandId } }, token);
    expect(codes(hasDepartments.deleteBrand.userErrors)).toEqual([["IN_USE", "input.id"]]);
    expect(await orgFingerprint(t)).toEqual(before);

    const spare = await t.ok(Create, { input: { name: "Spare", hostHeaders: ["spare.example"] } }, token);
    const spareId = spare.createBrand.brand!.id;
    await t.ok(AddHoliday, { input: { brandId: spareId, name: "Day off", date: "2027-05-01" } }, token);
    const deleted = await t.ok(Delete, { input: { id: spareId } }, token);
    expect(deleted.deleteBrand).toEqual({ deletedBrandId: spareId, userErrors: [] });
    const gone = await t.gql(BrandFields, { id: spareId }, token);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
