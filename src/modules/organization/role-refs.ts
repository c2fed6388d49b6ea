import type { EntityManager } from "@mikro-orm/postgresql";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import type { Validation } from "../../core/graphql/user-error.js";
import { Role } from "../roles/index.js";

export interface RoleRefInput {
  /** Entity property to set. */
  prop: string;
  /** Global Role id, null = Nobody, undefined = unchanged. */
  value: string | null | undefined;
  field: string[];
}

/**
 * Resolves role references of an input in one query: property -> Role or null (Nobody). Unknown roles are
 * reported as NOT_FOUND on their field; omitted ones are left out of the result.
 */
export async function resolveRoleRefs(
  em: EntityManager,
  v: Validation,
  refs: RoleRefInput[],
): Promise<Map<string, Role | null>> {
  const wanted = refs
    .filter((r) => r.value !== undefined)
    .map((r) => ({ ...r, id: r.value === null ? null : fromGlobalId(r.value!, "Role", r.field.join(".")) }));
  const ids = wanted.flatMap((r) => (r.id ? [r.id] : []));
  const roles = ids.length ? await em.find(Role, { id: { $in: ids } }) : [];
  const byId = new Map(roles.map((r) => [r.id, r]));
  const result = new Map<string, Role | null>();
  for (const ref of wanted) {
    if (ref.id === null) {
      result.set(ref.prop, null);
      continue;
    }
    const role = byId.get(ref.id);
    if (role) result.set(ref.prop, role);
    else v.add("NOT_FOUND", "No such role.", ref.field);
  }
  return result;
}
