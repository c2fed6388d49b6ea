import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { Role } from "./role.entity.js";

@ObjectType({ description: "Result of createRole." })
export class CreateRolePayload {
  @Field(() => Role, { nullable: true, description: "The new role; null when userErrors is not empty." })
  role?: Role;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of updateRole." })
export class UpdateRolePayload {
  @Field(() => Role, { nullable: true, description: "The changed role; null when userErrors is not empty." })
  role?: Role;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteRoles." })
export class DeleteRolesPayload {
  @Field(() => [ID], { nullable: true, description: "Global ids of the deleted roles." })
  deletedRoleIds?: string[];

  @Field(() => [UserError], { description: "Why nothing was deleted." })
  userErrors!: UserError[];
}
