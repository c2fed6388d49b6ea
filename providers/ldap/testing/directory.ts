/** The directory the LDAP tests use: the documented sample user and a few awkward ones. */
import { SAMPLE } from "../../contract/testing/sample-provider.js";
import type { LdapEntry } from "./slapd.js";

export const PEOPLE = "ou=people,dc=example,dc=org";
export const READER = { dn: "cn=reader,dc=example,dc=org", password: "reader-secret" };

function person(uid: string, rdn: string, password: string, extra: Record<string, string> = {}): LdapEntry {
  return {
    dn: `uid=${rdn},${PEOPLE}`,
    attributes: { objectClass: ["inetOrgPerson"], uid, cn: uid, sn: uid, userPassword: password, ...extra },
  };
}

export const DIRECTORY: readonly LdapEntry[] = [
  {
    dn: "dc=example,dc=org",
    attributes: { objectClass: ["dcObject", "organization"], dc: "example", o: "Example" },
  },
  { dn: PEOPLE, attributes: { objectClass: ["organizationalUnit"], ou: "people" } },
  {
    dn: READER.dn,
    attributes: {
      objectClass: ["organizationalRole", "simpleSecurityObject"],
      cn: "reader",
      userPassword: READER.password,
    },
  },
  person(SAMPLE.username, SAMPLE.username, SAMPLE.password, {
    mail: SAMPLE.email,
    displayName: SAMPLE.displayName,
    employeeNumber: "4126",
  }),
  // A name with DN specials: the bind DN must escape them, not split on them.
  person("smith+jones, jr", "smith\\+jones\\, jr", "pw-smith", { mail: "smith@example.org" }),
  // Two entries matching "(mail=shared@…)"-style lookups are not needed; one user without mail is.
  person("nomail", "nomail", "pw-nomail"),
];
