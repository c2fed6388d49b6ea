/**
 * IExternalRegistrationProvider: a deskgraph extension. The documentation has a Registration tab with
 * Web Service URL and Password ("When a user registers in the existing system, this provider can be
 * called", 002 L7993, L8014-8019, L2626) but defines no interface for it (only six, 002 L2077-2082).
 * This contract follows the login provider's names so that one web service can serve both:
 * it is called just before a portal registration is stored; `Registration=FAIL` refuses it with the
 * provider's `Message` shown to the user. See docs/providers.md "Registration provider".
 */
import type { CustomFieldValues } from "./common.js";
import type { ProviderResult } from "./result.js";

export interface RegisterInputs {
  /** The username the person chose (the name the login provider will later receive). */
  readonly LoginUsername: string;
  /** The password the person chose; masked in delivery records like every password. */
  readonly LoginPassword: string;
  readonly EmailAddress: string;
  readonly DisplayName?: string;
  /** `cf_*`: the custom fields filled in on the registration form. */
  readonly CustomFields: CustomFieldValues;
}

/** `Registration`: OK (store the account) or FAIL (refuse it, show `Message`). */
export type RegistrationValue = "OK" | "FAIL";

export interface RegisterOutputs {
  /** Required, like `Authentication` for the login provider. */
  readonly Registration: RegistrationValue;
  /** Replaces the email address given on the form when set. */
  readonly EmailAddress?: string;
  /** Replaces the display name given on the form when set. */
  readonly DisplayName?: string;
  /** `cf_*`: values stored on the new user; unknown fields are ignored. */
  readonly CustomFields: CustomFieldValues;
}

export interface IExternalRegistrationProvider {
  Register(inputs: RegisterInputs): Promise<ProviderResult<RegisterOutputs>>;
}
