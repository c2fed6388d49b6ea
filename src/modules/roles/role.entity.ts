import { Entity, Enum, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import type { FeatureGrant } from "./permission-catalog.js";

export enum RoleType {
  EMPLOYEE = "EMPLOYEE",
  USER = "USER",
}
registerEnumType(RoleType, {
  name: "RoleType",
  description: "Whether a role is for company employees or for end users (002 L6283, L6302).",
});

/** The six roles every installation has (002 L6265-6275); they cannot be deleted. */
export enum PredefinedRole {
  EVERYONE = "EVERYONE",
  REGISTERED_USER = "REGISTERED_USER",
  REGISTERED_USER_VERIFIED_EMAIL = "REGISTERED_USER_VERIFIED_EMAIL",
  AGENT = "AGENT",
  MANAGER = "MANAGER",
  ADMINISTRATOR = "ADMINISTRATOR",
}
registerEnumType(PredefinedRole, {
  name: "PredefinedRole",
  description: "The predefined roles (002 L6265-6275).",
});

@ObjectType({ implements: Node, description: "A set of feature permissions given to employees or users." })
@Entity({ tableName: "role" })
export class Role extends BaseEntity {
  @Field({ description: "Role Name." })
  @Property({ length: 100 })
  @Unique()
  name!: string;

  @Field(() => RoleType, { description: "Role Type: for employees or for end users (002 L6302)." })
  @Enum({ items: () => RoleType, nativeEnumName: "role_type" })
  type!: RoleType;

  @Field(() => PredefinedRole, { nullable: true, description: "Set for the six predefined roles." })
  @Enum({ items: () => PredefinedRole, nullable: true, nativeEnumName: "predefined_role" })
  @Unique()
  predefined?: PredefinedRole | null;

  @Field(() => String, { nullable: true, description: "What the role is for." })
  @Property({ type: "text", nullable: true })
  description?: string | null;

  /** Per-feature level (and Custom actions); features not listed are None. */
  @Property({ type: "jsonb" })
  grants: FeatureGrant[] = [];

  @Field({ description: "True for roles an administrator created (002 L6285)." })
  get isCustom(): boolean {
    return !this.predefined;
  }
}
