import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverAudits } from "graphql-http";
import { startTestServer } from "../testing/test-server.js";
import type { TestServer } from "../testing/test-server.js";

/**
 * The GraphQL-over-HTTP spec audit of graphql-http against our /graphql: every MUST passes. SHOULD results
 * (SHOULD and MAY) are listed in docs/graphql-over-http.md; PRINT_HTTP_AUDIT=1 prints the ones not met.
 */
describe("GraphQL over HTTP conformance", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("http_audit");
  });
  afterAll(async () => {
    await t?.stop();
  });

  const audits = serverAudits({ url: () => t.url, fetchFn: fetch });
  for (const audit of audits.filter((a) => a.name.startsWith("MUST"))) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status, "reason" in result ? result.reason : undefined).toBe("ok");
    });
  }

  it("reports the SHOULD results (informational)", async () => {
    const shoulds = audits.filter((a) => !a.name.startsWith("MUST"));
    const results = await Promise.all(shoulds.map((a) => a.fn()));
    const failing = results.filter((r) => r.status !== "ok").map((r) => `${r.id} ${r.name}`);
    if (process.env.PRINT_HTTP_AUDIT) console.error(failing.join("\n"));
    expect(results.length).toBeGreaterThan(0);
  });
});
