import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Employee } from "../accounts/index.js";

/**
 * A notification profile (002 L5723-5740, agents; L7182-7199, System Notification Profiles): how event
 * messages reach someone — email addresses, SMS email addresses (mobile email-to-SMS gateways), a reminder
 * in the interface. An agent's profiles have an owner; system profiles have none. Each owner (and the
 * system) has exactly one default profile, created on first use with the agent's email address (a partial
 * unique index keeps it one across concurrent requests).
 */
@ObjectType({
  implements: Node,
  description:
    "A notification profile: where event actions (Use My Notification Profile, Use Default Notification " +
    "Profile for User) send their messages. Agents own theirs; system profiles belong to the installation.",
})
@Entity({ tableName: "notification_profile" })
@Index({
  name: "notification_profile_one_default",
  expression:
    `create unique index "notification_profile_one_default" on "notification_profile" ` +
    `(coalesce("owner_id", '00000000-0000-0000-0000-000000000000'::uuid)) where "is_default"`,
})
export class NotificationProfile extends BaseEntity {
  /** The agent it belongs to; null = a System Notification Profile. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: "cascade" })
  @Index()
  owner?: Rel<Employee> | null;

  @Field({ description: "Profile Name (002 L5735, L7194)." })
  @Property({ type: "string", length: 255 })
  name!: string;

  @Field({ description: "The owner's (or the system's) default profile; there is exactly one (002 L5725)." })
  @Property({ type: "boolean", default: false })
  isDefault: boolean = false;

  @Field(() => [String], { description: "Email Addresses notifications are sent to (002 L5736)." })
  @Property({ type: "text[]", default: "{}" })
  emailAddresses: string[] = [];

  @Field({ description: "Enabled: email notifications on (002 L5737)." })
  @Property({ type: "boolean", default: true })
  emailEnabled: boolean = true;

  @Field(() => [String], {
    description:
      "SMS Email Addresses: mobile email-to-SMS gateway addresses (002 L5738); they get a short text.",
  })
  @Property({ type: "text[]", default: "{}" })
  smsAddresses: string[] = [];

  @Field({ description: "Enabled: SMS notifications on (002 L5739)." })
  @Property({ type: "boolean", default: false })
  smsEnabled: boolean = false;

  @Field({
    description:
      "Show reminder in interface (002 L5740): the notification also goes to the eventReminders subscription.",
  })
  @Property({ type: "boolean", default: false })
  showReminder: boolean = false;
}
