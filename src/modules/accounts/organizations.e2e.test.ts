import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../core/testing/gql/index.js";
import type { CreateUserInput } from "../../core/testing/gql/graphql.js";
import { adminSession } from "../../core/testing/fixtures.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";

const List = graphql(`
  query AccOrgList($search: String) {
    organizations(first: 50, search: $search) {
      totalCount
      nodes {
        id
        name
        website
      }
    }
  }
`);

const Get = graphql(`
  query AccOrgGet($id: ID!, $first: Int) {
    organization(id: $id) {
      id
      name
      website
      phoneNumber
      numberOfEmployees
      city
      country
      members {
        id
        type
        value
        viewOrganizationTicketsInPortal
      }
      users(first: $first) {
        totalCount
        nodes {
          username
        }
      }
    }
  }
`);

const Create = graphql(`
  mutation AccOrgCreate($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        members {
          id
          type
          value
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation AccOrgUpdate($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        id
        name
        website
        city
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const AddMember = graphql(`
  mutation AccOrgAddMember($input: AddOrganizationMemberInput!) {
    addOrganizationMember(input: $input) {
      member {
        id
        type
        value
        viewOrganizationTicketsInPortal
      }
      organization {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const UpdateMember = graphql(`
  mutation AccOrgUpdateMember($input: UpdateOrganizationMemberInput!) {
    updateOrganizationMember(input: $input) {
      member {
        id
        value
        viewOrganizationTicketsInPortal
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const RemoveMember = graphql(`
  mutation AccOrgRemoveMember($input: RemoveOrganizationMemberInput!) {
    removeOrganizationMember(input: $input) {
      removedMemberId
      userErrors {
        code
      }
    }
  }
`);

const Delete = graphql(`
  mutation AccOrgDelete($input: DeleteOrganizationsInput!) {
    deleteOrganizations(input: $input) {
      deletedOrganizationIds
      userErrors {
        code
      }
    }
  }
`);

const CreateUser = graphql(`
  mutation AccOrgCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const UserOrgs = graphql(`
  query AccOrgUserOrgs($id: ID!) {
    user(id: $id) {
      organizations {
        name
      }
    }
  }
`);

const UsersInOrg = graphql(`
  query AccOrgUsersInOrg($organizationId: ID, $search: String, $first: Int) {
    users(organizationId: $organizationId, search: $search, first: $first) {
      totalCount
      nodes {
        username
        organizations {
          name
        }
      }
    }
  }
`);

const PASSWORD = "Org-Cust-Passw0rd!";

describe("customer organizations", () => {
  let t: TestServer;
  let admin: string;
  const users: Record<string, string> = {};
  let acme: string;

  async function user(input: CreateUserInput): Promise<string> {
    const result = await t.ok(CreateUser, { input: { password: PASSWORD, ...input } }, admin);
    expect(result.createUser.userErrors).toEqual([]);
    users[input.username] = result.createUser.user!.id;
    return result.createUser.user!.id;
  }

  async function orgUsers(id: string): Promise<string[]> {
    return (await t.ok(Get, { id }, admin)).organization.users.nodes.map((u) => u.username).sort();
  }

  async function orgNames(userId: string): Promise<string[]> {
    return (await t.ok(UserOrgs, { id: userId }, admin)).user.organizations.map((o) => o.name);
  }

  beforeAll(async () => {
    t = await startTestServer("organizations");
    admin = (await adminSession(t)).token;
    await user({ username: "jane", email: "Jane@ACME.test" });
    await user({ username: "john", email: "john@other.test" });
    await user({ username: "contractor", email: "c@freelance.test" });
    await user({ username: "phoney", cellPhone: "+1 (555) 010-2000" });
    await user({ username: "outsider", email: "o@elsewhere.test" });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("creates an organization whose users are whoever its member rules match", async () => {
    const created = await t.ok(
      Create,
      {
        input: {
          name: "Acme",
          website: "https://acme.test",
          phoneNumber: "+1 555 0100",
          numberOfEmployees: "11-50",
          city: "Springfield",
          country: "US",
          members: [
            { type: "DOMAIN_NAME", value: "@Acme.TEST", viewOrganizationTicketsInPortal: true },
            { type: "USERNAME", value: "JOHN" },
            { type: "EMAIL_ADDRESS", value: "C@Freelance.test" },
            { type: "PHONE_NUMBER", value: "15550102000" },
          ],
        },
      },
      admin,
    );
    expect(created.createOrganization.userErrors).toEqual([]);
    acme = created.createOrganization.organization!.id;
    const { organization } = await t.ok(Get, { id: acme }, admin);
    expect(organization).toMatchObject({ name: "Acme", numberOfEmployees: "11-50", city: "Springfield" });
    expect(organization.members.map((m) => [m.type, m.value, m.viewOrganizationTicketsInPortal])).toEqual([
      ["EMAIL_ADDRESS", "C@Freelance.test", false],
      ["USERNAME", "JOHN", false],
      ["DOMAIN_NAME", "Acme.TEST", true],
      ["PHONE_NUMBER", "15550102000", false],
    ]);
    expect(organization.users.totalCount).toBe(4);
    expect(await orgUsers(acme)).toEqual(["contractor", "jane", "john", "phoney"]);
    expect(await orgNames(users.jane!)).toEqual(["Acme"]);
    expect(await orgNames(users.outsider!)).toEqual([]);
    const filtered = await t.ok(UsersInOrg, { organizationId: acme, search: "jo" }, admin);
    expect(filtered.users.nodes.map((u) => u.username)).toEqual(["john"]);
    const paged = await t.ok(Get, { id: acme, first: 2 }, admin);
    expect(paged.organization.users.nodes).toHaveLength(2);
    expect(paged.organization.users.totalCount).toBe(4);
  });

  it("recomputes membership when rules change, for existing users too", async () => {
    const other = await t.ok(
      Create,
      { input: { name: "Globex", members: [{ type: "DOMAIN_NAME", value: "acme.test" }] } },
      admin,
    );
    const globex = other.createOrganization.organization!.id;
    expect(await orgNames(users.jane!)).toEqual(["Acme", "Globex"]);
    const added = await t.ok(
      AddMember,
      { input: { organizationId: globex, type: "USERNAME", value: "outsider" } },
      admin,
    );
    expect(added.addOrganizationMember.userErrors).toEqual([]);
    expect(await orgUsers(globex)).toEqual(["jane", "outsider"]);
    const memberId = added.addOrganizationMember.member!.id;
    const changed = await t.ok(
      UpdateMember,
      { input: { id: memberId, value: "contractor", viewOrganizationTicketsInPortal: true } },
      admin,
    );
    expect(changed.updateOrganizationMember.member).toMatchObject({
      value: "contractor",
      viewOrganizationTicketsInPortal: true,
    });
    expect(await orgUsers(globex)).toEqual(["contractor", "jane"]);
    const removed = await t.ok(RemoveMember, { input: { id: memberId } }, admin);
    expect(removed.removeOrganizationMember.removedMemberId).toBe(memberId);
    expect(await orgUsers(globex)).toEqual(["jane"]);
    const deleted = await t.ok(Delete, { input: { ids: [globex] } }, admin);
    expect(deleted.deleteOrganizations.deletedOrganizationIds).toEqual([globex]);
    expect(await orgNames(users.jane!)).toEqual(["Acme"]);
    expect((await t.gql(Get, { id: globex }, admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses bad organizations and member rules and changes nothing", async () => {
    const before = (await t.ok(List, {}, admin)).organizations.totalCount;
    const membersBefore = (await t.ok(Get, { id: acme }, admin)).organization.members;
    const creates = [
      [{ name: " " }, "REQUIRED", "input.name"],
      [
        {
          name: "X",
          members: [
            { type: "PHONE_NUMBER" as const, value: "555 0102", viewOrganizationTicketsInPortal: true },
          ],
        },
        "NOT_ALLOWED",
        "input.members.0.viewOrganizationTicketsInPortal",
      ],
      [
        { name: "X", members: [{ type: "DOMAIN_NAME" as const, value: "not a domain" }] },
        "INVALID",
        "input.members.0.value",
      ],
      [
        { name: "X", members: [{ type: "EMAIL_ADDRESS" as const, value: "nobody" }] },
        "INVALID",
        "input.members.0.value",
      ],
      [
        {
          name: "X",
          members: [
            { type: "USERNAME" as const, value: "Bob" },
            { type: "USERNAME" as const, value: "bob" },
          ],
        },
        "DUPLICATE",
        "input.members.1",
      ],
    ] as const;
    for (const [input, code, field] of creates) {
      const result = await t.ok(Create, { input: input as never }, admin);
      expect(result.createOrganization.organization, code).toBeNull();
      expect(result.createOrganization.userErrors.map((e) => [e.code, e.field?.join(".")])).toContainEqual([
        code,
        field,
      ]);
    }
    const dup = await t.ok(
      AddMember,
      { input: { organizationId: acme, type: "USERNAME", value: "john" } },
      admin,
    );
    expect(dup.addOrganizationMember.userErrors.map((e) => e.code)).toEqual(["DUPLICATE"]);
    const phone = await t.ok(
      AddMember,
      {
        input: {
          organizationId: acme,
          type: "PHONE_NUMBER",
          value: "+49 30 123",
          viewOrganizationTicketsInPortal: true,
        },
      },
      admin,
    );
    expect(phone.addOrganizationMember.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    const phoneMember = membersBefore.find((m) => m.type === "PHONE_NUMBER")!;
    const portal = await t.ok(
      UpdateMember,
      { input: { id: phoneMember.id, viewOrganizationTicketsInPortal: true } },
      admin,
    );
    expect(portal.updateOrganizationMember.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    const emailMember = membersBefore.find((m) => m.type === "EMAIL_ADDRESS")!;
    const clash = await t.ok(
      UpdateMember,
      { input: { id: emailMember.id, type: "USERNAME", value: "John" } },
      admin,
    );
    expect(clash.updateOrganizationMember.userErrors.map((e) => e.code)).toEqual(["DUPLICATE"]);
    const noName = await t.ok(Update, { input: { id: acme, name: "", city: "Elsewhere" } }, admin);
    expect(noName.updateOrganization.userErrors.map((e) => e.code)).toEqual(["REQUIRED"]);
    expect((await t.ok(List, {}, admin)).organizations.totalCount).toBe(before);
    const after = (await t.ok(Get, { id: acme }, admin)).organization;
    expect(after.members).toEqual(membersBefore);
    expect(after.city).toBe("Springfield");
  });

  it("updates details and searches all organizations", async () => {
    const updated = await t.ok(
      Update,
      { input: { id: acme, name: "Acme Corp", city: null, website: "https://acme.example" } },
      admin,
    );
    expect(updated.updateOrganization.organization).toMatchObject({
      name: "Acme Corp",
      city: null,
      website: "https://acme.example",
    });
    await t.ok(Create, { input: { name: "Initech", website: "https://initech.test" } }, admin);
    expect((await t.ok(List, { search: "ACME" }, admin)).organizations.nodes.map((o) => o.name)).toEqual([
      "Acme Corp",
    ]);
    expect(
      (await t.ok(List, { search: "initech.test" }, admin)).organizations.nodes.map((o) => o.name),
    ).toEqual(["Initech"]);
    expect((await t.ok(List, {}, admin)).organizations.nodes.map((o) => o.name)).toEqual([
      "Acme Corp",
      "Initech",
    ]);
  });
});
