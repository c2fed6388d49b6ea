import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { Validation } from "../../core/graphql/user-error.js";

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A host header is a DNS host name (RFC 1123 labels, at most 253 characters), compared lower-case; ports,
 * schemes and paths are not part of it.
 */
export function normalizeHostHeader(value: string): string | null {
  const host = value.trim().toLowerCase().replace(/\.$/, "");
  if (!host || host.length > 253) return null;
  return host.split(".").every((label) => HOST_LABEL.test(label)) ? host : null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && value.length <= 500;
  } catch {
    return false;
  }
}

const COLOR = /^#[0-9a-f]{6}$/i;

/** Colours are #RRGGBB, stored upper-case like the documented defaults (002 L5834-5843). */
export function checkColor(v: Validation, value: string, field: string[]): string {
  const color = value.trim().toUpperCase();
  v.check(COLOR.test(color), "INVALID", "Colours are written #RRGGBB.", field);
  return color;
}

/** Name fields: trimmed, required, bounded. */
export function checkName(v: Validation, value: string, field: string[], max = 255): string {
  const name = value.trim();
  if (!name) v.add("REQUIRED", "A name is required.", field);
  else if (name.length > max) v.add("INVALID", `At most ${max} characters.`, field);
  return name;
}

/** Optional text: blank becomes null. */
export function optionalText(
  v: Validation,
  value: string | null | undefined,
  field: string[],
  max: number,
): string | null {
  const text = value?.trim() || null;
  if (text && text.length > max) v.add("INVALID", `At most ${max} characters.`, field);
  return text;
}

export function optionalUrl(v: Validation, value: string | null | undefined, field: string[]): string | null {
  const url = value?.trim() || null;
  if (url !== null) v.check(isHttpUrl(url), "INVALID", "Give an http(s) URL.", field);
  return url;
}

export function checkMinimum(
  v: Validation,
  value: number | null | undefined,
  min: number,
  field: string[],
): void {
  if (value !== null && value !== undefined && value < min) {
    v.add("INVALID", `Must be at least ${min}.`, field);
  }
}

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A BCP 47 language tag such as en or de-DE. */
export function optionalLanguage(
  v: Validation,
  value: string | null | undefined,
  field: string[],
): string | null {
  const tag = value?.trim() || null;
  if (tag !== null) {
    v.check(
      LANGUAGE.test(tag) && tag.length <= 16,
      "INVALID",
      "Give a language tag such as en or de-DE.",
      field,
    );
  }
  return tag;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A rule refusal: one userError, nothing written (the transaction rolls back). */
export function refuse(code: string, message: string, field: string[]): never {
  throw new UserErrorException([userError(code, message, field)]);
}
