import "reflect-metadata";
import { loadConfig } from "../core/config/config.js";
import { createRuntime } from "../core/bootstrap.js";
import { modules } from "../modules/index.js";

// Booting the runtime applies pending migrations (and seeds the fixed rows); then we stop.
const { runtime, close } = await createRuntime({ config: loadConfig(), modules });
runtime.logger.info("database is up to date");
await close();
