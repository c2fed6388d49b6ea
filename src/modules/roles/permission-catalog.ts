/**
 * The feature permissions of SmarterTrack's role Options tab (seed 002 L6297-6788; spec seed-D §2.4-2.5),
 * level by level, as permission keys `FEATURE_ACTION`. A role grants, per feature, one level; Custom grants
 * an explicit set chosen from the feature's actions and custom flags. Effective permission is the union over
 * an account's roles (002 L6265).
 */
export const FeatureKeys = [
  "KB_ARTICLES",
  "KB_FEEDBACK",
  "CANNED_REPLIES",
  "COMMUNITY",
  "NEWS",
  "TICKETS",
  "TASKS",
  "CALL_LOGS",
  "LIVE_CHATS",
  "WHOS_ON",
  "REPORTS",
  "DISTRIBUTION",
  "EVENTS",
  "SURVEYS",
  "USERS_ORGANIZATIONS",
] as const;
export type FeatureKey = (typeof FeatureKeys)[number];

export const PermissionLevels = ["FULL_CONTROL", "MODIFY", "READ_ONLY", "NONE", "CUSTOM"] as const;
export type PermissionLevel = (typeof PermissionLevels)[number];

export interface FeatureDefinition {
  label: string;
  /** Employee-only features (002 L6299: marked * on the Options tab) may not be granted to user roles. */
  employeeOnly: boolean;
  fullControl: string[];
  modify: string[];
  readOnly: string[];
  /** Extra flags that only a Custom level can grant. */
  customFlags: string[];
  /** A flag that requires another (002 L6716, L6744). */
  requires?: Record<string, string>;
}

const VIEW = "VIEW";

export const FEATURES: Record<FeatureKey, FeatureDefinition> = {
  KB_ARTICLES: {
    label: "KB Articles",
    employeeOnly: false,
    fullControl: [
      VIEW,
      "CREATE",
      "DELETE",
      "EDIT",
      "MOVE",
      "COPY",
      "TRANSFER",
      "CLONE",
      "MARK",
      "ADD_FEEDBACK",
      "CLEAR_HELPFULNESS",
      "REVIEW",
      "EVENT",
      "SCAN_BROKEN_LINKS",
    ],
    modify: [
      VIEW,
      "CREATE",
      "DELETE",
      "EDIT",
      "MOVE",
      "COPY",
      "TRANSFER",
      "CLONE",
      "MARK",
      "ADD_FEEDBACK",
      "SCAN_BROKEN_LINKS",
    ],
    readOnly: [VIEW, "SCAN_BROKEN_LINKS"],
    customFlags: ["MODIFY"],
  },
  KB_FEEDBACK: {
    label: "KB Feedback",
    employeeOnly: false,
    fullControl: ["CREATE", "REPLY", "EDIT", "DELETE", "REPORT", "MODERATE"],
    modify: ["CREATE", "REPLY", "REPORT", "MODERATE"],
    readOnly: ["REPORT"],
    customFlags: ["EDIT_PERSONAL", "EDIT_ALL", "DELETE_PERSONAL", "DELETE_ALL"],
  },
  CANNED_REPLIES: {
    label: "Canned Replies",
    employeeOnly: false,
    fullControl: ["VIEW_INSERT", "CREATE", "EDIT", "DELETE", "MARK_DRAFT", "CHANGE_TYPE", "CHANGE_LANGUAGE"],
    modify: ["VIEW_INSERT", "CREATE", "EDIT", "MARK_DRAFT", "CHANGE_TYPE", "CHANGE_LANGUAGE"],
    readOnly: ["VIEW_INSERT"],
    customFlags: [],
  },
  COMMUNITY: {
    label: "Community",
    employeeOnly: false,
    // 002 L6446-6470 prints "Most Post" [seed quirk]: read as Move Post.
    fullControl: [
      "CREATE_THREAD",
      "EDIT_THREAD",
      "DELETE_THREAD",
      "CREATE_POST",
      "EDIT_POST",
      "DELETE_POST",
      "MOVE_POST",
      "REPORT",
    ],
    modify: ["CREATE_THREAD", "EDIT_THREAD", "CREATE_POST", "EDIT_POST", "REPORT"],
    readOnly: ["CREATE_THREAD", "CREATE_POST", "REPORT"],
    customFlags: ["MODERATE", "EDIT_ALL_POSTS", "DELETE_ANY_POST", "CHANGE_STATUS"],
  },
  NEWS: {
    label: "News",
    employeeOnly: true,
    fullControl: [
      VIEW,
      "CREATE",
      "EDIT",
      "DELETE",
      "MARK_PUBLIC",
      "MARK_PRIVATE",
      "MARK_DRAFT",
      "MARK_REVIEWED",
      "MARK_FOR_REVIEW",
      "SCAN_BROKEN_LINKS",
      "CLONE",
    ],
    modify: [
      VIEW,
      "CREATE",
      "EDIT",
      "MARK_PUBLIC",
      "MARK_PRIVATE",
      "MARK_DRAFT",
      "MARK_REVIEWED",
      "MARK_FOR_REVIEW",
      "SCAN_BROKEN_LINKS",
      "CLONE",
    ],
    readOnly: [VIEW, "SCAN_BROKEN_LINKS"],
    customFlags: ["MODIFY", "REVIEW"],
  },
  TICKETS: {
    label: "Tickets",
    employeeOnly: true,
    fullControl: [
      VIEW,
      "CREATE",
      "REPLY",
      "TAKE",
      "DELETE",
      "TRANSFER",
      "MERGE",
      "CHANGE_STATUS",
      "CHANGE_PRIORITY",
      "CHANGE_EMAIL_ADDRESS",
      "CHANGE_SUBJECT",
      "PIN",
      "FOLLOW_UP",
      "ASSISTANCE",
      "ADD_COMMENT",
      "ADD_RESOLUTION",
      "ADD_ATTACHMENT",
      "ADD_RELATED_ITEM",
      "ADD_TASK",
      "ADD_TIME_LOG",
      "ADD_CALL_LOG",
      "ADVANCED_SEARCH",
      "ACCESS_QUEUE",
    ],
    modify: [
      VIEW,
      "CREATE",
      "REPLY",
      "MERGE",
      "CHANGE_STATUS",
      "CHANGE_PRIORITY",
      "CHANGE_EMAIL_ADDRESS",
      "CHANGE_SUBJECT",
      "PIN",
      "FOLLOW_UP",
      "ASSISTANCE",
      "ADD_COMMENT",
      "ADD_RESOLUTION",
      "ADD_ATTACHMENT",
      "ADD_RELATED_ITEM",
      "ADD_TASK",
      "ADD_TIME_LOG",
      "ADD_CALL_LOG",
    ],
    readOnly: [VIEW],
    customFlags: ["MARK_AS_DELETED", "VIEW_QUEUE"],
  },
  TASKS: {
    label: "Tasks",
    employeeOnly: true,
    fullControl: [
      VIEW,
      "CREATE",
      "DELETE",
      "TRANSFER",
      "EDIT",
      "CHANGE_STATUS",
      "CHANGE_PRIORITY",
      "EVENT",
      "ADVANCED_SEARCH",
      "TASK_SCHEDULER",
    ],
    modify: [VIEW, "CREATE", "EDIT", "CHANGE_STATUS", "CHANGE_PRIORITY", "ADVANCED_SEARCH", "TASK_SCHEDULER"],
    readOnly: [VIEW, "ADVANCED_SEARCH"],
    customFlags: ["MODIFY", "CHANGE_START_AND_DUE_DATES"],
  },
  CALL_LOGS: {
    label: "Call Logs",
    employeeOnly: true,
    fullControl: [
      VIEW,
      "CREATE",
      "DELETE",
      "TRANSFER",
      "EDIT",
      "ADD_ATTACHMENT",
      "ADD_RELATED_ITEM",
      "ADD_TASK",
      "ADD_TIME_LOG",
      "ADD_TICKET",
      "ASSISTANCE",
      "EVENTS",
      "ADVANCED_SEARCH",
    ],
    modify: [
      VIEW,
      "CREATE",
      "EDIT",
      "ADD_ATTACHMENT",
      "ADD_RELATED_ITEM",
      "ADD_TASK",
      "ADD_TIME_LOG",
      "ADD_TICKET",
      "ASSISTANCE",
      "ADVANCED_SEARCH",
    ],
    readOnly: [VIEW, "ASSISTANCE", "ADVANCED_SEARCH"],
    customFlags: ["MODIFY"],
  },
  LIVE_CHATS: {
    label: "Live Chats",
    employeeOnly: true,
    fullControl: [
      VIEW,
      "TAKE",
      "TRANSFER",
      "ADD_COMMENT",
      "ADD_RELATED_ITEM",
      "ADD_TASK",
      "ADD_TIME_LOG",
      "ADD_TICKET",
      "MANUAL_EVENT",
      "ASSISTANCE",
      "VIEW_QUEUE",
      "ADVANCED_SEARCH",
    ],
    modify: [
      VIEW,
      "TAKE",
      "ADD_COMMENT",
      "ADD_RELATED_ITEM",
      "ADD_TASK",
      "ADD_TIME_LOG",
      "ADD_TICKET",
      "VIEW_QUEUE",
      "ADVANCED_SEARCH",
    ],
    // 002 L6642-6678 prints this block under "None" [seed quirk]: read as Read Only; None grants nothing.
    readOnly: [
      VIEW,
      "ADD_COMMENT",
      "ADD_RELATED_ITEM",
      "ADD_TASK",
      "ADD_TIME_LOG",
      "ADD_TICKET",
      "ADVANCED_SEARCH",
    ],
    customFlags: [],
  },
  WHOS_ON: {
    label: "Who's On",
    employeeOnly: true,
    fullControl: ["VIEW_VISITORS", "LIVE_CHAT"],
    modify: ["VIEW_VISITORS", "LIVE_CHAT"],
    readOnly: ["VIEW_VISITORS"],
    customFlags: [],
  },
  REPORTS: {
    label: "Reports",
    employeeOnly: true,
    fullControl: [VIEW, "CREATE_CUSTOM", "DELETE_CUSTOM", "EDIT_CUSTOM", "SCHEDULE_EMAIL", "EMAIL", "PRINT"],
    modify: [VIEW, "CREATE_CUSTOM", "EDIT_CUSTOM", "SCHEDULE_EMAIL", "EMAIL", "PRINT"],
    readOnly: [VIEW, "PRINT"],
    customFlags: ["VIEW_SPECIFIC"],
  },
  DISTRIBUTION: {
    label: "Distribution",
    employeeOnly: true,
    fullControl: ["TRANSFER_WORK_ITEMS", "TRANSFER_WORK_ITEMS_TO_SPECIFIC_AGENTS", "MANAGE_AGENT_STATUS"],
    modify: ["TRANSFER_WORK_ITEMS", "TRANSFER_WORK_ITEMS_TO_SPECIFIC_AGENTS", "MANAGE_AGENT_STATUS"],
    readOnly: [],
    customFlags: [],
    requires: { TRANSFER_WORK_ITEMS_TO_SPECIFIC_AGENTS: "TRANSFER_WORK_ITEMS" },
  },
  EVENTS: {
    label: "Events",
    employeeOnly: true,
    fullControl: ["CREATE", "EDIT", "DELETE", "CREATE_AND_EDIT_MY_EVENTS", "TRIGGER_SYSTEM_MANUAL_EVENTS"],
    modify: ["CREATE", "EDIT", "CREATE_AND_EDIT_MY_EVENTS"],
    readOnly: [],
    customFlags: [],
  },
  SURVEYS: {
    label: "Surveys",
    employeeOnly: true,
    fullControl: ["VIEW_SUMMARY", "VIEW_DETAILS"],
    modify: ["VIEW_SUMMARY", "VIEW_DETAILS"],
    readOnly: ["VIEW_SUMMARY"],
    customFlags: [],
    requires: { VIEW_DETAILS: "VIEW_SUMMARY" },
  },
  USERS_ORGANIZATIONS: {
    label: "Users / Organizations",
    employeeOnly: true,
    fullControl: [
      "VIEW",
      "CREATE",
      "EDIT",
      "DELETE_USER",
      "DELETE_ORGANIZATION",
      "CLONE_USER",
      "ADD_USER_COMMENT",
      "ADD_USER_TICKET",
      "ADD_USER_CALL_LOG",
      "ADD_ORGANIZATION_COMMENT",
      "ADD_ORGANIZATION_CALL_LOG",
      "CREATE_ORGANIZATION_MEMBER",
      "EDIT_ORGANIZATION_MEMBER",
      "DELETE_ORGANIZATION_MEMBER",
    ],
    modify: [
      "VIEW",
      "CREATE",
      "EDIT",
      "DELETE_ORGANIZATION",
      "CLONE_USER",
      "ADD_USER_COMMENT",
      "ADD_USER_TICKET",
      "ADD_USER_CALL_LOG",
      "ADD_ORGANIZATION_COMMENT",
      "ADD_ORGANIZATION_CALL_LOG",
      "CREATE_ORGANIZATION_MEMBER",
      "EDIT_ORGANIZATION_MEMBER",
      "DELETE_ORGANIZATION_MEMBER",
    ],
    readOnly: ["VIEW", "ADD_USER_TICKET", "ADD_USER_CALL_LOG"],
    customFlags: [],
  },
};

/**
 * Privileges that come with a predefined role rather than a feature level: system settings are the
 * Administrator's (002 L6273), the management interface the employee roles' (002 L6268).
 */
export const Privilege = {
  ADMINISTRATION: "ADMINISTRATION",
  MANAGEMENT_INTERFACE: "MANAGEMENT_INTERFACE",
} as const;

export function permissionKey(feature: FeatureKey, action: string): string {
  return `${feature}_${action}`;
}

/** Every action a feature can grant, whatever the level (the choices of a Custom level). */
export function featureActions(feature: FeatureKey): string[] {
  const f = FEATURES[feature];
  return [...new Set([...f.fullControl, ...f.modify, ...f.readOnly, ...f.customFlags])];
}

/** Every permission key the system knows, in a stable order. */
export const ALL_PERMISSIONS: string[] = [
  ...Object.values(Privilege),
  ...FeatureKeys.flatMap((feature) => featureActions(feature).map((a) => permissionKey(feature, a))),
];

export interface FeatureGrant {
  feature: FeatureKey;
  level: PermissionLevel;
  /** Actions granted when level is CUSTOM. */
  customActions?: string[];
}

/** Expands one feature grant into permission keys. */
export function expandGrant(grant: FeatureGrant): string[] {
  const f = FEATURES[grant.feature];
  const actions =
    grant.level === "FULL_CONTROL"
      ? f.fullControl
      : grant.level === "MODIFY"
        ? f.modify
        : grant.level === "READ_ONLY"
          ? f.readOnly
          : grant.level === "CUSTOM"
            ? (grant.customActions ?? [])
            : [];
  return actions.map((a) => permissionKey(grant.feature, a));
}
