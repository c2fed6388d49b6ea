import { Field, ID, InputType } from "type-graphql";
import { TemplateFieldVisibility } from "./custom-field.enums.js";

@InputType({ description: "A new custom field template (Options tab, 002 L6899-6903)." })
export class CreateCustomFieldTemplateInput {
  @Field({ description: "Display Name, 1-255 characters, unique." })
  displayName!: string;
}

@InputType({ description: "Renames a template." })
export class UpdateCustomFieldTemplateInput {
  @Field(() => ID, { description: "The template." })
  id!: string;

  @Field({ description: "New Display Name." })
  displayName!: string;
}

@InputType({ description: "Deletes a template." })
export class DeleteCustomFieldTemplateInput {
  @Field(() => ID, { description: "The template." })
  id!: string;

  @Field({
    defaultValue: false,
    description:
      "Also unset it on the departments that use it; without it such a template is refused (IN_USE).",
  })
  force!: boolean;
}

@InputType({
  description: "Places a Data field definition on a template (Field Definitions tab, 002 L6907-6915).",
})
export class AddTemplateFieldInput {
  @Field(() => ID, { description: "The template." })
  templateId!: string;

  @Field(() => ID, { description: "Custom Field: a definition that applies to DATA." })
  customFieldId!: string;

  @Field(() => String, { nullable: true, description: "Display Name; defaults to the field's name." })
  displayName?: string | null;

  @Field(() => TemplateFieldVisibility, { nullable: true, description: "Visibility; default BOTH." })
  visibility?: TemplateFieldVisibility | null;

  @Field({ nullable: true, description: "Required by Users (not with visibility AGENTS)." })
  requiredByUsers?: boolean;

  @Field({ nullable: true, description: "Required for Agents to save or send." })
  requiredForAgentsToSaveOrSend?: boolean;

  @Field({ nullable: true, description: "Required for Agents to close tickets." })
  requiredForAgentsToClose?: boolean;

  @Field({ nullable: true, description: "Show in communication view." })
  showInCommunicationView?: boolean;
}

@InputType({ description: "Changes a template field's label and flags; omitted fields are unchanged." })
export class UpdateTemplateFieldInput {
  @Field(() => ID, { description: "The template field (CustomFieldTemplateField id)." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New Display Name." })
  displayName?: string | null;

  @Field(() => TemplateFieldVisibility, { nullable: true, description: "New Visibility." })
  visibility?: TemplateFieldVisibility | null;

  @Field({ nullable: true, description: "Required by Users (not with visibility AGENTS)." })
  requiredByUsers?: boolean;

  @Field({ nullable: true, description: "Required for Agents to save or send." })
  requiredForAgentsToSaveOrSend?: boolean;

  @Field({ nullable: true, description: "Required for Agents to close tickets." })
  requiredForAgentsToClose?: boolean;

  @Field({ nullable: true, description: "Show in communication view." })
  showInCommunicationView?: boolean;
}

@InputType({ description: "Takes a field off a template." })
export class RemoveTemplateFieldInput {
  @Field(() => ID, { description: "The template field (CustomFieldTemplateField id)." })
  id!: string;
}

@InputType({ description: "Puts a template's fields in a new order." })
export class ReorderTemplateFieldsInput {
  @Field(() => ID, { description: "The template." })
  templateId!: string;

  @Field(() => [ID], {
    description: "Every template field id of the template, exactly once, in the new order.",
  })
  templateFieldIds!: string[];
}

@InputType({
  description:
    "Sets a department's Custom Field Templates (002 L6019, L6030, L6895); omitted kinds are unchanged, null unsets.",
})
export class SetDepartmentCustomFieldTemplatesInput {
  @Field(() => ID, { description: "The department." })
  departmentId!: string;

  @Field(() => ID, { nullable: true, description: "Template of tickets (portal submission form)." })
  ticketTemplateId?: string | null;

  @Field(() => ID, { nullable: true, description: "Template of live chats." })
  liveChatTemplateId?: string | null;

  @Field(() => ID, { nullable: true, description: "Template of call logs." })
  callLogTemplateId?: string | null;
}
