import { Field, ID, InputType, ObjectType } from "type-graphql";
import { RequirePermission } from "../../core/graphql/authorization.js";
import { Privilege } from "../roles/index.js";
import { CustomField, CustomFieldTemplate } from "./custom-field.entity.js";
import { CustomFieldDataType } from "./custom-field.enums.js";

/**
 * A value of a custom field on an item. Other modules expose `customFields: [CustomFieldValue!]!` on their
 * types through customFieldsOf() (custom-field-value.service.ts).
 */
@ObjectType({ description: "The value of one custom field on an item (ticket, chat, call log, account)." })
export class CustomFieldValue {
  @RequirePermission(Privilege.MANAGEMENT_INTERFACE)
  @Field(() => CustomField, { description: "The field's definition (employees only)." })
  field!: CustomField;

  @Field({ description: "The field's name (what providers call cf_<name>)." })
  name!: string;

  @Field(() => CustomFieldDataType, { description: "The field's data type, to render the value." })
  dataType!: CustomFieldDataType;

  @Field({ description: "The value, at most 512 characters, in the data type's canonical form." })
  value!: string;
}

/** Builds the object type from a definition and a value. */
export function presentValue(field: CustomField, value: string): CustomFieldValue {
  return Object.assign(new CustomFieldValue(), { field, name: field.name, dataType: field.dataType, value });
}

@InputType({
  description:
    "A value for one custom field, addressed by fieldId or by name (case-insensitive). An empty value clears it.",
})
export class CustomFieldValueInput {
  @Field(() => ID, { nullable: true, description: "The custom field's id; or give name." })
  fieldId?: string | null;

  @Field(() => String, { nullable: true, description: "The custom field's name; or give fieldId." })
  name?: string | null;

  @Field({ description: "The value as a string (see CustomFieldDataType for each type's form)." })
  value!: string;
}

@ObjectType({
  description:
    "The Custom Field Template settings of a department (Tickets, Live Chat, Call Logs tabs; 002 L6019, L6030, " +
    "L6895). null = no custom fields on that kind of item.",
})
export class DepartmentTemplates {
  @Field(() => CustomFieldTemplate, {
    nullable: true,
    description: "Template of tickets (portal submission).",
  })
  ticketTemplate!: CustomFieldTemplate | null;

  @Field(() => CustomFieldTemplate, { nullable: true, description: "Template of live chats." })
  liveChatTemplate!: CustomFieldTemplate | null;

  @Field(() => CustomFieldTemplate, { nullable: true, description: "Template of call logs." })
  callLogTemplate!: CustomFieldTemplate | null;
}
