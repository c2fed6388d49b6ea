import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../core/config/config.js";
import { createRuntime } from "../core/bootstrap.js";
import { createRequestContext } from "../core/context/context.js";
import { AppError } from "../core/errors/app-errors.js";
import { UserErrorException } from "../core/graphql/user-error.js";
import { modules } from "../modules/index.js";
import { setupInstallation } from "../modules/system/installation.service.js";

/** First-run setup from the command line: the same rules and transaction as the setupInstallation mutation. */
const usage = `Usage: npm run setup -- --username <name> --password <password> --display-name <name>
                      --email <address> --company <name> [--time-zone <IANA zone, default UTC>]

Creates the Administrator / Employee account, the company and the default brand of a new installation.
Uses DATABASE_URL, or the embedded database in DATA_DIR (default ./data), like npm start.
The password may also come from the DESKGRAPH_ADMIN_PASSWORD environment variable.`;

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    password: { type: "string" },
    "display-name": { type: "string" },
    email: { type: "string" },
    company: { type: "string" },
    "time-zone": { type: "string", default: "UTC" },
    help: { type: "boolean", short: "h" },
  },
});

const password = values.password ?? process.env.DESKGRAPH_ADMIN_PASSWORD;
const missing = (["username", "display-name", "email", "company"] as const).filter((k) => !values[k]);
if (!password) missing.push("password" as never);
if (values.help || missing.length) {
  if (missing.length && !values.help) console.error(`Missing: ${missing.map((m) => `--${m}`).join(", ")}\n`);
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const { runtime, close } = await createRuntime({ config: loadConfig(), modules });
let exitCode = 0;
try {
  const ctx = createRequestContext(runtime, null, { transport: "http" });
  const result = await setupInstallation(ctx, {
    adminUsername: values.username!,
    adminPassword: password!,
    adminDisplayName: values["display-name"]!,
    adminEmail: values.email!,
    companyName: values.company!,
    timeZone: values["time-zone"]!,
  });
  console.log(
    `Set up "${result.installation.companyName}": administrator "${result.administrator.username}" can now sign in.`,
  );
} catch (error) {
  exitCode = 1;
  if (error instanceof UserErrorException) {
    for (const e of error.errors) console.error(`${e.field?.join(".") ?? "input"}: ${e.message} (${e.code})`);
  } else if (error instanceof AppError) {
    console.error(`${error.message} (${String(error.extensions.code)})`);
  } else {
    throw error;
  }
} finally {
  await close();
}
process.exit(exitCode);
