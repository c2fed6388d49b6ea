import { LockMode } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { Validation } from "../../core/graphql/user-error.js";
import { DEFAULT_SECURITY_SETTINGS, Installation } from "./installation.entity.js";
import type { SecuritySettingsData } from "./installation.entity.js";
import { INSTALLATION_ID, getSecuritySettings } from "./installation.service.js";
import { SECURITY_LIMITS } from "./security-settings.types.js";
import type { UpdateSecuritySettingsInput } from "./security-settings.types.js";

export async function securitySettings(ctx: RequestContext): Promise<SecuritySettingsData> {
  return getSecuritySettings(ctx.em);
}

const BOOLEAN_KEYS = [
  "bruteForceProtectionEnabled",
  "requireNumbers",
  "requireUppercase",
  "requireLowercase",
  "requireSymbol",
  "requirePasswordNotUsername",
  "disablePasswordStrengthForExistingPasswords",
] as const;

/**
 * Applies the given fields over the stored settings. The installation row is locked for the read-modify-write,
 * so two administrators changing different fields at once both keep their change.
 */
export async function updateSecuritySettings(
  ctx: RequestContext,
  input: UpdateSecuritySettingsInput,
): Promise<SecuritySettingsData> {
  const v = new Validation();
  const changes: Partial<SecuritySettingsData> = {};
  for (const key of Object.keys(SECURITY_LIMITS) as Array<keyof typeof SECURITY_LIMITS>) {
    const value = input[key];
    if (value === null || value === undefined) continue;
    const { min, max } = SECURITY_LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      v.add("OUT_OF_RANGE", `${key} must be between ${min} and ${max}.`, ["input", key]);
    } else {
      changes[key] = value;
    }
  }
  for (const key of BOOLEAN_KEYS) {
    const value = input[key];
    if (value !== null && value !== undefined) changes[key] = value;
  }
  v.throwIfAny();
  return ctx.em.transactional(async (em) => {
    const installation = await em.findOneOrFail(
      Installation,
      { id: INSTALLATION_ID },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const next = { ...DEFAULT_SECURITY_SETTINGS, ...installation.security, ...changes };
    installation.security = next;
    return next;
  });
}
