import { Entity, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";

/** The documented default of Security → Uploads "max attachment size" (seed-E §3.7, 002 L7575-7578). */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

/**
 * System-wide ticket settings an administrator edits (seed-E §3.9). One row, created on first read. It holds
 * the attachment size limit because no upload settings object exists yet; when the system module gains
 * Security → Uploads, the limit moves there and this field reads through.
 */
@ObjectType({ description: "System-wide ticket settings (administrators edit them)." })
@Entity({ tableName: "ticket_settings" })
export class TicketSettings extends BaseEntity {
  @Field(() => Int, {
    description:
      "Largest attachment accepted, in bytes (default 2 MB = 2097152). Uploads are base64 in the GraphQL " +
      "request, so MAX_REQUEST_BYTES must be at least 4/3 of this plus the rest of the request.",
  })
  @Property({ type: "integer", default: DEFAULT_MAX_ATTACHMENT_BYTES })
  maxAttachmentBytes: number = DEFAULT_MAX_ATTACHMENT_BYTES;
}
