import { raw } from "@mikro-orm/core";

/**
 * A filter for `lower(column) = lower(value)`: the case-insensitive equality that an index on
 * `lower(column)` serves. `$ilike` cannot use such an index, and it reads `%` and `_` as wildcards, so
 * `a_b@x` would match `axb@x`. `column` is the database column name (for example `email_address`).
 * Spread the result into a where object; a raw key is used up by the one statement it appears in, so build a
 * new filter for every query.
 */
export function lowerEquals(column: string, value: string): Record<string, string> {
  return { [raw((alias) => `lower(${alias}."${column}")`)]: value.trim().toLowerCase() };
}
