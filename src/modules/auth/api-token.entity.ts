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

  @Field({ description: "The first characters of the token, to recognise it." })
  @Property({ length: 16 })
  prefix!: string;

  @Property({ length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => [String], { description: "Permission keys this token may use." })
  @Property({ type: "text[]" })
  permissions: string[] = [];

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: "timestamptz", nullable: true })
  expiresAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: "timestamptz", nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: "timestamptz", nullable: true })
  revokedAt?: Date | null;
}

export const API_TOKEN_PREFIX = "dgt_";
