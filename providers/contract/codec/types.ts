/** Input and output types by method name, so that generic code (adapters, loader) stays typed. */
import type { StartChatInputs, StartChatOutputs } from "../chat.js";
import type { CustomFieldOptionsOutputs, GetCustomFieldOptionsInputs } from "../custom-field.js";
import type { NotifyEventFiredInputs, NotifyEventFiredOutputs } from "../event.js";
import type { AuthenticateInputs, GetSignInCookieInfoInputs, LoginOutputs } from "../login.js";
import type { RegisterInputs, RegisterOutputs } from "../registration.js";
import type { StartTicketInputs, StartTicketOutputs } from "../ticket.js";
import type { GetUserDetailsInputs, GetUserDetailsOutputs } from "../user-info.js";
import type { MethodCodec } from "./method-codec.js";

export interface MethodInputs {
  Authenticate: AuthenticateInputs;
  GetSignInCookieInfo: GetSignInCookieInfoInputs;
  Register: RegisterInputs;
  GetCustomFieldOptions: GetCustomFieldOptionsInputs;
  StartTicket: StartTicketInputs;
  StartChat: StartChatInputs;
  GetUserDetails: GetUserDetailsInputs;
  NotifyEventFired: NotifyEventFiredInputs;
}

export interface MethodOutputs {
  Authenticate: LoginOutputs;
  GetSignInCookieInfo: LoginOutputs;
  Register: RegisterOutputs;
  GetCustomFieldOptions: CustomFieldOptionsOutputs;
  StartTicket: StartTicketOutputs;
  StartChat: StartChatOutputs;
  GetUserDetails: GetUserDetailsOutputs;
  NotifyEventFired: NotifyEventFiredOutputs;
}

export type AnyMethodCodec = MethodCodec<unknown, unknown>;
