/**
 * cf_* outputs of the login and registration providers onto an account's People custom fields
 * (002 L2112-2113: the outputs are used "to create and link an account"). Lenient by design: names that
 * are no People field, and values a field refuses (an option not in its list), are ignored and logged,
 * since a provider's extra or stale output must not fail a login or a registration. An empty value
 * clears the field. Run it in the caller's transaction (`em`).
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import { AccountKind } from "../accounts/index.js";
import { CustomFieldOwnerType, setCustomFieldValues, validatePeopleValues } from "../custom-fields/index.js";
import type { ResolvedCustomFieldValue } from "../custom-fields/index.js";

export async function applyProviderPeopleValues(
  em: EntityManager,
  account: { readonly id: string; readonly kind: AccountKind },
  given: Readonly<Record<string, string>>,
  log: Pick<Logger, "info">,
): Promise<void> {
  const entries = Object.entries(given);
  if (!entries.length) return;
  const accepted: ResolvedCustomFieldValue[] = [];
  const ignored: string[] = [];
  // One value at a time, so that one bad value spoils nothing else.
  for (const [name, value] of entries) {
    const checked = await validatePeopleValues(em, { [name]: value }, ["cf"]);
    if (checked.userErrors.length) ignored.push(name);
    else accepted.push(...checked.values);
  }
  if (ignored.length)
    log.info({ ignored }, "provider cf_* outputs ignored (no such People field, or invalid value)");
  const owner =
    account.kind === AccountKind.EMPLOYEE ? CustomFieldOwnerType.EMPLOYEE : CustomFieldOwnerType.USER;
  await setCustomFieldValues(em, owner, account.id, accepted);
}
