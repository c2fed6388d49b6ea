import type { EntityManager } from "@mikro-orm/postgresql";
import { build } from "../../core/db/base.entity.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { login } from "../../core/testing/fixtures.js";
import { usernameKey } from "../accounts/account.entity.js";
import { Employee } from "../accounts/employee.entity.js";
import { User } from "../accounts/user.entity.js";
import { PredefinedRole, Role } from "../roles/role.entity.js";
import { hashPassword } from "./password.js";

/** Roles of a new employee (002 L6205-6210) and of a registered end user. */
export const AGENT_ROLES = [
  PredefinedRole.EVERYONE,
  PredefinedRole.REGISTERED_USER,
  PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL,
  PredefinedRole.AGENT,
];
export const USER_ROLES = [PredefinedRole.EVERYONE, PredefinedRole.REGISTERED_USER];

export interface TestAccount {
  /** Raw uuid, for SQL in tests. */
  id: string;
  /** Global id, for the API. */
  globalId: string;
  username: string;
  password: string;
}

interface AccountSpec {
  username: string;
  password?: string;
  roles?: PredefinedRole[];
  forcePasswordChange?: boolean;
}

/**
 * Inserts an account straight into the database (tests of auth must not wait for the accounts module's
 * mutations). Roles are the predefined rows seeded at boot.
 */
async function insertAccount(
  t: TestServer,
  Cls: typeof Employee | typeof User,
  spec: AccountSpec,
  defaultRoles: PredefinedRole[],
): Promise<TestAccount> {
  const em = t.server.runtime.orm.em.fork() as EntityManager;
  const password = spec.password ?? "Test-Passw0rd!";
  const roles = await em.find(Role, { predefined: { $in: spec.roles ?? defaultRoles } });
  const account = build(Cls as typeof Employee, {
    username: spec.username,
    usernameKey: usernameKey(spec.username),
    displayName: spec.username,
    email: `${spec.username}@example.com`,
    emailVerified: true,
    passwordHash: await hashPassword(password),
    passwordChangedAt: new Date(),
    forcePasswordChange: spec.forcePasswordChange ?? false,
  });
  account.roles.set(roles);
  await em.persistAndFlush(account);
  return { id: account.id, globalId: toGlobalId(Cls.name, account.id), username: spec.username, password };
}

export function createTestEmployee(t: TestServer, spec: AccountSpec): Promise<TestAccount> {
  return insertAccount(t, Employee, spec, AGENT_ROLES);
}

export function createTestUser(t: TestServer, spec: AccountSpec): Promise<TestAccount> {
  return insertAccount(t, User, spec, USER_ROLES);
}

/** An account and a signed-in session of it. */
export async function signedIn(t: TestServer, account: TestAccount) {
  const session = await login(t, account.username, account.password);
  return { ...account, token: session.accessToken, refreshToken: session.refreshToken, session };
}

/** Runs SQL against the test server's database (to arrange state or check that nothing changed). */
export async function sql<T = Record<string, unknown>>(
  t: TestServer,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return t.server.runtime.orm.em.getConnection().execute(query, params);
}

/** Takes a predefined role away from an account, behind the API's back (as the roles module would). */
export async function removeRole(t: TestServer, accountId: string, role: PredefinedRole): Promise<void> {
  await sql(
    t,
    `delete from account_role where account_id = ? and role_id = (select id from role where predefined = ?)`,
    [accountId, role],
  );
}

/** Resolves when `predicate` holds, polling; fails after `ms`. */
export async function eventually(predicate: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
