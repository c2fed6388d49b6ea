/**
 * The contracts by their documented interface names and the methods each one has. The http adapter, the
 * in-process loader and the contract tests all read this one table, so a contract cannot gain a method in
 * one place only.
 */
import type { IExternalChatProvider } from "./chat.js";
import type { IExternalCustomFieldProvider } from "./custom-field.js";
import type { IExternalEventProvider } from "./event.js";
import type { IExternalLoginProvider } from "./login.js";
import type { IExternalRegistrationProvider } from "./registration.js";
import type { IExternalTicketProvider } from "./ticket.js";
import type { IExternalUserInfoProvider } from "./user-info.js";

export const CONTRACT_METHODS = {
  IExternalLoginProvider: ["Authenticate", "GetSignInCookieInfo"],
  IExternalRegistrationProvider: ["Register"],
  IExternalCustomFieldProvider: ["GetCustomFieldOptions"],
  IExternalTicketProvider: ["StartTicket"],
  IExternalChatProvider: ["StartChat"],
  IExternalUserInfoProvider: ["GetUserDetails"],
  IExternalEventProvider: ["NotifyEventFired"],
} as const;

export type ContractName = keyof typeof CONTRACT_METHODS;
export type ProviderMethod = (typeof CONTRACT_METHODS)[ContractName][number];

export const CONTRACT_NAMES = Object.keys(CONTRACT_METHODS) as ContractName[];
export const PROVIDER_METHODS = Object.values(CONTRACT_METHODS).flat() as ProviderMethod[];

/** The TypeScript interface of each contract, by name. */
export interface ContractTypes {
  IExternalLoginProvider: IExternalLoginProvider;
  IExternalRegistrationProvider: IExternalRegistrationProvider;
  IExternalCustomFieldProvider: IExternalCustomFieldProvider;
  IExternalTicketProvider: IExternalTicketProvider;
  IExternalChatProvider: IExternalChatProvider;
  IExternalUserInfoProvider: IExternalUserInfoProvider;
  IExternalEventProvider: IExternalEventProvider;
}

/** Every contract at once: what the http adapter implements, and what a provider module may implement. */
export type AllProviders = IExternalLoginProvider &
  IExternalRegistrationProvider &
  IExternalCustomFieldProvider &
  IExternalTicketProvider &
  IExternalChatProvider &
  IExternalUserInfoProvider &
  IExternalEventProvider;

export function isContractName(value: unknown): value is ContractName {
  return typeof value === "string" && Object.hasOwn(CONTRACT_METHODS, value);
}

export function isProviderMethod(value: unknown): value is ProviderMethod {
  return typeof value === "string" && (PROVIDER_METHODS as string[]).includes(value);
}
