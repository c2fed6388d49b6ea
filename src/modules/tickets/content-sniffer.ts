/**
 * Content type from the first bytes of a file (magic numbers). The client's claimed type is never trusted:
 * a file served back to agents with a type the server did not verify could be rendered as something else.
 * Hand-written for the common types instead of a dependency: the table is small and stable, and a package
 * (file-type) would add an ESM-only tree of stream helpers for what is a dozen byte comparisons.
 */

interface Signature {
  type: string;
  offset?: number;
  bytes: number[];
}

const SIGNATURES: Signature[] = [
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: "image/bmp", bytes: [0x42, 0x4d] },
  { type: "image/tiff", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: "image/tiff", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: "image/x-icon", bytes: [0x00, 0x00, 0x01, 0x00] },
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // Office Open XML, OpenDocument and plain zip archives share the zip signature.
  { type: "application/zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: "application/gzip", bytes: [0x1f, 0x8b] },
  { type: "application/x-7z-compressed", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: "application/vnd.rar", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  // Legacy Office (doc, xls, ppt, msg): the OLE2 compound file header.
  { type: "application/x-ole-storage", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: "audio/mpeg", bytes: [0x49, 0x44, 0x33] },
  { type: "video/mp4", offset: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
];

function matches(data: Buffer, s: Signature): boolean {
  const offset = s.offset ?? 0;
  if (data.length < offset + s.bytes.length) return false;
  return s.bytes.every((b, i) => data[offset + i] === b);
}

/** RIFF containers name their format at bytes 8-11. */
function riff(data: Buffer): string | null {
  if (data.length < 12 || data.toString("latin1", 0, 4) !== "RIFF") return null;
  const kind = data.toString("latin1", 8, 12);
  if (kind === "WEBP") return "image/webp";
  if (kind === "WAVE") return "audio/wav";
  if (kind === "AVI ") return "video/x-msvideo";
  return null;
}

/** Text when the first 8 KB decode as UTF-8 without NUL or other binary control bytes. */
function looksLikeText(data: Buffer): boolean {
  const head = data.subarray(0, 8192);
  for (const byte of head) if (byte === 0 || (byte < 0x09 && byte !== 0x1b)) return false;
  // A truncated multi-byte sequence at the cut is fine; anything else invalid is binary.
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad <= (head.length === data.length ? 0 : 1);
}

/** The sniffed MIME type; application/octet-stream when nothing matches. */
export function sniffContentType(data: Buffer): string {
  for (const s of SIGNATURES) if (matches(data, s)) return s.type;
  const r = riff(data);
  if (r) return r;
  // Text is reported as text/plain, never text/html or image/svg+xml: markup from customers must not render.
  if (looksLikeText(data)) return "text/plain";
  return "application/octet-stream";
}
