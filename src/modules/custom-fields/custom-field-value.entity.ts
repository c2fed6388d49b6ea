import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { BaseEntity } from "../../core/db/base.entity.js";
import { CustomField } from "./custom-field.entity.js";
import { CustomFieldOwnerType } from "./custom-field.enums.js";

/**
 * One stored value of one item (ticket, chat, call log, user, employee). Generic storage keyed by owner
 * kind and id, so items of modules built later need no schema of their own; an empty value is no row.
 * Exposed through the CustomFieldValue object type (custom-field-value.types.ts).
 */
@Entity({ tableName: "custom_field_value" })
// The unique key also serves the loader's (ownerType, ownerId in …) lookups.
@Unique({ properties: ["ownerType", "ownerId", "field"] })
export class StoredCustomFieldValue extends BaseEntity {
  @Enum({ items: () => CustomFieldOwnerType, nativeEnumName: "custom_field_owner_type" })
  ownerType!: CustomFieldOwnerType;

  @Property({ type: "uuid" })
  ownerId!: string;

  @ManyToOne(() => CustomField, { deleteRule: "cascade" })
  @Index()
  field!: Rel<CustomField>;

  @Property({ type: "text" })
  value!: string;
}
