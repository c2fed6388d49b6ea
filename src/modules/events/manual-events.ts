import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import type { DomainEvent } from "../../core/events/domain-events.js";
import { ForbiddenError, NotFoundError } from "../../core/errors/app-errors.js";
import { hasPermission } from "../../core/graphql/authorization.js";
import { fromGlobalId, parseGlobalId } from "../../core/graphql/global-id.js";
import { UserErrorException, UserError, userError } from "../../core/graphql/user-error.js";
import { Privilege, permissionKey } from "../roles/index.js";
import { EVENT_TYPES } from "./catalog/index.js";
import { evaluateRules } from "./evaluator.js";
import { EventRule, EventRuleEvaluation, EventRuleScope } from "./event-rule.entity.js";

/**
 * Manual events (002 L8163-8167): run from an item's Actions menu. The conditions are checked against the item
 * now; the actions run only if they match. System-level manual events need EVENTS_TRIGGER_SYSTEM_MANUAL_EVENTS
 * (002 L6732); an agent's own manual events need nothing more than being theirs.
 */
export const TRIGGER_SYSTEM_MANUAL = permissionKey("EVENTS", "TRIGGER_SYSTEM_MANUAL_EVENTS");

/** The item type each category's manual event runs on; categories whose items are not built are refused. */
const ITEM_TYPES: Record<string, string> = { TICKET: "Ticket", LIVE_CHAT: "LiveChat" };

@InputType({ description: "Runs a manual event on one item." })
export class TriggerManualEventInput {
  @Field(() => ID, { description: "The rule (its event type must be a Manual … Event)." })
  ruleId!: string;

  @Field(() => ID, {
    description: "The item: a Ticket for Manual Ticket Event, a LiveChat for Manual Live Chat Event.",
  })
  itemId!: string;
}

@ObjectType({ description: "Result of a manual event." })
export class TriggerManualEventPayload {
  @Field({ description: "Whether the conditions matched (and the actions ran)." })
  matched!: boolean;

  @Field(() => EventRuleEvaluation, {
    nullable: true,
    description: "What ran; null when the conditions did not match.",
  })
  evaluation?: EventRuleEvaluation | null;

  @Field(() => [UserError], { description: "Why nothing ran." })
  userErrors!: UserError[];
}

export async function triggerManualEvent(ctx: RequestContext, input: TriggerManualEventInput) {
  const ruleId = fromGlobalId(input.ruleId, "EventRule", "ruleId");
  const rule = await ctx.em.findOne(EventRule, { id: ruleId });
  if (!rule) throw new NotFoundError("EventRule", input.ruleId);
  const me = ctx.actor!.accountId;
  if (rule.scope === EventRuleScope.SYSTEM) {
    if (!hasPermission(ctx, TRIGGER_SYSTEM_MANUAL))
      throw new ForbiddenError(
        `This requires the ${TRIGGER_SYSTEM_MANUAL} permission (002 L6732).`,
        TRIGGER_SYSTEM_MANUAL,
      );
  } else if (rule.owner?.id !== me && !hasPermission(ctx, Privilege.ADMINISTRATION)) {
    throw new ForbiddenError("This is another agent's event.");
  }
  const type = EVENT_TYPES.get(rule.eventType)!;
  const errors: UserError[] = [];
  if (!type.manual)
    errors.push(userError("NOT_MANUAL", `${type.name} is not a manual event.`, ["input", "ruleId"]));
  if (!rule.enabled)
    errors.push(userError("DISABLED", "The event is disabled (002 L8151).", ["input", "ruleId"]));
  const itemType = ITEM_TYPES[rule.category];
  const parsed = parseGlobalId(input.itemId);
  if (type.manual && !itemType)
    errors.push(
      userError("UNSUPPORTED_ITEM", `${type.name} items are not available yet.`, ["input", "itemId"]),
    );
  else if (type.manual && parsed?.type !== itemType)
    errors.push(userError("WRONG_ITEM", `${type.name} runs on a ${itemType}.`, ["input", "itemId"]));
  if (errors.length) throw new UserErrorException(errors);
  // The caller must be able to see the item (the same rules as node(id:)).
  const item = await ctx.app.nodes.get(itemType!)?.(ctx, parsed!.id);
  if (!item) throw new NotFoundError(itemType!, input.itemId);
  const event: DomainEvent = {
    id: randomUUID(),
    type: "events.manual",
    subject: { type: itemType!, id: parsed!.id },
    actorAccountId: me,
    occurredAt: new Date().toISOString(),
    data: itemType === "Ticket" ? { ticketId: parsed!.id } : { chatId: parsed!.id },
  };
  const [evaluation] = await ctx.em.transactional(async (em) => {
    const fresh = await em.findOneOrFail(EventRule, { id: rule.id });
    return evaluateRules(ctx.app, em as EntityManager, event, [fresh], { ignoreOwnerScope: true });
  });
  return { matched: Boolean(evaluation), evaluation: evaluation ?? null };
}
