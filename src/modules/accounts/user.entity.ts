import { Entity, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../../core/graphql/node.js";
import { Account, AccountKind } from "./account.entity.js";

/** An end user (customer) of the portal (002 L1141-1148, L3931+). */
@ObjectType({ implements: [Node, Account], description: "An end user (customer)." })
@Entity({ discriminatorValue: AccountKind.USER })
export class User extends Account {
  override kind = AccountKind.USER;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  phone?: string | null;

  @Field({ description: "Banned from the Community (002 L1420)." })
  @Property({ default: false })
  banned: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: "text", nullable: true })
  banReason?: string | null;
}
