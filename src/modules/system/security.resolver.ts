import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/permission-catalog.js";
import { securitySettings, updateSecuritySettings } from "./security-settings.service.js";
import {
  SecuritySettings,
  UpdateSecuritySettingsInput,
  UpdateSecuritySettingsPayload,
} from "./security-settings.types.js";

@Resolver()
export class SecurityResolver {
  @Query(() => SecuritySettings, {
    description: "Brute-force protection and password requirements (002 L7540-7565).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async securitySettings(@Ctx() ctx: RequestContext): Promise<SecuritySettings> {
    return securitySettings(ctx);
  }

  @Mutation(() => UpdateSecuritySettingsPayload, {
    description:
      "Changes brute-force protection and password requirements; new requirements apply to every password " +
      "set from now on.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  async updateSecuritySettings(
    @Arg("input", () => UpdateSecuritySettingsInput, { description: "The fields to change." })
    input: UpdateSecuritySettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateSecuritySettingsPayload> {
    return payload(async () => ({ securitySettings: await updateSecuritySettings(ctx, input) }));
  }
}
