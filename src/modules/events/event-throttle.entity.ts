import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * Maximum Frequency state (002 L8159): when an action last ran, per rule and action ("aggregate") or per rule,
 * action and item ("(once per item)" and item actions). Written with one upsert that only wins when the window
 * has passed, so two instances cannot both run a throttled action.
 */
@Entity({ tableName: "event_action_throttle" })
export class EventActionThrottle {
  /** ruleId:actionId or ruleId:actionId:itemId. */
  @PrimaryKey({ type: "text" })
  key!: string;

  @Property({ type: "timestamptz" })
  lastRunAt!: Date;
}
