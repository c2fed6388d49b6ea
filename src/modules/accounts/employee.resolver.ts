import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Connection } from "../../core/graphql/pagination.js";
import type { ConnectionShape } from "../../core/graphql/pagination.js";
import { payload } from "../../core/graphql/user-error.js";
import { Privilege } from "../roles/index.js";
import { AccountListArgs } from "./account.inputs.js";
import { Employee } from "./employee.entity.js";
import {
  CreateEmployeeInput,
  DeleteEmployeesInput,
  SetEmployeePasswordInput,
  UpdateEmployeeInput,
} from "./employee.inputs.js";
import {
  CreateEmployeePayload,
  DeleteEmployeesPayload,
  SetEmployeePasswordPayload,
  UpdateEmployeePayload,
} from "./employee.payloads.js";
import {
  createEmployee,
  deleteEmployees,
  getEmployee,
  listEmployees,
  setEmployeePassword,
  updateEmployee,
} from "./employee.service.js";

const EmployeeConnection = Connection(Employee);

const COLLEAGUES =
  " Any employee may read the directory fields (names, email, roles); settings, contact details and sign-in " +
  "data are for administrators and the employee only (FORBIDDEN otherwise).";

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => EmployeeConnection, { description: "Employees (002 L6141)." + COLLEAGUES })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  employees(
    @Args(() => AccountListArgs) args: AccountListArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Employee>> {
    return listEmployees(ctx, args);
  }

  @Query(() => Employee, { description: "One employee." + COLLEAGUES })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  employee(
    @Arg("id", () => ID, { description: "Global id of the employee." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Employee> {
    return getEmployee(ctx, id);
  }

  @Mutation(() => CreateEmployeePayload, {
    description: "Creates an employee (administrators only, 002 L1137). Taken usernames give TAKEN.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  createEmployee(
    @Arg("input", () => CreateEmployeeInput, { description: "The mutation's input." })
    input: CreateEmployeeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateEmployeePayload> {
    return payload(() => createEmployee(ctx, input));
  }

  @Mutation(() => UpdateEmployeePayload, { description: "Changes an employee's Details and settings." })
  @RequirePermission(Privilege.ADMINISTRATION)
  updateEmployee(
    @Arg("input", () => UpdateEmployeeInput, { description: "The mutation's input." })
    input: UpdateEmployeeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateEmployeePayload> {
    return payload(() => updateEmployee(ctx, input));
  }

  @Mutation(() => SetEmployeePasswordPayload, {
    description:
      "Sets an employee's password; their sessions end. Refused for Active Directory and external provider " +
      "accounts (NOT_PASSWORD_ACCOUNT) and for your own account (OWN_ACCOUNT: use changeMyPassword).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  setEmployeePassword(
    @Arg("input", () => SetEmployeePasswordInput, { description: "The mutation's input." })
    input: SetEmployeePasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetEmployeePasswordPayload> {
    return payload(() => setEmployeePassword(ctx, input));
  }

  @Mutation(() => DeleteEmployeesPayload, {
    description:
      "Deletes employees permanently (000 L7). Refused for your own account (CANNOT_DELETE_SELF) and when no " +
      "enabled administrator would remain (LAST_ADMINISTRATOR).",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  deleteEmployees(
    @Arg("input", () => DeleteEmployeesInput, { description: "The mutation's input." })
    input: DeleteEmployeesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteEmployeesPayload> {
    return payload(() => deleteEmployees(ctx, input));
  }
}
