/** Server side: a provider's answer (JSON text or parsed) -> the typed result every caller gets. */
import { ProviderProtocolError } from "../errors.js";
import { failure, succeed, type ProviderResult } from "../result.js";
import { decodeEnvelope, parseJson } from "./envelope.js";
import type { DecodeOptions, MethodCodec } from "./method-codec.js";

/**
 * `Success=false` is the provider refusing the call ("Permission Denied", "Required Input Missing"): a
 * REFUSED failure with its Message, whatever the outputs. `Success=true` decodes the outputs. Garbage throws
 * `ProviderProtocolError`, which callers that must not throw turn into a PROTOCOL failure.
 */
export function decodeResult<O>(
  codec: MethodCodec<unknown, O>,
  json: unknown,
  options?: DecodeOptions,
): ProviderResult<O> {
  const envelope = decodeEnvelope(json);
  if (!envelope.Success) return failure("REFUSED", envelope.Message || `${codec.method} refused`);
  return succeed(codec.decodeOutputs(envelope, options), envelope.Message);
}

/** As {@link decodeResult} from the response text, with every protocol error turned into a failure. */
export function decodeResultText<O>(
  codec: MethodCodec<unknown, O>,
  body: string,
  options?: DecodeOptions,
): ProviderResult<O> {
  try {
    return decodeResult(codec, parseJson(body), options);
  } catch (error) {
    if (error instanceof ProviderProtocolError) return failure("PROTOCOL", error.message);
    throw error;
  }
}
