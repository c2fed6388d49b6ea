import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { login } from "../../core/testing/fixtures.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { TEST_PASSWORD, predefinedRoleIds, signedIn } from "../accounts/testing.js";
import { AGENT, rawId, sql, signedInAccount } from "../organization/testing.js";
import type { SignedInAccount } from "../organization/testing.js";

/**
 * Test helpers shared by the tickets e2e files: a department, agents in groups, custom employee roles and
 * tickets created through the createTicket mutation. codegen reads test files only, so these fixture
 * operations are parsed here and typed by hand (each test file keeps its own typed operations).
 */

function op<T>(source: string): TypedDocumentNode<T, Record<string, unknown>> {
  return parse(source) as TypedDocumentNode<T, Record<string, unknown>>;
}

interface Errors {
  userErrors: Array<{ code: string; field?: string[] | null; message?: string }>;
}

const CreateDepartment = op<{
  createDepartment: { department: { id: string; frontLineGroup: { id: string } } | null } & Errors;
}>(`
  mutation TktFixtureDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        frontLineGroup {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const AddMember = op<{ addAgentToGroup: Errors }>(`
  mutation TktFixtureAddMember($input: AddAgentToGroupInput!) {
    addAgentToGroup(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CreateRole = op<{ createRole: { role: { id: string } | null } & Errors }>(`
  mutation TktFixtureCreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const SetRoles = op<{ setAccountRoles: Errors }>(`
  mutation TktFixtureSetRoles($input: SetAccountRolesInput!) {
    setAccountRoles(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CreateTicket = op<{
  createTicket: { ticket: { id: string; ticketNumber: string; status: string } | null } & Errors;
}>(`
  mutation TktFixtureCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket {
        id
        ticketNumber
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export interface TestDepartment {
  id: string;
  groupId: string;
}

function fail(what: string, errors: Errors["userErrors"]): never {
  throw new Error(`${what}: ${JSON.stringify(errors)}`);
}

/** A department (with its front line group) created through the API; `settings` are DepartmentSettingsInput. */
export async function department(
  t: TestServer,
  token: string,
  name: string,
  settings: Record<string, unknown> = {},
): Promise<TestDepartment> {
  const r = await t.ok(
    CreateDepartment,
    { input: { name, frontLineGroup: { newGroupName: `${name} L1` }, ...settings } },
    token,
  );
  const d = r.createDepartment.department;
  if (!d) fail("createDepartment", r.createDepartment.userErrors);
  return { id: d.id, groupId: d.frontLineGroup.id };
}

/** An employee with `roles` (predefined), a member of each group. */
export async function agentIn(
  t: TestServer,
  adminToken: string,
  username: string,
  groupIds: string[],
  roles = AGENT,
): Promise<SignedInAccount> {
  const agent = await signedInAccount(t, username, roles);
  for (const groupId of groupIds) {
    const r = await t.ok(AddMember, { input: { groupId, employeeId: agent.globalId } }, adminToken);
    if (r.addAgentToGroup.userErrors.length) fail("addAgentToGroup", r.addAgentToGroup.userErrors);
  }
  return agent;
}

/** A custom employee role whose Tickets level is CUSTOM with exactly `actions`; returns its global id. */
export async function customTicketRole(
  t: TestServer,
  adminToken: string,
  name: string,
  actions: string[],
): Promise<string> {
  const r = await t.ok(
    CreateRole,
    {
      input: {
        name,
        type: "EMPLOYEE",
        grants: [{ feature: "TICKETS", level: "CUSTOM", customActions: actions }],
      },
    },
    adminToken,
  );
  if (!r.createRole.role) fail("createRole", r.createRole.userErrors);
  return r.createRole.role.id;
}

/** Replaces an account's roles through setAccountRoles (the caller signs in again to see them). */
export async function setRoles(
  t: TestServer,
  adminToken: string,
  accountId: string,
  roleIds: string[],
): Promise<void> {
  const r = await t.ok(SetRoles, { input: { accountId, roleIds } }, adminToken);
  if (r.setAccountRoles.userErrors.length) fail("setAccountRoles", r.setAccountRoles.userErrors);
}

/**
 * An employee whose roles are Everyone, Registered User and the given custom role (set through
 * setAccountRoles, then signed in again), a member of each group.
 */
export async function agentWithRole(
  t: TestServer,
  adminToken: string,
  username: string,
  roleId: string,
  groupIds: string[],
): Promise<SignedInAccount> {
  const account = await signedIn(t, username, "EMPLOYEE");
  const predefined = await predefinedRoleIds(t);
  await setRoles(t, adminToken, account.globalId, [predefined.EVERYONE, predefined.REGISTERED_USER, roleId]);
  for (const groupId of groupIds) {
    const r = await t.ok(AddMember, { input: { groupId, employeeId: account.globalId } }, adminToken);
    if (r.addAgentToGroup.userErrors.length) fail("addAgentToGroup", r.addAgentToGroup.userErrors);
  }
  const session = await login(t, username, TEST_PASSWORD);
  return { id: rawId(account.globalId), globalId: account.globalId, token: session.accessToken };
}

/** Creates a ticket through the createTicket mutation; fails the test on userErrors. */
export async function createTicket(
  t: TestServer,
  token: string,
  departmentId: string,
  extra: Record<string, unknown> = {},
) {
  const r = await t.ok(
    CreateTicket,
    {
      input: {
        subject: "Printer on fire",
        departmentId,
        requesterEmail: "cust@example.com",
        message: { textBody: "help" },
        ...extra,
      },
    },
    token,
  );
  if (!r.createTicket.ticket) fail("createTicket", r.createTicket.userErrors);
  return r.createTicket.ticket;
}

/** The raw uuid inside a global id. */
export function raw(globalId: string): string {
  return Buffer.from(globalId, "base64url").toString().split(":")[1]!;
}

/** The ticket row as JSON: equal before and after = the refused call changed nothing. */
export async function fingerprint(t: TestServer, ticketGlobalId: string): Promise<string | undefined> {
  const [row] = await sql<{ j: string }>(t, `select row_to_json(x)::text as j from ticket x where id = ?`, [
    raw(ticketGlobalId),
  ]);
  return row?.j;
}

/** Counts of a ticket's child rows (messages, comments, attachments, time logs, history). */
export async function childCounts(t: TestServer, ticketGlobalId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    "ticket_message",
    "ticket_comment",
    "ticket_attachment",
    "ticket_time_log",
    "ticket_history",
  ]) {
    const [row] = await sql<{ n: string }>(t, `select count(*) as n from ${table} where ticket_id = ?`, [
      raw(ticketGlobalId),
    ]);
    out[table] = Number(row!.n);
  }
  return out;
}
