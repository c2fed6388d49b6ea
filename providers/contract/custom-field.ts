/**
 * IExternalCustomFieldProvider (002 L2195-2302; settings 002 L8021-8028): which custom fields a ticket or
 * live chat submission shows, in two steps. "pre called after department selection made. Regular called
 * after search page and before compose page" (002 L2242).
 */
import type { CustomFieldValues } from "./common.js";
import type { ProviderResult } from "./result.js";

/**
 * `Location`: "Possible values for this are PRE or REGULAR" (002 L2214). The seed once says
 * `location=NORMAL` (002 L2226); decoders accept NORMAL as REGULAR, encoders always send REGULAR.
 */
export type CustomFieldLocation = "PRE" | "REGULAR";

export interface GetCustomFieldOptionsInputs {
  /** "The customer's username" (002 L2212); absent for anonymous visitors. */
  readonly LoginUsername?: string;
  /** "The department name that the Ticket or Live Chat is being started through" (002 L2213). */
  readonly DepartmentName: string;
  readonly Location: CustomFieldLocation;
  /** `cf_*`: current values, empty at step 1 (`PRE`) (002 L2215). */
  readonly CustomFields: CustomFieldValues;
}

/** One directive of `CustomFieldDataItems` (002 L2221-2233); booleans default to false as in the sample. */
export interface ExternalCustomFieldData {
  /** Must be identical to the custom field's name (002 L2223). */
  readonly CustomFieldName: string;
  /** Show the field on the first step; false: with the other fields on the regular page (002 L2224-2226). */
  readonly DisplayWithInformationLookup: boolean;
  /** Replace a drop-down's options with `ListOptions` (002 L2228). */
  readonly ChangeListOptions: boolean;
  /** The new drop-down options; used only when `ChangeListOptions` (002 L2229). */
  readonly ListOptions: readonly string[];
  /** Change the required status to `NewRequiredValue` (002 L2230-2231). */
  readonly ChangeRequired: boolean;
  readonly NewRequiredValue: boolean;
  /** Change the visibility to `NewVisibleValue` (002 L2232-2233). */
  readonly ChangeVisible: boolean;
  readonly NewVisibleValue: boolean;
}

export interface CustomFieldOptionsOutputs {
  /** Directives for existing fields; directives for unknown fields are dropped (002 L2266-2267). */
  readonly CustomFieldDataItems: readonly ExternalCustomFieldData[];
  /**
   * Whether a ticket can be started (002 L2235). The sample always sends it; when a provider leaves it out
   * the answer is `true`, because the doc describes only a `false` value as having an effect.
   */
  readonly CanStartTickets: boolean;
  /** Whether a live chat can be started; false shows the provider's `Message` (002 L2236, L2260-2261). */
  readonly CanStartChats: boolean;
}

export interface IExternalCustomFieldProvider {
  GetCustomFieldOptions(
    inputs: GetCustomFieldOptionsInputs,
  ): Promise<ProviderResult<CustomFieldOptionsOutputs>>;
}
