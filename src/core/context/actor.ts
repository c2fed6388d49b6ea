/** Who is calling, resolved once per operation from the bearer token or API token. */
export interface Actor {
  accountId: string;
  kind: "EMPLOYEE" | "USER";
  username: string;
  /** Set when authenticated by a session's access token. */
  sessionId?: string;
  /** Set when authenticated by an API token; permissions are then the token's scopes. */
  apiTokenId?: string;
  /** Effective permissions: the union over the account's roles (intersected with an API token's scopes). */
  permissions: ReadonlySet<string>;
  /** Keys of the predefined roles the account holds (EVERYONE, AGENT, MANAGER, ADMINISTRATOR, …). */
  roleKeys: ReadonlySet<string>;
  /** "Force password change at next login": nothing but changing the password is allowed. */
  mustChangePassword: boolean;
  /** Access token expiry (seconds since epoch) for sessions; WebSockets close when it passes. */
  expiresAt?: number;
}
