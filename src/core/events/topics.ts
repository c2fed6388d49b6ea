/** Published when a credential stops being valid; every instance closes the sockets that use it. */
export const CREDENTIAL_REVOKED = "CREDENTIAL_REVOKED";

export interface CredentialRevokedEvent {
  kind: "session" | "apiToken" | "account";
  id: string;
}
