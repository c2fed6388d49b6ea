import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Session } from "./session.entity.js";

/**
 * A refresh token that has already been exchanged. Presenting it again means two parties hold the session's
 * tokens (one of them stole it), so the session is revoked. Rows go with their session.
 */
@Entity({ tableName: "auth_rotated_refresh_token" })
export class RotatedRefreshToken extends BaseEntity {
  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => Session, { deleteRule: "cascade" })
  @Index()
  session!: Rel<Session>;
}
