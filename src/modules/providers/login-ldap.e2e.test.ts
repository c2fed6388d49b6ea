/**
 * The login provider over LDAP, end to end: an administrator configures it through updateExternalProvider,
 * users sign in through the login mutation against a real OpenLDAP slapd (providers/ldap/testing/slapd.ts),
 * and the account is created, then linked, with the directory's email address and display name. Skipped
 * with a message when slapd is not installed (.ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE } from "../../../providers/contract/testing/sample-provider.js";
import { closedPort } from "../../../providers/http/testing/server.js";
import { DIRECTORY, PEOPLE, READER } from "../../../providers/ldap/testing/directory.js";
import { SLAPD_MISSING, findSlapd, startSlapd, type Slapd } from "../../../providers/ldap/testing/slapd.js";
import { ADMIN, adminSession, login as signIn } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { fork } from "../distribution/testing.js";

const Configure = graphql(`
  mutation ProvLdapConfigure($input: UpdateExternalProviderInput!) {
    updateExternalProvider(input: $input) {
      externalProvider {
        transport
        ldap {
          bindKind
          baseDN
          serviceAccountDn
          hasServiceAccountPassword
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Login = graphql(`
  mutation ProvLdapLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        account {
          id
          username
          email
          emailVerified
          displayName
          authenticationMethod
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const Deliveries = graphql(`
  query ProvLdapDeliveries {
    providerDeliveries(kind: LOGIN, first: 3) {
      nodes {
        method
        outcome
        target
        request
      }
    }
  }
`);

const available = findSlapd() !== undefined;

if (!available) {
  it.skip(SLAPD_MISSING, () => {});
} else {
  describe("login provider over LDAP (real slapd), configured through GraphQL", () => {
    let t: TestServer;
    let admin: Awaited<ReturnType<typeof adminSession>>;
    let slapd: Slapd;

    const configure = async (input: Record<string, unknown>) => {
      const r = await t.ok(Configure, { input: { kind: "LOGIN", ...input } }, admin.token);
      expect(r.updateExternalProvider.userErrors).toEqual([]);
      return r.updateExternalProvider.externalProvider!;
    };
    const login = async (username: string, password: string) =>
      (await t.ok(Login, { input: { username, password } })).login;
    const codes = async (username: string, password: string) =>
      (await login(username, password)).userErrors.map((e) => e.code);
    const accounts = async () =>
      Number((await fork(t).execute<Array<{ n: string }>>("select count(*) as n from account"))[0]!.n);
    const lastDelivery = async () => (await t.ok(Deliveries, {}, admin.token)).providerDeliveries.nodes[0]!;

    beforeAll(async () => {
      slapd = await startSlapd();
      await slapd.add([
        ...DIRECTORY,
        // A directory user with the name of the local administrator: must never sign in as that account.
        {
          dn: `uid=${ADMIN.username},${PEOPLE}`,
          attributes: {
            objectClass: ["inetOrgPerson"],
            uid: ADMIN.username,
            cn: "x",
            sn: "x",
            userPassword: "directory-admin-pw",
            mail: "intruder@example.org",
          },
        },
      ]);
      t = await startTestServer("providers_login_ldap");
      admin = await adminSession(t);
    }, 60_000);
    afterAll(async () => {
      await t?.stop();
      await slapd?.stop();
    });

    it("DN template: the first login creates the user with the directory's email and display name", async () => {
      await configure({
        enabled: true,
        transport: "LDAP",
        markEmailVerified: true,
        ldap: {
          url: slapd.url,
          bindKind: "DN_TEMPLATE",
          dnTemplate: `uid={username},${PEOPLE}`,
          emailAttribute: "mail",
        },
      });
      const before = await accounts();
      const first = await login(SAMPLE.username, SAMPLE.password);
      expect(first.userErrors).toEqual([]);
      expect(first.session!.account).toMatchObject({
        username: SAMPLE.username,
        email: SAMPLE.email,
        emailVerified: true,
        displayName: SAMPLE.displayName,
        authenticationMethod: "EXTERNAL_PROVIDER",
      });
      expect(await accounts()).toBe(before + 1);
      const delivery = await lastDelivery();
      expect(delivery).toMatchObject({ method: "Authenticate", outcome: "OK", target: slapd.url });
      expect(delivery.request).not.toContain(SAMPLE.password);
      // The second login links the same account.
      const second = await login(SAMPLE.username, SAMPLE.password);
      expect(second.session!.account.id).toBe(first.session!.account.id);
      expect(await accounts()).toBe(before + 1);
    });

    it("a wrong password or an unknown user is INVALID_CREDENTIALS and creates nothing", async () => {
      const before = await accounts();
      expect(await codes(SAMPLE.username, "wrong-password")).toEqual(["INVALID_CREDENTIALS"]);
      expect(await codes("nobody-here", SAMPLE.password)).toEqual(["INVALID_CREDENTIALS"]);
      // A filter or DN injection attempt names nobody.
      expect(await codes("*", SAMPLE.password)).toEqual(["INVALID_CREDENTIALS"]);
      expect(await accounts()).toBe(before);
      // The directory answered; the refusal is the business answer Authentication=FAIL, not a failure.
      expect(await lastDelivery()).toMatchObject({ method: "Authenticate", outcome: "OK" });
    });

    it("search then bind: DOMAIN\\user, DOMAIN/user and user@domain sign in to the same account", async () => {
      const saved = await configure({
        ldap: {
          url: slapd.url,
          bindKind: "SEARCH",
          baseDN: PEOPLE,
          filter: "(&(objectClass=inetOrgPerson)(uid={username}))",
          serviceAccountDn: READER.dn,
          serviceAccountPassword: READER.password,
        },
      });
      expect(saved).toMatchObject({
        transport: "LDAP",
        ldap: {
          bindKind: "SEARCH",
          baseDN: PEOPLE,
          serviceAccountDn: READER.dn,
          hasServiceAccountPassword: true,
        },
      });
      expect(JSON.stringify(saved)).not.toContain(READER.password);
      const before = await accounts();
      const ids = new Set<string>();
      for (const typed of [
        `EXAMPLE\\${SAMPLE.username}`,
        `EXAMPLE/${SAMPLE.username}`,
        `${SAMPLE.username}@example.org`,
      ]) {
        const r = await login(typed, SAMPLE.password);
        expect(r.userErrors, typed).toEqual([]);
        expect(r.session!.account).toMatchObject({ username: SAMPLE.username, email: SAMPLE.email });
        ids.add(r.session!.account.id);
        expect(await codes(typed, "wrong-password")).toEqual(["INVALID_CREDENTIALS"]);
      }
      expect(ids.size).toBe(1);
      expect(await accounts()).toBe(before);
      // A new directory user typed with a domain gets an account named without it.
      const smith = await login("EXAMPLE\\smith+jones, jr", "pw-smith");
      expect(smith.session!.account).toMatchObject({
        username: "smith+jones, jr",
        email: "smith@example.org",
      });
    });

    it("a directory user never signs in as the local password account of the same name", async () => {
      const before = await accounts();
      for (const typed of [ADMIN.username, `EXAMPLE\\${ADMIN.username}`, `${ADMIN.username}@example.org`])
        expect(await codes(typed, "directory-admin-pw"), typed).toEqual(["INVALID_CREDENTIALS"]);
      // Nor does the local password work through a directory alias; under its own name it still does.
      expect(await codes(`EXAMPLE\\${ADMIN.username}`, ADMIN.password)).toEqual(["INVALID_CREDENTIALS"]);
      expect((await signIn(t, ADMIN.username, ADMIN.password)).accessToken).toEqual(expect.any(String));
      expect(await accounts()).toBe(before);
    });

    it("a directory that is down refuses with PROVIDER_UNAVAILABLE, logged as NETWORK", async () => {
      const down = `ldap://127.0.0.1:${await closedPort()}`;
      await configure({
        ldap: { url: down, bindKind: "DN_TEMPLATE", dnTemplate: `uid={username},${PEOPLE}` },
      });
      expect(await codes(SAMPLE.username, SAMPLE.password)).toEqual(["PROVIDER_UNAVAILABLE"]);
      expect(await lastDelivery()).toMatchObject({
        method: "Authenticate",
        outcome: "NETWORK",
        target: down,
      });
    });
  });
}
