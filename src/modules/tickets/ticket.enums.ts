import { registerEnumType } from "type-graphql";

/**
 * Ticket status (seed-B §2.1). SmarterTrack shows "Closed" and, after the department's auto-lock delay,
 * "Closed and locked" (002 L6016-6026): a locked ticket takes no more replies, a customer reply to it is
 * "rejected due to lock" instead of re-opening it. We store the lock as its own status so queries and
 * indexes need no second column.
 */
export enum TicketStatus {
  ACTIVE = "ACTIVE",
  WAITING = "WAITING",
  CLOSED = "CLOSED",
  CLOSED_AND_LOCKED = "CLOSED_AND_LOCKED",
}

registerEnumType(TicketStatus, {
  name: "TicketStatus",
  description: "Where a ticket is in its lifecycle (seed-B §2.1).",
  valuesConfig: {
    ACTIVE: { description: "Needs an agent's action (new, or the customer replied)." },
    WAITING: { description: "An agent replied; waiting for the customer." },
    CLOSED: { description: "Closed; a customer reply re-opens it." },
    CLOSED_AND_LOCKED: { description: "Closed and locked: replies are rejected due to lock." },
  },
});

export enum TicketPriority {
  LOW = "LOW",
  NORMAL = "NORMAL",
  HIGH = "HIGH",
  URGENT = "URGENT",
}

registerEnumType(TicketPriority, {
  name: "TicketPriority",
  description: "Ticket priority (002 L2859).",
  valuesConfig: {
    LOW: { description: "Low." },
    NORMAL: { description: "Normal (the default)." },
    HIGH: { description: "High." },
    URGENT: { description: "Urgent." },
  },
});

export enum TicketDirection {
  INBOUND = "INBOUND",
  OUTBOUND = "OUTBOUND",
}

registerEnumType(TicketDirection, {
  name: "TicketDirection",
  description: "Who started the conversation (002 L2946-2983).",
  valuesConfig: {
    INBOUND: { description: "The customer contacted the company." },
    OUTBOUND: { description: "An agent contacted the customer." },
  },
});

export enum TicketSource {
  PORTAL = "PORTAL",
  EMAIL = "EMAIL",
  API = "API",
  AGENT = "AGENT",
}

registerEnumType(TicketSource, {
  name: "TicketSource",
  description: "The channel through which a ticket was created.",
  valuesConfig: {
    PORTAL: { description: "Submitted in the customer portal." },
    EMAIL: { description: "Created from an incoming email." },
    API: { description: "Created through the API with an API token." },
    AGENT: { description: "Created by an agent in the management interface." },
  },
});

export enum CommentType {
  GENERAL = "GENERAL",
  RESOLUTION = "RESOLUTION",
  TRANSFER = "TRANSFER",
  FOLLOW_UP = "FOLLOW_UP",
  STICKY = "STICKY",
}

registerEnumType(CommentType, {
  name: "TicketCommentType",
  description: "Kind of internal comment (002 L2998, L3412); comments are never shown to the requester.",
  valuesConfig: {
    GENERAL: { description: "A general note." },
    RESOLUTION: { description: "A resolution, stored in the searchable resolutions database (002 L3000)." },
    TRANSFER: { description: "The reason given with a transfer (002 L3246)." },
    FOLLOW_UP: { description: "The note given with a follow-up (002 L3179)." },
    STICKY: { description: "Always stays at the top of the timeline (002 L2998)." },
  },
});

export enum MessageDirection {
  INCOMING = "INCOMING",
  OUTGOING = "OUTGOING",
}

registerEnumType(MessageDirection, {
  name: "TicketMessageDirection",
  description: "Who wrote a message (002 L3052-3062).",
  valuesConfig: {
    INCOMING: { description: "From the customer." },
    OUTGOING: { description: "From an agent." },
  },
});
