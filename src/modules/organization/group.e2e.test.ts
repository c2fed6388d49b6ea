import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, orgFingerprint, signedInAccount } from "./testing.js";

const CreateDepartment = graphql(`
  mutation OrgGroupCreateDepartment($input: CreateDepartmentInput!) {
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

export const GroupFields = graphql(`
  fragment OrgGroupFields on Group {
    id
    name
    isFrontLine
    roundRobin
    agentCount
    department {
      id
    }
    timeEstimates {
      ticketCreatedMinutes
      ticketTransferredMinutes
      ticketMessageInMinutes
      ticketMessageOutMinutes
      liveChatStartedMinutes
      liveChatTransferredMinutes
    }
  }
`);

const CreateGroup = graphql(`
  mutation OrgGroupCreate($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group {
        ...OrgGroupFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const UpdateGroup = graphql(`
  mutation OrgGroupUpdate($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      group {
        ...OrgGroupFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const DeleteGroup = graphql(`
  mutation OrgGroupDelete($input: DeleteGroupInput!) {
    deleteGroup(input: $input) {
      deletedGroupId
      userErrors {
        code
        field
      }
    }
  }
`);

const ReadGroup = graphql(`
  query OrgGroupRead($id: ID!) {
    group(id: $id) {
      ...OrgGroupFields
      memberships {
        id
        ticketHandling
        chatHandling
        employee {
          id
        }
      }
    }
  }
`);

export const MembershipFields = graphql(`
  fragment OrgMembershipFields on AgentGroupMembership {
    id
    ticketHandling
    maxTickets
    chatHandling
    autoInactiveEnabled
    autoInactiveMinutes
    handOffOnAutoInactive
    goActiveOnLogin
    ticketsActive
    chatsActive
    employee {
      id
      username
    }
    group {
      id
      agentCount
    }
  }
`);

const AddAgent = graphql(`
  mutation OrgGroupAddAgent($input: AddAgentToGroupInput!) {
    addAgentToGroup(input: $input) {
      membership {
        ...OrgMembershipFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const UpdateMembership = graphql(`
  mutation OrgGroupUpdateMembership($input: UpdateAgentGroupMembershipInput!) {
    updateAgentGroupMembership(input: $input) {
      membership {
        ...OrgMembershipFields
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const RemoveAgent = graphql(`
  mutation OrgGroupRemoveAgent($input: RemoveAgentFromGroupInput!) {
    removeAgentFromGroup(input: $input) {
      removedMembershipId
      group {
        agentCount
      }
      userErrors {
        code
      }
    }
  }
`);

const MyGroups = graphql(`
  query OrgGroupMine {
    me {
      ... on Employee {
        groupMemberships {
          group {
            name
          }
        }
      }
    }
  }
`);

const codes = (errors: Array<{ code: string; field?: string[] | null }>) =>
  errors.map((e) => [e.code, e.field?.join(".")]);

describe("groups and agent-group memberships", () => {
  let t: TestServer;
  let token: string;
  let departmentId: string;
  let frontLineId: string;
  let agent: { globalId: string; token: string };

  beforeAll(async () => {
    t = await startTestServer("org_groups");
    token = (await adminSession(t)).token;
    const d = await t.ok(
      CreateDepartment,
      { input: { name: "Support", frontLineGroup: { newGroupName: "Support Front Line" } } },
      token,
    );
    departmentId = d.createDepartment.department!.id;
    frontLineId = d.createDepartment.department!.frontLineGroup.id;
    agent = await signedInAccount(t, "agnes", AGENT);
  });
  afterAll(async () => {
    await t?.stop();
  });

  let groupId: string;

  it("creates and updates a group with time estimates", async () => {
    const created = await t.ok(
      CreateGroup,
      { input: { departmentId, name: "Level 2", timeEstimates: { ticketCreatedMinutes: 10 } } },
      token,
    );
    expect(created.createGroup.userErrors).toEqual([]);
    expect(created.createGroup.group).toMatchObject({
      name: "Level 2",
      isFrontLine: false,
      roundRobin: false,
      agentCount: 0,
      department: { id: departmentId },
      timeEstimates: { ticketCreatedMinutes: 10, liveChatStartedMinutes: null },
    });
    groupId = created.createGroup.group!.id;
    const updated = await t.ok(
      UpdateGroup,
      {
        input: {
          id: groupId,
          name: "Escalation",
          timeEstimates: {
            ticketCreatedMinutes: null,
            ticketMessageOutMinutes: 12,
            liveChatTransferredMinutes: 0,
          },
        },
      },
      token,
    );
    expect(updated.updateGroup.group).toMatchObject({
      name: "Escalation",
      timeEstimates: {
        ticketCreatedMinutes: null,
        ticketMessageOutMinutes: 12,
        liveChatTransferredMinutes: 0,
      },
    });
  });

  it("refuses taken names and negative estimates, changing nothing", async () => {
    const before = await orgFingerprint(t);
    const taken = await t.ok(CreateGroup, { input: { departmentId, name: "escalation" } }, token);
    expect(codes(taken.createGroup.userErrors)).toEqual([["TAKEN", "input.name"]]);
    const bad = await t.ok(
      UpdateGroup,
      { input: { id: groupId, name: "support front line", timeEstimates: { ticketMessageInMinutes: -5 } } },
      token,
    );
    expect(codes(bad.updateGroup.userErrors)).toEqual([
      ["TAKEN", "input.name"],
      ["INVALID", "input.timeEstimates.ticketMessageInMinutes"],
    ]);
    expect(await orgFingerprint(t)).toEqual(before);
  });

  let membershipId: string;

  it("adds an agent with defaults; round robin follows the members' ticket handling", async () => {
    const added = await t.ok(AddAgent, { input: { employeeId: agent.globalId, groupId } }, token);
    expect(added.addAgentToGroup.userErrors).toEqual([]);
    expect(added.addAgentToGroup.membership).toMatchObject({
      ticketHandling: "PRIMARY_GROUP",
      chatHandling: "PRIMARY_GROUP",
      maxTickets: null,
      autoInactiveEnabled: false,
      goActiveOnLogin: true,
      ticketsActive: false,
      chatsActive: false,
      employee: { id: agent.globalId, username: "agnes" },
      group: { id: groupId, agentCount: 1 },
    });
    membershipId = added.addAgentToGroup.membership!.id;
    expect((await t.ok(ReadGroup, { id: groupId }, token)).group.roundRobin).toBe(true);

    const queue = await t.ok(
      UpdateMembership,
      {
        input: {
          id: membershipId,
          ticketHandling: "PULL_FROM_QUEUE",
          chatHandling: "CHAT_DISABLED",
          maxTickets: 5,
          autoInactiveEnabled: true,
          autoInactiveMinutes: 30,
          handOffOnAutoInactive: true,
        },
      },
      token,
    );
    expect(queue.updateAgentGroupMembership.membership).toMatchObject({
      ticketHandling: "PULL_FROM_QUEUE",
      chatHandling: "CHAT_DISABLED",
      chatsActive: null,
      maxTickets: 5,
      autoInactiveEnabled: true,
      autoInactiveMinutes: 30,
      handOffOnAutoInactive: true,
    });
    expect((await t.ok(ReadGroup, { id: groupId }, token)).group.roundRobin).toBe(false);
    const chatAgain = await t.ok(
      UpdateMembership,
      { input: { id: membershipId, chatHandling: "SECONDARY_GROUP" } },
      token,
    );
    expect(chatAgain.updateAgentGroupMembership.membership).toMatchObject({
      chatsActive: false,
      chatHandling: "SECONDARY_GROUP",
    });

    const mine = await t.ok(MyGroups, undefined, agent.token);
    expect(mine.me).toEqual({ groupMemberships: [{ group: { name: "Escalation" } }] });
  });

  it("refuses duplicates, unknown employees and incomplete settings, changing nothing", async () => {
    const before = await orgFingerprint(t);
    const twice = await t.ok(AddAgent, { input: { employeeId: agent.globalId, groupId } }, token);
    expect(codes(twice.addAgentToGroup.userErrors)).toEqual([["TAKEN", "input.employeeId"]]);
    const ghost = Buffer.from("Employee:00000000-0000-4000-8000-00000000beef").toString("base64url");
    const unknown = await t.ok(AddAgent, { input: { employeeId: ghost, groupId } }, token);
    expect(codes(unknown.addAgentToGroup.userErrors)).toEqual([["NOT_FOUND", "input.employeeId"]]);
    const bad = await t.ok(
      UpdateMembership,
      { input: { id: membershipId, maxTickets: -1, autoInactiveMinutes: null } },
      token,
    );
    expect(codes(bad.updateAgentGroupMembership.userErrors)).toEqual([
      ["INVALID", "input.maxTickets"],
      ["REQUIRED", "input.autoInactiveMinutes"],
    ]);
    expect(await orgFingerprint(t)).toEqual(before);
    const wrongType = await t.gql(AddAgent, { input: { employeeId: groupId, groupId } }, token);
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses deleting the front line group (FRONT_LINE_GROUP) and deletes another with its members", async () => {
    const before = await orgFingerprint(t);
    const refused = await t.ok(DeleteGroup, { input: { id: frontLineId } }, token);
    expect(codes(refused.deleteGroup.userErrors)).toEqual([["FRONT_LINE_GROUP", "input.id"]]);
    expect(await orgFingerprint(t)).toEqual(before);

    const extra = await t.ok(CreateGroup, { input: { departmentId, name: "Temp" } }, token);
    const extraId = extra.createGroup.group!.id;
    await t.ok(AddAgent, { input: { employeeId: agent.globalId, groupId: extraId } }, token);
    const deleted = await t.ok(DeleteGroup, { input: { id: extraId } }, token);
    expect(deleted.deleteGroup).toEqual({ deletedGroupId: extraId, userErrors: [] });
    const gone = await t.gql(ReadGroup, { id: extraId }, token);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const mine = await t.ok(MyGroups, undefined, agent.token);
    expect(mine.me).toEqual({ groupMemberships: [{ group: { name: "Escalation" } }] });
  });

  it("removes an agent from a group", async () => {
    const removed = await t.ok(RemoveAgent, { input: { id: membershipId } }, token);
    expect(removed.removeAgentFromGroup).toEqual({
      removedMembershipId: membershipId,
      group: { agentCount: 0 },
      userErrors: [],
    });
    expect((await t.ok(MyGroups, undefined, agent.token)).me).toEqual({ groupMemberships: [] });
  });
});
