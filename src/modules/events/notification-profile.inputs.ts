import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { NotificationProfile } from "./notification-profile.entity.js";

@InputType({ description: "A new notification profile (002 L5733-5740)." })
export class CreateNotificationProfileInput {
  @Field(() => Boolean, {
    nullable: true,
    description: "A System Notification Profile (administrators, 002 L7182) instead of one of your own.",
  })
  system?: boolean | null;

  @Field({ description: "Profile Name (1-255 characters)." })
  name!: string;

  @Field(() => [String], { nullable: true, description: "Email Addresses (at most 20)." })
  emailAddresses?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Email notifications on (default true)." })
  emailEnabled?: boolean | null;

  @Field(() => [String], { nullable: true, description: "SMS Email Addresses (at most 20)." })
  smsAddresses?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "SMS notifications on (default false)." })
  smsEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Show reminder in interface (default false)." })
  showReminder?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Make it the default profile (the previous default stops being one).",
  })
  isDefault?: boolean | null;
}

@InputType({ description: "Changes to a notification profile; omitted fields stay." })
export class UpdateNotificationProfileInput {
  @Field(() => ID, { description: "The profile." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Profile Name." })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "Email Addresses (replaces the list)." })
  emailAddresses?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Email notifications on." })
  emailEnabled?: boolean | null;

  @Field(() => [String], { nullable: true, description: "SMS Email Addresses (replaces the list)." })
  smsAddresses?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "SMS notifications on." })
  smsEnabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Show reminder in interface." })
  showReminder?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true makes it the default; false on the default is refused (DEFAULT_REQUIRED).",
  })
  isDefault?: boolean | null;
}

@InputType({ description: "The profile to delete (not the default)." })
export class DeleteNotificationProfileInput {
  @Field(() => ID, { description: "The profile." })
  id!: string;
}

@ObjectType({ description: "Result of creating or changing a notification profile." })
export class NotificationProfilePayload {
  @Field(() => NotificationProfile, { nullable: true, description: "The profile." })
  notificationProfile?: NotificationProfile | null;

  @Field(() => [UserError], { description: "Why nothing was saved." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleting a notification profile." })
export class DeleteNotificationProfilePayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted profile." })
  deletedId?: string | null;

  @Field(() => [UserError], { description: "Why nothing was deleted." })
  userErrors!: UserError[];
}
