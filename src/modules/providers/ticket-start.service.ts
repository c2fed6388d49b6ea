/**
 * StartTicket (002 L2304-2384) for the tickets module's start step (prepareTicketCreation): called "just
 * before a ticket is submitted (regardless of how the ticket was created)" (002 L2321). TicketCreation=FALSE
 * refuses the ticket with the provider's Message (PROVIDER_REFUSED); a call that fails follows the TICKETS
 * failure policy: FAIL_OPEN (default) creates the ticket as submitted, since a submitted ticket (an email)
 * cannot be asked for again; FAIL_CLOSED refuses with PROVIDER_UNAVAILABLE. Not retried: a provider that
 * charges per ticket could charge twice (docs/providers.md).
 *
 * A portal submission first re-asks the custom field provider: CanStartTickets=false (002 L2235) refuses it
 * with TICKETS_NOT_ALLOWED, so a client that skips the form (or posts after the answer changed) cannot get
 * round it. Email and agent-made tickets are not asked: the documentation ties CanStartTickets to the form.
 */
import type { IExternalCustomFieldProvider, IExternalTicketProvider } from "../../../providers/index.js";
import { UserErrorException, userError } from "../../core/graphql/user-error.js";
import type { AppRuntime } from "../../core/runtime.js";
import type { TicketStartDecision, TicketStartRequest } from "../tickets/index.js";
import { FailurePolicy, ProviderKind } from "./provider-kind.js";
import { providerRegistry } from "./registry.js";

export async function checkTicketStart(
  app: AppRuntime,
  request: TicketStartRequest,
): Promise<TicketStartDecision | null> {
  if (request.source === "PORTAL") await assertPortalTicketsAllowed(app, request);
  const registry = providerRegistry(app);
  const active = await registry.get(ProviderKind.TICKETS);
  if (!active) return null;
  const provider = active.provider as IExternalTicketProvider;
  const { result, deliveryIds } = await registry.deliveries.capture(() =>
    provider.StartTicket({
      LoginUsername: request.loginUsername ?? "",
      // "EmailFrom: … used for tickets submitted through email" (002 L2327): a portal ticket sends it empty.
      EmailFrom: request.source === "PORTAL" ? "" : (request.requesterEmail ?? ""),
      DepartmentName: request.departmentName,
      TicketNumber: request.ticketNumber,
      Subject: request.subject,
      CustomFields: request.customFields,
    }),
  );
  await registry.deliveries.settled();
  if (!result.ok) {
    app.logger.warn({ reason: result.reason, ticketNumber: request.ticketNumber }, "ticket provider failed");
    if (active.settings.effectiveFailurePolicy === FailurePolicy.FAIL_CLOSED)
      throw new UserErrorException([
        userError("PROVIDER_UNAVAILABLE", "Tickets cannot be submitted right now. Please try again later."),
      ]);
    return { customFields: {}, failure: result.reason };
  }
  const out = result.outputs;
  if (!out.TicketCreation)
    throw new UserErrorException([
      userError("PROVIDER_REFUSED", result.Message.trim() || "The ticket cannot be created."),
    ]);
  return {
    departmentName: out.departmentName,
    departmentId: out.departmentID,
    groupName: out.groupName,
    groupId: out.groupId,
    customFields: out.CustomFields,
    reportIgnored: (note) => registry.deliveries.annotate(deliveryIds, note),
  };
}

/** CanStartTickets of GetCustomFieldOptions at REGULAR with the submitted values; fails open. */
async function assertPortalTicketsAllowed(app: AppRuntime, request: TicketStartRequest): Promise<void> {
  const registry = providerRegistry(app);
  const active = await registry.get(ProviderKind.CUSTOM_FIELDS);
  if (!active) return;
  const provider = active.provider as IExternalCustomFieldProvider;
  const result = await provider.GetCustomFieldOptions({
    LoginUsername: request.loginUsername ?? "",
    DepartmentName: request.departmentName,
    Location: "REGULAR",
    CustomFields: request.customFields,
  });
  await registry.deliveries.settled();
  if (!result.ok) {
    app.logger.warn({ reason: result.reason }, "custom field provider failed (ticket submission)");
    return;
  }
  if (!result.outputs.CanStartTickets)
    throw new UserErrorException([
      userError(
        "TICKETS_NOT_ALLOWED",
        result.Message.trim() || "You are not permitted to submit tickets here.",
      ),
    ]);
}
