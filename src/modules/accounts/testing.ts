import type { EntityManager } from "@mikro-orm/postgresql";
import { build } from "../../core/db/base.entity.js";
import { toGlobalId } from "../../core/graphql/global-id.js";
import { login } from "../../core/testing/fixtures.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { hashPassword } from "../auth/index.js";
import { PredefinedRole, Role, RoleType } from "../roles/index.js";
import type { FeatureGrant } from "../roles/index.js";
import { usernameKey } from "./account.entity.js";
import { Employee } from "./employee.entity.js";
import { User } from "./user.entity.js";

/**
 * Test helpers of the accounts and roles modules: accounts and roles inserted through the ORM for tests
 * whose subject is something else, and a fingerprint proving that a refused call wrote nothing.
 */

export const TEST_PASSWORD = "Accounts-Test-Passw0rd!";

function fork(t: TestServer): EntityManager {
  return t.server.runtime.orm.em.fork() as EntityManager;
}

/** Global ids of the six predefined roles. */
export async function predefinedRoleIds(t: TestServer): Promise<Record<PredefinedRole, string>> {
  const roles = await fork(t).find(Role, { predefined: { $ne: null } });
  return Object.fromEntries(roles.map((r) => [r.predefined!, toGlobalId("Role", r.id)])) as Record<
    PredefinedRole,
    string
  >;
}

/** Inserts a custom role; returns its global id. */
export async function insertRole(
  t: TestServer,
  name: string,
  type: "EMPLOYEE" | "USER",
  grants: FeatureGrant[],
): Promise<string> {
  const em = fork(t);
  const role = build(Role, { name, type: type === "EMPLOYEE" ? RoleType.EMPLOYEE : RoleType.USER, grants });
  await em.persistAndFlush(role);
  return toGlobalId("Role", role.id);
}

export interface SignedIn {
  globalId: string;
  token: string;
}

/**
 * Inserts an account holding Everyone, Registered User and `roles` (predefined keys or custom role names)
 * and signs it in.
 */
export async function signedIn(
  t: TestServer,
  username: string,
  kind: "EMPLOYEE" | "USER",
  roles: Array<PredefinedRole | string> = [],
): Promise<SignedIn> {
  const em = fork(t);
  const Cls = kind === "EMPLOYEE" ? Employee : User;
  const account = build(Cls as typeof Employee, {
    username,
    usernameKey: usernameKey(username),
    displayName: username,
    email: `${username}@example.com`,
    passwordHash: await hashPassword(TEST_PASSWORD),
    passwordChangedAt: new Date(),
  });
  const keys = [PredefinedRole.EVERYONE, PredefinedRole.REGISTERED_USER];
  const predefined = roles.filter((r): r is PredefinedRole =>
    (Object.values(PredefinedRole) as string[]).includes(r),
  );
  const custom = roles.filter((r) => !(predefined as string[]).includes(r));
  account.roles.set(
    await em.find(Role, {
      $or: [{ predefined: { $in: [...keys, ...predefined] } }, { name: { $in: custom } }],
    }),
  );
  await em.persistAndFlush(account);
  const session = await login(t, username, TEST_PASSWORD);
  return { globalId: toGlobalId(Cls.name, account.id), token: session.accessToken };
}

const TABLES = ["account", "account_role", "role", "customer_organization", "customer_organization_member"];

/** A fingerprint of the rows this module owns: equal before and after = nothing was written. */
export async function accountsFingerprint(t: TestServer): Promise<Record<string, string>> {
  const connection = t.server.runtime.orm.em.getConnection();
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows: Array<{ n: string; h: string | null }> = await connection.execute(
      `select count(*) as n, md5(string_agg(row_to_json(x)::text, ',' order by row_to_json(x)::text)) as h
         from "${table}" x`,
    );
    result[table] = `${rows[0]!.n}:${rows[0]!.h ?? "-"}`;
  }
  return result;
}
