import type { AppRuntime } from "../../core/runtime.js";
import { PREDEFINED_ROLES } from "./role-defaults.js";

/** Inserts the predefined roles that are missing; concurrent boots are safe (unique predefined key). */
export async function seedPredefinedRoles(app: AppRuntime): Promise<void> {
  const connection = app.orm.em.getConnection();
  for (const spec of PREDEFINED_ROLES) {
    await connection.execute(
      `insert into role (id, created_at, updated_at, name, type, predefined, description, grants)
       values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?::jsonb) on conflict do nothing`,
      [spec.name, spec.type, spec.key, spec.description, JSON.stringify(spec.grants)],
    );
  }
}
