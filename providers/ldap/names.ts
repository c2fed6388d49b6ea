/**
 * From what a user typed to what the directory is asked. The login name is untrusted input that ends up in
 * a DN or a search filter, so it is escaped for each (RFC 4514, RFC 4515): "*" must not match everyone, and
 * "x,ou=admins" must not pick another entry.
 */
import type { LdapBind } from "./config.js";

export interface LoginIdentity {
  /** As typed. */
  readonly login: string;
  /** Without a domain part. */
  readonly username: string;
  readonly domain?: string;
  /** What the simple bind is sent with. */
  readonly bindName: string;
}

/** RFC 4514 §2.4: escape the specials, a leading space or '#', a trailing space, and control characters. */
export function escapeDnValue(value: string): string {
  const chars = [...value];
  return chars
    .map((char, index) => {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x20 || code === 0x7f) return `\\${code.toString(16).padStart(2, "0")}`;
      if (',+"\\<>;='.includes(char)) return `\\${char}`;
      if (index === 0 && (char === " " || char === "#")) return `\\${char}`;
      if (index === chars.length - 1 && char === " ") return "\\ ";
      return char;
    })
    .join("");
}

/** RFC 4515 §3: `*`, `(`, `)`, `\` and NUL as \XX hex escapes. */
export function escapeFilterValue(value: string): string {
  const specials = new Set(["*", "(", ")", "\\", "\u0000"]);
  return [...value]
    .map((char) => (specials.has(char) ? `\\${char.charCodeAt(0).toString(16).padStart(2, "0")}` : char))
    .join("");
}

/** Replaces `{username}`, `{domain}` and `{login}` in a filter, each escaped. */
export function fillFilter(filter: string, identity: LoginIdentity): string {
  return filter.replace(/\{(username|domain|login)\}/g, (_match, key: "username" | "domain" | "login") =>
    escapeFilterValue(identity[key] ?? ""),
  );
}

/** `undefined` when the login cannot name anyone (an empty user or domain part). */
export function loginIdentity(login: string, bind: LdapBind): LoginIdentity | undefined {
  if (login.trim() === "") return undefined;
  if (bind.kind === "dn-template") {
    return { login, username: login, bindName: bind.template.replaceAll("{username}", escapeDnValue(login)) };
  }
  const slash = login.search(/[\\/]/);
  if (slash >= 0) {
    const domain = login.slice(0, slash);
    const username = login.slice(slash + 1);
    if (!domain || !username) return undefined;
    return { login, username, domain, bindName: `${domain}\\${username}` };
  }
  const at = login.lastIndexOf("@");
  if (at >= 0) {
    const username = login.slice(0, at);
    const domain = login.slice(at + 1);
    if (!domain || !username) return undefined;
    return { login, username, domain, bindName: login };
  }
  // Search-then-bind binds with the DN it finds; the typed name only feeds the filter.
  if (bind.kind === "search") return { login, username: login, bindName: login };
  if (bind.upnSuffix)
    return { login, username: login, domain: bind.upnSuffix, bindName: `${login}@${bind.upnSuffix}` };
  if (bind.defaultDomain) {
    return {
      login,
      username: login,
      domain: bind.defaultDomain,
      bindName: `${bind.defaultDomain}\\${login}`,
    };
  }
  return { login, username: login, bindName: login };
}
