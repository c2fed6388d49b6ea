import type { Validation } from "../../core/graphql/user-error.js";
import { isValidEmail, isValidTimeZone } from "../../core/validation.js";
import { AuthenticationMethod } from "./account.entity.js";
import type { Account } from "./account.entity.js";
import type { AccountProfileFields } from "./account.inputs.js";

type Path = string[];
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface TextRule {
  max: number;
  check?: (value: string) => boolean;
  message?: string;
}

export const TEXT_RULES: Record<string, TextRule> = {
  timeZone: { max: 64, check: isValidTimeZone, message: "is not an IANA time zone" },
  preferredLanguage: { max: 16, check: (v) => LANGUAGE.test(v), message: "is not a language tag" },
  website: { max: 500 },
  homePhone: { max: 64 },
  cellPhone: { max: 64 },
  workPhone: { max: 64 },
  otherPhone: { max: 64 },
  company: { max: 255 },
  address: { max: 2000 },
  portalSignature: { max: 20000 },
  externalId: { max: 255 },
  authenticationDomain: { max: 255 },
  displayNameForChat: { max: 255 },
  copyToAddress: { max: 320, check: isValidEmail, message: "is not a valid email address" },
  banReason: { max: 2000 },
  phoneNumber: { max: 64 },
  numberOfEmployees: { max: 32 },
  address1: { max: 255 },
  address2: { max: 255 },
  city: { max: 255 },
  stateProvince: { max: 255 },
  zipPostalCode: { max: 32 },
  country: { max: 255 },
};

const PROFILE_TEXT = [
  "timeZone",
  "preferredLanguage",
  "website",
  "homePhone",
  "cellPhone",
  "workPhone",
  "otherPhone",
  "company",
  "address",
  "portalSignature",
  "externalId",
] as const;

const PROFILE_FLAGS = [
  "subscribeToCommunityPostsAutomatically",
  "emailSummariesOfSubscribedCommunityPosts",
  "emailNewMessagesFromConversations",
] as const;

/** Copies optional text fields: undefined = unchanged, null or blank = cleared; invalid ones are collected. */
export function applyText<T extends object>(
  v: Validation,
  target: T,
  input: object,
  keys: readonly string[],
  path: Path,
): void {
  const values = input as Record<string, unknown>;
  for (const key of keys) {
    const raw = values[key];
    if (raw === undefined) continue;
    const value = typeof raw === "string" ? raw.trim() || null : null;
    const rule = TEXT_RULES[key]!;
    if (value && value.length > rule.max) {
      v.add("INVALID", `${key} has at most ${rule.max} characters.`, [...path, key]);
    } else if (value && rule.check && !rule.check(value)) {
      v.add("INVALID", `"${value}" ${rule.message ?? "is not valid"}.`, [...path, key]);
    } else {
      (target as Record<string, unknown>)[key] = value;
    }
  }
}

/** Copies optional non-null fields (flags, numbers already checked): undefined or null = unchanged. */
export function applyValues<T extends object>(target: T, input: object, keys: readonly string[]): void {
  const values = input as Record<string, unknown>;
  for (const key of keys) {
    if (values[key] !== undefined && values[key] !== null)
      (target as Record<string, unknown>)[key] = values[key];
  }
}

export function applyProfile(v: Validation, account: Account, input: AccountProfileFields, path: Path): void {
  applyText(v, account, input, PROFILE_TEXT, path);
  applyValues(account, input, PROFILE_FLAGS);
}

export function checkUsername(v: Validation, username: string, path: Path): string {
  const trimmed = username.trim();
  v.check(
    /^[^\s]{1,255}$/u.test(trimmed),
    "INVALID",
    "The username must be 1-255 characters without spaces.",
    path,
  );
  return trimmed;
}

export function checkDisplayName(v: Validation, displayName: string, path: Path): string {
  const trimmed = displayName.trim();
  v.check(trimmed.length > 0, "REQUIRED", "A display name is required.", path);
  v.check(trimmed.length <= 255, "INVALID", "The display name has at most 255 characters.", path);
  return trimmed;
}

export function checkEmail(v: Validation, email: string | null | undefined, required: boolean, path: Path) {
  const trimmed = email?.trim() || null;
  if (!trimmed) {
    v.check(!required, "REQUIRED", "An email address is required.", path);
    return null;
  }
  v.check(isValidEmail(trimmed), "INVALID", `"${trimmed}" is not a valid email address.`, path);
  return trimmed;
}

export interface CredentialInput {
  authenticationMethod?: AuthenticationMethod | null;
  authenticationDomain?: string | null;
  password?: string | null;
  forcePasswordChange?: boolean | null;
}

/**
 * Authentication rules (000 L12-22): a password only with password authentication, a domain only (and
 * always) with Active Directory, "force password change" only where a password is kept here.
 * Returns the method and domain in force afterwards.
 */
export function checkCredentials(
  v: Validation,
  input: CredentialInput,
  current: { method: AuthenticationMethod; hasPassword: boolean; domain: string | null },
  path: Path,
): { method: AuthenticationMethod; domain: string | null } {
  const method = input.authenticationMethod ?? current.method;
  const domain =
    input.authenticationDomain !== undefined ? input.authenticationDomain?.trim() || null : current.domain;
  const password = input.password ?? null;
  if (method === AuthenticationMethod.PASSWORD) {
    const hasPassword =
      password !== null || (current.method === AuthenticationMethod.PASSWORD && current.hasPassword);
    v.check(hasPassword, "REQUIRED", "Password authentication needs a password.", [...path, "password"]);
  } else {
    v.check(password === null, "INVALID", "A password is only kept for password authentication.", [
      ...path,
      "password",
    ]);
    v.check(
      !input.forcePasswordChange,
      "INVALID",
      "Force password change does not apply to Active Directory or external provider sign-in (000 L16-22).",
      [...path, "forcePasswordChange"],
    );
  }
  if (method === AuthenticationMethod.ACTIVE_DIRECTORY) {
    v.check(!!domain, "REQUIRED", "Active Directory authentication needs a domain.", [
      ...path,
      "authenticationDomain",
    ]);
  } else {
    v.check(!input.authenticationDomain?.trim(), "INVALID", "A domain is only used with Active Directory.", [
      ...path,
      "authenticationDomain",
    ]);
  }
  return { method, domain: method === AuthenticationMethod.ACTIVE_DIRECTORY ? domain : null };
}
