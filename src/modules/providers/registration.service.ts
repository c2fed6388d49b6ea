/**
 * The Registration provider (deskgraph's contract, docs/providers.md "Registration provider"; settings
 * 002 L8014-8019: "When a user registers in the existing system, this provider can be called"): Register
 * is called when a person registers on the portal, after the local checks pass and before the account is
 * stored, outside any transaction. Registration=FAIL refuses with the provider's Message
 * (REGISTRATION_REFUSED). A failed call follows the REGISTRATION policy: FAIL_CLOSED (default, no accounts
 * the external system does not know) refuses with PROVIDER_UNAVAILABLE; FAIL_OPEN registers as submitted.
 */
import type { IExternalRegistrationProvider } from "../../../providers/index.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { FailurePolicy, ProviderKind } from "./provider-kind.js";
import { providerRegistry } from "./registry.js";

export interface RegistrationRequest {
  readonly username: string;
  readonly password: string;
  readonly email: string;
  readonly displayName: string;
}

/** What the provider changes; null when no provider is enabled or the policy let a failure through. */
export interface RegistrationDecision {
  /** Replaces the email address of the form (the caller validates it and ignores an invalid one). */
  readonly email?: string;
  /** Replaces the display name of the form (validated likewise). */
  readonly displayName?: string;
  /** cf_* outputs for the new user's People fields (applyProviderPeopleValues). */
  readonly customFields: Readonly<Record<string, string>>;
}

export async function checkRegistration(
  app: AppRuntime,
  request: RegistrationRequest,
): Promise<RegistrationDecision | null> {
  const registry = providerRegistry(app);
  const active = await registry.get(ProviderKind.REGISTRATION);
  if (!active) return null;
  const provider = active.provider as IExternalRegistrationProvider;
  const result = await provider.Register({
    LoginUsername: request.username,
    LoginPassword: request.password,
    EmailAddress: request.email,
    DisplayName: request.displayName,
    // The portal's registration form has no custom fields: People fields are kept by agents (002 L6888).
    CustomFields: {},
  });
  await registry.deliveries.settled();
  if (!result.ok) {
    app.logger.warn({ reason: result.reason }, "registration provider failed");
    if (active.settings.effectiveFailurePolicy === FailurePolicy.FAIL_OPEN) return null;
    throw new UserErrorException([
      userError("PROVIDER_UNAVAILABLE", "Registration is not possible right now. Please try again later."),
    ]);
  }
  const out = result.outputs;
  if (out.Registration !== "OK")
    throw new UserErrorException([
      userError("REGISTRATION_REFUSED", result.Message.trim() || "The registration was refused."),
    ]);
  return {
    ...(out.EmailAddress?.trim() ? { email: out.EmailAddress.trim() } : {}),
    ...(out.DisplayName?.trim() ? { displayName: out.DisplayName.trim() } : {}),
    customFields: out.CustomFields,
  };
}
