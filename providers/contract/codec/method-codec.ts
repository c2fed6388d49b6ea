/**
 * One codec per documented method: typed inputs and outputs <-> the documented variables. Both directions
 * are here because both sides need them: the server encodes inputs and decodes outputs, a provider written
 * in TypeScript (the test peer, the examples) decodes inputs and encodes outputs, and the in-process loader
 * runs a provider's typed outputs through encode + decode so they get the same validation as wire answers.
 */
import type { CustomFieldFilter } from "../common.js";
import type { ProviderMethod } from "../contracts.js";
import type { Envelope, WireOutputs } from "./envelope.js";
import type { VariableReader } from "./variables.js";

export interface DecodeOptions {
  /** Which custom fields exist; without it every `cf_*` name is kept as sent. */
  readonly customFields?: CustomFieldFilter;
}

export interface MethodCodec<I, O> {
  readonly method: ProviderMethod;
  /**
   * The documented input variables, `AuthPW` excepted (the envelope puts it first). Every documented input
   * is sent, empty when the server has no value, so that providers ported from the C# sample, which read
   * inputs without null checks, see the variable.
   */
  encodeInputs(inputs: I): string[];
  /** Provider side. Throws `ProviderProtocolError` whose `missing` lists absent required inputs. */
  decodeInputs(variables: VariableReader): I;
  /** Provider side; also validates outputs an in-process provider returned. */
  encodeOutputs(outputs: O): WireOutputs;
  /** Server side, for a `Success=true` answer. Throws `ProviderProtocolError` for garbage. */
  decodeOutputs(envelope: Envelope, options?: DecodeOptions): O;
}
