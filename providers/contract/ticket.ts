/**
 * IExternalTicketProvider (002 L2304-2384; settings 002 L8030-8035): called "just before a ticket is
 * submitted (regardless of how the ticket was created)" (002 L2321); may refuse it, reroute it or set
 * custom fields.
 */
import type { CustomFieldValues } from "./common.js";
import type { ProviderResult } from "./result.js";

export interface StartTicketInputs {
  /** "The customer's username. This is used for tickets submitted through the Web interface" (002 L2326). */
  readonly LoginUsername?: string;
  /** "The customer's email address. This is used for tickets submitted through email" (002 L2327). */
  readonly EmailFrom?: string;
  /** The department the customer is creating the ticket for (002 L2328). */
  readonly DepartmentName: string;
  /** "The ticket number for the ticket about to be created" (002 L2329). */
  readonly TicketNumber: string;
  /** The subject: in the sample (`iData.Subject`, 002 L2349, L2375), not in the input list. */
  readonly Subject?: string;
  /** `cf_*`: "At this point … these values should be completed" (002 L2330). */
  readonly CustomFields: CustomFieldValues;
}

/** Output variables (002 L2336-2341); the lower-case names are the documented ones. */
export interface StartTicketOutputs {
  /** Required. false: show `Message` and do NOT create the ticket (002 L2336, L2364-2366). */
  readonly TicketCreation: boolean;
  /** Create the ticket in this department instead (002 L2337). */
  readonly departmentName?: string;
  /** Create it in this group and the group's department instead (002 L2338). */
  readonly groupName?: string;
  /** Department override by identifier (002 L2339); resolved by the server. */
  readonly departmentID?: string;
  /** Group override by identifier, with its department (002 L2340). */
  readonly groupId?: string;
  /** `cf_*`: "they will replace any existing values for the custom field" (002 L2341). */
  readonly CustomFields: CustomFieldValues;
}

export interface IExternalTicketProvider {
  StartTicket(inputs: StartTicketInputs): Promise<ProviderResult<StartTicketOutputs>>;
}
