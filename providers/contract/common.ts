/**
 * Values shared by several contracts.
 *
 * `cf_<Custom Field Name>` variables (002 L2110, L2166, L2215, L2330, L2341, L2401, L2408) travel as one
 * `CustomFields` map keyed by the field name without the prefix, as the documented sample's parsed inputs
 * expose them (`iData.CustomFields.TryGetValue("Issue Type", …)`, 002 L2377). Names may contain spaces.
 */
export type CustomFieldValues = Readonly<Record<string, string>>;

/**
 * Maps a custom field name a provider sent to the field's canonical name, or `undefined` when no such field
 * exists. Output custom fields "MUST exist already in SmarterTrack"; unknown ones are ignored (002 L2110,
 * L2367-2369). The server supplies this from its custom field definitions; without it every name is kept.
 */
export type CustomFieldFilter = (name: string) => string | undefined;

/** A case-insensitive filter over a fixed list of field names: the simple form of {@link CustomFieldFilter}. */
export function customFieldFilter(names: Iterable<string>): CustomFieldFilter {
  const byKey = new Map<string, string>();
  for (const name of names) byKey.set(name.toLowerCase(), name);
  return (name) => byKey.get(name.toLowerCase());
}
