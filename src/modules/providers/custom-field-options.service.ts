/**
 * GetCustomFieldOptions (002 L2195-2302) behind the custom-fields module's ticketSubmissionForm
 * (setFormOptionsSource), at both steps: PRE "after department selection", REGULAR "after search page and
 * before compose page" (002 L2242). Each directive changes only what its Change* flag says; directives for
 * fields the form does not have are dropped by the form. Fail open whatever the policy says: the form as
 * configured locally, submission allowed (docs/providers.md), since StartTicket still has the last word.
 */
import type { IExternalCustomFieldProvider } from "../../../providers/index.js";
import type { CustomFieldOverride, FormOptions, FormOptionsRequest } from "../custom-fields/index.js";
import { ProviderKind } from "./provider-kind.js";
import { providerRegistry } from "./registry.js";

export async function customFieldFormOptions(request: FormOptionsRequest): Promise<FormOptions> {
  const registry = providerRegistry(request.app);
  const active = await registry.get(ProviderKind.CUSTOM_FIELDS);
  if (!active) return { overrides: [] };
  const provider = active.provider as IExternalCustomFieldProvider;
  const result = await provider.GetCustomFieldOptions({
    LoginUsername: request.loginUsername ?? "",
    DepartmentName: request.department.name,
    Location: request.step === "PRE" ? "PRE" : "REGULAR",
    CustomFields: request.values,
  });
  await registry.deliveries.settled();
  if (!result.ok) {
    request.app.logger.warn({ reason: result.reason }, "custom field provider failed");
    return { overrides: [] };
  }
  const overrides = result.outputs.CustomFieldDataItems.map((item): CustomFieldOverride => {
    const override: CustomFieldOverride = {
      name: item.CustomFieldName,
      displayWithInformationLookup: item.DisplayWithInformationLookup,
    };
    if (item.ChangeListOptions) override.listOptions = [...item.ListOptions];
    if (item.ChangeRequired) override.required = item.NewRequiredValue;
    if (item.ChangeVisible) override.visible = item.NewVisibleValue;
    return override;
  });
  return {
    overrides,
    canStartTickets: result.outputs.CanStartTickets,
    message: result.outputs.CanStartTickets ? null : result.Message,
  };
}
