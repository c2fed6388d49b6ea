import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../core/context/context.js";
import { Public, RequirePermission } from "../../core/graphql/authorization.js";
import { payload } from "../../core/graphql/user-error.js";
import { Employee, User } from "../accounts/index.js";
import { Department } from "../organization/index.js";
import { permissionKey, Privilege } from "../roles/index.js";
import { CustomFieldFormStep, CustomFieldOwnerType } from "./custom-field.enums.js";
import {
  DepartmentCustomFieldTemplatesPayload,
  SetEmployeeCustomFieldsPayload,
  SetUserCustomFieldsPayload,
} from "./custom-field.payloads.js";
import { customFieldsOf } from "./custom-field-value.service.js";
import { CustomFieldValue, CustomFieldValueInput, DepartmentTemplates } from "./custom-field-value.types.js";
import { presentDepartmentTemplates, setDepartmentTemplates } from "./department-templates.service.js";
import { SetEmployeeCustomFieldsInput, SetUserCustomFieldsInput } from "./people.inputs.js";
import { setEmployeeCustomFields, setUserCustomFields } from "./people.service.js";
import { ticketSubmissionForm } from "./submission-form.service.js";
import { SetDepartmentCustomFieldTemplatesInput } from "./template.inputs.js";
import { TicketSubmissionForm } from "./submission-form.types.js";

const INPUT = { description: "The mutation's input." };
const VALUES = "People custom field values (002 L6863-6866), by field name; agents only.";

@Resolver(() => User)
export class UserCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValue], { description: VALUES })
  @RequirePermission(permissionKey("USERS_ORGANIZATIONS", "VIEW"))
  customFields(@Root() user: User, @Ctx() ctx: RequestContext): Promise<CustomFieldValue[]> {
    return customFieldsOf(ctx, CustomFieldOwnerType.USER, user.id);
  }

  @Mutation(() => SetUserCustomFieldsPayload, {
    description:
      "Sets a user's People custom fields. Codes: UNKNOWN_CUSTOM_FIELD, INVALID_CUSTOM_FIELD_VALUE.",
  })
  @RequirePermission(permissionKey("USERS_ORGANIZATIONS", "EDIT"))
  setUserCustomFields(
    @Arg("input", () => SetUserCustomFieldsInput, INPUT) input: SetUserCustomFieldsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetUserCustomFieldsPayload> {
    return payload(() => setUserCustomFields(ctx, input));
  }
}

@Resolver(() => Employee)
export class EmployeeCustomFieldsResolver {
  @FieldResolver(() => [CustomFieldValue], { description: VALUES })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  customFields(@Root() employee: Employee, @Ctx() ctx: RequestContext): Promise<CustomFieldValue[]> {
    return customFieldsOf(ctx, CustomFieldOwnerType.EMPLOYEE, employee.id);
  }

  @Mutation(() => SetEmployeeCustomFieldsPayload, {
    description: "Sets an employee's People custom fields (002 L6243). Codes as setUserCustomFields.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  setEmployeeCustomFields(
    @Arg("input", () => SetEmployeeCustomFieldsInput, INPUT) input: SetEmployeeCustomFieldsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetEmployeeCustomFieldsPayload> {
    return payload(() => setEmployeeCustomFields(ctx, input));
  }
}

@Resolver(() => Department)
export class DepartmentCustomFieldTemplatesResolver {
  @FieldResolver(() => DepartmentTemplates, {
    description: "Custom Field Template of tickets, live chats and call logs (002 L6019, L6030, L6895).",
  })
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  customFieldTemplates(@Root() department: Department, @Ctx() ctx: RequestContext) {
    return presentDepartmentTemplates(ctx, department.id);
  }

  @Mutation(() => DepartmentCustomFieldTemplatesPayload, {
    description: "Sets a department's custom field templates. Code NOT_FOUND for an unknown template.",
  })
  @RequirePermission(Privilege.ADMINISTRATION)
  setDepartmentCustomFieldTemplates(
    @Arg("input", () => SetDepartmentCustomFieldTemplatesInput, INPUT)
    input: SetDepartmentCustomFieldTemplatesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DepartmentCustomFieldTemplatesPayload> {
    return payload(() => setDepartmentTemplates(ctx, input));
  }
}

@ArgsType()
export class TicketSubmissionFormArgs {
  @Field(() => ID, { description: "The department the ticket is for." })
  departmentId!: string;

  @Field(() => CustomFieldFormStep, {
    defaultValue: CustomFieldFormStep.REGULAR,
    description: "PRE (information lookup, right after choosing the department) or REGULAR (compose page).",
  })
  step!: CustomFieldFormStep;

  @Field(() => [CustomFieldValueInput], {
    defaultValue: [],
    description: "Values entered so far (from the PRE step), passed to the custom field provider.",
  })
  values!: CustomFieldValueInput[];
}

@Resolver()
export class TicketSubmissionFormResolver {
  @Query(() => TicketSubmissionForm, {
    description:
      "The custom fields of a department's portal ticket form. Anyone when New Tickets in Portal is Everyone, " +
      "else holders of that role; FORBIDDEN for Nobody (002 L6018-6019).",
  })
  @Public()
  ticketSubmissionForm(
    @Args(() => TicketSubmissionFormArgs) args: TicketSubmissionFormArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ticketSubmissionForm(ctx, args);
  }
}
