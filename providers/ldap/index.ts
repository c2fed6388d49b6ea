/** The LDAP / Active Directory login provider. */
export { LdapLoginProvider } from "./ldap-login-provider.js";
export {
  validateLdapConfig,
  type ActiveDirectoryBind,
  type DnTemplateBind,
  type LdapBind,
  type SearchBind,
  type LdapLoginConfig,
  type LdapLookup,
} from "./config.js";
export { escapeDnValue, escapeFilterValue, loginIdentity, type LoginIdentity } from "./names.js";
