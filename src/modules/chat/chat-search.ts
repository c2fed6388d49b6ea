import type { FilterQuery } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { CustomFieldOwnerType, customFieldValueConditions } from "../custom-fields/index.js";
import type { CustomFieldValueInput } from "../custom-fields/index.js";
import type { LiveChat } from "./chat.entity.js";

/** Custom Fields criteria of Live Chat Advanced Search (002 L3559-3561): at most 10, see customFieldValueConditions. */
export async function chatCustomFieldConditions(
  ctx: RequestContext,
  criteria: CustomFieldValueInput[],
): Promise<FilterQuery<LiveChat>[]> {
  return customFieldValueConditions(ctx.em, criteria, {
    ownerType: CustomFieldOwnerType.LIVE_CHAT,
    label: "live chat",
    path: ["input", "customFields"],
    max: 10,
  }) as Promise<FilterQuery<LiveChat>[]>;
}
