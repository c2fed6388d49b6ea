import { Field, ID, InputType } from "type-graphql";
import { CustomFieldValueInput } from "./custom-field-value.types.js";

@InputType({ description: "People custom field values of a user; fields not listed keep their values." })
export class SetUserCustomFieldsInput {
  @Field(() => ID, { description: "The user." })
  userId!: string;

  @Field(() => [CustomFieldValueInput], {
    description: "Values of People fields; an empty value clears one.",
  })
  values!: CustomFieldValueInput[];
}

@InputType({
  description: "People custom field values of an employee (002 L6243); others keep their values.",
})
export class SetEmployeeCustomFieldsInput {
  @Field(() => ID, { description: "The employee." })
  employeeId!: string;

  @Field(() => [CustomFieldValueInput], {
    description: "Values of People fields; an empty value clears one.",
  })
  values!: CustomFieldValueInput[];
}
