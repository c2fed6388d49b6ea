import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Account } from "../accounts/account.entity.js";

/**
 * A signed-in device. Access tokens name the session (sid) and die with it; the refresh token is stored only
 * as a SHA-256 hash and rotates on every refresh (the hashes it replaced are kept in RotatedRefreshToken, so a
 * replayed one is recognised as theft).
 */
@ObjectType({
  implements: Node,
  description: "A signed-in device or browser: created by login, kept alive by refreshSession.",
})
@Entity({ tableName: "auth_session" })
export class Session extends BaseEntity {
  @ManyToOne(() => Account, { deleteRule: "cascade" })
  @Index()
  account!: Rel<Account>;

  @Property({ length: 64 })
  @Unique()
  refreshTokenHash!: string;

  @Field(() => DateTimeScalar, {
    description: "When the session ends unless refreshed before (each refresh extends it).",
  })
  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  @Property({ type: "timestamptz", nullable: true })
  revokedAt?: Date | null;

  @Field(() => DateTimeScalar, { description: "The last sign-in or refresh of this session." })
  @Property({ type: "timestamptz" })
  lastActiveAt: Date = new Date();

  @Field(() => String, {
    nullable: true,
    description: "Client address of the last sign-in or refresh (as seen by the server).",
  })
  @Property({ length: 64, nullable: true })
  lastIp?: string | null;

  @Field(() => String, { nullable: true, description: "User-Agent of the last sign-in or refresh." })
  @Property({ type: "text", nullable: true })
  userAgent?: string | null;
}
