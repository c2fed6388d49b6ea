import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, MANAGER, orgFingerprint, signedInAccount } from "./testing.js";

const Arrange = graphql(`
  mutation OrgPermArrange($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        frontLineGroup {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const ArrangeMember = graphql(`
  mutation OrgPermArrangeMember($input: AddAgentToGroupInput!) {
    addAgentToGroup(input: $input) {
      membership {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const ArrangeHoliday = graphql(`
  mutation OrgPermArrangeHoliday($input: AddBrandHolidayInput!) {
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

const Ops = {
  createBrand: graphql(`
    mutation OrgPermCreateBrand($input: CreateBrandInput!) {
      createBrand(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  updateBrand: graphql(`
    mutation OrgPermUpdateBrand($input: UpdateBrandInput!) {
      updateBrand(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  setDefaultBrand: graphql(`
    mutation OrgPermSetDefaultBrand($input: BrandIdInput!) {
      setDefaultBrand(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  setBrandBusinessHours: graphql(`
    mutation OrgPermBrandHours($input: SetBrandBusinessHoursInput!) {
      setBrandBusinessHours(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  addBrandHoliday: graphql(`
    mutation OrgPermAddBrandHoliday($input: AddBrandHolidayInput!) {
      addBrandHoliday(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  removeBrandHoliday: graphql(`
    mutation OrgPermRemoveBrandHoliday($input: RemoveHolidayInput!) {
      removeBrandHoliday(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  deleteBrand: graphql(`
    mutation OrgPermDeleteBrand($input: BrandIdInput!) {
      deleteBrand(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  createDepartment: graphql(`
    mutation OrgPermCreateDepartment($input: CreateDepartmentInput!) {
      createDepartment(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  updateDepartment: graphql(`
    mutation OrgPermUpdateDepartment($input: UpdateDepartmentInput!) {
      updateDepartment(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  cloneDepartment: graphql(`
    mutation OrgPermCloneDepartment($input: CloneDepartmentInput!) {
      cloneDepartment(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  deleteDepartment: graphql(`
    mutation OrgPermDeleteDepartment($input: DeleteDepartmentInput!) {
      deleteDepartment(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  setDepartmentBusinessHours: graphql(`
    mutation OrgPermDepartmentHours($input: SetDepartmentBusinessHoursInput!) {
      setDepartmentBusinessHours(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  addDepartmentHoliday: graphql(`
    mutation OrgPermAddDepartmentHoliday($input: AddDepartmentHolidayInput!) {
      addDepartmentHoliday(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  removeDepartmentHoliday: graphql(`
    mutation OrgPermRemoveDepartmentHoliday($input: RemoveHolidayInput!) {
      removeDepartmentHoliday(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  createGroup: graphql(`
    mutation OrgPermCreateGroup($input: CreateGroupInput!) {
      createGroup(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  updateGroup: graphql(`
    mutation OrgPermUpdateGroup($input: UpdateGroupInput!) {
      updateGroup(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  deleteGroup: graphql(`
    mutation OrgPermDeleteGroup($input: DeleteGroupInput!) {
      deleteGroup(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  addAgentToGroup: graphql(`
    mutation OrgPermAddAgent($input: AddAgentToGroupInput!) {
      addAgentToGroup(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  updateAgentGroupMembership: graphql(`
    mutation OrgPermUpdateMembership($input: UpdateAgentGroupMembershipInput!) {
      updateAgentGroupMembership(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
  removeAgentFromGroup: graphql(`
    mutation OrgPermRemoveAgent($input: RemoveAgentFromGroupInput!) {
      removeAgentFromGroup(input: $input) {
        userErrors {
          code
        }
      }
    }
  `),
};

describe("organization settings need ADMINISTRATION", () => {
  let t: TestServer;
  let brandId: string;
  let departmentId: string;
  let groupId: string;
  let membershipId: string;
  let holidayId: string;
  let agentId: string;
  const callers: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer("org_permissions");
    const admin = await adminSession(t);
    brandId = admin.brandId;
    const d = await t.ok(
      Arrange,
      { input: { name: "Support", frontLineGroup: { newGroupName: "Support FL" } } },
      admin.token,
    );
    departmentId = d.createDepartment.department!.id;
    groupId = d.createDepartment.department!.frontLineGroup.id;
    const agent = await signedInAccount(t, "agent", AGENT);
    const manager = await signedInAccount(t, "manager", MANAGER);
    agentId = agent.globalId;
    callers.agent = agent.token;
    callers.manager = manager.token;
    const m = await t.ok(ArrangeMember, { input: { employeeId: agentId, groupId } }, admin.token);
    membershipId = m.addAgentToGroup.membership!.id;
    const h = await t.ok(
      ArrangeHoliday,
      { input: { brandId, name: "Day", date: "2027-07-04" } },
      admin.token,
    );
    holidayId = h.addBrandHoliday.holiday!.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  // Valid inputs: the refusal must come from the permission, not from validation.
  const inputs = (): Record<keyof typeof Ops, unknown> => ({
    createBrand: { name: "X", hostHeaders: ["x.example"] },
    updateBrand: { id: brandId, options: { name: "Renamed" } },
    setDefaultBrand: { id: brandId },
    setBrandBusinessHours: { brandId, days: [{ dayOfWeek: "MONDAY", start: null, end: null }] },
    addBrandHoliday: { brandId, name: "Other", date: "2027-12-25" },
    removeBrandHoliday: { id: holidayId },
    deleteBrand: { id: brandId },
    createDepartment: { name: "Sales", frontLineGroup: { newGroupName: "Sales FL" } },
    updateDepartment: { id: departmentId, name: "Renamed" },
    cloneDepartment: { id: departmentId, name: "Copy" },
    deleteDepartment: { id: departmentId },
    setDepartmentBusinessHours: { departmentId, days: [{ dayOfWeek: "MONDAY", start: null, end: null }] },
    addDepartmentHoliday: { departmentId, name: "Other", date: "2027-12-25" },
    removeDepartmentHoliday: { id: holidayId },
    createGroup: { departmentId, name: "Level 2" },
    updateGroup: { id: groupId, name: "Renamed" },
    deleteGroup: { id: groupId },
    addAgentToGroup: { employeeId: agentId, groupId },
    updateAgentGroupMembership: { id: membershipId, maxTickets: 1 },
    removeAgentFromGroup: { id: membershipId },
  });

  for (const caller of ["agent", "manager"]) {
    for (const name of Object.keys(Ops) as Array<keyof typeof Ops>) {
      it(`${name} is FORBIDDEN for an ${caller}, and changes nothing`, async () => {
        const before = await orgFingerprint(t);
        const doc = Ops[name] as TypedDocumentNode<unknown, { input: unknown }>;
        const result = await t.gql(doc, { input: inputs()[name] }, callers[caller]);
        expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(await orgFingerprint(t)).toEqual(before);
      });
    }
  }
});
