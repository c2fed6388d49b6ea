import { Entity, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";

/** The seed gives no default (002 L7747); a month bounds the idle scan (docs/decisions.md). */
export const DEFAULT_STOP_IDLE_EVENTS_AFTER_DAYS = 30;
export const EVENT_SETTINGS_ID = "00000000-0000-4000-8000-0000000000e1";

/** Installation-wide settings of the events engine (one row). */
@ObjectType({ description: "Settings of the events engine (administrators)." })
@Entity({ tableName: "event_settings" })
export class EventSettings extends BaseEntity {
  @Field(() => Int, {
    nullable: true,
    description:
      "Stop Idle Events After (002 L7747): days of idleness after which a ticket no longer triggers idle " +
      "events (and its idle timer stops); null = never. Default 30.",
  })
  @Property({ type: "integer", nullable: true, default: DEFAULT_STOP_IDLE_EVENTS_AFTER_DAYS })
  stopIdleEventsAfterDays?: number | null = DEFAULT_STOP_IDLE_EVENTS_AFTER_DAYS;
}
