/** In-process providers: modules named in configuration, checked against the contracts they claim. */
export { loadInProcessProvider, type InProcessProviderConfig, type LoadedProvider } from "./loader.js";
export { guardProvider, type GuardOptions } from "./guard.js";
