import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Connection } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { permissionKey } from "../roles/index.js";
import { Organization } from "./customer-organization.entity.js";
import { userOrganizationsLoader } from "./account.loaders.js";
import { User } from "./user.entity.js";
import {
  CreateUserInput,
  DeleteUsersInput,
  SetUserPasswordInput,
  UpdateUserInput,
  UsersArgs,
} from "./user.inputs.js";
import {
  CreateUserPayload,
  DeleteUsersPayload,
  SetUserPasswordPayload,
  UpdateUserPayload,
} from "./user.payloads.js";
import { createUser, deleteUsers, getUser, listUsers, setUserPassword, updateUser } from "./user.service.js";

export const UserConnection = Connection(User);
const USERS = (action: string) => permissionKey("USERS_ORGANIZATIONS", action);

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, {
    description: "End users (002 L3939-3952); filter by role as the role tree does.",
  })
  @RequirePermission(USERS("VIEW"))
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<User>> {
    return listUsers(ctx, args);
  }

  @Query(() => User, { description: "One end user." })
  @RequirePermission(USERS("VIEW"))
  user(
    @Arg("id", () => ID, { description: "Global id of the user." }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getUser(ctx, id);
  }

  @FieldResolver(() => [Organization], {
    description: "Organizations with a member rule matching this user (computed, 002 L4103-4113).",
  })
  @RequirePermission(USERS("VIEW"))
  organizations(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Organization[]> {
    return ctx.loaders.get(userOrganizationsLoader).load(user.id);
  }

  @Mutation(() => CreateUserPayload, { description: "Creates an end user. Taken usernames give TAKEN." })
  @RequirePermission(USERS("CREATE"))
  createUser(
    @Arg("input", () => CreateUserInput, { description: "The mutation's input." }) input: CreateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateUserPayload> {
    return payload(() => createUser(ctx, input));
  }

  @Mutation(() => UpdateUserPayload, {
    description: "Changes an end user's details, contact info and portal settings.",
  })
  @RequirePermission(USERS("EDIT"))
  updateUser(
    @Arg("input", () => UpdateUserInput, { description: "The mutation's input." }) input: UpdateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateUserPayload> {
    return payload(() => updateUser(ctx, input));
  }

  @Mutation(() => SetUserPasswordPayload, {
    description:
      "Sets a user's password; their sessions end. Refused for Active Directory and external provider accounts " +
      "(NOT_PASSWORD_ACCOUNT).",
  })
  @RequirePermission(USERS("EDIT"))
  setUserPassword(
    @Arg("input", () => SetUserPasswordInput, { description: "The mutation's input." })
    input: SetUserPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetUserPasswordPayload> {
    return payload(() => setUserPassword(ctx, input));
  }

  @Mutation(() => DeleteUsersPayload, { description: "Deletes users permanently (002 L4074-4078)." })
  @RequirePermission(USERS("DELETE_USER"))
  deleteUsers(
    @Arg("input", () => DeleteUsersInput, { description: "The mutation's input." }) input: DeleteUsersInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteUsersPayload> {
    return payload(() => deleteUsers(ctx, input));
  }
}
