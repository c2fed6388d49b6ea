import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { Account } from "./account.entity.js";
import { Employee } from "./employee.entity.js";

@ObjectType({ description: "Result of createEmployee." })
export class CreateEmployeePayload {
  @Field(() => Employee, {
    nullable: true,
    description: "The new employee; null when userErrors is not empty.",
  })
  employee?: Employee;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of updateEmployee." })
export class UpdateEmployeePayload {
  @Field(() => Employee, { nullable: true, description: "The changed employee." })
  employee?: Employee;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setEmployeePassword." })
export class SetEmployeePasswordPayload {
  @Field(() => Employee, { nullable: true, description: "The employee; their sessions have ended." })
  employee?: Employee;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteEmployees." })
export class DeleteEmployeesPayload {
  @Field(() => [ID], { nullable: true, description: "Global ids of the deleted employees." })
  deletedEmployeeIds?: string[];

  @Field(() => [UserError], { description: "Why nothing was deleted." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setAccountRoles." })
export class SetAccountRolesPayload {
  @Field(() => Account, { nullable: true, description: "The account with its new roles." })
  account?: Account;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of disableAccount." })
export class DisableAccountPayload {
  @Field(() => Account, { nullable: true, description: "The disabled account." })
  account?: Account;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of enableAccount." })
export class EnableAccountPayload {
  @Field(() => Account, { nullable: true, description: "The enabled account." })
  account?: Account;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors!: UserError[];
}
