import type { EntityManager } from "@mikro-orm/postgresql";
import type { RequestContext } from "../../core/context/context.js";
import { build } from "../../core/db/base.entity.js";
import { UserErrorException, Validation, userError } from "../../core/graphql/user-error.js";
import { Account } from "../accounts/index.js";
import { sniffContentType } from "./content-sniffer.js";
import { recordTicketEvent } from "./ticket-events.js";
import { actorId, visibleTicket } from "./ticket-access.js";
import { recordHistory } from "./ticket-core.js";
import { TicketAttachment, TicketAttachmentContent } from "./ticket-extras.entity.js";
import type { TicketMessage } from "./ticket-message.entity.js";
import type { Ticket } from "./ticket.entity.js";
import type { AddTicketAttachmentInput, UpdateTicketSettingsInput } from "./ticket-extras.inputs.js";
import { DEFAULT_MAX_ATTACHMENT_BYTES, TicketSettings } from "./ticket-settings.entity.js";

/** The one settings row: a fixed key, inserted at boot, so readers never race to create it. */
export const TICKET_SETTINGS_ID = "00000000-0000-4000-8000-000000000001";

export async function ensureTicketSettings(em: EntityManager): Promise<void> {
  await em.execute(
    `insert into ticket_settings (id, created_at, updated_at, max_attachment_bytes)
     values (?, now(), now(), ?) on conflict (id) do nothing`,
    [TICKET_SETTINGS_ID, DEFAULT_MAX_ATTACHMENT_BYTES],
  );
}

export async function getTicketSettings(em: EntityManager): Promise<TicketSettings> {
  return em.findOneOrFail(TicketSettings, { id: TICKET_SETTINGS_ID });
}

/** At least 1 byte, at most 100 MB: the column is an integer and bytea values are read whole. */
const MAX_CONFIGURABLE = 100 * 1024 * 1024;

export async function updateTicketSettings(ctx: RequestContext, input: UpdateTicketSettingsInput) {
  const v = new Validation();
  if (input.maxAttachmentBytes !== null && input.maxAttachmentBytes !== undefined)
    v.check(
      input.maxAttachmentBytes >= 1 && input.maxAttachmentBytes <= MAX_CONFIGURABLE,
      "OUT_OF_RANGE",
      `The limit must be 1 to ${MAX_CONFIGURABLE} bytes.`,
      ["input", "maxAttachmentBytes"],
    );
  v.throwIfAny();
  const settings = await ctx.em.transactional(async (em) => {
    const s = await em.findOneOrFail(TicketSettings, { id: TICKET_SETTINGS_ID }, { lockMode: 4 });
    if (input.maxAttachmentBytes) s.maxAttachmentBytes = input.maxAttachmentBytes;
    await em.flush();
    return s;
  });
  return { settings };
}

export interface Upload {
  fileName: string;
  contentBase64: string;
}

export interface DecodedUpload {
  fileName: string;
  data: Buffer;
  contentType: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A file name without directories or control characters, at most 255 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // Control characters (below 0x20, and DEL) would break Content-Disposition headers and logs.
  const printable = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join("");
  return printable.trim().slice(0, 255);
}

/**
 * Checks and decodes uploads before anything is written: malformed base64 (INVALID_BASE64), empty files
 * (EMPTY_FILE), files over the limit (ATTACHMENT_TOO_LARGE, measured from the base64 length before decoding
 * so an oversized upload is never materialised twice), missing names (REQUIRED).
 */
export function decodeUploads(
  uploads: Upload[],
  maxBytes: number,
  pathOf: (index: number) => string[],
): DecodedUpload[] {
  const v = new Validation();
  const out: DecodedUpload[] = [];
  uploads.forEach((u, i) => {
    const at = pathOf(i);
    const fileName = cleanName(u.fileName);
    v.check(fileName.length > 0, "REQUIRED", "A file name is required.", [...at, "fileName"]);
    const text = u.contentBase64.replace(/\s+/g, "");
    if (!BASE64.test(text) || text.length % 4 === 1) {
      v.add("INVALID_BASE64", "The content is not base64.", [...at, "contentBase64"]);
      return;
    }
    const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    const size = Math.floor((text.length * 3) / 4) - padding;
    if (size === 0) {
      v.add("EMPTY_FILE", `${fileName || "The file"} is empty.`, [...at, "contentBase64"]);
      return;
    }
    if (size > maxBytes) {
      v.add(
        "ATTACHMENT_TOO_LARGE",
        `${fileName || "The file"} is ${size} bytes; the limit is ${maxBytes} bytes.`,
        [...at, "contentBase64"],
      );
      return;
    }
    const data = Buffer.from(text, "base64");
    out.push({ fileName, data, contentType: sniffContentType(data) });
  });
  v.throwIfAny();
  return out;
}

/** Stores decoded files on a ticket (and message); the bytes go to their own table. Caller flushes. */
export function storeAttachments(
  em: EntityManager,
  ticket: Ticket,
  message: TicketMessage | null,
  files: DecodedUpload[],
  uploaderId: string | null,
  internal: boolean,
): TicketAttachment[] {
  return files.map((f) => {
    const attachment = build(TicketAttachment, {
      ticket,
      message,
      uploadedBy: uploaderId ? em.getReference(Account, uploaderId) : null,
      fileName: f.fileName,
      contentType: f.contentType,
      size: f.data.length,
      internal,
    });
    em.persist(attachment);
    em.persist(build(TicketAttachmentContent, { attachment, data: f.data }));
    return attachment;
  });
}

/** Attach Files / Add → Internal Attachment (002 L3004, L3136): a file on the ticket without a message. */
export async function addTicketAttachment(ctx: RequestContext, input: AddTicketAttachmentInput) {
  const ticket = await visibleTicket(ctx, input.ticketId);
  const { maxAttachmentBytes } = await getTicketSettings(ctx.em);
  const [file] = decodeUploads([input], maxAttachmentBytes, () => ["input"]);
  if (!file) throw new UserErrorException([userError("REQUIRED", "A file is required.", ["input"])]);
  const me = actorId(ctx);
  return ctx.em.transactional(async (em) => {
    const [attachment] = storeAttachments(em, ticket, null, [file], me, input.internal ?? false);
    recordHistory(em, ticket, me, "attachment", null, file.fileName);
    await em.flush();
    await recordTicketEvent(ctx.app, em, ticket, "ticket.updated", me, { changed: ["attachments"] });
    return { ticket, attachment };
  });
}
