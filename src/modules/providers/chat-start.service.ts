/**
 * The providers' say before a live chat enters the queue, for the chat module to call (it owns the call site):
 * - CanStartChats of GetCustomFieldOptions (002 L2236): false refuses with the custom field provider's
 *   Message (CHATS_NOT_ALLOWED). The custom field provider always fails open.
 * - StartChat (002 L2386-2441), "just before a live chat is submitted to the queue" (002 L2394):
 *   ChatCreation=false refuses with the provider's Message (PROVIDER_REFUSED); departmentName reroutes;
 *   cf_* replaces values of existing DATA fields (unknown names are ignored). A failed call follows the
 *   CHATS failure policy: FAIL_OPEN (default) queues the chat as submitted (`failure` says why, for the
 *   chat's history); FAIL_CLOSED refuses with PROVIDER_UNAVAILABLE.
 * Both calls take seconds at worst (the timeout): call this BEFORE opening the transaction that queues the
 * chat, as tickets do with StartTicket. It reads through its own EntityManager fork, never the caller's.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import type {
  FailureReason,
  IExternalChatProvider,
  IExternalCustomFieldProvider,
} from "../../../providers/index.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import { CustomField, CustomFieldAppliesTo, MAX_VALUE_LENGTH } from "../custom-fields/index.js";
import { Department } from "../organization/index.js";
import { FailurePolicy, ProviderKind } from "./provider-kind.js";
import { providerRegistry } from "./registry.js";

/** What the providers are told about the chat (StartChat's inputs, 002 L2399-2401). */
export interface ChatStartRequest {
  /** The chat's department as the visitor chose it. */
  readonly departmentName: string;
  /** The signed-in user's username; null for anonymous visitors (sent empty). */
  readonly loginUsername: string | null;
  /** The visitor's email, when known (EmailFrom). */
  readonly email?: string | null;
  /** The chat's custom field values so far, by field name (cf_*). */
  readonly customFields?: Readonly<Record<string, string>>;
}

/** The answer of chatStartAllowed: what the pre-chat form should show. */
export interface ChatStartPermission {
  readonly canStartChats: boolean;
  /** The provider's Message when canStartChats is false (002 L2258), else null. */
  readonly message: string | null;
}

/** The providers' decision; refusals are not returned: startChatCheck throws UserErrorException. */
export interface ChatStartDecision {
  /** The department the chat goes to: the rerouted one, or null to keep the visitor's choice. */
  readonly department: { readonly id: string; readonly name: string } | null;
  /** cf_* outputs of existing DATA fields, by their canonical name, cut to the field limit. */
  readonly customFields: Readonly<Record<string, string>>;
  /** Lines for the chat's history: reroutes, answers that could not be applied, failures let through. */
  readonly notes: readonly string[];
  /** Set when the StartChat call failed and the policy (FAIL_OPEN) let the chat through. */
  readonly failure: FailureReason | null;
}

/**
 * CanStartChats alone, e.g. for a pre-chat form: true when no custom field provider is enabled or when it
 * fails (fail open). Location is REGULAR (the values are complete).
 */
export async function chatStartAllowed(
  app: AppRuntime,
  request: ChatStartRequest,
): Promise<ChatStartPermission> {
  const registry = providerRegistry(app);
  const active = await registry.get(ProviderKind.CUSTOM_FIELDS);
  if (!active) return { canStartChats: true, message: null };
  const provider = active.provider as IExternalCustomFieldProvider;
  const result = await provider.GetCustomFieldOptions({
    LoginUsername: request.loginUsername ?? "",
    DepartmentName: request.departmentName,
    Location: "REGULAR",
    CustomFields: request.customFields ?? {},
  });
  await registry.deliveries.settled();
  if (!result.ok) {
    app.logger.warn({ reason: result.reason }, "custom field provider failed (chat start allowed)");
    return { canStartChats: true, message: null };
  }
  if (result.outputs.CanStartChats) return { canStartChats: true, message: null };
  return {
    canStartChats: false,
    message: result.Message.trim() || "You are not permitted to start a live chat.",
  };
}

/**
 * Everything the providers decide before a chat is queued: CanStartChats, then StartChat. Throws
 * UserErrorException with CHATS_NOT_ALLOWED, PROVIDER_REFUSED or PROVIDER_UNAVAILABLE; otherwise returns
 * the decision (a no-op decision when no provider is enabled). Nothing is written here, so a refusal
 * leaves nothing behind as long as the caller has not stored the chat yet.
 */
export async function startChatCheck(app: AppRuntime, request: ChatStartRequest): Promise<ChatStartDecision> {
  const allowed = await chatStartAllowed(app, request);
  if (!allowed.canStartChats)
    throw new UserErrorException([userError("CHATS_NOT_ALLOWED", allowed.message ?? "")]);
  const none: ChatStartDecision = { department: null, customFields: {}, notes: [], failure: null };
  const registry = providerRegistry(app);
  const active = await registry.get(ProviderKind.CHATS);
  if (!active) return none;
  const provider = active.provider as IExternalChatProvider;
  const { result, deliveryIds } = await registry.deliveries.capture(() =>
    provider.StartChat({
      LoginUsername: request.loginUsername ?? "",
      EmailFrom: request.email ?? "",
      DepartmentName: request.departmentName,
      CustomFields: request.customFields ?? {},
    }),
  );
  await registry.deliveries.settled();
  if (!result.ok) {
    app.logger.warn({ reason: result.reason }, "chat provider failed");
    if (active.settings.effectiveFailurePolicy === FailurePolicy.FAIL_CLOSED)
      throw new UserErrorException([
        userError("PROVIDER_UNAVAILABLE", "Live chat cannot be started right now. Please try again later."),
      ]);
    return {
      ...none,
      notes: [`Chat provider failed (${result.reason}); queued as submitted.`],
      failure: result.reason,
    };
  }
  const out = result.outputs;
  if (!out.ChatCreation)
    throw new UserErrorException([
      userError("PROVIDER_REFUSED", result.Message.trim() || "The chat cannot be started."),
    ]);
  const em = app.orm.em.fork() as EntityManager;
  const notes: string[] = [];
  let department: ChatStartDecision["department"] = null;
  const wanted = out.departmentName?.trim();
  if (wanted && wanted.toLowerCase() !== request.departmentName.trim().toLowerCase()) {
    const target = await em.findOne(Department, { name: { $ilike: escapeLike(wanted) } });
    if (target) {
      department = { id: target.id, name: target.name };
      notes.push(
        `Chat provider rerouted the chat from ${request.departmentName} (departmentName=${wanted}).`,
      );
    } else {
      const note = `Chat provider asked for departmentName=${wanted}, which does not exist; kept ${request.departmentName}.`;
      notes.push(note);
      await registry.deliveries.annotate(deliveryIds, note);
    }
  }
  return { department, customFields: await knownDataFields(em, out.CustomFields), notes, failure: null };
}

/** cf_* outputs replace values (002 L2408); names that are no DATA field are ignored. */
async function knownDataFields(
  em: EntityManager,
  outputs: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  const names = Object.keys(outputs);
  if (!names.length) return {};
  const fields = await em.find(CustomField, {
    nameKey: { $in: names.map((n) => n.toLowerCase()) },
    appliesTo: CustomFieldAppliesTo.DATA,
  });
  const byKey = new Map(fields.map((f) => [f.nameKey, f]));
  const known: Record<string, string> = {};
  for (const [name, value] of Object.entries(outputs)) {
    const field = byKey.get(name.toLowerCase());
    if (field) known[field.name] = value.slice(0, MAX_VALUE_LENGTH);
  }
  return known;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
