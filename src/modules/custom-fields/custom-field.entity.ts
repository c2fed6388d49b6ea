import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { Department } from "../organization/index.js";
import { CustomFieldAppliesTo, CustomFieldDataType, TemplateFieldVisibility } from "./custom-field.enums.js";

/** A custom field definition (002 L6870-6891); unlimited in number, values up to 512 characters (002 L6857). */
@ObjectType({ implements: Node, description: "A custom field definition (002 L6855-6891)." })
@Entity({ tableName: "custom_field" })
export class CustomField extends BaseEntity {
  @Field({
    description:
      "Field Name, unique (case-insensitive): external providers and web services address fields by it " +
      "(cf_<name>, 002 L2223).",
  })
  @Property({ length: 100 })
  name!: string;

  /** Lower-cased name: the unique key, so "Referrer" and "referrer" cannot both exist. */
  @Property({ length: 100 })
  @Unique()
  nameKey!: string;

  @Field(() => CustomFieldAppliesTo, { description: "Applies To: Data or People (002 L6886)." })
  @Enum({ items: () => CustomFieldAppliesTo, nativeEnumName: "custom_field_applies_to" })
  appliesTo!: CustomFieldAppliesTo;

  @Field(() => CustomFieldDataType, { description: "Data Type (002 L6890)." })
  @Enum({ items: () => CustomFieldDataType, nativeEnumName: "custom_field_data_type" })
  dataType!: CustomFieldDataType;

  @Field(() => [String], {
    description: "List options of a DROP_DOWN_LIST field, in display order; else empty.",
  })
  @Property({ type: "text[]", default: "{}" })
  listOptions: string[] = [];

  @Field(() => String, {
    nullable: true,
    description: "Default Value (002 L6891): prefilled on forms; valid for the data type.",
  })
  @Property({ type: "text", nullable: true })
  defaultValue?: string | null;
}

/** A named set of fields used for tickets, live chats or call logs (002 L6893-6915). */
@ObjectType({ implements: Node, description: "A custom field template (002 L6893-6915)." })
@Entity({ tableName: "custom_field_template" })
export class CustomFieldTemplate extends BaseEntity {
  @Field({ description: "Display Name (002 L6903), unique (case-insensitive)." })
  @Property({ length: 255 })
  displayName!: string;

  @Property({ length: 255 })
  @Unique()
  displayNameKey!: string;
}

/** One field on a template with its label and flags (002 L6907-6915). */
@ObjectType({ implements: Node, description: "A field definition placed on a template (002 L6907-6915)." })
@Entity({ tableName: "custom_field_template_field" })
@Unique({ properties: ["template", "customField"] })
export class CustomFieldTemplateField extends BaseEntity {
  @ManyToOne(() => CustomFieldTemplate, { deleteRule: "cascade" })
  @Index()
  template!: Rel<CustomFieldTemplate>;

  // Restrict: a definition leaves templates only through deleteCustomField (force) or removeTemplateField.
  @ManyToOne(() => CustomField, { deleteRule: "restrict" })
  @Index()
  customField!: Rel<CustomField>;

  @Field({ description: "Display Name: the label customers and/or agents see (002 L6910)." })
  @Property({ length: 255 })
  displayName!: string;

  @Field(() => TemplateFieldVisibility, { description: "Visibility (002 L6911)." })
  @Enum({ items: () => TemplateFieldVisibility, nativeEnumName: "template_field_visibility" })
  visibility: TemplateFieldVisibility = TemplateFieldVisibility.BOTH;

  @Field({ description: "Required by Users: users must complete it to submit (002 L6912)." })
  @Property({ default: false })
  requiredByUsers: boolean = false;

  @Field({
    description: "Required for Agents to save or send: agents must complete it before sending (002 L6913).",
  })
  @Property({ default: false })
  requiredForAgentsToSaveOrSend: boolean = false;

  @Field({ description: "Required for Agents to close tickets (002 L6914)." })
  @Property({ default: false })
  requiredForAgentsToClose: boolean = false;

  @Field({
    description:
      "Show in communication view: shown in the agent's compose window once a group is chosen (002 L6915).",
  })
  @Property({ default: false })
  showInCommunicationView: boolean = false;

  @Field(() => Int, { description: "Position on the template: fields are listed by ascending order." })
  @Property({ type: "integer" })
  order!: number;
}

/**
 * The templates a department uses (Department Tickets, Live Chat, Call Logs tabs: 002 L6019, L6030, L6895).
 * Kept here rather than on Department: organization boots first and must not import this module.
 */
@Entity({ tableName: "department_custom_field_templates" })
export class DepartmentCustomFieldTemplates extends BaseEntity {
  @ManyToOne(() => Department, { deleteRule: "cascade" })
  @Unique()
  department!: Rel<Department>;

  @ManyToOne(() => CustomFieldTemplate, { nullable: true, deleteRule: "set null" })
  ticketTemplate?: Rel<CustomFieldTemplate> | null;

  @ManyToOne(() => CustomFieldTemplate, { nullable: true, deleteRule: "set null" })
  liveChatTemplate?: Rel<CustomFieldTemplate> | null;

  @ManyToOne(() => CustomFieldTemplate, { nullable: true, deleteRule: "set null" })
  callLogTemplate?: Rel<CustomFieldTemplate> | null;
}
