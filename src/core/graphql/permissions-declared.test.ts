import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "./schema.js";
import { AUTHENTICATED, PUBLIC } from "./authorization.js";
import { modules } from "../../modules/index.js";
import { ALL_PERMISSIONS } from "../../modules/roles/index.js";

/** "Every operation states its permission": a root field without a declared permission fails this test. */
describe("every operation declares its permission", async () => {
  const schema = await buildAppSchema(modules);
  const known = new Set([PUBLIC, AUTHENTICATED, ...ALL_PERMISSIONS]);
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const fields = roots.flatMap((root) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({ name: `${root!.name}.${field.name}`, field })),
  );

  it("has operations to check", () => {
    expect(fields.length).toBeGreaterThan(5);
  });

  for (const { name, field } of fields) {
    it(`${name} declares a known permission`, () => {
      const permission = field.extensions?.permission;
      expect(typeof permission, `${name} has no @RequirePermission / @Public`).toBe("string");
      expect(
        known.has(permission as string),
        `${name} declares unknown permission ${String(permission)}`,
      ).toBe(true);
      expect(field.description ?? "").toMatch(/Permission: /);
    });
  }
});
