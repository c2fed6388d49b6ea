import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES } from "./config.js";

/** The README's configuration table must name every variable the server reads, with its default. */
describe("README configuration table", () => {
  const readme = fs.readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  for (const variable of CONFIG_VARIABLES) {
    it(`documents ${variable.name}`, () => {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${variable.name}\``));
      expect(row, `README lacks a row for ${variable.name}`).toBeDefined();
      expect(row).toContain(variable.default);
    });
  }
});
