import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import { NotificationProfile } from "./notification-profile.entity.js";
import {
  CreateNotificationProfileInput,
  DeleteNotificationProfileInput,
  DeleteNotificationProfilePayload,
  NotificationProfilePayload,
  UpdateNotificationProfileInput,
} from "./notification-profile.inputs.js";
import {
  createNotificationProfile,
  deleteNotificationProfile,
  listNotificationProfiles,
  updateNotificationProfile,
} from "./notification-profile.service.js";

const INPUT = { description: "The mutation's input." };
const ACCESS =
  "Your own profiles (any employee), or with system: true the System Notification Profiles (ADMINISTRATION; " +
  "FORBIDDEN otherwise). Another agent's profile is FORBIDDEN.";

@Resolver()
export class NotificationProfileResolver {
  @Query(() => [NotificationProfile], {
    description:
      "Notification profiles, the default first (it is created on first use with your account's email). " +
      ACCESS,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  notificationProfiles(
    @Arg("system", () => Boolean, {
      nullable: true,
      description: "The System Notification Profiles instead of your own.",
    })
    system: boolean | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listNotificationProfiles(ctx, system === true);
  }

  @Mutation(() => NotificationProfilePayload, {
    description: `Creates a notification profile. ${ACCESS} Codes: INVALID_NAME, INVALID_EMAIL, TOO_MANY_ADDRESSES.`,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  createNotificationProfile(
    @Arg("input", () => CreateNotificationProfileInput, INPUT) input: CreateNotificationProfileInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => createNotificationProfile(ctx, input));
  }

  @Mutation(() => NotificationProfilePayload, {
    description:
      `Changes a notification profile. ${ACCESS} Codes: INVALID_NAME, INVALID_EMAIL, TOO_MANY_ADDRESSES, ` +
      "DEFAULT_REQUIRED.",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  updateNotificationProfile(
    @Arg("input", () => UpdateNotificationProfileInput, INPUT) input: UpdateNotificationProfileInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => updateNotificationProfile(ctx, input));
  }

  @Mutation(() => DeleteNotificationProfilePayload, {
    description: `Deletes a notification profile; rules naming it use the default. ${ACCESS} Codes: CANNOT_DELETE_DEFAULT.`,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  deleteNotificationProfile(
    @Arg("input", () => DeleteNotificationProfileInput, INPUT) input: DeleteNotificationProfileInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(() => deleteNotificationProfile(ctx, input.id));
  }
}
