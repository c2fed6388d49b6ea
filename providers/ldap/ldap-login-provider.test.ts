/** The LDAP login provider against a real OpenLDAP slapd (skipped with a message when slapd is absent). */
import { createServer, type Server, type Socket } from "node:net";
import { Client, type ClientOptions } from "ldapts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractSuite } from "../contract/contract-suite.js";
import { ProviderConfigError } from "../contract/errors.js";
import { SAMPLE } from "../contract/testing/sample-provider.js";
import { closedPort } from "../http/testing/server.js";
import type { LdapLoginConfig } from "./config.js";
import { LdapLoginProvider } from "./ldap-login-provider.js";
import { DIRECTORY, PEOPLE, READER } from "./testing/directory.js";
import { findSlapd, SLAPD_MISSING, startSlapd, type Slapd } from "./testing/slapd.js";

const available = findSlapd() !== undefined;

if (!available) {
  it.skip(SLAPD_MISSING, () => {});
} else {
  contractSuite("ldap", {
    contracts: ["IExternalLoginProvider"],
    setup: async () => {
      const slapd = await startSlapd();
      await slapd.add(DIRECTORY);
      const login = new LdapLoginProvider({
        url: slapd.url,
        bind: { kind: "dn-template", template: `uid={username},${PEOPLE}` },
        lookup: { serviceAccount: READER },
      });
      return { login, close: () => slapd.stop() };
    },
  });

  describe("LDAP login provider", () => {
    let slapd: Slapd;
    const opened: Client[] = [];
    let unbinds = 0;
    // Watches every connection the provider opens, to prove each one is unbound.
    const clientFactory = (options: ClientOptions) => {
      const client = new Client(options);
      const unbind = client.unbind.bind(client);
      client.unbind = () => ((unbinds += 1), unbind());
      opened.push(client);
      return client;
    };
    const provider = (config: Partial<LdapLoginConfig> = {}) =>
      new LdapLoginProvider({
        url: slapd.url,
        bind: { kind: "dn-template", template: `uid={username},${PEOPLE}` },
        clientFactory,
        timeoutMs: 2_000,
        ...config,
      });

    beforeAll(async () => {
      slapd = await startSlapd();
      await slapd.add(DIRECTORY);
    });
    afterAll(async () => {
      await slapd?.stop();
    });

    it("binds as the user; without a lookup only Authentication=OK comes back", async () => {
      const result = await provider().Authenticate({
        LoginUsername: SAMPLE.username,
        LoginPassword: SAMPLE.password,
      });
      expect(result).toEqual({
        ok: true,
        Message: "Login Successful",
        outputs: { Authentication: "OK", CustomFields: {} },
      });
    });

    it("reads configurable attributes into EmailAddress, DisplayName and cf_*, searching as the user", async () => {
      const result = await provider({
        lookup: {
          baseDN: PEOPLE,
          filter: "(&(objectClass=inetOrgPerson)(uid={username}))",
          displayNameAttribute: "cn",
          customFieldAttributes: { "Billing ID": "employeeNumber", Missing: "telephoneNumber" },
        },
      }).Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: SAMPLE.password });
      expect(result).toMatchObject({
        ok: true,
        outputs: {
          Authentication: "OK",
          EmailAddress: SAMPLE.email,
          DisplayName: SAMPLE.username,
          CustomFields: { "Billing ID": "4126" },
        },
      });
    });

    it("a wrong password, an unknown user and a user typed as a DN fragment are Authentication=FAIL", async () => {
      const ldap = provider({ lookup: {} });
      for (const [LoginUsername, LoginPassword] of [
        [SAMPLE.username, "wrong"],
        ["nobody-here", SAMPLE.password],
        [`${SAMPLE.username},${PEOPLE}`, SAMPLE.password],
        ["*", SAMPLE.password],
      ] as const) {
        const result = await ldap.Authenticate({ LoginUsername, LoginPassword });
        expect(result, LoginUsername).toMatchObject({ ok: true, outputs: { Authentication: "FAIL" } });
      }
    });

    it("escapes DN specials in the username", async () => {
      const result = await provider({ lookup: {} }).Authenticate({
        LoginUsername: "smith+jones, jr",
        LoginPassword: "pw-smith",
      });
      expect(result).toMatchObject({
        ok: true,
        outputs: { Authentication: "OK", EmailAddress: "smith@example.org" },
      });
    });

    it("search-then-bind: DOMAIN\\user, DOMAIN/user, user@domain and bare names find the entry, then bind with its DN", async () => {
      const ldap = provider({
        bind: { kind: "search" },
        lookup: {
          baseDN: PEOPLE,
          filter: "(&(objectClass=inetOrgPerson)(uid={username}))",
          serviceAccount: READER,
        },
      });
      for (const login of [
        `EXAMPLE\\${SAMPLE.username}`,
        `EXAMPLE/${SAMPLE.username}`,
        `${SAMPLE.username}@example.org`,
        SAMPLE.username,
      ]) {
        expect(
          await ldap.Authenticate({ LoginUsername: login, LoginPassword: SAMPLE.password }),
          login,
        ).toMatchObject({
          ok: true,
          outputs: { Authentication: "OK", EmailAddress: SAMPLE.email, DisplayName: SAMPLE.displayName },
        });
        expect(
          await ldap.Authenticate({ LoginUsername: login, LoginPassword: "wrong" }),
          login,
        ).toMatchObject({
          ok: true,
          outputs: { Authentication: "FAIL" },
        });
      }
      for (const login of ["EXAMPLE\\nobody-here", "*", "EXAMPLE\\*"])
        expect(
          await ldap.Authenticate({ LoginUsername: login, LoginPassword: SAMPLE.password }),
          login,
        ).toMatchObject({
          outputs: { Authentication: "FAIL" },
        });
      // A filter that matches several entries names nobody: no bind is tried with anyone's DN.
      const loose = provider({
        bind: { kind: "search" },
        lookup: { baseDN: PEOPLE, filter: "(objectClass=inetOrgPerson)", serviceAccount: READER },
      });
      expect(
        await loose.Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: SAMPLE.password }),
      ).toMatchObject({
        outputs: { Authentication: "FAIL" },
      });
      // The directory refuses anonymous searches (as production ones do): without a service account nothing is found.
      const anonymous = provider({ bind: { kind: "search" }, lookup: { baseDN: PEOPLE } });
      expect(
        await anonymous.Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: SAMPLE.password }),
      ).toMatchObject({
        outputs: { Authentication: "FAIL" },
      });
    });

    it("an empty password is refused without asking the directory (it would be an anonymous bind)", async () => {
      const before = opened.length;
      const result = await provider().Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: "" });
      expect(result).toEqual({ ok: false, reason: "REFUSED", Message: "Required Input Missing" });
      expect(opened.length).toBe(before);
    });

    it("GetSignInCookieInfo needs a service account; with one, a filter-escaped lookup", async () => {
      expect(await provider().GetSignInCookieInfo({ LoginUsername: SAMPLE.username })).toMatchObject({
        outputs: { Authentication: "FAIL" },
      });
      const sso = provider({ lookup: { baseDN: PEOPLE, serviceAccount: READER } });
      expect(await sso.GetSignInCookieInfo({ LoginUsername: SAMPLE.username })).toMatchObject({
        outputs: { Authentication: "OK", EmailAddress: SAMPLE.email },
      });
      expect(await sso.GetSignInCookieInfo({ LoginUsername: "*" })).toMatchObject({
        outputs: { Authentication: "FAIL" },
      });
      const wrongAccount = provider({ lookup: { serviceAccount: { ...READER, password: "nope" } } });
      expect(await wrongAccount.GetSignInCookieInfo({ LoginUsername: SAMPLE.username })).toMatchObject({
        ok: false,
        reason: "PROVIDER_ERROR",
      });
    });

    it("server down is a NETWORK failure; a server that never answers is a TIMEOUT", async () => {
      const sockets: Socket[] = [];
      const silent: Server = createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const silentPort = (silent.address() as { port: number }).port;
      try {
        const down = provider({ url: `ldap://127.0.0.1:${await closedPort()}` });
        expect(await down.Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: "x" })).toMatchObject(
          {
            ok: false,
            reason: "NETWORK",
          },
        );
        const slow = provider({ url: `ldap://127.0.0.1:${silentPort}`, timeoutMs: 200 });
        expect(await slow.Authenticate({ LoginUsername: SAMPLE.username, LoginPassword: "x" })).toMatchObject(
          {
            ok: false,
            reason: "TIMEOUT",
          },
        );
      } finally {
        for (const socket of sockets) socket.destroy();
        silent.close();
      }
    });

    it("every connection it opened was unbound, whatever the outcome", () => {
      expect(opened.length).toBeGreaterThan(5);
      expect(unbinds).toBe(opened.length);
      expect(opened.every((client) => !client.isConnected)).toBe(true);
    });

    it("refuses a configuration that cannot work", () => {
      expect(() => provider({ url: "http://x" })).toThrow(ProviderConfigError);
      expect(() => provider({ bind: { kind: "dn-template", template: "uid=x" } })).toThrow(
        ProviderConfigError,
      );
      expect(() => provider({ bind: { kind: "active-directory" }, lookup: {} })).toThrow(ProviderConfigError);
      expect(() => provider({ bind: { kind: "search" } })).toThrow(ProviderConfigError);
    });
  });
}
