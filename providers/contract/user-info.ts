/**
 * IExternalUserInfoProvider (002 L2443-2504; settings 002 L8046-8051): HTML about the customer, shown above
 * a ticket's conversation. "This method is called on every ticket view in the management interface"
 * (002 L2455).
 */
import type { ProviderResult } from "./result.js";

/** `InteractionType`: "For the time being this value is always set to 'ticket'" (002 L2467). */
export type InteractionType = "ticket";

export interface GetUserDetailsInputs {
  /** "The customer's username" (002 L2461). */
  readonly Username?: string;
  /** "The customer's email address" (002 L2462). */
  readonly Email?: string;
  /** The brand the ticket is assigned to (002 L2463). */
  readonly BrandName?: string;
  /** The department the ticket is assigned to (002 L2464). */
  readonly DepartmentName?: string;
  /** The group the ticket is assigned to (002 L2465). */
  readonly Group?: string;
  /** "The identifier for the ticket being viewed" (002 L2466). */
  readonly TicketNumber: string;
  readonly InteractionType: InteractionType;
}

export interface GetUserDetailsOutputs {
  /**
   * HTML for the top of the communication tab; unset or blank: nothing is shown (002 L2471). Untrusted:
   * the server must sanitize it before any client renders it. Other output variables are "not currently
   * supported" (002 L2472) and are dropped.
   */
  readonly UserInfoHTML?: string;
}

export interface IExternalUserInfoProvider {
  GetUserDetails(inputs: GetUserDetailsInputs): Promise<ProviderResult<GetUserDetailsOutputs>>;
}
