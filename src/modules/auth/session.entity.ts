import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Account } from "../accounts/account.entity.js";

/**
 * A signed-in device. Access tokens name the session (sid) and die with it; the refresh token is stored only
 * as a SHA-256 hash and rotates on every refresh.
 */
@Entity({ tableName: "auth_session" })
export class Session extends BaseEntity {
  @ManyToOne(() => Account, { deleteRule: "cascade" })
  @Index()
  account!: Rel<Account>;

  @Property({ length: 64 })
  @Unique()
  refreshTokenHash!: string;

  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  @Property({ type: "timestamptz", nullable: true })
  revokedAt?: Date | null;

  @Property({ length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: "text", nullable: true })
  userAgent?: string | null;
}
