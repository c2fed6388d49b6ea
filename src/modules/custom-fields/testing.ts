import type { TestServer } from "../../core/testing/test-server.js";

/** Test helpers of the custom-fields module. */

const TABLES = [
  "custom_field",
  "custom_field_template",
  "custom_field_template_field",
  "department_custom_field_templates",
  "custom_field_value",
];

/** A fingerprint of every custom-fields row: equal before and after = nothing was written. */
export async function cfFingerprint(t: TestServer): Promise<Record<string, string>> {
  const connection = t.server.runtime.orm.em.getConnection();
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows: Array<{ n: string; h: string | null }> = await connection.execute(
      `select count(*) as n, md5(string_agg(row_to_json(x)::text, ',' order by x.id)) as h from "${table}" x`,
    );
    result[table] = `${rows[0]!.n}:${rows[0]!.h ?? "-"}`;
  }
  return result;
}
