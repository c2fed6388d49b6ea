import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { buildAppSchema } from "./schema.js";
import { modules } from "../../modules/index.js";

/** "Every enum, field and argument has a description: the schema is the documentation frontends read." */
describe("schema documentation", async () => {
  const schema = await buildAppSchema(modules);
  const roots = new Set(["Query", "Mutation", "Subscription"]);

  it("describes every type, field and argument", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      const composite = isObjectType(type) || isInputObjectType(type) || isInterfaceType(type);
      if ((composite || isEnumType(type)) && !type.description && !roots.has(type.name))
        missing.push(type.name);
      if (!composite) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
