import type { RequestContext } from "../../core/context/context.js";
import { NotFoundError } from "../../core/errors/app-errors.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { isValidEmail } from "../../core/validation.js";
import { User } from "../accounts/index.js";
import { validateCustomFieldValues } from "../custom-fields/index.js";
import { Department, Group } from "../organization/index.js";
import { TicketDirection, TicketSource, createTicketCore, prepareTicketCreation } from "../tickets/index.js";
import { chatOfflineReason } from "./chat-availability.js";
import { chatSettings, departmentChatSettings } from "./chat-settings.js";
import type { LeaveChatMessageInput } from "./chat.inputs.js";
import { ChatOfflineReason } from "./chat.types.js";
import type { LiveChatAvailability } from "./chat.types.js";

export async function liveChatAvailability(
  ctx: RequestContext,
  departmentGlobalId: string,
  groupGlobalId: string | null,
): Promise<LiveChatAvailability> {
  const department = await ctx.em.findOne(Department, {
    id: fromGlobalId(departmentGlobalId, "Department", "departmentId"),
  });
  if (!department) throw new NotFoundError("Department", departmentGlobalId);
  const group = groupGlobalId
    ? await ctx.em.findOne(Group, {
        id: fromGlobalId(groupGlobalId, "Group", "groupId"),
        department: department.id,
      })
    : await ctx.em.findOne(Group, { department: department.id, isFrontLine: true });
  if (!group) throw new NotFoundError("Group", groupGlobalId ?? undefined);
  const reason = await chatOfflineReason(ctx.em, await chatSettings(ctx.app, ctx.em), department, group.id);
  const message = reason
    ? ((await departmentChatSettings(ctx.em, department.id)).notAvailableMessage ?? null)
    : null;
  return { online: !reason, reason: reason ? ChatOfflineReason[reason] : null, message };
}

/**
 * "When chat is unavailable … customers can still submit their questions as a ticket" (002 L3505): the
 * same path as every ticket (prepareTicketCreation, then createTicketCore), so the ticket provider's
 * StartTicket and distribution apply.
 */
export async function leaveChatMessage(
  ctx: RequestContext,
  input: LeaveChatMessageInput,
): Promise<{ ticketNumber: string }> {
  const departmentId = fromGlobalId(input.departmentId, "Department", "departmentId");
  const department = await ctx.em.findOne(Department, { id: departmentId });
  if (!department)
    throw new UserErrorException([
      userError("NOT_FOUND", "The department does not exist.", ["input", "departmentId"]),
    ]);
  const user = ctx.actor?.kind === "USER" ? await ctx.em.findOne(User, { id: ctx.actor.accountId }) : null;
  const email = input.email?.trim() || user?.email || null;
  const text = input.message.trim();
  const v = new Validation();
  v.check(Boolean(input.name.trim()), "REQUIRED", "Give your name.", ["input", "name"]);
  v.check(
    Boolean(email && isValidEmail(email)),
    "INVALID_EMAIL",
    "An email address is required for the answer.",
    ["input", "email"],
  );
  v.check(text.length > 0, "REQUIRED", "Write your message.", ["input", "message"]);
  v.throwIfAny();
  const check = await validateCustomFieldValues(ctx.em, {
    departmentId,
    itemKind: "TICKET",
    values: input.customFields ?? [],
    mode: "USER_SUBMIT",
    applyDefaults: true,
  });
  if (check.userErrors.length) throw new UserErrorException(check.userErrors);
  const firstLine = text.split("\n")[0]!.trim();
  const subject = firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
  const prepared = await prepareTicketCreation(ctx.app, ctx.em, {
    subject: `Live chat message: ${subject}`,
    departmentId,
    requesterId: user?.id ?? null,
    requesterEmail: email,
    direction: TicketDirection.INBOUND,
    source: TicketSource.PORTAL,
    message: { textBody: `${input.name.trim()} wrote while live chat was offline:\n\n${text}`, bcc: [] },
    actorId: user?.id ?? null,
    customFieldValues: check.values,
  });
  const ticket = await ctx.em.transactional((em) => createTicketCore(em, prepared));
  return { ticketNumber: ticket.ticketNumber };
}
