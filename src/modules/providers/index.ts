import type { ModuleDefinition } from "../../core/module.js";
import { assertPermission } from "../../core/graphql/authorization.js";
import { setLoginExtension } from "../auth/index.js";
import { Privilege } from "../roles/index.js";
import { ExternalProvider } from "./external-provider.entity.js";
import { loginProviderExtension, loginProviderNameResolver } from "./login.service.js";
import { ProviderDelivery } from "./provider-delivery.entity.js";
import { ProviderSettingsResolver } from "./provider-settings.resolver.js";
import { ensureProviderRows, findProviderById } from "./provider-settings.service.js";
import { setFormOptionsSource } from "../custom-fields/index.js";
import { setTicketStartCheck } from "../tickets/index.js";
import { customFieldFormOptions } from "./custom-field-options.service.js";
import {
  SignInCookieResolver,
  TicketRequesterDetailsResolver,
  UserExternalDetailsResolver,
} from "./providers.resolver.js";
import { checkTicketStart } from "./ticket-start.service.js";
import { providerRegistry } from "./registry.js";

export {
  chatStartAllowed,
  startChatCheck,
  type ChatStartDecision,
  type ChatStartPermission,
  type ChatStartRequest,
} from "./chat-start.service.js";
export {
  checkRegistration,
  type RegistrationDecision,
  type RegistrationRequest,
} from "./registration.service.js";
export { applyProviderPeopleValues } from "./people-values.js";
export { notifyExternalEvent, type NotifyOutcome } from "./events.service.js";
export { purgeProviderDeliveries, DELIVERY_RETENTION_DAYS } from "./delivery-log.js";
export { externalDetailsHtml, sanitizeUserInfoHtml, type UserDetailsContext } from "./user-info.service.js";
export { providerRegistry, type ActiveProvider } from "./registry.js";
export { ProviderKind, FailurePolicy, ProviderTransport } from "./provider-kind.js";

/** External providers (002 L2064-2640, L7975-8058): settings, delivery log, login/SSO, user details, events. */
export const providersModule: ModuleDefinition = {
  name: "providers",
  entities: [ExternalProvider, ProviderDelivery],
  resolvers: [
    ProviderSettingsResolver,
    SignInCookieResolver,
    UserExternalDetailsResolver,
    TicketRequesterDetailsResolver,
  ],
  nodes: {
    async ExternalProvider(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return findProviderById(ctx.em, id);
    },
    async ProviderDelivery(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return ctx.em.findOne(ProviderDelivery, { id });
    },
  },
  async onBoot(app) {
    await ensureProviderRows(app);
    setLoginExtension(app, loginProviderExtension(app), loginProviderNameResolver(app));
    // Process-wide hooks that take the app per call, so installing them again on another boot is harmless.
    setTicketStartCheck(checkTicketStart);
    setFormOptionsSource((_em, request) => customFieldFormOptions(request));
  },
  async onShutdown(app) {
    providerRegistry(app).closeAll();
    await providerRegistry(app).deliveries.settled();
  },
};
