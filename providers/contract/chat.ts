/**
 * IExternalChatProvider (002 L2386-2441; settings 002 L8037-8044): called "just before a live chat is
 * submitted to the queue" (002 L2394); may refuse it, change its department or its custom fields.
 */
import type { CustomFieldValues } from "./common.js";
import type { ProviderResult } from "./result.js";

export interface StartChatInputs {
  /** The customer's username, for chats started through the Web interface (002 L2399). */
  readonly LoginUsername?: string;
  /** Only in the sample's comment ("for chats submitted through email", 002 L2415-2416). */
  readonly EmailFrom?: string;
  /** The department the customer is starting a live chat for (002 L2400). */
  readonly DepartmentName: string;
  /** `cf_*`: the chat's custom fields, completed at this point (002 L2401). */
  readonly CustomFields: CustomFieldValues;
}

/** Output variables (002 L2406-2408). No group or ID overrides are documented for chats. */
export interface StartChatOutputs {
  /** Required. false: show `Message` and do NOT start the chat (002 L2406). */
  readonly ChatCreation: boolean;
  /** Start the chat in this department instead (002 L2407). */
  readonly departmentName?: string;
  /** `cf_*`: replace existing values (002 L2408). */
  readonly CustomFields: CustomFieldValues;
}

export interface IExternalChatProvider {
  StartChat(inputs: StartChatInputs): Promise<ProviderResult<StartChatOutputs>>;
}
