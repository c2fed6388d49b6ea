import { Field, ObjectType, registerEnumType } from "type-graphql";
import { FEATURES, FeatureKeys, PermissionLevels } from "./permission-catalog.js";
import type { FeatureKey, PermissionLevel } from "./permission-catalog.js";

/** GraphQL enum objects for the catalog's string unions (type-graphql needs an enum-like object). */
export const FeatureKeyEnum = Object.fromEntries(FeatureKeys.map((k) => [k, k])) as {
  [K in FeatureKey]: K;
};
registerEnumType(FeatureKeyEnum, {
  name: "FeatureKey",
  description: "A feature of the role Options tab (002 L6299-6318).",
  valuesConfig: Object.fromEntries(
    FeatureKeys.map((k) => [
      k,
      { description: `${FEATURES[k].label}${FEATURES[k].employeeOnly ? " (employee roles only)" : ""}.` },
    ]),
  ),
});

export const PermissionLevelEnum = Object.fromEntries(PermissionLevels.map((l) => [l, l])) as {
  [L in PermissionLevel]: L;
};
registerEnumType(PermissionLevelEnum, {
  name: "PermissionLevel",
  description: "How much of a feature a role grants (002 L6320-6330).",
  valuesConfig: {
    FULL_CONTROL: { description: "Complete control: create, edit, delete and the rest." },
    MODIFY: { description: "Change things in the feature, without the most destructive actions." },
    READ_ONLY: { description: "Read only: no create, modify, edit or delete." },
    NONE: { description: "The feature is removed from the role." },
    CUSTOM: { description: "Exactly the actions listed in customActions." },
  },
});

@ObjectType("FeatureGrant", { description: "The level a role grants for one feature." })
export class FeatureGrantObject {
  @Field(() => FeatureKeyEnum, { description: "The feature." })
  feature!: FeatureKey;

  @Field(() => PermissionLevelEnum, { description: "The level granted; NONE when the role grants nothing." })
  level!: PermissionLevel;

  @Field(() => [String], { description: "The actions chosen when level is CUSTOM; empty otherwise." })
  customActions!: string[];
}

@ObjectType({ description: "The actions a fixed level includes." })
export class PermissionLevelActions {
  @Field(() => PermissionLevelEnum, { description: "The level." })
  level!: PermissionLevel;

  @Field(() => [String], { description: "Action names, e.g. VIEW, CREATE." })
  actions!: string[];

  @Field(() => [String], { description: "The same actions as permission keys (FEATURE_ACTION)." })
  permissionKeys!: string[];
}

@ObjectType({ description: "A custom action that can only be chosen together with another one." })
export class PermissionDependency {
  @Field({ description: "The dependent action." })
  action!: string;

  @Field({ description: "The action it requires." })
  requires!: string;
}

@ObjectType({ description: "One feature of the role editor." })
export class PermissionFeature {
  @Field(() => FeatureKeyEnum, { description: "The feature." })
  key!: FeatureKey;

  @Field({ description: "Label as shown on the Options tab." })
  label!: string;

  @Field({ description: "Only employee roles may grant it (marked * in 002 L6299)." })
  employeeOnly!: boolean;

  @Field(() => [PermissionLevelActions], {
    description: "FULL_CONTROL, MODIFY, READ_ONLY and NONE with the actions each includes.",
  })
  levels!: PermissionLevelActions[];

  @Field(() => [String], { description: "Every action a CUSTOM level may choose from." })
  customActions!: string[];

  @Field(() => [String], { description: "Actions that no fixed level includes: only CUSTOM grants them." })
  customFlags!: string[];

  @Field(() => [PermissionDependency], { description: "Custom actions that require another action." })
  dependencies!: PermissionDependency[];
}

@ObjectType({ description: "Everything a role editor needs: features, levels and their actions." })
export class PermissionCatalog {
  @Field(() => [PermissionFeature], { description: "The features, in Options tab order." })
  features!: PermissionFeature[];

  @Field(() => [PermissionLevelEnum], { description: "The levels, in the editor's order." })
  levels!: PermissionLevel[];

  @Field(() => [String], {
    description:
      "Permissions that come with predefined roles, not with a feature level: ADMINISTRATION (Administrator) " +
      "and MANAGEMENT_INTERFACE (any employee role).",
  })
  privileges!: string[];
}
