import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { AGENT, signedInAccount } from "./testing.js";

const CreateDepartment = graphql(`
  mutation OrgTreeCreateDepartment($input: CreateDepartmentInput!) {
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

const CreateGroup = graphql(`
  mutation OrgTreeCreateGroup($input: CreateGroupInput!) {
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

const AddAgent = graphql(`
  mutation OrgTreeAddAgent($input: AddAgentToGroupInput!) {
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

const Tree = graphql(`
  query OrgTreeRead {
    departments(first: 50) {
      nodes {
        name
        agentCount
        brand {
          name
        }
        frontLineGroup {
          name
        }
        groups {
          name
          roundRobin
          memberships {
            ticketHandling
            employee {
              username
            }
            group {
              name
            }
          }
        }
      }
    }
  }
`);

/** Every relation of the organization goes through a DataLoader: list size does not change the SQL count. */
describe("organization tree", () => {
  let t: TestServer;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer("org_tree");
    token = (await adminSession(t)).token;
    await t.ok(
      CreateDepartment,
      { input: { name: "Support", frontLineGroup: { newGroupName: "Support FL" } } },
      token,
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("loads the department tree with a constant number of SQL statements (no N+1)", async () => {
    const run = async () => {
      const statements = await t.statementsDuring(() => t.ok(Tree, undefined, token));
      const selects = statements.filter((q) => /\bselect\b/i.test(q));
      if (process.env.PRINT_SQL) console.error(selects.join("\n"));
      return selects.length;
    };
    const grow = async (n: number) => {
      const d = await t.ok(
        CreateDepartment,
        { input: { name: `Dept ${n}`, frontLineGroup: { newGroupName: `FL ${n}` } } },
        token,
      );
      const id = d.createDepartment.department!.id;
      const g = await t.ok(CreateGroup, { input: { departmentId: id, name: `G ${n}` } }, token);
      const member = await signedInAccount(t, `agent${n}`, AGENT);
      for (const group of [g.createGroup.group!.id, d.createDepartment.department!.frontLineGroup.id]) {
        await t.ok(AddAgent, { input: { employeeId: member.globalId, groupId: group } }, token);
      }
    };
    await grow(1);
    const small = await run();
    await grow(2);
    await grow(3);
    await grow(4);
    const large = await run();
    const tree = await t.ok(Tree, undefined, token);
    expect(tree.departments.nodes.length).toBe(5);
    expect(tree.departments.nodes.find((d) => d.name === "Dept 3")).toMatchObject({
      agentCount: 1,
      frontLineGroup: { name: "FL 3" },
      groups: [
        {
          name: "FL 3",
          roundRobin: true,
          memberships: [{ employee: { username: "agent3" }, group: { name: "FL 3" } }],
        },
        {
          name: "G 3",
          roundRobin: true,
          memberships: [{ employee: { username: "agent3" }, group: { name: "G 3" } }],
        },
      ],
    });
    expect(small).toBeGreaterThan(5);
    // statementsDuring counts only the request's own statements: exactly as many for 5 departments as for 2.
    expect(large).toBe(small);
  });
});
