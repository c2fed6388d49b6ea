import { hash, verify } from "@node-rs/argon2";
import type { SecuritySettingsData } from "../system/installation.entity.js";
import { Validation } from "../../core/graphql/user-error.js";

/** argon2id with the OWASP minimum (m=19 MiB, t=2, p=1): @node-rs/argon2's defaults. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash verified when the username is unknown, so response time does not reveal which usernames exist. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash("deskgraph-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}

export const MAX_PASSWORD_LENGTH = 256;

/** The Password Requirements tab (002 L7549-7565), enforced wherever a password is set or changed. */
export function checkPasswordPolicy(
  validation: Validation,
  password: string,
  username: string,
  settings: SecuritySettingsData,
  field: string[],
): Validation {
  const rules: Array<[boolean, string]> = [
    [
      password.length >= settings.minimumPasswordLength,
      `at least ${settings.minimumPasswordLength} characters`,
    ],
    [password.length <= MAX_PASSWORD_LENGTH, `at most ${MAX_PASSWORD_LENGTH} characters`],
    [!settings.requireNumbers || /\d/.test(password), "a number"],
    [!settings.requireUppercase || /\p{Lu}/u.test(password), "an uppercase letter"],
    [!settings.requireLowercase || /\p{Ll}/u.test(password), "a lowercase letter"],
    [!settings.requireSymbol || /[^\p{L}\p{N}\s]/u.test(password), "a symbol"],
  ];
  const missing = rules.filter(([ok]) => !ok).map(([, what]) => what);
  if (missing.length) validation.add("WEAK_PASSWORD", `The password needs ${missing.join(", ")}.`, field);
  if (
    settings.requirePasswordNotUsername &&
    password.trim().toLowerCase() === username.trim().toLowerCase()
  ) {
    validation.add("WEAK_PASSWORD", "The password must not match the username.", field);
  }
  return validation;
}
