/** The http provider adapter, its delivery records, request signing, and the provider-side handler. */
export { HttpProvider } from "./http-provider.js";
export { HTTP_PROVIDER_DEFAULTS, resolveHttpProviderConfig, type HttpProviderConfig } from "./config.js";
export { CircuitBreaker, type CircuitState, type CircuitBreakerOptions } from "./breaker.js";
export { MASK, maskInputs, maskUrl, type DeliveryRecord, type DeliverySink } from "./delivery.js";
export {
  DEFAULT_TOLERANCE_SECONDS,
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  SIGNATURE_PREFIX,
  TIMESTAMP_HEADER,
  computeSignature,
  signatureHeaders,
  verifySignature,
  type SignatureCheck,
  type VerifyOptions,
} from "./signature.js";
export {
  createProviderHandler,
  createProviderReceiver,
  type ProviderReceiverOptions,
  type ReceivedCall,
  type ReceiverAnswer,
} from "./receiver.js";
