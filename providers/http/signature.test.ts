import { describe, expect, it } from "vitest";
import { computeSignature, signatureHeaders, verifySignature } from "./signature.js";

// The worked example of docs/providers.md "Request signature": if this changes, integrators' code breaks.
const body = '{"Method":"NotifyEventFired","Inputs":["AuthPW=secret","EventType=502000","Args_title=Hello"]}';
const expected = "sha256=5ff4722a7bdc5f6d9f404e019e4c8ff2c4933731390452f94a2e86a68608b58e";

describe("request signature", () => {
  it("matches the documented test vector", () => {
    expect(computeSignature("secret", "1700000000", body)).toBe(expected);
    expect(signatureHeaders("secret", body, 1_700_000_000_999)).toEqual({
      "x-deskgraph-timestamp": "1700000000",
      "x-deskgraph-signature": expected,
    });
  });

  it("verifies within the tolerance window only, in either letter case, and fails closed", () => {
    const check = (overrides: object) =>
      verifySignature({
        secret: "secret",
        body,
        timestamp: "1700000000",
        signature: expected,
        nowMs: 1_700_000_100_000,
        ...overrides,
      });
    expect(check({})).toEqual({ valid: true });
    expect(check({ signature: expected.toUpperCase().replace("SHA256", "sha256") })).toEqual({ valid: true });
    expect(check({ body: Buffer.from(body) })).toEqual({ valid: true });
    expect(check({ nowMs: 1_700_000_400_000 })).toMatchObject({ valid: false });
    expect(check({ timestamp: "1700000001" })).toMatchObject({ valid: false, problem: "signature mismatch" });
    expect(check({ signature: undefined })).toMatchObject({ valid: false });
    expect(check({ signature: "sha256=00" })).toMatchObject({ valid: false });
    expect(check({ timestamp: "soon" })).toMatchObject({ valid: false });
  });
});
