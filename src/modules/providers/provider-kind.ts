/**
 * The seven provider tabs of Settings > External Providers (002 L7975-8058), the transports an
 * administrator can choose for them, and the failure policies (docs/providers.md, "Default policy").
 */
import { registerEnumType } from "type-graphql";
import type { ContractName } from "../../../providers/index.js";

export enum ProviderKind {
  LOGIN = "LOGIN",
  REGISTRATION = "REGISTRATION",
  CUSTOM_FIELDS = "CUSTOM_FIELDS",
  TICKETS = "TICKETS",
  CHATS = "CHATS",
  USER_INFO = "USER_INFO",
  EVENTS = "EVENTS",
}
registerEnumType(ProviderKind, {
  name: "ProviderKind",
  description: "One tab of Settings > External Providers (002 L7975-8058).",
  valuesConfig: {
    LOGIN: { description: "Login provider: Authenticate and GetSignInCookieInfo (002 L8000-8012)." },
    REGISTRATION: { description: "Registration provider: Register (deskgraph's contract, 002 L8014-8019)." },
    CUSTOM_FIELDS: { description: "Custom field provider: GetCustomFieldOptions (002 L8021-8026)." },
    TICKETS: { description: "Ticket provider: StartTicket (002 L8028-8033)." },
    CHATS: { description: "Live chat provider: StartChat (002 L8035-8044)." },
    USER_INFO: { description: "User information provider: GetUserDetails (002 L8046-8051)." },
    EVENTS: { description: "Events provider: NotifyEventFired (002 L8053-8058)." },
  },
});

export const PROVIDER_KINDS = Object.values(ProviderKind);

export const CONTRACT_OF: Record<ProviderKind, ContractName> = {
  LOGIN: "IExternalLoginProvider",
  REGISTRATION: "IExternalRegistrationProvider",
  CUSTOM_FIELDS: "IExternalCustomFieldProvider",
  TICKETS: "IExternalTicketProvider",
  CHATS: "IExternalChatProvider",
  USER_INFO: "IExternalUserInfoProvider",
  EVENTS: "IExternalEventProvider",
};

export enum ProviderTransport {
  HTTP = "HTTP",
  LDAP = "LDAP",
  IN_PROCESS = "IN_PROCESS",
}
registerEnumType(ProviderTransport, {
  name: "ProviderTransport",
  description: "How deskgraph reaches the provider.",
  valuesConfig: {
    HTTP: { description: "An external web service: Web Service URL and Password (docs/providers.md)." },
    LDAP: { description: "An LDAP / Active Directory directory; the login provider only." },
    IN_PROCESS: { description: "A JavaScript module loaded into the server (a package name or file path)." },
  },
});

export enum FailurePolicy {
  FAIL_OPEN = "FAIL_OPEN",
  FAIL_CLOSED = "FAIL_CLOSED",
}
registerEnumType(FailurePolicy, {
  name: "FailurePolicy",
  description: "What happens when the provider cannot be reached or answers invalidly.",
  valuesConfig: {
    FAIL_OPEN: { description: "Carry on as if no provider were configured." },
    FAIL_CLOSED: { description: "Refuse the action (e.g. the login) with PROVIDER_UNAVAILABLE." },
  },
});

/** docs/providers.md "Default policy per contract". Events are retried, then dropped: open. */
export const DEFAULT_FAILURE_POLICY: Record<ProviderKind, FailurePolicy> = {
  LOGIN: FailurePolicy.FAIL_CLOSED,
  REGISTRATION: FailurePolicy.FAIL_CLOSED,
  CUSTOM_FIELDS: FailurePolicy.FAIL_OPEN,
  TICKETS: FailurePolicy.FAIL_OPEN,
  CHATS: FailurePolicy.FAIL_OPEN,
  USER_INFO: FailurePolicy.FAIL_OPEN,
  EVENTS: FailurePolicy.FAIL_OPEN,
};

/** The ticket view must not wait long for decoration (docs/providers.md); others use the adapter default. */
export const DEFAULT_TIMEOUT_MS: Record<ProviderKind, number> = {
  LOGIN: 5_000,
  REGISTRATION: 5_000,
  CUSTOM_FIELDS: 5_000,
  TICKETS: 5_000,
  CHATS: 5_000,
  USER_INFO: 2_000,
  EVENTS: 5_000,
};
