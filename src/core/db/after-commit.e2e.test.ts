import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "../testing/test-server.js";
import type { TestServer } from "../testing/test-server.js";
import { afterCommit } from "./after-commit.js";

describe("afterCommit", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("after_commit");
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("runs after the outermost transaction commits, not before", async () => {
    const seen: string[] = [];
    await t.server.runtime.orm.em.fork().transactional(async (em) => {
      await afterCommit(em, () => {
        seen.push("outer");
      });
      await em.transactional(async (inner) => {
        await afterCommit(inner, () => {
          seen.push("nested");
        });
      });
      seen.push("body done");
    });
    expect(seen).toEqual(["body done", "outer", "nested"]);
  });

  it("never runs when the transaction rolls back", async () => {
    const seen: string[] = [];
    await expect(
      t.server.runtime.orm.em.fork().transactional(async (em) => {
        await afterCommit(em, () => {
          seen.push("should not happen");
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(seen).toEqual([]);
  });

  it("runs at once outside a transaction", async () => {
    const seen: string[] = [];
    await afterCommit(t.server.runtime.orm.em.fork(), () => {
      seen.push("now");
    });
    expect(seen).toEqual(["now"]);
  });
});
