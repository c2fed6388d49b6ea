import { ConditionValueType as V } from "./catalog.model.js";
import type { ActionDefinition, ActionParameterDefinition } from "./catalog.model.js";
import { PRIORITIES, TASK_STATUSES, TICKET_STATUSES } from "./condition-builders.js";

/** Action definitions of seed-E §1.5 plus the project's extensions (docs/events.md). */

function p(
  key: string,
  label: string,
  valueType: V,
  required: boolean,
  description: string,
  extra: Partial<ActionParameterDefinition> = {},
): ActionParameterDefinition {
  return { key, label, valueType, required, description, ...extra };
}

const TEXT_PARAM = p("text", "Text", V.TEXT, false, "Text with #VARIABLE# placeholders (the event's facts).");
const RECIPIENTS = p(
  "recipients",
  "Recipients",
  V.TEXT,
  false,
  "Comma-separated addresses, agents or users.",
);
const GROUP = p("groupId", "Group", V.REFERENCE, false, "Target group.", { referenceType: "Group" });
const AGENT = p("agentId", "Agent", V.REFERENCE, false, "Target agent.", { referenceType: "Employee" });

type A = Omit<ActionDefinition, "oncePerItem" | "itemAction"> & {
  oncePerItem?: boolean;
  itemAction?: boolean;
};
function a(def: A): ActionDefinition {
  return { oncePerItem: false, itemAction: false, ...def };
}
/** The plain (aggregate) action and its "(once per item)" variant. */
function pair(def: A): ActionDefinition[] {
  return [
    a(def),
    a({ ...def, key: `${def.key}_ONCE_PER_ITEM`, label: `${def.label} (once per item)`, oncePerItem: true }),
  ];
}

export const ACTIONS: ActionDefinition[] = [
  a({
    key: "ADD_SYSTEM_MESSAGE",
    label: "Add System Message",
    description: "Adds a system message to the chat window.",
    itemAction: true,
    parameters: [TEXT_PARAM],
    providedBy: "chat",
    cite: "002 L8419",
  }),
  a({
    key: "ALTER_ITEM_PROPERTIES",
    label: "Alter Item Properties",
    description: "Changes an article's Draft, Public/Private and Review status.",
    itemAction: true,
    parameters: [
      p("draft", "Draft", V.BOOLEAN, false, "Draft."),
      p("private", "Private", V.BOOLEAN, false, "Private."),
      p("reviewStatus", "Review status", V.ENUM, false, "Review status.", {
        enumValues: ["FLAGGED", "REVIEWED"],
      }),
    ],
    providedBy: "knowledge-base",
    cite: "002 L8344",
  }),
  a({
    key: "CALL_WEB_PAGE",
    label: "Call Web Page",
    description: "Calls a web page you specify.",
    parameters: [
      p(
        "url",
        "URL",
        V.URL,
        true,
        "The http(s) page to call with GET (#VARIABLE# allowed in the path and query, filled URL-encoded); redirects are not followed.",
      ),
    ],
    providedBy: "events",
    cite: "002 L8198",
  }),
  a({
    key: "CREATE_TASK",
    label: "Create Task",
    description: "Creates a task with the given subject, description, priority and status.",
    parameters: [
      p("subject", "Subject", V.TEXT, true, "Subject."),
      p("description", "Description", V.TEXT, false, "Description."),
      p("priority", "Priority", V.ENUM, false, "Priority.", { enumValues: PRIORITIES }),
      p("status", "Status", V.ENUM, false, "Status.", { enumValues: TASK_STATUSES }),
    ],
    providedBy: "tasks",
    cite: "002 L8568",
  }),
  a({
    key: "END_CHAT",
    label: "End Chat",
    description: "Ends the chat by the agent.",
    itemAction: true,
    parameters: [],
    providedBy: "chat",
    cite: "002 L8421",
  }),
  ...pair({
    key: "LOG_TO_FILE",
    label: "Log to File",
    description: "Logs an action to a text file.",
    parameters: [
      TEXT_PARAM,
      p(
        "fileName",
        "File name",
        V.TEXT,
        false,
        "A plain file name (letters, digits, . _ -) inside the server's EVENTS_LOG_DIR; default events.log.",
      ),
    ],
    providedBy: "events",
    cite: "002 L8199, L8250",
  }),
  a({
    key: "NOTIFY_EVENTS_EXTERNAL_PROVIDER",
    label: "Notify Events External Provider",
    description:
      "Calls the events provider's NotifyEventFired with the numeric EventType and Args_[Key] (system-level events only, 002 L2516).",
    systemOnly: true,
    parameters: [],
    providedBy: "events (providers.notifyExternalEvent)",
    cite: "002 L8200, L2512-2516",
  }),
  a({
    key: "OFFER_SURVEY",
    label: "Offer Survey",
    description:
      "Offers a survey to the end user; only for closed tickets with an incoming message. Recorded until surveys exist.",
    itemAction: true,
    parameters: [p("surveyId", "Survey", V.REFERENCE, false, "The survey.", { referenceType: "Survey" })],
    providedBy: "events (record only)",
    cite: "002 L8665",
  }),
  a({
    key: "PIN_TICKET_TO_AGENT",
    label: "Pin Ticket to Agent",
    description: "Pins the ticket to the assigned agent.",
    itemAction: true,
    parameters: [],
    providedBy: "events (tickets)",
    cite: "002 L8666",
  }),
  a({
    key: "PURGE_FROM_LIST",
    label: "Purge From List",
    description: "Purges a visitor from the Who's On list.",
    itemAction: true,
    parameters: [],
    providedBy: "whos-on",
    cite: "002 L8767",
  }),
  a({
    key: "REMOVE_FROM_LIST",
    label: "Remove From List",
    description: "Removes a visitor from the Who's On list.",
    itemAction: true,
    parameters: [],
    providedBy: "whos-on",
    cite: "002 L8769",
  }),
  a({
    key: "SEND_CANNED_REPLY",
    label: "Send Canned Reply",
    description: "Sends a specific canned reply.",
    itemAction: true,
    parameters: [
      p("cannedReplyId", "Canned reply", V.REFERENCE, true, "The canned reply.", {
        referenceType: "CannedReply",
      }),
    ],
    providedBy: "email",
    cite: "002 L8667",
  }),
  ...pair({
    key: "SEND_EMAIL",
    label: "Send Email",
    description: "Sends an email to a set of recipients.",
    parameters: [
      RECIPIENTS,
      p("subject", "Subject", V.TEXT, false, "Subject (#VARIABLE# allowed)."),
      TEXT_PARAM,
    ],
    providedBy: "email",
    cite: "002 L8201, L8253",
  }),
  a({
    key: "SEND_FORM",
    label: "Send Form",
    description: "Sends a form to the ticket sender.",
    itemAction: true,
    parameters: [p("formId", "Form", V.REFERENCE, true, "The form.", { referenceType: "Form" })],
    providedBy: "forms",
    cite: "002 L8671",
  }),
  a({
    key: "SEND_LIVE_CHAT_INVITATION",
    label: "Send Live Chat Invitation",
    description: "Sends a live chat invitation to the visitor.",
    itemAction: true,
    parameters: [TEXT_PARAM],
    providedBy: "whos-on",
    cite: "002 L8771",
  }),
  a({
    key: "SEND_REPLY_TO_TICKET",
    label: "Send Reply to Ticket",
    description: "Sends an email reply to the ticket.",
    itemAction: true,
    parameters: [TEXT_PARAM],
    providedBy: "email",
    cite: "002 L8672",
  }),
  a({
    key: "SET_TASK_PRIORITY",
    label: "Set Task Priority",
    description: "Sets the task's priority.",
    itemAction: true,
    parameters: [p("priority", "Priority", V.ENUM, true, "Priority.", { enumValues: PRIORITIES })],
    providedBy: "tasks",
    cite: "002 L8578",
  }),
  a({
    key: "SET_TASK_STATUS",
    label: "Set Task Status",
    description: "Sets the task's status.",
    itemAction: true,
    parameters: [p("status", "Status", V.ENUM, true, "Status.", { enumValues: TASK_STATUSES })],
    providedBy: "tasks",
    cite: "002 L8579",
  }),
  a({
    key: "SET_TICKET_PRIORITY",
    label: "Set Ticket Priority",
    description: "Sets the ticket's priority.",
    itemAction: true,
    parameters: [p("priority", "Priority", V.ENUM, true, "Priority.", { enumValues: PRIORITIES })],
    providedBy: "events (tickets)",
    cite: "002 L8673",
  }),
  a({
    key: "SET_TICKET_STATUS",
    label: "Set Ticket Status",
    description: "Sets the ticket's status (closing checks of the department apply).",
    itemAction: true,
    parameters: [p("status", "Status", V.ENUM, true, "Status.", { enumValues: TICKET_STATUSES })],
    providedBy: "events (tickets)",
    cite: "002 L8674",
  }),
  a({
    key: "SUBSCRIBE_TO_THREAD",
    label: "Subscribe to Thread",
    description: "Subscribes the event's owner to the thread.",
    itemAction: true,
    parameters: [],
    providedBy: "community",
    cite: "002 L8291-8293",
  }),
  a({
    key: "TRANSFER_CALL_LOG",
    label: "Transfer Call Log",
    description: "Transfers the call log to the group and agent.",
    itemAction: true,
    parameters: [GROUP, AGENT],
    providedBy: "call-logs",
    cite: "002 L8254",
  }),
  a({
    key: "TRANSFER_LIVE_CHAT",
    label: "Transfer Live Chat",
    description: "Transfers the chat to the group and agent.",
    itemAction: true,
    parameters: [GROUP, AGENT],
    providedBy: "chat",
    cite: "002 L8428",
  }),
  a({
    key: "TRANSFER_TASK",
    label: "Transfer Task",
    description: "Transfers the task to the agent.",
    itemAction: true,
    parameters: [{ ...AGENT, required: true }],
    providedBy: "tasks",
    cite: "002 L8580",
  }),
  a({
    key: "TRANSFER_TICKET",
    label: "Transfer Ticket",
    description:
      "Transfers the ticket to the group (its department follows) and agent; without an agent distribution assigns it.",
    itemAction: true,
    parameters: [{ ...GROUP, required: true }, AGENT],
    providedBy: "events (tickets)",
    cite: "002 L8675",
  }),
  a({
    key: "UNPIN_TICKET_FROM_AGENT",
    label: "Unpin Ticket from Agent",
    description: "Removes the pin so distribution rules apply.",
    itemAction: true,
    parameters: [],
    providedBy: "events (tickets)",
    cite: "002 L8676",
  }),
  ...pair({
    key: "USE_DEFAULT_NOTIFICATION_PROFILE_FOR_USER",
    label: "Use Default Notification Profile for User",
    description: "Notifies through the Default Notification Profile of the agent related to the item.",
    parameters: [TEXT_PARAM],
    providedBy: "email",
    cite: "002 L8255-8256",
  }),
  ...pair({
    key: "USE_MY_NOTIFICATION_PROFILE",
    label: "Use My Notification Profile",
    description:
      "Notifies through one of the owner's notification profiles (system profiles for system events).",
    parameters: [
      p(
        "notificationProfileId",
        "Notification profile",
        V.REFERENCE,
        false,
        "The profile (default profile when empty).",
        { referenceType: "NotificationProfile" },
      ),
      TEXT_PARAM,
    ],
    providedBy: "email",
    cite: "002 L8202, L8257-8258",
  }),
  // Project extensions (the "add comment", "escalate", "reminders in the interface").
  a({
    key: "ADD_TICKET_COMMENT",
    label: "Add Ticket Comment",
    description: "Adds a comment (type GENERAL) to the ticket.",
    extension: true,
    itemAction: true,
    parameters: [{ ...TEXT_PARAM, required: true }],
    providedBy: "events (tickets)",
    cite: "issue #6",
  }),
  a({
    key: "ESCALATE_TICKET",
    label: "Escalate Ticket",
    description:
      "Raises the priority (to `priority`, else one step) and, with a group, transfers the ticket; the SLA escalation of 002 L1491.",
    extension: true,
    itemAction: true,
    parameters: [
      p("priority", "Priority", V.ENUM, false, "Priority to set; one step up when empty.", {
        enumValues: PRIORITIES,
      }),
      GROUP,
      AGENT,
      TEXT_PARAM,
    ],
    providedBy: "events (tickets)",
    cite: "002 L1491",
  }),
  a({
    key: "SHOW_REMINDER",
    label: "Show Reminder in Interface",
    description:
      "Pushes a reminder to the owner's interface (the eventReminders subscription; administrators for system events).",
    extension: true,
    parameters: [TEXT_PARAM],
    providedBy: "events",
    cite: "002 L7199, L5740",
  }),
];

export const ACTIONS_BY_KEY = new Map(ACTIONS.map((action) => [action.key, action]));
