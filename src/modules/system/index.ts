import type { ModuleDefinition } from "../../core/module.js";
import { setSigningSecret } from "../auth/tokens.js";
import { Installation } from "./installation.entity.js";
import { ensureInstallation } from "./installation.service.js";
import { SecurityResolver } from "./security.resolver.js";
import { SystemResolver } from "./system.resolver.js";

export { Installation } from "./installation.entity.js";
export { getInstallation, getSecuritySettings } from "./installation.service.js";
export type { SecuritySettingsData } from "./installation.entity.js";

export const systemModule: ModuleDefinition = {
  name: "system",
  entities: [Installation],
  resolvers: [SystemResolver, SecurityResolver],
  async onBoot(app) {
    const installation = await ensureInstallation(app);
    setSigningSecret(app, app.config.jwtSecret ?? installation.tokenSecret);
  },
};
