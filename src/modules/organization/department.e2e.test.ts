import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { orgFingerprint } from "./testing.js";

export const DepartmentFields = graphql(`
  fragment OrgDeptFields on Department {
    id
    name
    preferredLanguage
    allowAllAgentsToFindItemsInAdvancedSearch
    allowManagersOutsideToView
    markTimeLogsBillableByDefault
    inheritBusinessHoursFromBrand
    inheritHolidaysFromBrand
    brand {
      id
    }
    frontLineGroup {
      id
      name
      isFrontLine
    }
    groups {
      id
      name
      isFrontLine
    }
    tickets {
      autoCloseAfterHours
      autoLockAfterHours
      autoDeleteAfterDays
      requireResolutionToClose
      requireAllTasksCompletedToClose
      notifyCustomerOnAutoClose
      newTicketsInPortalRole {
        predefined
      }
    }
    callLogs {
      callLogAutoDeleteAfterDays
    }
    customMessages {
      beforeTicketSubmissionMessage
      afterTicketSubmissionMessage
    }
    businessHours {
      dayOfWeek
      start
      end
    }
    effectiveBusinessHours {
      dayOfWeek
      start
      end
    }
    holidays {
      id
      date
    }
    effectiveHolidays {
      date
    }
  }
`);

const Read = graphql(`
  query OrgDeptRead($id: ID!) {
    department(id: $id) {
      ...OrgDeptFields
    }
  }
`);

const List = graphql(`
  query OrgDeptList($brandId: ID) {
    departments(brandId: $brandId, first: 50) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

const Create = graphql(`
  mutation OrgDeptCreate($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        ...OrgDeptFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation OrgDeptUpdate($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      department {
        ...OrgDeptFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Clone = graphql(`
  mutation OrgDeptClone($input: CloneDepartmentInput!) {
    cloneDepartment(input: $input) {
      department {
        ...OrgDeptFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Hours = graphql(`
  mutation OrgDeptHours($input: SetDepartmentBusinessHoursInput!) {
    setDepartmentBusinessHours(input: $input) {
      department {
        ...OrgDeptFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const AddHoliday = graphql(`
  mutation OrgDeptAddHoliday($input: AddDepartmentHolidayInput!) {
    addDepartmentHoliday(input: $input) {
      holiday {
        id
        date
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const AddBrandHoliday = graphql(`
  mutation OrgDeptAddBrandHoliday($input: AddBrandHolidayInput!) {
    addBrandHoliday(input: $input) {
      holiday {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const CreateGroup = graphql(`
  mutation OrgDeptCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const codes = (errors: Array<{ code: string; field?: string[] | null }>) =>
  errors.map((e) => [e.code, e.field?.join(".")]);

describe("departments", () => {
  let t: TestServer;
  let token: string;
  let brandId: string;

  beforeAll(async () => {
    t = await startTestServer("org_departments");
    const admin = await adminSession(t);
    token = admin.token;
    brandId = admin.brandId;
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function create(name: string, groupName = `${name} Front Line`) {
    const data = await t.ok(Create, { input: { name, frontLineGroup: { newGroupName: groupName } } }, token);
    expect(data.createDepartment.userErrors).toEqual([]);
    return data.createDepartment.department!;
  }

  let support: Awaited<ReturnType<typeof create>>;

  it("creates a department with its front line group and the documented defaults", async () => {
    support = await create("Support");
    expect(support).toMatchObject({
      name: "Support",
      brand: { id: brandId },
      frontLineGroup: { name: "Support Front Line", isFrontLine: true },
      inheritBusinessHoursFromBrand: true,
      inheritHolidaysFromBrand: true,
      tickets: {
        autoCloseAfterHours: 168,
        autoLockAfterHours: 322,
        autoDeleteAfterDays: 365,
        requireResolutionToClose: false,
        newTicketsInPortalRole: { predefined: "EVERYONE" },
      },
      callLogs: { callLogAutoDeleteAfterDays: null },
    });
    expect(support.groups.map((g) => g.id)).toEqual([support.frontLineGroup.id]);
  });

  it("refuses a missing or ambiguous front line group, a foreign group and a taken name", async () => {
    const before = await orgFingerprint(t);
    const neither = await t.ok(Create, { input: { name: "Billing", frontLineGroup: {} } }, token);
    expect(codes(neither.createDepartment.userErrors)).toEqual([["INVALID", "input.frontLineGroup"]]);
    const both = await t.ok(
      Create,
      {
        input: { name: "Billing", frontLineGroup: { groupId: support.frontLineGroup.id, newGroupName: "B" } },
      },
      token,
    );
    expect(codes(both.createDepartment.userErrors)).toEqual([["INVALID", "input.frontLineGroup"]]);
    const foreign = await t.ok(
      Create,
      { input: { name: "Billing", frontLineGroup: { groupId: support.frontLineGroup.id } } },
      token,
    );
    expect(codes(foreign.createDepartment.userErrors)).toEqual([
      ["NOT_IN_DEPARTMENT", "input.frontLineGroup.groupId"],
    ]);
    const taken = await t.ok(
      Create,
      {
        input: {
          name: "SUPPORT",
          preferredLanguage: "english",
          tickets: { autoCloseAfterHours: 0 },
          frontLineGroup: { newGroupName: "X" },
        },
      },
      token,
    );
    expect(codes(taken.createDepartment.userErrors)).toEqual([
      ["TAKEN", "input.name"],
      ["INVALID", "input.preferredLanguage"],
      ["INVALID", "input.tickets.autoCloseAfterHours"],
    ]);
    expect(await orgFingerprint(t)).toEqual(before);
  });

  it("updates the tabs and switches the front line group to an existing or a new group", async () => {
    const level2 = await t.ok(CreateGroup, { input: { departmentId: support.id, name: "Level 2" } }, token);
    const level2Id = level2.createGroup.group!.id;
    const data = await t.ok(
      Update,
      {
        input: {
          id: support.id,
          name: "Customer Support",
          preferredLanguage: "de-DE",
          allowManagersOutsideToView: true,
          tickets: {
            autoCloseAfterHours: null,
            requireResolutionToClose: true,
            newTicketsInPortalRoleId: null,
          },
          callLogs: { callLogAutoDeleteAfterDays: 30 },
          customMessages: { beforeTicketSubmissionMessage: "<b>Hi</b>" },
          frontLineGroup: { groupId: level2Id },
        },
      },
      token,
    );
    expect(data.updateDepartment.userErrors).toEqual([]);
    expect(data.updateDepartment.department).toMatchObject({
      name: "Customer Support",
      preferredLanguage: "de-DE",
      allowManagersOutsideToView: true,
      tickets: {
        autoCloseAfterHours: null,
        autoLockAfterHours: 322,
        requireResolutionToClose: true,
        newTicketsInPortalRole: null,
      },
      callLogs: { callLogAutoDeleteAfterDays: 30 },
      customMessages: { beforeTicketSubmissionMessage: "<b>Hi</b>", afterTicketSubmissionMessage: null },
      frontLineGroup: { id: level2Id, name: "Level 2" },
    });
    const flags = data.updateDepartment.department!.groups.filter((g) => g.isFrontLine).map((g) => g.id);
    expect(flags).toEqual([level2Id]);

    const renamed = await t.ok(
      Update,
      { input: { id: support.id, frontLineGroup: { newGroupName: "Triage" } } },
      token,
    );
    expect(renamed.updateDepartment.department!.frontLineGroup.name).toBe("Triage");
    expect(renamed.updateDepartment.department!.groups.filter((g) => g.isFrontLine)).toHaveLength(1);
    support = renamed.updateDepartment.department!;

    const before = await orgFingerprint(t);
    const dup = await t.ok(
      Update,
      { input: { id: support.id, frontLineGroup: { newGroupName: "level 2" } } },
      token,
    );
    expect(codes(dup.updateDepartment.userErrors)).toEqual([["TAKEN", "input.frontLineGroup.newGroupName"]]);
    expect(await orgFingerprint(t)).toEqual(before);
  });

  it("keeps own business hours and holidays apart from inherited ones", async () => {
    await t.ok(AddBrandHoliday, { input: { brandId, name: "New Year", date: "2027-01-01" } }, token);
    const before = await orgFingerprint(t);
    const inherited = await t.ok(
      AddHoliday,
      { input: { departmentId: support.id, name: "Own", date: "2027-03-03" } },
      token,
    );
    expect(codes(inherited.addDepartmentHoliday.userErrors)).toEqual([["INHERITED", "input.departmentId"]]);
    expect(await orgFingerprint(t)).toEqual(before);

    const hours = await t.ok(
      Hours,
      { input: { departmentId: support.id, days: [{ dayOfWeek: "SUNDAY", start: "00:00", end: "24:00" }] } },
      token,
    );
    const dept = hours.setDepartmentBusinessHours.department!;
    expect(dept.businessHours[6]).toEqual({ dayOfWeek: "SUNDAY", start: "00:00", end: "24:00" });
    expect(dept.effectiveBusinessHours[6]).toEqual({ dayOfWeek: "SUNDAY", start: null, end: null });
    expect(dept.effectiveHolidays.map((h) => h.date)).toEqual(["2027-01-01"]);

    await t.ok(
      Update,
      { input: { id: support.id, inheritBusinessHoursFromBrand: false, inheritHolidaysFromBrand: false } },
      token,
    );
    const own = await t.ok(
      AddHoliday,
      { input: { departmentId: support.id, name: "Own", date: "2027-03-03" } },
      token,
    );
    expect(own.addDepartmentHoliday.userErrors).toEqual([]);
    const read = await t.ok(Read, { id: support.id }, token);
    expect(read.department.effectiveBusinessHours[6]).toEqual({
      dayOfWeek: "SUNDAY",
      start: "00:00",
      end: "24:00",
    });
    expect(read.department.effectiveHolidays.map((h) => h.date)).toEqual(["2027-03-03"]);
    support = read.department;
  });

  it("clones settings, hours and own holidays into a new department with a new front line group", async () => {
    const data = await t.ok(Clone, { input: { id: support.id, name: "Support EU" } }, token);
    expect(data.cloneDepartment.userErrors).toEqual([]);
    const copy = data.cloneDepartment.department!;
    expect(copy.id).not.toBe(support.id);
    expect(copy).toMatchObject({
      name: "Support EU",
      preferredLanguage: support.preferredLanguage,
      allowManagersOutsideToView: true,
      inheritHolidaysFromBrand: false,
      tickets: support.tickets,
      callLogs: support.callLogs,
      customMessages: support.customMessages,
      businessHours: support.businessHours,
      frontLineGroup: { name: "Triage", isFrontLine: true },
    });
    expect(copy.frontLineGroup.id).not.toBe(support.frontLineGroup.id);
    expect(copy.groups).toHaveLength(1);
    expect(copy.holidays.map((h) => h.date)).toEqual(["2027-03-03"]);
    const before = await orgFingerprint(t);
    const taken = await t.ok(Clone, { input: { id: support.id, name: "support eu" } }, token);
    expect(codes(taken.cloneDepartment.userErrors)).toEqual([["TAKEN", "input.name"]]);
    expect(await orgFingerprint(t)).toEqual(before);
    const list = await t.ok(List, { brandId }, token);
    expect(list.departments.nodes.map((d) => d.name)).toEqual(["Customer Support", "Support EU"]);
  });
});
