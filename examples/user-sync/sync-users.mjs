// WHMCS-style one-way user sync (seed 002 L2644-2680) against deskgraph's syncUsers, in plain Node 20+.
// Create an API token scoped to USERS_ORGANIZATIONS_CREATE + USERS_ORGANIZATIONS_EDIT (createApiToken),
// then: DESKGRAPH_URL=http://127.0.0.1:4000/graphql DESKGRAPH_TOKEN=dgt_... node examples/user-sync/sync-users.mjs users.json
// users.json: [{"externalId":"whmcs-17","email":"ann@example.com","displayName":"Ann","password":"…"}, …]
// Running it twice with the same file reports UNCHANGED the second time (the sync is idempotent).
import { readFile } from "node:fs/promises";

const url = process.env.DESKGRAPH_URL ?? "http://127.0.0.1:4000/graphql";
const token = process.env.DESKGRAPH_TOKEN;
if (!token) throw new Error("Set DESKGRAPH_TOKEN to an API token (dgt_…).");
const file = process.argv[2];
if (!file) throw new Error("Usage: node sync-users.mjs users.json");
const users = JSON.parse(await readFile(file, "utf8"));

const SYNC = `mutation SyncUsers($input: SyncUsersInput!) {
  syncUsers(input: $input) {
    results { email externalId outcome userErrors { code message } }
    userErrors { code message }
  }
}`;

let failed = 0;
for (let i = 0; i < users.length; i += 500) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SYNC, variables: { input: { users: users.slice(i, i + 500) } } }),
  });
  const { data, errors } = await response.json();
  if (errors?.length)
    throw new Error(`GraphQL error: ${errors.map((e) => `${e.extensions?.code} ${e.message}`).join("; ")}`);
  const payload = data.syncUsers;
  if (payload.userErrors.length)
    throw new Error(payload.userErrors.map((e) => `${e.code} ${e.message}`).join("; "));
  for (const r of payload.results) {
    const why = r.userErrors.map((e) => `${e.code}: ${e.message}`).join("; ");
    console.log(`${r.outcome.padEnd(9)} ${r.externalId ?? ""} ${r.email} ${why}`);
    if (r.outcome === "FAILED") failed++;
  }
}
process.exitCode = failed ? 1 : 0;
