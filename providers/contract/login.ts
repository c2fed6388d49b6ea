/**
 * IExternalLoginProvider (002 L2086-2193; settings 002 L8000-8012): portal login against another system.
 * Called "every time a user logs in or returns to the site with a login already stored in their cookies"
 * (002 L8002). The outputs are used "to create and link an account" (002 L2115-2116).
 */
import type { CustomFieldValues } from "./common.js";
import type { ProviderResult } from "./result.js";

/** Authenticate inputs (002 L2099-2101); `AuthPW` is added on the wire by the adapter. */
export interface AuthenticateInputs {
  /** "The username you are authenticating with". */
  readonly LoginUsername: string;
  /** "The password you are authenticating with". */
  readonly LoginPassword: string;
}

/** GetSignInCookieInfo inputs (002 L2152-2153): the username from another site's cookie, no password. */
export interface GetSignInCookieInfoInputs {
  readonly LoginUsername: string;
}

/** `Authentication`: "Possible values are OK or FAIL" (002 L2106, L2159-2161). */
export type AuthenticationValue = "OK" | "FAIL";

/** The output variables of both login methods (002 L2106-2110, L2159-2166). */
export interface LoginOutputs {
  /** Required: a `Success=true` answer without it is a protocol error. */
  readonly Authentication: AuthenticationValue;
  /** "The email address of the user" (optional in the sample, 002 L2134). */
  readonly EmailAddress?: string;
  /** "The display name of the user" (optional in the sample, 002 L2135). */
  readonly DisplayName?: string;
  /** `cf_*`: values "assigned to the user who is logging in"; unknown fields are ignored (002 L2110). */
  readonly CustomFields: CustomFieldValues;
}

export interface IExternalLoginProvider {
  /** Validates a username and password at portal login without an authentication cookie (002 L2092-2094). */
  Authenticate(inputs: AuthenticateInputs): Promise<ProviderResult<LoginOutputs>>;
  /**
   * Single sign-on from another site's cookie, also called when the authentication cookie of a logged-in
   * user cannot be found. "Same as Authenticate function, but does not verify password" (002 L2146-2173).
   */
  GetSignInCookieInfo(inputs: GetSignInCookieInfoInputs): Promise<ProviderResult<LoginOutputs>>;
}
