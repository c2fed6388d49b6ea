import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../../core/graphql/pagination.js";
import { CustomFieldAppliesTo, CustomFieldDataType } from "./custom-field.enums.js";

@ArgsType()
export class CustomFieldsArgs extends ConnectionArgs {
  @Field(() => CustomFieldAppliesTo, { nullable: true, description: "Only Data or only People fields." })
  appliesTo?: CustomFieldAppliesTo | null;
}

@InputType({ description: "A new custom field definition (002 L6884-6891)." })
export class CreateCustomFieldInput {
  @Field({ description: "Field Name: 1-100 characters, unique, without '=' (it names cf_<name> variables)." })
  name!: string;

  @Field(() => CustomFieldAppliesTo, { description: "Applies To: Data or People." })
  appliesTo!: CustomFieldAppliesTo;

  @Field(() => CustomFieldDataType, { description: "Data Type." })
  dataType!: CustomFieldDataType;

  @Field(() => [String], {
    nullable: true,
    description: "List options, required (at least one) for DROP_DOWN_LIST and refused for other types.",
  })
  listOptions?: string[] | null;

  @Field(() => String, { nullable: true, description: "Default Value; must be valid for the data type." })
  defaultValue?: string | null;
}

@InputType({
  description:
    "Changes a definition; omitted fields are unchanged. appliesTo and dataType are locked once the field " +
    "has stored values or is on a template (FIELD_IN_USE).",
})
export class UpdateCustomFieldInput {
  @Field(() => ID, { description: "The custom field." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New Field Name." })
  name?: string | null;

  @Field(() => CustomFieldAppliesTo, { nullable: true, description: "New Applies To." })
  appliesTo?: CustomFieldAppliesTo | null;

  @Field(() => CustomFieldDataType, { nullable: true, description: "New Data Type." })
  dataType?: CustomFieldDataType | null;

  @Field(() => [String], {
    nullable: true,
    description: "New list options (replace the old ones). Values already stored stay as they are.",
  })
  listOptions?: string[] | null;

  @Field(() => String, { nullable: true, description: "New Default Value; null or empty clears it." })
  defaultValue?: string | null;
}

@InputType({ description: "Deletes a custom field definition and every value stored for it." })
export class DeleteCustomFieldInput {
  @Field(() => ID, { description: "The custom field." })
  id!: string;

  @Field({
    defaultValue: false,
    description:
      "Also remove it from the templates that use it; without it such a field is refused (IN_USE).",
  })
  force!: boolean;
}
