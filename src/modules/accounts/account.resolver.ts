import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege, Role } from "../roles/index.js";
import { Account } from "./account.entity.js";
import { DisableAccountInput, EnableAccountInput, SetAccountRolesInput } from "./account.inputs.js";
import { accountRolesLoader } from "./account.loaders.js";
import { setAccountDisabled, setAccountRoles } from "./account.service.js";
import { DisableAccountPayload, EnableAccountPayload, SetAccountRolesPayload } from "./employee.payloads.js";

const MANAGE =
  " Employees: ADMINISTRATION; users: USERS_ORGANIZATIONS_EDIT (checked after the declared MANAGEMENT_INTERFACE).";

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => [Role], {
    description: "The roles held; effective permission is their union (002 L6265).",
  })
  roles(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Role[]> {
    return ctx.loaders.get(accountRolesLoader).load(account.id);
  }

  @Mutation(() => SetAccountRolesPayload, {
    description:
      "Replaces an account's roles. Everyone and Registered User cannot be removed (ROLE_REQUIRED), employee roles " +
      "are refused on users (ROLE_TYPE_MISMATCH), Manager needs Agent (MANAGER_REQUIRES_AGENT), the last " +
      "administrator keeps Administrator (LAST_ADMINISTRATOR)." +
      MANAGE,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  setAccountRoles(
    @Arg("input", () => SetAccountRolesInput, { description: "The mutation's input." })
    input: SetAccountRolesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetAccountRolesPayload> {
    return payload(() => setAccountRoles(ctx, input.accountId, input.roleIds));
  }

  @Mutation(() => DisableAccountPayload, {
    description:
      "Disables an account: it cannot sign in, its sessions end and its API tokens stop working. Refused for " +
      "yourself (CANNOT_DISABLE_SELF) and the last administrator (LAST_ADMINISTRATOR)." +
      MANAGE,
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  disableAccount(
    @Arg("input", () => DisableAccountInput, { description: "The mutation's input." })
    input: DisableAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DisableAccountPayload> {
    return payload(() => setAccountDisabled(ctx, input.accountId, true));
  }

  @Mutation(() => EnableAccountPayload, { description: "Enables a disabled account again." + MANAGE })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  enableAccount(
    @Arg("input", () => EnableAccountInput, { description: "The mutation's input." })
    input: EnableAccountInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EnableAccountPayload> {
    return payload(() => setAccountDisabled(ctx, input.accountId, false));
  }
}
