import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { login } from "../../core/testing/fixtures.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { predefinedRoleIds } from "../accounts/testing.js";

/**
 * Fixtures of the canned replies e2e tests, all through the API: departments, employees, group
 * memberships, custom roles and tickets. codegen reads test files only, so these operations are parsed here
 * and typed by hand.
 */

function op<T>(source: string): TypedDocumentNode<T, Record<string, unknown>> {
  return parse(source) as TypedDocumentNode<T, Record<string, unknown>>;
}

interface Errors {
  userErrors: Array<{ code: string; message?: string }>;
}

const PASSWORD = "Canned-Test-Passw0rd!";

const CreateDepartment = op<{
  createDepartment: { department: { id: string; frontLineGroup: { id: string } } | null } & Errors;
}>(`mutation CannedFixtureDepartment($input: CreateDepartmentInput!) {
  createDepartment(input: $input) { department { id frontLineGroup { id } } userErrors { code message } }
}`);

const CreateEmployee = op<{ createEmployee: { employee: { id: string } | null } & Errors }>(`
mutation CannedFixtureEmployee($input: CreateEmployeeInput!) {
  createEmployee(input: $input) { employee { id } userErrors { code message } }
}`);

const AddMember = op<{
  addAgentToGroup: Errors;
}>(`mutation CannedFixtureMember($input: AddAgentToGroupInput!) {
  addAgentToGroup(input: $input) { userErrors { code message } }
}`);

const CreateRole = op<{ createRole: { role: { id: string } | null } & Errors }>(`
mutation CannedFixtureRole($input: CreateRoleInput!) {
  createRole(input: $input) { role { id } userErrors { code message } }
}`);

const CreateTicket = op<{ createTicket: { ticket: { id: string; ticketNumber: string } | null } & Errors }>(`
mutation CannedFixtureTicket($input: CreateTicketInput!) {
  createTicket(input: $input) { ticket { id ticketNumber } userErrors { code message } }
}`);

function check(what: string, errors: Errors["userErrors"]): void {
  if (errors.length) throw new Error(`${what}: ${JSON.stringify(errors)}`);
}

export interface Dept {
  id: string;
  groupId: string;
}

export async function department(t: TestServer, admin: string, name: string): Promise<Dept> {
  const r = await t.ok(
    CreateDepartment,
    { input: { name, frontLineGroup: { newGroupName: `${name} L1` } } },
    admin,
  );
  check("createDepartment", r.createDepartment.userErrors);
  const d = r.createDepartment.department!;
  return { id: d.id, groupId: d.frontLineGroup.id };
}

export interface Agent {
  id: string;
  token: string;
}

/**
 * An employee created with createEmployee holding `roles` (predefined keys such as AGENT, or custom role
 * global ids), a member of each group, signed in.
 */
export async function employee(
  t: TestServer,
  admin: string,
  username: string,
  groupIds: string[],
  roles: string[] = ["AGENT"],
  displayName = username,
): Promise<Agent> {
  const predefined = (await predefinedRoleIds(t)) as Record<string, string>;
  const roleIds = roles.map((r) => predefined[r] ?? r);
  const r = await t.ok(
    CreateEmployee,
    { input: { username, displayName, email: `${username}@example.com`, password: PASSWORD, roleIds } },
    admin,
  );
  check("createEmployee", r.createEmployee.userErrors);
  const id = r.createEmployee.employee!.id;
  for (const groupId of groupIds) {
    const m = await t.ok(AddMember, { input: { groupId, employeeId: id } }, admin);
    check("addAgentToGroup", m.addAgentToGroup.userErrors);
  }
  const session = await login(t, username, PASSWORD);
  return { id, token: session.accessToken };
}

/** An employee role with Canned Replies at CUSTOM holding exactly `actions` (Tickets full, to render). */
export async function cannedRole(
  t: TestServer,
  admin: string,
  name: string,
  actions: string[],
): Promise<string> {
  const r = await t.ok(
    CreateRole,
    {
      input: {
        name,
        type: "EMPLOYEE",
        grants: [
          { feature: "CANNED_REPLIES", level: "CUSTOM", customActions: actions },
          { feature: "TICKETS", level: "FULL_CONTROL" },
        ],
      },
    },
    admin,
  );
  check("createRole", r.createRole.userErrors);
  return r.createRole.role!.id;
}

export async function ticket(t: TestServer, token: string, input: Record<string, unknown>) {
  const r = await t.ok(CreateTicket, { input: { message: { textBody: "help" }, ...input } }, token);
  check("createTicket", r.createTicket.userErrors);
  return r.createTicket.ticket!;
}
