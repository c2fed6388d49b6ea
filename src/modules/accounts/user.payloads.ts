import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { User } from "./user.entity.js";

@ObjectType({ description: "Result of createUser." })
export class CreateUserPayload {
  @Field(() => User, { nullable: true, description: "The new user; null when userErrors is not empty." })
  user?: User;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of updateUser." })
export class UpdateUserPayload {
  @Field(() => User, { nullable: true, description: "The changed user." })
  user?: User;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setUserPassword." })
export class SetUserPasswordPayload {
  @Field(() => User, { nullable: true, description: "The user; their sessions have ended." })
  user?: User;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteUsers." })
export class DeleteUsersPayload {
  @Field(() => [ID], { nullable: true, description: "Global ids of the deleted users." })
  deletedUserIds?: string[];

  @Field(() => [UserError], { description: "Why nothing was deleted." })
  userErrors!: UserError[];
}
