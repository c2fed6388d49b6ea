import { registerEnumType } from "type-graphql";

/** Assign To (002 L4448, L4504): one agent, one department, or everyone. */
export enum CannedReplyScope {
  PERSONAL = "PERSONAL",
  DEPARTMENT = "DEPARTMENT",
  EVERYONE = "EVERYONE",
}
registerEnumType(CannedReplyScope, {
  name: "CannedReplyScope",
  description: "Assign To (002 L4448, L4504): who may see and insert a canned reply.",
  valuesConfig: {
    PERSONAL: { description: "Only its owner (My Canned Replies); no one else, administrators included." },
    DEPARTMENT: { description: "Agents of one department (and administrators, who see every department)." },
    EVERYONE: { description: "Every agent with the View/Insert permission." },
  },
});

/** Canned Reply Type (002 L4514). */
export enum CannedReplyType {
  TICKETS = "TICKETS",
  CHATS = "CHATS",
  BOTH = "BOTH",
}
registerEnumType(CannedReplyType, {
  name: "CannedReplyType",
  description: "Canned Reply Type (002 L4514): where the reply can be inserted.",
  valuesConfig: {
    TICKETS: { description: "Tickets only." },
    CHATS: { description: "Live chats only." },
    BOTH: { description: "Tickets and live chats (the default)." },
  },
});

/** A channel a reply is inserted into: the `usableFor` filter. */
export enum CannedReplyChannel {
  TICKETS = "TICKETS",
  CHATS = "CHATS",
}
registerEnumType(CannedReplyChannel, {
  name: "CannedReplyChannel",
  description: "Where a reply is to be inserted; a reply of type BOTH is usable for either.",
  valuesConfig: {
    TICKETS: { description: "Ticket replies: types TICKETS and BOTH." },
    CHATS: { description: "Live chat messages: types CHATS and BOTH." },
  },
});

/** Flags (002 L4457, L4468-4470, L4505). */
export enum CannedReplyStatus {
  PUBLIC = "PUBLIC",
  DRAFT = "DRAFT",
}
registerEnumType(CannedReplyStatus, {
  name: "CannedReplyStatus",
  description:
    "Flags (002 L4468-4470): a DRAFT is work in progress, seen only by its author and by agents who may edit it.",
  valuesConfig: {
    PUBLIC: { description: "Usable by everyone the scope admits (the default)." },
    DRAFT: { description: "Seen and rendered only by its author and by holders of CANNED_REPLIES_EDIT." },
  },
});
