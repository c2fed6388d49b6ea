import { registerEnumType } from "type-graphql";

/** Encryption of an SMTP, POP or IMAP connection (002 L6957, L6974). */
export enum MailEncryption {
  NONE = "NONE",
  SSL = "SSL",
  TLS = "TLS",
}
registerEnumType(MailEncryption, {
  name: "MailEncryption",
  description: "Connection security of a mail server account.",
  valuesConfig: {
    NONE: { description: "Plain connection (STARTTLS is not attempted)." },
    SSL: { description: "Implicit TLS from the first byte (SMTPS 465, POP3S 995, IMAPS 993)." },
    TLS: { description: "Plain connection upgraded with STARTTLS / STLS before logging in (required)." },
  },
});

/** How an inbound account is read. POP is what the documentation describes; IMAP is this server's addition. */
export enum MailProtocol {
  POP3 = "POP3",
  IMAP = "IMAP",
}
registerEnumType(MailProtocol, {
  name: "MailProtocol",
  description: "Protocol of an inbound mail account.",
  valuesConfig: {
    POP3: { description: "POP3 (002 L6964-6984): UIDL identifies messages." },
    IMAP: { description: "IMAP4rev1: UIDVALIDITY and UID identify messages in the chosen folder." },
  },
});

export enum OutgoingMailStatus {
  QUEUED = "QUEUED",
  SENT = "SENT",
  FAILED = "FAILED",
}
registerEnumType(OutgoingMailStatus, {
  name: "OutgoingMailStatus",
  description: "Where an outgoing message is in the spool.",
  valuesConfig: {
    QUEUED: { description: "Waiting to be sent, or waiting for its next attempt after a failure." },
    SENT: { description: "Accepted by the SMTP server." },
    FAILED: {
      description: "Every attempt failed; kept until retried or deleted (the spool's Failed folder).",
    },
  },
});

export enum OutgoingMailKind {
  TICKET_REPLY = "TICKET_REPLY",
  COPY_TO = "COPY_TO",
  AUTORESPONDER = "AUTORESPONDER",
  REJECTION = "REJECTION",
  TEMPLATE = "TEMPLATE",
  EVENT = "EVENT",
  CHAT_TRANSCRIPT = "CHAT_TRANSCRIPT",
}
registerEnumType(OutgoingMailKind, {
  name: "OutgoingMailKind",
  description: "Why a message was sent.",
  valuesConfig: {
    TICKET_REPLY: { description: "An agent's reply on a ticket, from the department address." },
    COPY_TO: { description: "A copy to an agent's Copy To Address (002 L6249)." },
    AUTORESPONDER: { description: "A department autoresponder to a new ticket by email." },
    REJECTION: { description: "An Email Rejected Due to Lock / New Ticket Requirements / Policy notice." },
    TEMPLATE: { description: "Another system email template (auto-close, survey, ticket list, …)." },
    EVENT: { description: "Sent by an event rule's action." },
    CHAT_TRANSCRIPT: {
      description: "A live chat transcript (Email Transcript, or the department's transcript on chat end).",
    },
  },
});

export enum IncomingMailStatus {
  RECEIVED = "RECEIVED",
  IMPORTED = "IMPORTED",
  REJECTED = "REJECTED",
  IGNORED = "IGNORED",
  FAILED = "FAILED",
}
registerEnumType(IncomingMailStatus, {
  name: "IncomingMailStatus",
  description: "What became of an imported message.",
  valuesConfig: {
    RECEIVED: { description: "Fetched from the mailbox and stored; the import job has not run yet." },
    IMPORTED: { description: "Became a new ticket or a reply on an existing one." },
    REJECTED: {
      description: "Refused by a rule (lock, new ticket requirements, policy); a notice may be sent.",
    },
    IGNORED: { description: "Not imported on purpose: a duplicate, or mail from one of our own addresses." },
    FAILED: { description: "Could not be imported (unreadable, invalid); the raw message is kept." },
  },
});

export enum MailSpoolSort {
  TIME_IN_SPOOL = "TIME_IN_SPOOL",
  SIZE = "SIZE",
  SUBJECT = "SUBJECT",
  STATUS = "STATUS",
}
registerEnumType(MailSpoolSort, {
  name: "MailSpoolSort",
  description: "Sort key of spool lists (002 L8073).",
  valuesConfig: {
    TIME_IN_SPOOL: { description: "When the message entered the spool." },
    SIZE: { description: "Size of the raw message in bytes." },
    SUBJECT: { description: "Subject, alphabetically." },
    STATUS: { description: "Status name." },
  },
});

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Ascending or descending order.",
  valuesConfig: {
    ASC: { description: "Smallest / oldest first." },
    DESC: { description: "Largest / newest first." },
  },
});

/** The twelve fixed system email templates (002 L7006-7152). */
export enum EmailTemplateKind {
  MASTER = "MASTER",
  AUTO_CLOSE_TICKET = "AUTO_CLOSE_TICKET",
  COMMUNITY_ACTIVITY_DIGEST = "COMMUNITY_ACTIVITY_DIGEST",
  COMMUNITY_CONVERSATION_NOTIFICATION = "COMMUNITY_CONVERSATION_NOTIFICATION",
  COMMUNITY_POST_MOVED_NOTIFICATION = "COMMUNITY_POST_MOVED_NOTIFICATION",
  EMAIL_REJECTED_DUE_TO_LOCK = "EMAIL_REJECTED_DUE_TO_LOCK",
  EMAIL_REJECTED_DUE_TO_NEW_TICKET_REQUIREMENTS = "EMAIL_REJECTED_DUE_TO_NEW_TICKET_REQUIREMENTS",
  EMAIL_REJECTED_DUE_TO_POLICY = "EMAIL_REJECTED_DUE_TO_POLICY",
  FORGOT_LOGIN = "FORGOT_LOGIN",
  SURVEY = "SURVEY",
  TICKET_LIST = "TICKET_LIST",
  VERIFY_EMAIL_ADDRESS = "VERIFY_EMAIL_ADDRESS",
}
registerEnumType(EmailTemplateKind, {
  name: "EmailTemplateKind",
  description: "One of the twelve fixed system email templates (002 L7006-7152); none can be added.",
  valuesConfig: {
    MASTER: { description: "Outer HTML of every outgoing email; [%CONTENT%] marks where the message goes." },
    AUTO_CLOSE_TICKET: {
      description: "A ticket was closed automatically; replying re-opens it (002 L7014).",
    },
    COMMUNITY_ACTIVITY_DIGEST: { description: "Activity on subscribed community threads (002 L7026)." },
    COMMUNITY_CONVERSATION_NOTIFICATION: { description: "A portal user sent a private message (002 L7037)." },
    COMMUNITY_POST_MOVED_NOTIFICATION: { description: "A post was moved to a new thread (002 L7049)." },
    EMAIL_REJECTED_DUE_TO_LOCK: { description: "A reply to a closed and locked ticket (002 L7063)." },
    EMAIL_REJECTED_DUE_TO_NEW_TICKET_REQUIREMENTS: {
      description: "The sender lacks the role required to start tickets by email (002 L7076).",
    },
    EMAIL_REJECTED_DUE_TO_POLICY: {
      description: "The department does not accept tickets by email (002 L7087).",
    },
    FORGOT_LOGIN: { description: "Portal Forgot Login (002 L7098)." },
    SURVEY: { description: "Survey offer after a ticket is resolved (002 L7112)." },
    TICKET_LIST: { description: "A customer's emailed list of tickets (002 L7129)." },
    VERIFY_EMAIL_ADDRESS: { description: "Confirm a new user's email address (002 L7140)." },
  },
});
