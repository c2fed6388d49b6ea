import type { EntityManager } from "@mikro-orm/postgresql";
import { build } from "../../core/db/base.entity.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { login } from "../../core/testing/fixtures.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { Employee, User, usernameKey } from "../accounts/index.js";
import { hashPassword } from "../auth/index.js";
import { PredefinedRole, Role } from "../roles/index.js";

/** Test helpers of the organization module: accounts inserted through the ORM, SQL, change detection. */

const PASSWORD = "Org-Test-Passw0rd!";

export const AGENT = [
  PredefinedRole.EVERYONE,
  PredefinedRole.REGISTERED_USER,
  PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL,
  PredefinedRole.AGENT,
];
export const MANAGER = [...AGENT, PredefinedRole.MANAGER];
export const END_USER = [PredefinedRole.EVERYONE, PredefinedRole.REGISTERED_USER];

export interface SignedInAccount {
  id: string;
  globalId: string;
  token: string;
}

/** Inserts an employee (or end user) with the given predefined roles and signs it in. */
export async function signedInAccount(
  t: TestServer,
  username: string,
  roles: PredefinedRole[],
  kind: "EMPLOYEE" | "USER" = "EMPLOYEE",
): Promise<SignedInAccount> {
  const em = t.server.runtime.orm.em.fork() as EntityManager;
  const Cls = kind === "EMPLOYEE" ? Employee : User;
  const account = build(Cls as typeof Employee, {
    username,
    usernameKey: usernameKey(username),
    displayName: username,
    email: `${username}@example.com`,
    emailVerified: true,
    passwordHash: await hashPassword(PASSWORD),
    passwordChangedAt: new Date(),
  });
  account.roles.set(await em.find(Role, { predefined: { $in: roles } }));
  await em.persistAndFlush(account);
  const session = await login(t, username, PASSWORD);
  return { id: account.id, globalId: toGlobalId(Cls.name, account.id), token: session.accessToken };
}

export async function sql<T = Record<string, unknown>>(
  t: TestServer,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return t.server.runtime.orm.em.getConnection().execute(query, params);
}

const TABLES = ["brand", "department", "department_group", "agent_group_membership", "holiday"];

/** A fingerprint of every organization row: equal before and after = nothing was written. */
export async function orgFingerprint(t: TestServer): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await sql<{ n: string; h: string | null }>(
      t,
      `select count(*) as n, md5(string_agg(row_to_json(x)::text, ',' order by x.id)) as h from "${table}" x`,
    );
    result[table] = `${row!.n}:${row!.h ?? "-"}`;
  }
  return result;
}

/** The raw uuid inside a global id, for SQL. */
export function rawId(globalId: string): string {
  return Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
}
