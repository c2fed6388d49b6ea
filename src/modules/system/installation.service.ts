import type { EntityManager } from "@mikro-orm/postgresql";
import { randomBytes } from "node:crypto";
import { AppError, ErrorCode } from "../../core/errors/app-errors.js";
import type { RequestContext } from "../../core/context/context.js";
import { Validation } from "../../core/graphql/user-error.js";
import { LockMode } from "@mikro-orm/core";
import type { AppRuntime } from "../../core/runtime.js";
import { Employee } from "../accounts/employee.entity.js";
import { usernameKey } from "../accounts/account.entity.js";
import { checkPasswordPolicy, hashPassword } from "../auth/password.js";
import { Brand } from "../organization/brand.entity.js";
import { build } from "../../core/db/base.entity.js";
import { Role, PredefinedRole } from "../roles/role.entity.js";
import { DEFAULT_SECURITY_SETTINGS, Installation } from "./installation.entity.js";
import type { SecuritySettingsData } from "./installation.entity.js";
import { isValidEmail, isValidTimeZone } from "../../core/validation.js";

/** The installation row has a fixed id so that several instances booting at once create it only once. */
export const INSTALLATION_ID = "00000000-0000-4000-8000-000000000001";

export async function ensureInstallation(app: AppRuntime): Promise<Installation> {
  const em = app.orm.em.fork();
  await em.getConnection().execute(
    `insert into installation (id, created_at, updated_at, company_name, time_zone, token_secret, security)
     values (?, now(), now(), '', 'UTC', ?, ?::jsonb) on conflict (id) do nothing`,
    [INSTALLATION_ID, randomBytes(48).toString("base64url"), JSON.stringify(DEFAULT_SECURITY_SETTINGS)],
  );
  return em.findOneOrFail(Installation, { id: INSTALLATION_ID }, { populate: ["tokenSecret"] });
}

export async function getInstallation(em: EntityManager): Promise<Installation> {
  return em.findOneOrFail(Installation, { id: INSTALLATION_ID });
}

export async function getSecuritySettings(em: EntityManager): Promise<SecuritySettingsData> {
  const installation = await getInstallation(em);
  return { ...DEFAULT_SECURITY_SETTINGS, ...installation.security };
}

export interface SetupInput {
  adminUsername: string;
  adminPassword: string;
  adminDisplayName: string;
  adminEmail: string;
  companyName: string;
  timeZone: string;
}

/** Roles of the first account: administrator and first employee, who also holds Agent (002 L1675). */
const FIRST_ADMIN_ROLES = [
  PredefinedRole.EVERYONE,
  PredefinedRole.REGISTERED_USER,
  PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL,
  PredefinedRole.AGENT,
  PredefinedRole.ADMINISTRATOR,
];

/**
 * First-run setup (the Getting Started wizard, 002 L1668-1806): company, time zone, the Administrator /
 * Employee account and the default brand, all in one transaction. The installation row is locked, so of two
 * concurrent calls exactly one succeeds; afterwards every call is refused.
 */
export async function setupInstallation(ctx: RequestContext, input: SetupInput) {
  const v = new Validation();
  const username = input.adminUsername.trim();
  v.check(
    /^[^\s]{1,255}$/u.test(username),
    "INVALID",
    "The username must be 1-255 characters without spaces.",
    ["input", "adminUsername"],
  );
  v.check(input.adminDisplayName.trim().length > 0, "REQUIRED", "A display name is required.", [
    "input",
    "adminDisplayName",
  ]);
  v.check(isValidEmail(input.adminEmail), "INVALID", "The email address is not valid.", [
    "input",
    "adminEmail",
  ]);
  v.check(input.companyName.trim().length > 0, "REQUIRED", "The company name is required.", [
    "input",
    "companyName",
  ]);
  v.check(isValidTimeZone(input.timeZone), "INVALID", `"${input.timeZone}" is not an IANA time zone.`, [
    "input",
    "timeZone",
  ]);
  checkPasswordPolicy(v, input.adminPassword, username, DEFAULT_SECURITY_SETTINGS, [
    "input",
    "adminPassword",
  ]);
  v.throwIfAny();
  const passwordHash = await hashPassword(input.adminPassword);

  return ctx.em.transactional(async (em) => {
    const installation = await em.findOneOrFail(
      Installation,
      { id: INSTALLATION_ID },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (installation.setupCompletedAt) {
      throw new AppError(ErrorCode.SETUP_ALREADY_COMPLETED, "This installation is already set up.");
    }
    const roles = await em.find(Role, { predefined: { $in: FIRST_ADMIN_ROLES } });
    const admin = build(Employee, {
      username,
      usernameKey: usernameKey(username),
      displayName: input.adminDisplayName.trim(),
      email: input.adminEmail.trim(),
      emailVerified: true,
      passwordHash,
      passwordChangedAt: new Date(),
      timeZone: input.timeZone,
    });
    admin.roles.set(roles);
    const brand = build(Brand, { name: input.companyName.trim(), hostHeaders: [], isDefault: true });
    em.persist([admin, brand]);
    installation.companyName = input.companyName.trim();
    installation.timeZone = input.timeZone;
    installation.setupCompletedAt = new Date();
    await em.flush();
    return { installation, administrator: admin, brand };
  });
}
