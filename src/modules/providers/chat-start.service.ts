/**
 * StartChat (002 L2386-2441) for the chat module's start step: called "just before a live chat is submitted
 * to the queue" (002 L2394). ChatCreation=FALSE refuses the chat with the provider's Message
 * (PROVIDER_REFUSED); departmentName moves it; cf_* replace custom field values. A call that fails follows
 * the CHATS failure policy: FAIL_OPEN (default) starts the chat as submitted, FAIL_CLOSED refuses with
 * PROVIDER_UNAVAILABLE. Not retried: a pay-per-chat provider (002 L2427-2431) could charge twice.
 */
import type { IExternalChatProvider } from "../../../providers/index.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import type { ChatStartDecision, ChatStartRequest } from "../chat/index.js";
import { FailurePolicy, ProviderKind } from "./provider-kind.js";
import { providerRegistry } from "./registry.js";

export async function checkChatStart(
  app: AppRuntime,
  request: ChatStartRequest,
): Promise<ChatStartDecision | null> {
  const registry = providerRegistry(app);
  const active = await registry.get(ProviderKind.CHATS);
  if (!active) return null;
  const provider = active.provider as IExternalChatProvider;
  const { result, deliveryIds } = await registry.deliveries.capture(() =>
    provider.StartChat({
      LoginUsername: request.loginUsername ?? "",
      DepartmentName: request.departmentName,
      CustomFields: request.customFields,
    }),
  );
  await registry.deliveries.settled();
  if (!result.ok) {
    app.logger.warn({ reason: result.reason }, "chat provider failed");
    if (active.settings.effectiveFailurePolicy === FailurePolicy.FAIL_CLOSED)
      throw new UserErrorException([
        userError("PROVIDER_UNAVAILABLE", "Live chat cannot start right now. Please try again later."),
      ]);
    return { customFields: {}, failure: result.reason };
  }
  const out = result.outputs;
  if (!out.ChatCreation)
    throw new UserErrorException([
      userError("PROVIDER_REFUSED", result.Message.trim() || "The live chat cannot be started."),
    ]);
  return {
    departmentName: out.departmentName,
    customFields: out.CustomFields,
    reportIgnored: (note) => registry.deliveries.annotate(deliveryIds, note),
  };
}
