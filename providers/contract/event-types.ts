/**
 * "SmarterTrack Event Type Identifications" (002 L2542-2615): the numeric `EventType` sent by
 * NotifyEventFired (002 L2521), every row of the documented table with its verbatim name. 502007 and 504xxx
 * are absent from the table; event types the documentation names without an ID (Ticket Messages Received,
 * KB feedback, community, user and manual events: seed-E.md §1.9) get IDs when the events module defines
 * them, so the type of an ID stays `number`.
 */
export type EventTypeId = number;

export interface EventTypeDefinition {
  readonly id: EventTypeId;
  /** The name as the ID table spells it. */
  readonly name: string;
}

export const EVENT_TYPES = {
  KBArticleCreated: { id: 501000, name: "KB Article Created" },
  KBArticleModified: { id: 501001, name: "KB Article Modified" },
  KBArticleFlaggedForReview: { id: 501002, name: "KB Article Flagged For Review" },
  KBArticleStale: { id: 501003, name: "KB Article Stale" },
  KBArticleMarkedAsReviewed: { id: 501004, name: "KB Article Marked As Reviewed" },
  KBArticleDeleted: { id: 501005, name: "KB Article Deleted" },
  TicketCreated: { id: 502000, name: "Ticket Created" },
  TicketTransferred: { id: 502001, name: "Ticket Transferred" },
  TicketStatusChanged: { id: 502002, name: "Ticket Status Changed" },
  TicketPriorityChanged: { id: 502003, name: "Ticket Priority Changed" },
  TicketDeleted: { id: 502004, name: "Ticket Deleted" },
  TicketCommentAdded: { id: 502005, name: "Ticket Comment Added" },
  TicketMessageSent: { id: 502006, name: "Ticket Message Sent" },
  TicketIdle: { id: 502008, name: "Ticket Idle" },
  TicketCountDepartment: { id: 502009, name: "Ticket Count Department" },
  TicketCountGroup: { id: 502010, name: "Ticket Count Group" },
  TicketCountAgent: { id: 502011, name: "Ticket Count Agent" },
  TicketFollowUpScheduled: { id: 502012, name: "Ticket Follow Up Scheduled" },
  TicketFollowedUp: { id: 502013, name: "Ticket Followed Up" },
  TicketTimeLogCreated: { id: 502014, name: "Ticket Time Log Created" },
  WhosOnChatAccepted: { id: 503001, name: "WhosOn Chat Accepted" },
  WhosOnChatInvited: { id: 503002, name: "WhosOn Chat Invited" },
  WhosOnChatInviteRejected: { id: 503003, name: "WhosOn Chat Invite Rejected" },
  WhosOnChatInviteIgnored: { id: 503004, name: "WhosOn Chat Invite Ignored" },
  WhosOnVisitorRemoved: { id: 503005, name: "WhosOn Visitor Removed" },
  WhosOnVisitorPurged: { id: 503006, name: "WhosOn Visitor Purged" },
  WhosOnOnlineActivity: { id: 503007, name: "WhosOn Online Activity" },
  ChatChannelJoined: { id: 505000, name: "Chat Channel Joined" },
  ChatChannelLeft: { id: 505001, name: "Chat Channel Left" },
  ChatChannelInvited: { id: 505002, name: "Chat Channel Invited" },
  SurveyAnswered: { id: 506000, name: "Survey Answered" },
  SurveyOffered: { id: 506001, name: "Survey Offered" },
  TaskCreated: { id: 507000, name: "Task Created" },
  TaskModified: { id: 507001, name: "Task Modified" },
  TaskDeleted: { id: 507002, name: "Task Deleted" },
  TaskStarted: { id: 507003, name: "Task Started" },
  TaskDue: { id: 507004, name: "Task Due" },
  TaskCommentAdded: { id: 507005, name: "Task Comment Added" },
  CallLogCreated: { id: 508000, name: "Call Log Created" },
  CallLogModified: { id: 508001, name: "Call Log Modified" },
  CallLogDeleted: { id: 508002, name: "Call Log Deleted" },
  CallLogAttachedToTicket: { id: 508003, name: "Call Log Attached To Ticket" },
  CallLogDetachedFromTicket: { id: 508004, name: "Call Log Detached From Ticket" },
  CallLogTimeLogCreated: { id: 508005, name: "Call Log Time Log Created" },
  POPConnectionFailed: { id: 509000, name: "POP Connection Failed" },
  POPLoginFailed: { id: 509001, name: "POP Login Failed" },
  POPDownloadFailed: { id: 509002, name: "POP Download Failed" },
  POPImportFailed: { id: 509003, name: "POP Import Failed" },
  SMTPConnectionFailed: { id: 510000, name: "SMTP Connection Failed" },
  SMTPLoginFailed: { id: 510001, name: "SMTP Login Failed" },
  SMTPDeliveryFailed: { id: 510002, name: "SMTP Delivery Failed" },
  LiveChatStarted: { id: 511000, name: "Live Chat Started" },
  LiveChatEnded: { id: 511001, name: "Live Chat Ended" },
  LiveChatTransferred: { id: 511002, name: "Live Chat Transferred" },
  LiveChatDeleted: { id: 511003, name: "Live Chat Deleted" },
  LiveChatAttachedToTicket: { id: 511004, name: "Live Chat Attached To Ticket" },
  LiveChatDetachedFromTicket: { id: 511005, name: "Live Chat Detached From Ticket" },
  LiveChatIncomingMessage: { id: 511006, name: "Live Chat Incoming Message" },
  LiveChatOutgoingMessage: { id: 511007, name: "Live Chat Outgoing Message" },
  LiveChatIdle: { id: 511008, name: "Live Chat Idle" },
  LiveChatDepartmentCount: { id: 511009, name: "Live Chat Department Count" },
  LiveChatGroupCount: { id: 511010, name: "Live Chat Group Count" },
  LiveChatAgentCount: { id: 511011, name: "Live Chat Agent Count" },
  LiveChatCommentAdded: { id: 511012, name: "Live Chat Comment Added" },
  LiveChatTimeLogCreated: { id: 511013, name: "Live Chat Time Log Created" },
  AgentTicketStatusChanged: { id: 512000, name: "Agent Ticket Status Changed" },
  AgentLiveChatStatusChanged: { id: 512001, name: "Agent Live Chat Status Changed" },
} as const satisfies Record<string, EventTypeDefinition>;

export type EventTypeKey = keyof typeof EVENT_TYPES;

const byId = new Map<number, EventTypeDefinition>(Object.values(EVENT_TYPES).map((type) => [type.id, type]));

/** The documented event type with this ID, if the table has one. */
export function eventTypeById(id: EventTypeId): EventTypeDefinition | undefined {
  return byId.get(id);
}
