import "reflect-metadata";
import { ConfigError, loadConfig } from "./core/config/config.js";
import { startServer } from "./core/bootstrap.js";
import { modules } from "./modules/index.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer({ config, modules });
  const { runtime } = server;
  const status = await runtime.orm.em
    .fork()
    .getConnection()
    .execute("select setup_completed_at from installation limit 1");
  if (!status[0]?.setup_completed_at) {
    runtime.logger.info(
      { url: server.url },
      "first run: no administrator yet; call the setupInstallation mutation or run `npm run setup -- --help`",
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, "shutting down");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
