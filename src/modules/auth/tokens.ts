import { createHash, randomBytes } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import type { AppRuntime } from "../../core/runtime.js";
import { UnauthenticatedError } from "../../core/errors/app-errors.js";

const ISSUER = "deskgraph";
const keys = new WeakMap<AppRuntime, Uint8Array>();

/** The HS256 key: JWT_SECRET when configured, otherwise the installation's generated secret. */
export function setSigningSecret(app: AppRuntime, secret: string): void {
  keys.set(app, new TextEncoder().encode(secret));
}

function signingKey(app: AppRuntime): Uint8Array {
  const key = keys.get(app);
  if (!key) throw new Error("token signing key not initialised");
  return key;
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export interface AccessClaims {
  accountId: string;
  sessionId: string;
  expiresAt: number;
}

export async function signAccessToken(
  app: AppRuntime,
  accountId: string,
  sessionId: string,
): Promise<{ token: string; expiresAt: number }> {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = now + app.config.accessTokenTtlSeconds;
  const token = await new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(accountId)
    .setIssuer(ISSUER)
    .setAudience(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(signingKey(app));
  return { token, expiresAt };
}

export async function verifyAccessToken(app: AppRuntime, token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, signingKey(app), {
      issuer: ISSUER,
      audience: ISSUER,
      algorithms: ["HS256"],
    });
    if (
      typeof payload.sub !== "string" ||
      typeof payload.sid !== "string" ||
      typeof payload.exp !== "number"
    ) {
      throw new UnauthenticatedError("The access token is malformed.");
    }
    return { accountId: payload.sub, sessionId: payload.sid, expiresAt: payload.exp };
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    if (error instanceof joseErrors.JWTExpired) {
      throw new UnauthenticatedError("The access token has expired: refresh it with refreshSession.");
    }
    throw new UnauthenticatedError("The access token is invalid.");
  }
}
