/**
 * The one error the codec throws. Anything a provider sends that does not match the documented wire form
 * (not JSON, wrong shapes, a required output missing, a value outside its documented set) becomes this,
 * so that adapters can turn it into a `PROTOCOL` failure instead of crashing the caller.
 */
export class ProviderProtocolError extends Error {
  override readonly name = "ProviderProtocolError";

  constructor(
    message: string,
    /** Documented variable names that were required and absent (inputs or outputs). */
    readonly missing: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A provider configuration that cannot work (bad URL, unknown contract, module without the methods). */
export class ProviderConfigError extends Error {
  override readonly name = "ProviderConfigError";
}
