import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import type { Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { DateTimeScalar } from "../../core/graphql/scalars.js";
import { Account } from "../accounts/account.entity.js";

/**
 * A credential for automation scripts: acts as its owner, limited to `permissions` (a subset of the owner's,
 * re-intersected with the owner's current permissions on every use). Only a SHA-256 hash is stored.
 */
@ObjectType({ implements: Node, description: "An API token for automation; its secret is shown only once." })
@Entity({ tableName: "api_token" })
export class ApiToken extends BaseEntity {
  @Field({ description: "What the token is for." })
  @Property({ length: 200 })
  name!: string;

  @ManyToOne(() => Account, { deleteRule: "cascade" })
  @Index()
  owner!: Rel<Account>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: "set null" })
  createdBy?: Rel<Account> | null;

  /**
   * The API token that created this one, when a script minted it. Revoking a token revokes what it created,
   * so a leaked token cannot leave a live descendant behind.
   */
  @ManyToOne(() => ApiToken, { nullable: true, deleteRule: "set null" })
  @Index()
  createdByToken?: Rel<ApiToken> | null;

  @Field({ description: 'The first characters of the token ("dgt_" and 8 more), to recognise it.' })
  @Property({ length: 16 })
  prefix!: string;

  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => [String], {
    description:
      "Permission keys this token may use; what it can actually do is these intersected with the owner's " +
      "current permissions.",
  })
  @Property({ type: "text[]" })
  permissions: string[] = [];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the token stops working; null = never." })
  @Property({ type: "timestamptz", nullable: true })
  expiresAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Last time the token authenticated a request (recorded at most once a minute).",
  })
  @Property({ type: "timestamptz", nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the token was revoked; null = not revoked.",
  })
  @Property({ type: "timestamptz", nullable: true })
  revokedAt?: Date | null;

  @Field({ description: "True while the token works: neither revoked nor expired." })
  get active(): boolean {
    return !this.revokedAt && (!this.expiresAt || this.expiresAt > new Date());
  }
}

export const API_TOKEN_PREFIX = "dgt_";
/** Characters of the secret kept in clear as `prefix`: "dgt_" and 8 random characters. */
export const API_TOKEN_VISIBLE_CHARS = 12;
