import { ArgsType, Field, ID, InputType } from "type-graphql";
import { ConnectionArgs } from "../../core/graphql/pagination.js";
import type { FeatureKey, PermissionLevel } from "./permission-catalog.js";
import { FeatureKeyEnum, PermissionLevelEnum } from "./permission.types.js";
import { RoleType } from "./role.entity.js";

@InputType({ description: "The level a role grants for one feature." })
export class FeatureGrantInput {
  @Field(() => FeatureKeyEnum, { description: "The feature." })
  feature!: FeatureKey;

  @Field(() => PermissionLevelEnum, { description: "The level." })
  level!: PermissionLevel;

  @Field(() => [String], {
    nullable: true,
    description:
      "With CUSTOM: the actions granted, chosen from the feature's customActions in permissionCatalog.",
  })
  customActions?: string[] | null;
}

@InputType({ description: "A new custom role (002 L6289, L6792)." })
export class CreateRoleInput {
  @Field({ description: "Role Name, unique (case-insensitive)." })
  name!: string;

  @Field(() => RoleType, { description: "Employee or user role; fixed once created." })
  type!: RoleType;

  @Field(() => String, { nullable: true, description: "What the role is for." })
  description?: string | null;

  @Field(() => [FeatureGrantInput], {
    nullable: true,
    description:
      "The complete grant list; features not listed are NONE. Omitted: employee roles get Full Control on every " +
      "feature (002 L6299), user roles nothing.",
  })
  grants?: FeatureGrantInput[] | null;
}

@InputType({ description: "Changes to a role; omitted fields stay as they are." })
export class UpdateRoleInput {
  @Field(() => ID, { description: "The role." })
  id!: string;

  @Field(() => String, { nullable: true, description: "New name (custom roles only)." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New description." })
  description?: string | null;

  @Field(() => [FeatureGrantInput], {
    nullable: true,
    description: "Replaces the whole grant list; features not listed become NONE.",
  })
  grants?: FeatureGrantInput[] | null;
}

@InputType({ description: "Roles to delete permanently." })
export class DeleteRolesInput {
  @Field(() => [ID], { description: "Custom roles; accounts holding them lose them." })
  ids!: string[];
}

@ArgsType()
export class RolesArgs extends ConnectionArgs {
  @Field(() => RoleType, { nullable: true, description: "Only roles of this type." })
  type?: RoleType | null;

  @Field(() => String, { nullable: true, description: "Text contained in the role name." })
  search?: string | null;
}
