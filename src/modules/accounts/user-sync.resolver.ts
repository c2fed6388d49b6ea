import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { permissionKey } from "../roles/index.js";
import { setUserProperties, syncUsers } from "./user-sync.service.js";
import {
  SetUserPropertiesInput,
  SetUserPropertiesPayload,
  SyncUsersInput,
  SyncUsersPayload,
} from "./user-sync.types.js";

@Resolver()
export class UserSyncResolver {
  @Mutation(() => SyncUsersPayload, {
    description:
      "One-way sync of end users from an external system (WHMCS-style, 002 L2644-2680): creates or updates " +
      "each user, matched by externalId, else email. Idempotent: a repeated batch reports UNCHANGED. Needs " +
      "USERS_ORGANIZATIONS CREATE and EDIT (an API token scoped to them works); organizationName also " +
      "CREATE_ORGANIZATION_MEMBER.",
  })
  @RequirePermission(permissionKey("USERS_ORGANIZATIONS", "CREATE"))
  syncUsers(
    @Arg("input", () => SyncUsersInput, { description: "The users." }) input: SyncUsersInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SyncUsersPayload> {
    return payload(() => syncUsers(ctx, input.users));
  }

  @Mutation(() => SetUserPropertiesPayload, {
    description:
      "SetUsersProperties for one user (000 L21): creates or updates it as syncUsers does, honouring " +
      "forcePasswordChange. Same permissions as syncUsers.",
  })
  @RequirePermission(permissionKey("USERS_ORGANIZATIONS", "CREATE"))
  setUserProperties(
    @Arg("input", () => SetUserPropertiesInput, { description: "The user's properties." })
    input: SetUserPropertiesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetUserPropertiesPayload> {
    return payload(() => setUserProperties(ctx, input));
  }
}
