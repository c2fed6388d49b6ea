import { FeatureKeys, FEATURES } from "./permission-catalog.js";
import type { FeatureGrant, FeatureKey } from "./permission-catalog.js";
import { PredefinedRole, RoleType } from "./role.entity.js";

/** "For the Employee role, all feature permissions default to 'Full Control'" (002 L6299). */
export function employeeDefaultGrants(): FeatureGrant[] {
  return FeatureKeys.map((feature) => ({ feature, level: "FULL_CONTROL" as const }));
}

/**
 * "By default, agents cannot delete" tickets (002 L3262), call logs (L3678), tasks (L3891), users (L4076),
 * organizations (L4198) and KB articles (L4377), while L6299 defaults every employee feature to Full
 * Control [seed quirk]. The Agent role therefore gets Custom = Full Control minus those deletions; Manager
 * and Administrator keep Full Control.
 */
const AGENT_CANNOT: Partial<Record<FeatureKey, string[]>> = {
  KB_ARTICLES: ["DELETE"],
  TICKETS: ["DELETE"],
  TASKS: ["DELETE"],
  CALL_LOGS: ["DELETE"],
  USERS_ORGANIZATIONS: ["DELETE_USER", "DELETE_ORGANIZATION"],
};

export function agentDefaultGrants(): FeatureGrant[] {
  return FeatureKeys.map((feature) => {
    const denied = AGENT_CANNOT[feature];
    if (!denied) return { feature, level: "FULL_CONTROL" as const };
    const customActions = FEATURES[feature].fullControl.filter((a) => !denied.includes(a));
    return { feature, level: "CUSTOM" as const, customActions };
  });
}

/** User roles can hold only the features open to users (002 L6299); these defaults follow 002 L6267-6275. */
const USER_DEFAULTS: Record<string, FeatureGrant[]> = {
  [PredefinedRole.EVERYONE]: [
    { feature: "KB_ARTICLES", level: "READ_ONLY" },
    { feature: "KB_FEEDBACK", level: "READ_ONLY" },
  ],
  [PredefinedRole.REGISTERED_USER]: [
    { feature: "KB_ARTICLES", level: "READ_ONLY" },
    {
      feature: "KB_FEEDBACK",
      level: "CUSTOM",
      customActions: ["CREATE", "REPORT", "EDIT_PERSONAL", "DELETE_PERSONAL"],
    },
    { feature: "COMMUNITY", level: "READ_ONLY" },
  ],
  [PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL]: [
    { feature: "KB_ARTICLES", level: "READ_ONLY" },
    {
      feature: "KB_FEEDBACK",
      level: "CUSTOM",
      customActions: ["CREATE", "REPORT", "EDIT_PERSONAL", "DELETE_PERSONAL"],
    },
    { feature: "COMMUNITY", level: "READ_ONLY" },
  ],
};

export interface PredefinedRoleSpec {
  key: PredefinedRole;
  name: string;
  type: RoleType;
  description: string;
  grants: FeatureGrant[];
}

export const PREDEFINED_ROLES: PredefinedRoleSpec[] = [
  {
    key: PredefinedRole.EVERYONE,
    name: "Everyone",
    type: RoleType.USER,
    description: "Every visitor, user and employee; cannot be removed (002 L6267).",
    grants: USER_DEFAULTS[PredefinedRole.EVERYONE]!,
  },
  {
    key: PredefinedRole.REGISTERED_USER,
    name: "Registered User",
    type: RoleType.USER,
    description: "Anyone with an account (002 L6274).",
    grants: USER_DEFAULTS[PredefinedRole.REGISTERED_USER]!,
  },
  {
    key: PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL,
    name: "Registered User with Verified Email",
    type: RoleType.USER,
    description: "A registered user who confirmed their email address (002 L6275).",
    grants: USER_DEFAULTS[PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL]!,
  },
  {
    key: PredefinedRole.AGENT,
    name: "Agent",
    type: RoleType.EMPLOYEE,
    description: "Works their own tickets and chats in the groups they belong to (002 L6268-6270).",
    grants: agentDefaultGrants(),
  },
  {
    key: PredefinedRole.MANAGER,
    name: "Manager",
    type: RoleType.EMPLOYEE,
    description: "Sees all work of the departments where they belong to a group (002 L6272).",
    grants: employeeDefaultGrants(),
  },
  {
    key: PredefinedRole.ADMINISTRATOR,
    name: "Administrator",
    type: RoleType.EMPLOYEE,
    description: "Every area, including system settings (002 L6273).",
    grants: employeeDefaultGrants(),
  },
];

export function isUserFeature(feature: string): boolean {
  return !FEATURES[feature as keyof typeof FEATURES]?.employeeOnly;
}
