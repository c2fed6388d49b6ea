import type { Validation } from "../../core/graphql/user-error.js";
import {
  FEATURES,
  FeatureKeys,
  PermissionLevels,
  Privilege,
  featureActions,
  permissionKey,
} from "./permission-catalog.js";
import type { FeatureGrant, FeatureKey, PermissionLevel } from "./permission-catalog.js";
import { employeeDefaultGrants } from "./role-defaults.js";
import { RoleType } from "./role.entity.js";
import type { PermissionCatalog, PermissionFeature } from "./permission.types.js";

export interface GrantInput {
  feature: string;
  level: string;
  customActions?: string[] | null;
}

/** The features a role of this type can hold (user roles: those without the * of 002 L6299). */
export function featuresFor(type: RoleType): FeatureKey[] {
  return FeatureKeys.filter((f) => type === RoleType.EMPLOYEE || !FEATURES[f].employeeOnly);
}

/** Defaults when a new role names no grants: "For the Employee role, all … default to Full Control" (L6299). */
export function defaultGrantsFor(type: RoleType): FeatureGrant[] {
  // A new user role starts empty: what it grants adds to every holder's union, so nothing is the safe start.
  return type === RoleType.EMPLOYEE ? employeeDefaultGrants() : [];
}

/**
 * Validates a role's complete grant list and returns it normalised (catalog order, NONE dropped, custom
 * actions in catalog order). Features not listed are NONE.
 */
export function validateGrants(
  v: Validation,
  type: RoleType,
  grants: GrantInput[],
  path: string[],
): FeatureGrant[] {
  const seen = new Set<string>();
  const result: FeatureGrant[] = [];
  grants.forEach((grant, i) => {
    const at = [...path, String(i)];
    if (!(FeatureKeys as readonly string[]).includes(grant.feature)) {
      v.add("UNKNOWN_FEATURE", `"${grant.feature}" is not a feature.`, [...at, "feature"]);
      return;
    }
    const feature = grant.feature as FeatureKey;
    if (!(PermissionLevels as readonly string[]).includes(grant.level)) {
      v.add("INVALID", `"${grant.level}" is not a permission level.`, [...at, "level"]);
      return;
    }
    const level = grant.level as PermissionLevel;
    if (seen.has(feature)) {
      v.add("DUPLICATE", `${feature} is listed more than once.`, [...at, "feature"]);
      return;
    }
    seen.add(feature);
    if (level !== "NONE" && type === RoleType.USER && FEATURES[feature].employeeOnly) {
      v.add("EMPLOYEE_ONLY_FEATURE", `${FEATURES[feature].label} can only be granted by employee roles.`, [
        ...at,
        "feature",
      ]);
      return;
    }
    const custom = grant.customActions ?? [];
    if (level !== "CUSTOM") {
      if (custom.length) {
        v.add("INVALID", "customActions are only allowed with the CUSTOM level.", [...at, "customActions"]);
      } else if (level !== "NONE") {
        result.push({ feature, level });
      }
      return;
    }
    const catalog = featureActions(feature);
    const unknown = custom.filter((a) => !catalog.includes(a));
    if (unknown.length) {
      v.add("UNKNOWN_ACTION", `${feature} has no action ${unknown.join(", ")}.`, [...at, "customActions"]);
      return;
    }
    const requires = FEATURES[feature].requires ?? {};
    for (const action of custom) {
      const needed = requires[action];
      if (needed && !custom.includes(needed)) {
        v.add("MISSING_DEPENDENCY", `${feature} ${action} requires ${needed}.`, [...at, "customActions"]);
      }
    }
    result.push({ feature, level, customActions: catalog.filter((a) => custom.includes(a)) });
  });
  const order = (g: FeatureGrant) => FeatureKeys.indexOf(g.feature);
  return result.sort((a, b) => order(a) - order(b));
}

/** Every feature a role of this type can hold, with NONE where it grants nothing (what an editor shows). */
export function completeGrants(type: RoleType, grants: FeatureGrant[]) {
  return featuresFor(type).map((feature) => {
    const grant = grants.find((g) => g.feature === feature);
    return {
      feature,
      level: grant?.level ?? ("NONE" as const),
      customActions: grant?.level === "CUSTOM" ? (grant.customActions ?? []) : [],
    };
  });
}

function levelActions(feature: FeatureKey, level: PermissionLevel) {
  const f = FEATURES[feature];
  const actions =
    level === "FULL_CONTROL"
      ? f.fullControl
      : level === "MODIFY"
        ? f.modify
        : level === "READ_ONLY"
          ? f.readOnly
          : [];
  return { level, actions, permissionKeys: actions.map((a) => permissionKey(feature, a)) };
}

export function buildCatalog(): PermissionCatalog {
  const features: PermissionFeature[] = FeatureKeys.map((key) => {
    const f = FEATURES[key];
    const fixed = new Set([...f.fullControl, ...f.modify, ...f.readOnly]);
    return {
      key,
      label: f.label,
      employeeOnly: f.employeeOnly,
      levels: (["FULL_CONTROL", "MODIFY", "READ_ONLY", "NONE"] as const).map((l) => levelActions(key, l)),
      customActions: featureActions(key),
      customFlags: f.customFlags.filter((a) => !fixed.has(a)),
      dependencies: Object.entries(f.requires ?? {}).map(([action, requires]) => ({ action, requires })),
    };
  });
  return { features, levels: [...PermissionLevels], privileges: Object.values(Privilege) };
}
