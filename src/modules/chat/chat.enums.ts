import { registerEnumType } from "type-graphql";

export enum ChatStatus {
  QUEUED = "QUEUED",
  ACTIVE = "ACTIVE",
  ENDED = "ENDED",
}
registerEnumType(ChatStatus, {
  name: "ChatStatus",
  description: "Where a live chat is in its life (seed-B §2.3; 002 L3322, L3503-3509).",
  valuesConfig: {
    QUEUED: {
      description: "Waiting in its group's queue for an agent (no eligible agent, or Pull from Queue).",
    },
    ACTIVE: { description: "Assigned to an agent and going on (My Active)." },
    ENDED: { description: "Completed or went inactive (My Completed); only ended chats can be deleted." },
  },
});

export enum ChatEndReason {
  AGENT = "AGENT",
  CUSTOMER = "CUSTOMER",
  IDLE = "IDLE",
  ABANDONED = "ABANDONED",
}
registerEnumType(ChatEndReason, {
  name: "ChatEndReason",
  description: "Why a live chat ended.",
  valuesConfig: {
    AGENT: { description: "An agent clicked End Chat (002 L3408)." },
    CUSTOMER: { description: "The visitor or user ended it." },
    IDLE: { description: "Nobody wrote for the Idle timeout of the live chat settings." },
    ABANDONED: { description: "The visitor left the queue: no agent answered within the Abandon timeout." },
  },
});

export enum ChatMessageKind {
  CUSTOMER = "CUSTOMER",
  AGENT = "AGENT",
  COACHING = "COACHING",
  SYSTEM = "SYSTEM",
}
registerEnumType(ChatMessageKind, {
  name: "ChatMessageKind",
  description: "Who a chat message is from and who sees it (002 L3466-3486).",
  valuesConfig: {
    CUSTOMER: { description: "Written by the visitor or user." },
    AGENT: {
      description: "Written by an agent in the chat (owner or co-chat participant); the customer sees it.",
    },
    COACHING: {
      description:
        "Whisper: written by a coach or the owning agent, shown to agents only, never to the customer.",
    },
    SYSTEM: { description: "Recorded by the server: joined, transferred, ended, queued…" },
  },
});

export enum ChatSystemEvent {
  QUEUED = "QUEUED",
  JOINED = "JOINED",
  LEFT = "LEFT",
  TRANSFERRED = "TRANSFERRED",
  ENDED = "ENDED",
  WELCOME = "WELCOME",
}
registerEnumType(ChatSystemEvent, {
  name: "ChatSystemEvent",
  description: "What a SYSTEM message records.",
  valuesConfig: {
    QUEUED: { description: "The chat entered (or returned to) the queue." },
    JOINED: { description: "An agent joined (assigned, took it, or joined as co-chat)." },
    LEFT: { description: "A participant left the chat." },
    TRANSFERRED: { description: "The chat moved to another agent, group or department." },
    ENDED: { description: "The chat ended." },
    WELCOME: { description: "The department's Agent Welcome in Live Chat message (002 L7469)." },
  },
});

export enum ChatParticipantRole {
  OWNER = "OWNER",
  CO_CHAT = "CO_CHAT",
  COACH = "COACH",
}
registerEnumType(ChatParticipantRole, {
  name: "ChatParticipantRole",
  description: "How an employee takes part in a chat (002 L1268, L3466-3488).",
  valuesConfig: {
    OWNER: { description: "The agent the chat is assigned to." },
    CO_CHAT: { description: "Another agent or manager writing to the customer alongside the owner." },
    COACH: { description: "Watches and whispers to the agents (coaching messages only)." },
  },
});

export enum ChatEventKind {
  MESSAGE = "MESSAGE",
  TYPING = "TYPING",
  READ = "READ",
  STATUS = "STATUS",
}
registerEnumType(ChatEventKind, {
  name: "ChatEventKind",
  description: "What a chatEvents emission carries.",
  valuesConfig: {
    MESSAGE: { description: "A message was added (message is set; system messages included)." },
    TYPING: { description: "Someone started or stopped typing (typing is set)." },
    READ: { description: "Someone read up to a sequence number (read is set)." },
    STATUS: { description: "The chat's status, agent, group or queue position changed (chat is set)." },
  },
});

export enum ChatSearchIn {
  NOT_DELETED = "NOT_DELETED",
  DELETED = "DELETED",
}
registerEnumType(ChatSearchIn, {
  name: "ChatSearchIn",
  description: "Search In of the live chat advanced search (002 L3539-3541).",
  valuesConfig: {
    NOT_DELETED: { description: "All live chats except deleted ones." },
    DELETED: { description: "Only deleted live chats." },
  },
});

export enum ChatSortOrder {
  NEWEST_FIRST = "NEWEST_FIRST",
  OLDEST_FIRST = "OLDEST_FIRST",
}
registerEnumType(ChatSortOrder, {
  name: "ChatSortOrder",
  description: "Sort Results of the live chat advanced search (002 L3555).",
  valuesConfig: {
    NEWEST_FIRST: { description: "Newer chats first." },
    OLDEST_FIRST: { description: "Older chats first." },
  },
});
