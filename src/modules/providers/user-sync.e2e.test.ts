import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession, login } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer, type TestServer } from "../../core/testing/test-server.js";
import { insertRole, signedIn } from "../accounts/testing.js";

const Sync = graphql(`
  mutation ProvSyncUsers($input: SyncUsersInput!) {
    syncUsers(input: $input) {
      results {
        outcome
        email
        user {
          username
          displayName
          forcePasswordChange
          disabled
          externalId
        }
        userErrors {
          code
          field
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const SetProps = graphql(`
  mutation ProvSetUserProperties($input: SetUserPropertiesInput!) {
    setUserProperties(input: $input) {
      outcome
      user {
        id
        username
        email
        displayName
        forcePasswordChange
        externalId
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Token = graphql(`
  mutation ProvSyncToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      userErrors {
        code
        message
      }
    }
  }
`);

const BATCH = [
  { externalId: "c-1", email: "ann@example.com", displayName: "Ann", password: "Ann-Passw0rd-1" },
  {
    externalId: "c-2",
    email: "bob@example.com",
    username: "bob",
    forcePasswordChange: true,
    password: "Bob-Passw0rd-2",
  },
  { email: "cy@example.com", organizationName: "Cy Corp", disabled: false },
];

describe("syncUsers (WHMCS-style one-way sync)", () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  beforeAll(async () => {
    t = await startTestServer("providers_user_sync");
    admin = await adminSession(t);
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("creates, then reports UNCHANGED for the same batch", async () => {
    const first = (await t.ok(Sync, { input: { users: BATCH } }, admin.token)).syncUsers.results!;
    expect(first.map((r) => r.outcome)).toEqual(["CREATED", "CREATED", "CREATED"]);
    expect(first[0]!.user).toMatchObject({
      username: "ann@example.com",
      displayName: "Ann",
      externalId: "c-1",
    });
    expect(first[1]!.user).toMatchObject({ username: "bob", forcePasswordChange: true });
    const second = (await t.ok(Sync, { input: { users: BATCH } }, admin.token)).syncUsers.results!;
    expect(second.map((r) => r.outcome)).toEqual(["UNCHANGED", "UNCHANGED", "UNCHANGED"]);
    // The synced password works; force password change is honoured at login.
    expect((await login(t, "bob", "Bob-Passw0rd-2")).mustChangePassword).toBe(true);
  });

  it("updates by externalId; a failing item does not affect the others", async () => {
    const results = (
      await t.ok(
        Sync,
        {
          input: {
            users: [
              { externalId: "c-1", email: "ann.new@example.com", displayName: "Ann New" },
              { email: "not-an-email" },
              { email: "dan@example.com", passwordHash: "md5:abc" },
              { email: "eve@example.com", roleNames: ["No Such Role"] },
              { email: "fay@example.com" },
            ],
          },
        },
        admin.token,
      )
    ).syncUsers.results!;
    expect(results.map((r) => r.outcome)).toEqual(["UPDATED", "FAILED", "FAILED", "FAILED", "CREATED"]);
    expect(results[0]!.user).toMatchObject({ displayName: "Ann New", externalId: "c-1" });
    expect(results[1]!.userErrors[0]).toMatchObject({
      code: "INVALID",
      field: ["input", "users", "1", "email"],
    });
    expect(results[3]!.userErrors[0]!.code).toBe("NOT_FOUND");
  });

  it("works with an API token holding USERS_ORGANIZATIONS CREATE and EDIT, not without", async () => {
    await insertRole(t, "Sync Staff", "EMPLOYEE", [
      { feature: "USERS_ORGANIZATIONS", level: "FULL_CONTROL" },
    ] as never);
    const staff = await signedIn(t, "prov-sync-staff", "EMPLOYEE", ["AGENT", "Sync Staff"]);
    const token = async (permissions: string[]) =>
      (await t.ok(Token, { input: { name: "sync", permissions } }, staff.token)).createApiToken.secret!;
    const full = await token(["USERS_ORGANIZATIONS_CREATE", "USERS_ORGANIZATIONS_EDIT"]);
    const ok = await t.ok(Sync, { input: { users: [{ email: "gus@example.com" }] } }, full);
    expect(ok.syncUsers.results![0]!.outcome).toBe("CREATED");
    const narrow = await token(["USERS_ORGANIZATIONS_CREATE"]);
    const refused = await t.gql(Sync, { input: { users: [{ email: "hal@example.com" }] } }, narrow);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("setUserProperties: the one-user SetUsersProperties, honouring force password change", async () => {
    const set = async (input: Record<string, unknown>, token = admin.token) =>
      (await t.ok(SetProps, { input: input as never }, token)).setUserProperties;
    const created = await set({
      externalId: "one-1",
      email: "ivy@example.com",
      displayName: "Ivy",
      password: "Ivy-Passw0rd-1",
      forcePasswordChange: true,
    });
    expect(created).toMatchObject({
      outcome: "CREATED",
      userErrors: [],
      user: { username: "ivy@example.com", externalId: "one-1", forcePasswordChange: true },
    });
    // The synced password signs in, and the user must change it first.
    expect((await login(t, "ivy@example.com", "Ivy-Passw0rd-1")).mustChangePassword).toBe(true);
    expect(
      await set({
        externalId: "one-1",
        email: "ivy@example.com",
        displayName: "Ivy",
        forcePasswordChange: true,
      }),
    ).toMatchObject({ outcome: "UNCHANGED" });
    // Matched by externalId: a new email and name update the same user; the flag can be cleared.
    const updated = await set({
      externalId: "one-1",
      email: "ivy.new@example.com",
      displayName: "Ivy New",
      forcePasswordChange: false,
      password: "Ivy-Passw0rd-2",
    });
    expect(updated).toMatchObject({
      outcome: "UPDATED",
      user: { id: created.user!.id, email: "ivy.new@example.com", forcePasswordChange: false },
    });
    expect((await login(t, "ivy@example.com", "Ivy-Passw0rd-2")).mustChangePassword).toBe(false);
    // Bad input is refused item-wise and writes nothing; callers without the permissions are FORBIDDEN.
    const bad = await set({ email: "not-an-email" });
    expect(bad.user).toBeNull();
    expect(bad.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
    const user = await signedIn(t, "prov-sync-user", "USER");
    const refused = await t.gql(SetProps, { input: { email: "jo@example.com" } }, user.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
