import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../core/graphql/user-error.js";
import { Employee, User } from "../accounts/index.js";
import { CustomField, CustomFieldTemplate, CustomFieldTemplateField } from "./custom-field.entity.js";
import { CustomFieldValue, DepartmentTemplates } from "./custom-field-value.types.js";

const ERRORS = "Expected failures; when present, nothing was changed.";

@ObjectType({ description: "Result of createCustomField and updateCustomField." })
export class CustomFieldPayload {
  @Field(() => CustomField, { nullable: true, description: "The definition as saved; null when refused." })
  customField?: CustomField;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteCustomField." })
export class DeleteCustomFieldPayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted definition; null when refused." })
  deletedCustomFieldId?: string;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of a mutation that changes a template or its fields." })
export class CustomFieldTemplatePayload {
  @Field(() => CustomFieldTemplate, {
    nullable: true,
    description: "The template as saved; null when refused.",
  })
  template?: CustomFieldTemplate;

  @Field(() => CustomFieldTemplateField, {
    nullable: true,
    description: "The template field added or changed, when the mutation is about one.",
  })
  templateField?: CustomFieldTemplateField;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteCustomFieldTemplate." })
export class DeleteCustomFieldTemplatePayload {
  @Field(() => ID, { nullable: true, description: "Id of the deleted template; null when refused." })
  deletedTemplateId?: string;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setDepartmentCustomFieldTemplates." })
export class DepartmentCustomFieldTemplatesPayload {
  @Field(() => DepartmentTemplates, {
    nullable: true,
    description: "The department's templates; null when refused.",
  })
  templates?: DepartmentTemplates;

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setUserCustomFields." })
export class SetUserCustomFieldsPayload {
  @Field(() => User, { nullable: true, description: "The user; null when refused." })
  user?: User;

  @Field(() => [CustomFieldValue], { nullable: true, description: "The user's values after the change." })
  customFields?: CustomFieldValue[];

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of setEmployeeCustomFields." })
export class SetEmployeeCustomFieldsPayload {
  @Field(() => Employee, { nullable: true, description: "The employee; null when refused." })
  employee?: Employee;

  @Field(() => [CustomFieldValue], { nullable: true, description: "The employee's values after the change." })
  customFields?: CustomFieldValue[];

  @Field(() => [UserError], { description: ERRORS })
  userErrors!: UserError[];
}
