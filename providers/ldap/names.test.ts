import { describe, expect, it } from "vitest";
import { escapeDnValue, escapeFilterValue, fillFilter, loginIdentity } from "./names.js";

const ad = { kind: "active-directory" as const };

describe("login names", () => {
  it("Active Directory: DOMAIN\\user, DOMAIN/user and user@domain, as typed", () => {
    expect(loginIdentity("EXAMPLE\\bob", ad)).toEqual({
      login: "EXAMPLE\\bob",
      username: "bob",
      domain: "EXAMPLE",
      bindName: "EXAMPLE\\bob",
    });
    expect(loginIdentity("EXAMPLE/bob", ad)?.bindName).toBe("EXAMPLE\\bob");
    expect(loginIdentity("bob@example.org", ad)).toMatchObject({
      username: "bob",
      domain: "example.org",
      bindName: "bob@example.org",
    });
  });

  it("Active Directory: a bare name gets the UPN suffix, else the default domain", () => {
    expect(loginIdentity("bob", { ...ad, upnSuffix: "example.org", defaultDomain: "EX" })?.bindName).toBe(
      "bob@example.org",
    );
    expect(loginIdentity("bob", { ...ad, defaultDomain: "EX" })?.bindName).toBe("EX\\bob");
    expect(loginIdentity("bob", ad)?.bindName).toBe("bob");
  });

  it("names without a user or domain part name nobody", () => {
    for (const login of ["", "  ", "EXAMPLE\\", "\\bob", "bob@", "@example.org"]) {
      expect(loginIdentity(login, ad), login).toBeUndefined();
    }
  });

  it("DN template: the username is escaped (RFC 4514)", () => {
    const template = { kind: "dn-template" as const, template: "uid={username},ou=people,dc=example,dc=org" };
    expect(loginIdentity("a,ou=admins", template)?.bindName).toBe(
      "uid=a\\,ou\\=admins,ou=people,dc=example,dc=org",
    );
    expect(escapeDnValue(' #lead"+<>;\\ ')).toBe('\\ #lead\\"\\+\\<\\>\\;\\\\\\ ');
    expect(escapeDnValue("#x")).toBe("\\#x");
    expect(escapeDnValue(" ")).toBe("\\ ");
    expect(escapeDnValue("a b")).toBe("a b");
    expect(escapeDnValue("nul\u0000")).toBe("nul\\00");
  });

  it("filters: the values are escaped (RFC 4515)", () => {
    expect(escapeFilterValue("*)(uid=*))(|(uid=*")).toBe("\\2a\\29\\28uid=\\2a\\29\\29\\28|\\28uid=\\2a");
    const identity = loginIdentity("EX\\b*b", ad);
    expect(identity && fillFilter("(&(sAMAccountName={username})(x={domain}))", identity)).toBe(
      "(&(sAMAccountName=b\\2ab)(x=EX))",
    );
  });
});
