import type { EntityManager } from "@mikro-orm/postgresql";
import type { ModuleDefinition } from "../../core/module.js";
import type { AppRuntime } from "../../core/runtime.js";
import { registerSocketHooks } from "../../core/ws/hooks.js";
import { registerAfterLogin } from "../auth/index.js";
import { expireInactiveAgents, goActiveOnLogin, touchActivity } from "./activity.js";
import { onSocketClose, onSocketOpen, startPresence, stopPresence } from "./connections.js";
import { AgentPresence, PresenceConnection } from "./presence.entity.js";
import { PresenceResolver } from "./presence.resolver.js";
import { PresenceSubscriptionResolver } from "./presence-subscriptions.resolver.js";

export { expireInactiveAgents, touchActivity, resetActivityThrottle } from "./activity.js";
export { presenceHeartbeat, settleOnline } from "./connections.js";
export { PRESENCE_CHANGED, registerPresenceChangeHook } from "./presence.events.js";
export type { PresenceChangeHook, PresenceChangeReason, PresenceChangedEvent } from "./presence.events.js";

export const EXPIRE_INACTIVE_JOB = "presence.expireInactiveAgents";

let registered = false;

/**
 * Activity = any authenticated request or graphql-ws operation of an employee. Every one goes through
 * runtime.authenticate, so presence wraps it (sampled writes, see touchActivity) rather than the core
 * knowing about presence.
 */
function trackActivity(app: AppRuntime): void {
  const authenticate = app.authenticate;
  app.authenticate = async (runtime, credential) => {
    const actor = await authenticate(runtime, credential);
    if (actor.kind === "EMPLOYEE") {
      await touchActivity(runtime, actor.accountId).catch((err) =>
        runtime.logger.error({ err }, "recording activity failed"),
      );
    }
    return actor;
  };
}

export const presenceModule: ModuleDefinition = {
  name: "presence",
  entities: [AgentPresence, PresenceConnection],
  resolvers: [PresenceResolver, PresenceSubscriptionResolver],
  async onBoot(app) {
    trackActivity(app);
    startPresence(app);
    if (registered) return; // process-wide registries; tests boot several servers
    registered = true;
    registerSocketHooks({ onSocketOpen, onSocketClose });
    registerAfterLogin(goActiveOnLogin);
  },
  async onShutdown(app) {
    await stopPresence(app);
  },
  jobs: {
    // Auto-Inactive (000 L72-77) as a durable sweep: one run per slot across instances, in the job's
    // transaction, so a crash mid-way repeats the sweep rather than half-applying it.
    [EXPIRE_INACTIVE_JOB]: {
      maxAttempts: 1,
      run: async (app, _payload, job) => {
        await expireInactiveAgents(app, new Date(), job.em as EntityManager);
      },
    },
  },
  recurring: [{ kind: EXPIRE_INACTIVE_JOB, everySeconds: 30 }],
};
