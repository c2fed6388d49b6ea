import { Field, ID, Int, ObjectType } from "type-graphql";
import { CustomFieldDataType, CustomFieldFormStep } from "./custom-field.enums.js";

@ObjectType({ description: "A custom field as a portal user fills it in on the ticket form." })
export class SubmissionFormField {
  @Field(() => ID, { description: "The custom field's id (send values by it or by name)." })
  fieldId!: string;

  @Field({ description: "The field's name." })
  name!: string;

  @Field({ description: "The label to show (the template's Display Name)." })
  displayName!: string;

  @Field(() => CustomFieldDataType, { description: "How to render and write the value." })
  dataType!: CustomFieldDataType;

  @Field({ description: "The user must complete it to submit (Required by Users, or the provider's say)." })
  required!: boolean;

  @Field(() => [String], {
    description: "Choices of a drop-down list (possibly set by the provider); else empty.",
  })
  listOptions!: string[];

  @Field(() => String, { nullable: true, description: "Value to prefill." })
  defaultValue!: string | null;

  @Field(() => Int, { description: "Position on the form." })
  order!: number;
}

@ObjectType({ description: "The custom fields of a department's portal ticket form (002 L6019, L6872)." })
export class TicketSubmissionForm {
  @Field(() => ID, { description: "The department." })
  departmentId!: string;

  @Field({ description: "The department's name." })
  departmentName!: string;

  @Field(() => CustomFieldFormStep, { description: "The step these fields belong to." })
  step!: CustomFieldFormStep;

  @Field(() => [SubmissionFormField], {
    description:
      "Fields visible to users at this step, in template order; empty when the department has no template.",
  })
  fields!: SubmissionFormField[];

  @Field({
    description:
      "Whether the user may submit a ticket here: false when the custom field provider answers " +
      "CanStartTickets=false (002 L2235); the frontend shows notAllowedMessage instead of the submit button.",
  })
  canStartTickets!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Why submission is not allowed (the provider's Message); null when canStartTickets is true.",
  })
  notAllowedMessage!: string | null;
}
