/**
 * External providers (docs/providers.md): the documented contracts and their codec, the http adapter, the
 * LDAP login provider and the in-process loader. The server's call sites, settings and delivery-log
 * storage build on these exports.
 */
export * from "./contract/index.js";
export * from "./http/index.js";
export * from "./inprocess/index.js";
export * from "./ldap/index.js";
