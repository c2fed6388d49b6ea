import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "../testing/test-server.js";
import type { TestServer } from "../testing/test-server.js";
import { adminSession } from "../testing/fixtures.js";
import { graphql } from "../testing/gql/index.js";

const Me = graphql(`
  query DbQueryCountMe {
    me {
      id
    }
  }
`);

/** The N+1 assertions of every module rely on TestServer.queries seeing each SQL statement. */
describe("SQL statement counter", () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer("query_count");
    token = (await adminSession(t)).token;
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("records the statements a request runs", async () => {
    t.queries.length = 0;
    await t.ok(Me, undefined, token);
    expect(t.queries.length).toBeGreaterThan(0);
    expect(t.queries.every((q) => q.startsWith("[query]"))).toBe(true);
    expect(t.queries.some((q) => /select .*from "account"/i.test(q))).toBe(true);
  });
});
