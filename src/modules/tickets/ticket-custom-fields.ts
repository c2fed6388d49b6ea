import type { RequestContext } from "../../core/context/context.js";
import { UserErrorException } from "../../core/graphql/user-error.js";
import type { UserError } from "../../core/graphql/user-error.js";
import { CustomFieldOwnerType, customFieldsOf, validateCustomFieldValues } from "../custom-fields/index.js";
import type {
  CustomFieldMode,
  CustomFieldValueInput,
  ResolvedCustomFieldValue,
} from "../custom-fields/index.js";
import type { Ticket } from "./ticket.entity.js";

/**
 * Custom fields of tickets (002 L6909-6915) through the custom-fields module: the department's ticket template
 * says which fields apply; the mode says which "required" flags count (portal USER_SUBMIT, agent save/send
 * AGENT_SAVE, closing AGENT_CLOSE).
 */

/** The ticket's stored values keyed by raw field id (the form validateCustomFieldValues accepts). */
async function storedValues(ctx: RequestContext, ticketId: string): Promise<Record<string, string>> {
  const values = await customFieldsOf(ctx, CustomFieldOwnerType.TICKET, ticketId);
  return Object.fromEntries(values.map((v) => [v.field.id, v.value]));
}

/**
 * Stored values of fields the department's template no longer has (template changed, ticket transferred)
 * come back as UNKNOWN_CUSTOM_FIELD keyed by their raw id: they are kept, not the caller's fault.
 */
function withoutStale(errors: UserError[], stored: Record<string, string>): UserError[] {
  return errors.filter((e) => !(e.code === "UNKNOWN_CUSTOM_FIELD" && (e.field?.at(-1) ?? "") in stored));
}

/**
 * Checks values before anything is written; throws the custom-field userErrors. For an existing ticket the
 * stored values take part, so a partial update is not refused for a required field already filled; only the
 * given fields are returned for storing.
 */
export async function checkTicketCustomFields(
  ctx: RequestContext,
  options: {
    departmentId: string;
    mode: CustomFieldMode;
    given: CustomFieldValueInput[] | null | undefined;
    ticketId?: string;
  },
): Promise<ResolvedCustomFieldValue[]> {
  const given = options.given ?? [];
  const stored = options.ticketId ? await storedValues(ctx, options.ticketId) : {};
  if (options.ticketId && !given.length) return [];
  const check = await validateCustomFieldValues(ctx.em, {
    departmentId: options.departmentId,
    itemKind: "TICKET",
    // Stored values first: a given value for the same field replaces it.
    values: [...Object.entries(stored).map(([fieldId, value]) => ({ fieldId, value })), ...given],
    mode: options.mode,
    applyDefaults: !options.ticketId,
  });
  const errors = withoutStale(check.userErrors, stored);
  if (errors.length) throw new UserErrorException(errors);
  if (!options.ticketId) return check.values;
  // Of an update, store what was given (by resolved field), not the unchanged stored values.
  return check.values.filter((v) => stored[v.field.id] !== v.value);
}

/** Closing needs the fields marked Required for Agents to close tickets (and to save) filled. */
export async function closingCustomFieldErrors(ctx: RequestContext, ticket: Ticket): Promise<UserError[]> {
  const stored = await storedValues(ctx, ticket.id);
  const check = await validateCustomFieldValues(ctx.em, {
    departmentId: ticket.department.id,
    itemKind: "TICKET",
    values: Object.entries(stored).map(([fieldId, value]) => ({
      fieldId,
      value,
    })),
    mode: "AGENT_CLOSE",
  });
  return withoutStale(check.userErrors, stored);
}
