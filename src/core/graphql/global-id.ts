import { BadInputError } from "../errors/app-errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque global id: base64url("Type:uuid"). Clients must treat it as an opaque string. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export function parseGlobalId(globalId: string): { type: string; id: string } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, "base64url").toString("utf8");
  } catch {
    return null;
  }
  const sep = decoded.indexOf(":");
  if (sep <= 0) return null;
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  if (!UUID.test(id)) return null;
  return { type, id };
}

/**
 * Decodes a global id that must name one of `types`; a malformed id or one of another type is bad input
 * (BAD_USER_INPUT), never a silent miss.
 */
export function fromGlobalId(globalId: string, types: string | string[], field = "id"): string {
  const allowed = Array.isArray(types) ? types : [types];
  const parsed = parseGlobalId(globalId);
  if (!parsed || !allowed.includes(parsed.type)) {
    throw new BadInputError(`"${globalId}" is not a valid ${allowed.join(" or ")} id.`, [field]);
  }
  return parsed.id;
}
