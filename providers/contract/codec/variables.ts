/**
 * The documented variable list: "a generic list of string values. Each object in the list is stored in a
 * specific format (variable=value)" (002 L2097, L2103-2105). Values may themselves contain "=", so an entry
 * splits on the first one. Names match case-insensitively (the docs spell the same input `LoginUsername`
 * and the sample `loginUsername`, outputs `departmentName`), and when a name repeats the last entry wins,
 * as a dictionary filled in order would have it.
 */
import { ProviderProtocolError } from "../errors.js";
import type { CustomFieldFilter, CustomFieldValues } from "../common.js";

/** `cf_<Custom Field Name>` (002 L2110). */
export const CUSTOM_FIELD_PREFIX = "cf_";
/** `Args_[Key]` (002 L2522). */
export const ARGS_PREFIX = "Args_";

export interface Variable {
  readonly name: string;
  readonly value: string;
}

/** Splits one "Variable=value" entry on its first "=". The name is trimmed; the value is kept verbatim. */
export function parseVariable(entry: unknown): Variable {
  if (typeof entry !== "string") {
    throw new ProviderProtocolError(`a variable must be a "Variable=value" string, got ${describe(entry)}`);
  }
  const at = entry.indexOf("=");
  const name = at < 0 ? "" : entry.slice(0, at).trim();
  if (at < 0 || name === "") {
    throw new ProviderProtocolError(
      `malformed variable ${JSON.stringify(clip(entry))}: expected "Variable=value"`,
    );
  }
  return { name, value: entry.slice(at + 1) };
}

/** Formats one entry; a name that is empty or contains "=" could not be read back, so it is refused. */
export function formatVariable(name: string, value: string | number | boolean): string {
  if (typeof name !== "string" || name.trim() === "" || name.includes("=")) {
    throw new ProviderProtocolError(`cannot send a variable named ${JSON.stringify(name)}`);
  }
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
    throw new ProviderProtocolError(`variable ${name} has no text value (${describe(value)})`);
  }
  return `${name}=${String(value)}`;
}

/** Case-insensitive read access to a parsed variable list. */
export class VariableReader {
  private readonly byName = new Map<string, string>();

  private constructor(readonly entries: readonly Variable[]) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry.value);
  }

  /** Parses a list. `null`/absent is an empty list (the samples' `Success=false` answers carry none). */
  static parse(list: unknown, what = "OutputVariables"): VariableReader {
    if (list === undefined || list === null) return new VariableReader([]);
    if (!Array.isArray(list))
      throw new ProviderProtocolError(`${what} must be a list, got ${describe(list)}`);
    return new VariableReader(list.map(parseVariable));
  }

  get(name: string): string | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The value, or `undefined` when absent or empty: the samples treat both alike (`IsNullOrEmpty`). */
  text(name: string): string | undefined {
    const value = this.get(name);
    return value === undefined || value === "" ? undefined : value;
  }

  /** Entries whose name starts with `prefix` (case-insensitively), keyed by the rest of the name. */
  prefixed(prefix: string): Map<string, string> {
    const lower = prefix.toLowerCase();
    const found = new Map<string, string>();
    for (const { name, value } of this.entries) {
      if (name.length > prefix.length && name.slice(0, prefix.length).toLowerCase() === lower) {
        found.set(name.slice(prefix.length), value);
      }
    }
    return found;
  }
}

/** `true`/`false` in any case: the doc says true/false, the C# samples print `True`/`False` (002 L2299-2300). */
export function parseBoolean(value: string, name: string): boolean {
  const normalized = value.trim().toLowerCase();
  if (normalized === "true") return true;
  if (normalized === "false") return false;
  throw new ProviderProtocolError(`${name} must be true or false, got ${JSON.stringify(clip(value))}`);
}

/** Reads a required boolean output variable. */
export function requireBoolean(vars: VariableReader, name: string): boolean {
  const value = vars.get(name);
  if (value === undefined) throw new ProviderProtocolError(`required output ${name} is missing`, [name]);
  return parseBoolean(value, name);
}

/** Reads a required value from a fixed set, case-insensitively, returning the documented spelling. */
export function requireChoice<T extends string>(
  vars: VariableReader,
  name: string,
  choices: readonly T[],
): T {
  const value = vars.get(name);
  if (value === undefined) throw new ProviderProtocolError(`required output ${name} is missing`, [name]);
  const match = choices.find((choice) => choice.toLowerCase() === value.trim().toLowerCase());
  if (match === undefined) {
    throw new ProviderProtocolError(
      `${name} must be one of ${choices.join(", ")}, got ${JSON.stringify(clip(value))}`,
    );
  }
  return match;
}

/** Reads the inputs a provider needs; one error names every missing one ("Required Input Missing"). */
export function requireInputs<K extends string>(
  vars: VariableReader,
  names: readonly K[],
): Record<K, string> {
  const missing = names.filter((name) => vars.text(name) === undefined);
  if (missing.length > 0)
    throw new ProviderProtocolError(`required input missing: ${missing.join(", ")}`, missing);
  return Object.fromEntries(names.map((name) => [name, vars.text(name) as string])) as Record<K, string>;
}

/**
 * The `cf_*` variables as a map by field name. With a filter, names are mapped to the server's spelling
 * and fields the server does not have are dropped, as the doc says they are ignored (002 L2110).
 */
export function readCustomFields(vars: VariableReader, filter?: CustomFieldFilter): CustomFieldValues {
  const values: [string, string][] = [];
  for (const [name, value] of vars.prefixed(CUSTOM_FIELD_PREFIX)) {
    const canonical = filter ? filter(name) : name;
    if (canonical !== undefined) values.push([canonical, value]);
  }
  // fromEntries defines own properties, so a field called "__proto__" cannot reach the prototype.
  return Object.fromEntries(values);
}

/** Appends `cf_<name>=value` entries; refuses anything but a name-to-text map. */
export function writeCustomFields(out: string[], values: unknown): void {
  if (values === undefined || values === null) return;
  for (const [name, value] of Object.entries(asRecord(values, "CustomFields"))) {
    out.push(formatVariable(CUSTOM_FIELD_PREFIX + name, text(value, `${CUSTOM_FIELD_PREFIX}${name}`) ?? ""));
  }
}

/** Appends `name=value` when the value is set; the typed value is checked, as in-process callers may lie. */
export function writeOptional(out: string[], name: string, value: unknown): void {
  const checked = text(value, name);
  if (checked !== undefined) out.push(formatVariable(name, checked));
}

/** A text value or undefined; anything else is a protocol error naming the variable. */
export function text(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string")
    throw new ProviderProtocolError(`${name} must be text, got ${describe(value)}`);
  return value;
}

export function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ProviderProtocolError(`${what} must be an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(clip(String(value)))}`;
}

/** Keeps error messages (which end up in delivery records) short whatever a provider sends. */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
