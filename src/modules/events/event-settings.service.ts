import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { Validation } from "../../core/graphql/user-error.js";
import { EVENT_SETTINGS_ID, EventSettings } from "./event-settings.entity.js";
import type { UpdateEventSettingsInput } from "./event-rule.inputs.js";
import { timersChanged } from "./idle-timers.js";

export async function ensureEventSettings(em: EntityManager): Promise<void> {
  await em.execute(
    `insert into event_settings (id, created_at, updated_at) values (?, now(), now()) on conflict do nothing`,
    [EVENT_SETTINGS_ID],
  );
}

export async function getEventSettings(em: EntityManager): Promise<EventSettings> {
  const found = await em.findOne(EventSettings, { id: EVENT_SETTINGS_ID });
  return found ?? build(EventSettings, { id: EVENT_SETTINGS_ID });
}

export async function updateEventSettings(ctx: RequestContext, input: UpdateEventSettingsInput) {
  const days = input.stopIdleEventsAfterDays ?? null;
  new Validation()
    .check(
      days === null || (days >= 1 && days <= 3650),
      "INVALID",
      "Stop Idle Events After is 1-3650 days or none.",
      ["input", "stopIdleEventsAfterDays"],
    )
    .throwIfAny();
  return ctx.em.transactional(async (em) => {
    await ensureEventSettings(em);
    const settings = await em.findOneOrFail(EventSettings, { id: EVENT_SETTINGS_ID });
    settings.stopIdleEventsAfterDays = days;
    await em.flush();
    await timersChanged(em, "TICKET_IDLE");
    return { settings };
  });
}
