/** The codec: every documented method's codec by method name, and the envelope helpers. */
import type { ProviderMethod } from "../contracts.js";
import type { AnyMethodCodec, MethodInputs, MethodOutputs } from "./types.js";
import { GetCustomFieldOptionsCodec } from "./custom-field.js";
import { AuthenticateCodec, GetSignInCookieInfoCodec, RegisterCodec } from "./login.js";
import { StartChatCodec, StartTicketCodec } from "./ticket-chat.js";
import { GetUserDetailsCodec, NotifyEventFiredCodec } from "./user-info-event.js";
import type { MethodCodec } from "./method-codec.js";

export const CODECS: { readonly [M in ProviderMethod]: MethodCodec<MethodInputs[M], MethodOutputs[M]> } = {
  Authenticate: AuthenticateCodec,
  GetSignInCookieInfo: GetSignInCookieInfoCodec,
  Register: RegisterCodec,
  GetCustomFieldOptions: GetCustomFieldOptionsCodec,
  StartTicket: StartTicketCodec,
  StartChat: StartChatCodec,
  GetUserDetails: GetUserDetailsCodec,
  NotifyEventFired: NotifyEventFiredCodec,
};

/** The codec of a method chosen at run time (the receiver, the loader), with its types erased. */
export function codecFor(method: ProviderMethod): AnyMethodCodec {
  return CODECS[method] as unknown as AnyMethodCodec;
}

export type { AnyMethodCodec, MethodInputs, MethodOutputs } from "./types.js";
export type { DecodeOptions, MethodCodec } from "./method-codec.js";
export * from "./envelope.js";
export {
  ARGS_PREFIX,
  CUSTOM_FIELD_PREFIX,
  VariableReader,
  formatVariable,
  parseBoolean,
  parseVariable,
  type Variable,
} from "./variables.js";
export { decodeResult, decodeResultText } from "./result.js";
