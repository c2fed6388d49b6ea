/**
 * The external provider contracts (002 L2064-2640; seed-E.md §2): one interface per documented contract,
 * typed inputs and outputs named as documented, the result type every call returns, the event type table,
 * and the codec to and from the documented wire form.
 */
export * from "./chat.js";
export * from "./common.js";
export * from "./contracts.js";
export * from "./custom-field.js";
export * from "./errors.js";
export * from "./event.js";
export * from "./event-types.js";
export * from "./login.js";
export * from "./registration.js";
export * from "./result.js";
export * from "./ticket.js";
export * from "./user-info.js";
export * as codec from "./codec/index.js";
