import { graphql } from "./gql/index.js";
import type { TestServer } from "./test-server.js";

export const ADMIN = { username: "admin", password: "Admin-Passw0rd!", email: "admin@example.com" };

const SetupDoc = graphql(`
  mutation FixtureSetup($input: SetupInstallationInput!) {
    setupInstallation(input: $input) {
      administrator {
        id
      }
      brand {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const LoginDoc = graphql(`
  mutation FixtureLogin($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        refreshToken
        mustChangePassword
        account {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Runs first-run setup; returns the administrator's and the default brand's ids. */
export async function setupInstallation(t: TestServer) {
  const data = await t.ok(SetupDoc, {
    input: {
      adminUsername: ADMIN.username,
      adminPassword: ADMIN.password,
      adminDisplayName: "Ada Admin",
      adminEmail: ADMIN.email,
      companyName: "Example Inc",
      timeZone: "Europe/Berlin",
    },
  });
  if (data.setupInstallation.userErrors.length)
    throw new Error(JSON.stringify(data.setupInstallation.userErrors));
  return { adminId: data.setupInstallation.administrator!.id, brandId: data.setupInstallation.brand!.id };
}

/** Signs in and returns the session; fails the test on userErrors. */
export async function login(t: TestServer, username: string, password: string) {
  const data = await t.ok(LoginDoc, { input: { username, password } });
  if (!data.login.session) throw new Error(`login failed: ${JSON.stringify(data.login.userErrors)}`);
  return data.login.session;
}

/** Setup plus an administrator session: the starting point of most tests. */
export async function adminSession(t: TestServer) {
  const ids = await setupInstallation(t);
  const session = await login(t, ADMIN.username, ADMIN.password);
  return { ...ids, token: session.accessToken, session };
}
