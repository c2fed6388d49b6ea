import type { EventSource, EventTypeDefinition } from "./catalog.model.js";

/** Builders for the category tables (categories*.data.ts) and the action lists they share. */

type T = Omit<EventTypeDefinition, "documentedId" | "sources" | "item"> & {
  documentedId?: boolean;
  sources?: EventSource[];
  item?: boolean;
};
export const t = (def: T): EventTypeDefinition => ({ documentedId: true, sources: [], item: true, ...def });
export const ours = (def: T): EventTypeDefinition => t({ ...def, documentedId: false });
export const on = (domainEventType: string, where?: EventSource["where"], note?: string): EventSource => ({
  domainEventType,
  ...(where ? { where } : {}),
  ...(note ? { note } : {}),
});

export const NOTIFY = [
  "CALL_WEB_PAGE",
  "LOG_TO_FILE",
  "NOTIFY_EVENTS_EXTERNAL_PROVIDER",
  "SEND_EMAIL",
  "USE_MY_NOTIFICATION_PROFILE",
];
export const NOTIFY_PER_ITEM = [
  "CALL_WEB_PAGE",
  "LOG_TO_FILE",
  "LOG_TO_FILE_ONCE_PER_ITEM",
  "NOTIFY_EVENTS_EXTERNAL_PROVIDER",
  "SEND_EMAIL",
  "SEND_EMAIL_ONCE_PER_ITEM",
  "USE_MY_NOTIFICATION_PROFILE",
  "USE_MY_NOTIFICATION_PROFILE_ONCE_PER_ITEM",
];
export const DEFAULT_PROFILE = [
  "USE_DEFAULT_NOTIFICATION_PROFILE_FOR_USER",
  "USE_DEFAULT_NOTIFICATION_PROFILE_FOR_USER_ONCE_PER_ITEM",
];
export const REMINDER = ["SHOW_REMINDER"];
